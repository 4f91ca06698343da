import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Several tests start real processes (the command line, the built main process); on a loaded
    // 2-core build machine one start can take seconds, which vitest's 5 s default does not allow.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
