import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWriteChannel, staleAfter } from '../../renderer/src/api/query';
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

  it('refreshes the documents list after a report is compiled or its figures refreshed (the report is a document)', () => {
    for (const channel of ['reports:compile', 'reports:refresh'] as const) {
      expect(staleAfter(channel)).toEqual(expect.arrayContaining(['reports', 'documents']));
    }
  });
});
