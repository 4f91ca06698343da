import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createDispatch, settledResult } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import { generateDataset, type Dataset } from './generate';
import { writeDataset } from './seed';

/**
 * Proves that the fast seeder writes the rows the app itself would write: the same small
 * dataset goes once through the real dispatcher and once through writeDataset, and every
 * table must come out identical (timestamps aside, which depend on the clock, and UUIDs, which are
 * random: only their presence is compared).
 */

const TABLES: ReadonlyArray<readonly [string, string]> = [
  ['organisations', 'id'],
  ['people', 'id'],
  ['meetings', 'id'],
  ['meeting_connected_points', 'meeting_id, position'],
  ['meeting_attendees', 'meeting_id, position'],
  ['agenda_items', 'meeting_id, position'],
  ['speeches', 'meeting_id, position'],
  ['conclusions', 'meeting_id, position'],
  ['awards', 'meeting_id, position'],
];
const CLOCK_COLUMNS = new Set(['created_at', 'updated_at', 'deleted_at', 'uuid']);

function snapshot(db: Db): string {
  const tables = TABLES.map(([table, order]) => {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Array<Record<string, unknown>>;
    const comparable = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, CLOCK_COLUMNS.has(k) ? v !== null : v])),
    );
    return [table, comparable] as const;
  });
  return JSON.stringify(tables);
}

function writeThroughHandlers(db: Db, dataset: Dataset, now: Date): void {
  const ctx: CoreContext = { db, now: () => now, appVersion: 'bench', databasePath: '', schemaVersion: 0 };
  const dispatch = createDispatch(ctx, handlers);
  const must = (channel: string, input: unknown): unknown => {
    const result = settledResult(dispatch(channel, input));
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data;
  };
  dataset.organisations.forEach((o) => must('organisations:save', o.input));
  // A generated directory of 150 may hold namesakes in one organisation: entered as the user confirming them.
  dataset.people.forEach((p) => must('people:save', { ...p.input, confirmDuplicate: true }));
  dataset.organisations.forEach((o, i) => o.active || must('organisations:setActive', { id: i + 1, active: false }));
  dataset.people.forEach((p, i) => p.active || must('people:setActive', { id: i + 1, active: false }));
  dataset.meetings.forEach((m, i) => {
    must('meetings:create', { title: m.input.title, kind: m.input.kind, startAt: m.input.startAt });
    must('meetings:save', { ...m.input, id: i + 1 });
    if (m.deletedAt !== null) must('meetings:delete', { id: i + 1 });
  });
}

export function verifySeederMatchesApp(dir: string, now: Date): { meetingsCompared: number } {
  // Enough meetings that deleted ones, guests, absences and awards all occur.
  const dataset = generateDataset({ organisations: 40, people: 150, meetings: 300 }, now, 7);
  const viaApp = openDatabase(path.join(dir, 'verify-app.sqlite3')).db;
  const viaSeeder = openDatabase(path.join(dir, 'verify-seed.sqlite3')).db;
  try {
    writeThroughHandlers(viaApp, dataset, now);
    writeDataset(viaSeeder, dataset);
    const expected = snapshot(viaApp);
    const actual = snapshot(viaSeeder);
    if (expected !== actual) {
      const file = path.join(dir, 'verify-diff.json');
      fs.writeFileSync(file, JSON.stringify({ expected: JSON.parse(expected), actual: JSON.parse(actual) }, null, 1));
      throw new Error(`the bench seeder does not write what the app writes; see ${file}`);
    }
    return { meetingsCompared: dataset.meetings.length };
  } finally {
    viaApp.close();
    viaSeeder.close();
  }
}
