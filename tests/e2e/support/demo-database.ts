import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../../electron/core/db/open';
import { seedDemoData, type DemoIds } from '../../../electron/core/demo';
import { seedCommuneDemo, type CommuneDemoIds } from '../../../electron/core/demo/exchange';

export interface DemoDatabase {
  dir: string;
  databaseFile: string;
  ids: DemoIds;
  /** Removes the folder and everything the test wrote into it. */
  remove(): void;
}

/**
 * A database file filled with the demo data (the sample articles' committee and meetings, their
 * documents, directives and tasks) in a fresh temporary folder: the starting point of the e2e
 * specs, the screenshots and the renderer benchmark.
 */
export function createDemoDatabase(prefix: string, now: () => Date = () => new Date()): DemoDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const databaseFile = path.join(dir, 'du-lieu.sqlite3');
  const seeded = openDatabase(databaseFile);
  try {
    const ids = seedDemoData({ db: seeded.db, now, appVersion: 'demo', databasePath: databaseFile, schemaVersion: seeded.schemaVersion });
    return { dir, databaseFile, ids, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
  } finally {
    seeded.db.close();
  }
}

export interface CommuneDemoDatabase {
  dir: string;
  databaseFile: string;
  ids: CommuneDemoIds;
  remove(): void;
}

/** The demo database of one ward below the demo city (`demo --as CODE`), in its own temporary folder. */
export function createCommuneDemoDatabase(prefix: string, code: string, now: () => Date = () => new Date()): CommuneDemoDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const databaseFile = path.join(dir, 'du-lieu.sqlite3');
  const seeded = openDatabase(databaseFile);
  try {
    const ids = seedCommuneDemo({ db: seeded.db, now, appVersion: 'demo', databasePath: databaseFile, schemaVersion: seeded.schemaVersion }, code);
    return { dir, databaseFile, ids, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
  } finally {
    seeded.db.close();
  }
}
