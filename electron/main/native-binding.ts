import fs from 'node:fs';
import path from 'node:path';

/**
 * The better-sqlite3 build for Electron made by electron/scripts/prepare-electron.mjs.
 * When absent (a packaged app whose node_modules were rebuilt for Electron), better-sqlite3's
 * default lookup is used.
 */
export function electronNativeBinding(appPath: string): string | undefined {
  const candidate = path.join(appPath, 'native', 'electron', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}
