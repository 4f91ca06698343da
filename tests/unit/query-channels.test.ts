import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWriteChannel, staleAfter, staleAfterRefusal } from '../../renderer/src/api/query';
import { CHANNELS } from '../../shared/ipc/contract';

const RENDERER = path.resolve(__dirname, '../../renderer/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [fs.readFileSync(full, 'utf8')] : [];
  });
}

describe('the query layer’s reads and writes', () => {
  it('never takes a channel a screen queries for a write: its answer would refresh the screen, which would ask again, without end', () => {
    const queried = new Set(sources(RENDERER).flatMap((text) => [...text.matchAll(/(?:useApiQuery|useChannel)\(\s*'([\w]+:[\w]+)'/g)].map((m) => m[1]!)));
    expect(queried.size).toBeGreaterThan(10);
    for (const channel of queried) {
      expect(CHANNELS).toContain(channel);
      expect({ channel, write: isWriteChannel(channel) }).toEqual({ channel, write: false });
    }
  });

  it('reads the reporting duties, a period, a week, the settings and the backup state without refreshing the overviews', () => {
    for (const channel of ['reports:duties', 'reports:period', 'reports:settings', 'schedule:week', 'backups:status', 'backups:settings'] as const) {
      expect(staleAfter(channel)).toEqual([]);
    }
    expect(staleAfter('reports:exportXlsx')).toEqual([]);
    expect(staleAfter('schedule:exportDocx')).toEqual([]);
    // Their writing twins still refresh what they change.
    expect(staleAfter('reports:saveSettings')).toContain('reports');
    expect(staleAfter('backups:saveSettings')).toContain('backups');
    expect(staleAfter('people:save')).toEqual(expect.arrayContaining(['people', 'home']));
  });

  it('an autosave refreshes the lists and summaries but not a compiled report\'s figures, which a text edit cannot change', () => {
    for (const channel of ['documents:save', 'meetings:save'] as const) {
      const stale = staleAfter(channel);
      expect(stale).toEqual(expect.arrayContaining(['home', 'dashboard', 'search', 'reports:list']));
      expect(stale).not.toContain('reports');
    }
    // Compiling and refreshing do change them.
    expect(staleAfter('reports:refresh')).toContain('reports');
  });

  it('a refused write refreshes nothing, except a backup or an export that records its failure in the backup state', () => {
    expect(staleAfterRefusal('meetings:save')).toEqual([]);
    expect(staleAfterRefusal('documents:save')).toEqual([]);
    expect(staleAfterRefusal('backups:create')).toEqual(['backups']);
    expect(staleAfterRefusal('backups:exportAll')).toEqual(['backups']);
  });

  it('refreshes the documents list after a report is compiled or its figures refreshed (the report is a document)', () => {
    for (const channel of ['reports:compile', 'reports:refresh'] as const) {
      expect(staleAfter(channel)).toEqual(expect.arrayContaining(['reports', 'documents']));
    }
  });
});
