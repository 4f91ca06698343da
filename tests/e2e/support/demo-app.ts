import { test, type Browser } from '@playwright/test';
import type { DemoIds } from '../../../electron/core/demo';
import { launchBrowser, openApp, type AppSession, type OpenAppOptions } from './app-harness';
import { createDemoDatabase, type DemoDatabase } from './demo-database';

/** The app of the running test, on its own copy of the demo data. */
export interface DemoApp {
  app: AppSession;
  demo: DemoDatabase;
  ids: DemoIds;
}

/**
 * Registers what a spec on the demo data needs: one Chromium for the file, and for each test a
 * fresh demo database with the app opened on it (closed and removed after). Read the returned
 * object's fields inside a test: they are the running test's.
 */
export function useDemoApp(prefix: string, options: Omit<OpenAppOptions, 'databaseFile'> = {}): DemoApp {
  let browser: Browser;
  const current = {} as DemoApp;
  test.beforeAll(async () => {
    browser = await launchBrowser();
  });
  test.afterAll(async () => {
    await browser.close();
  });
  test.beforeEach(async () => {
    current.demo = createDemoDatabase(prefix);
    current.ids = current.demo.ids;
    current.app = await openApp(browser, { ...options, databaseFile: current.demo.databaseFile });
  });
  test.afterEach(async () => {
    await current.app.close();
    current.demo.remove();
  });
  return current;
}
