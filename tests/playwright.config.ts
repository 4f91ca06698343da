import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built renderer in Debian's Chromium (see tests/e2e/support/app-harness.ts).
 * The harness launches the browser itself, so no Playwright-managed browser is needed.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './.tmp/e2e-results',
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  retries: 0,
});
