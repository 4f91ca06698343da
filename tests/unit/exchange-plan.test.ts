import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planImport, recordHash, type ImportState } from '../../electron/core/exchange/import-plan';
import { PackageRefusedError } from '../../electron/core/exchange/refusals';
import type { AssignmentRecord, PackageManifest, PackageRecords } from '../../shared/schemas/exchange-package';

/**
 * The import plan is a pure function of the package and a snapshot of the database: every
 * decision (add, change, keep, refuse, link) is checked here without any database at all.
 */

const directiveUuid = randomUUID();
const CITY = { code: 'MTTQ-HP', name: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng' };
const WARD = { code: 'MTTQ-HP-HB', name: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng' };

function manifest(overrides: Partial<PackageManifest> = {}): PackageManifest {
  return {
    format: 'so-tay-mat-tran/goi-trao-doi',
    formatVersion: 1,
    packageId: randomUUID(),
    kind: 'giao_nhiem_vu',
    sender: CITY,
    receivers: [WARD, { code: 'MTTQ-HP-LC', name: 'Ủy ban MTTQ Việt Nam phường Lê Chân' }],
    sequence: 5,
    createdAt: '2026-11-20T02:00:00.000Z',
    app: { name: 'so-tay-mat-tran', version: '0.1.0', schemaVersion: 8 },
    contents: { directives: 1, assignments: 2, reports: 0, documents: 0, files: 0 },
    parts: [],
    trace: [],
    ...overrides,
  };
}

const assignment = (receiverCode: string, title: string, dueDate = '2026-12-15'): AssignmentRecord => ({
  uuid: randomUUID(),
  group: randomUUID(),
  directiveUuid,
  receiverCode,
  title,
  detail: '',
  lead: 'Ban Thường trực',
  dueDate,
  recurrence: 'khong',
  priority: 'cao',
});

function records(assignments: AssignmentRecord[]): PackageRecords {
  return {
    directives: [
      { uuid: directiveUuid, numberSymbol: '12/KH-MTTQ-BTT', type: 'ke_hoach', issuerName: CITY.name, issuedDate: '2026-11-18', signer: '', summary: 'Kế hoạch', attachments: [] },
    ],
    assignments,
    reports: [],
    documents: [],
  };
}

function state(overrides: Partial<ImportState> = {}): ImportState {
  return {
    own: WARD,
    today: '2026-11-20',
    alreadyImported: false,
    sender: null,
    above: null,
    directives: new Map(),
    sameSymbol: new Map(),
    tasks: new Map(),
    nextArrival: { year: 2026, number: 7 },
    assignments: new Map(),
    documents: new Map(),
    ...overrides,
  };
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PackageRefusedError) return error.refusal.reason;
    throw error;
  }
  return null;
};

describe('planImport', () => {
  it('adds the directive with the next arrival number, the sender as the committee above, only the tasks for this committee', () => {
    const mine = assignment(WARD.code, 'Tổ chức hội nghị triển khai');
    const theirs = assignment('MTTQ-HP-LC', 'Việc của Lê Chân');
    const plan = planImport({ manifest: manifest(), records: records([mine, theirs]), fileName: 'goi.mttq' }, state());
    expect(plan.addCommittee).toEqual({ ...CITY, relation: 'cap_tren' });
    expect(plan.directives.map((d) => [d.action, d.arrival])).toEqual([['add', { year: 2026, number: 7 }]]);
    expect(plan.tasks.map((t) => [t.action, t.record.title])).toEqual([['add', 'Tổ chức hội nghị triển khai']]);
    expect(plan.preview.counts).toEqual({ added: 2, changed: 0, unchanged: 0, refused: 0 });
    expect(plan.preview.items.map((i) => i.kind)).toEqual(['don_vi', 'van_ban', 'nhiem_vu']);
  });

  it('keeps what it already has, changes what a newer package changed (showing before and after), refuses what an older one would undo', () => {
    const same = assignment(WARD.code, 'Không đổi');
    const moved = assignment(WARD.code, 'Đổi hạn', '2026-12-20');
    const older = assignment(WARD.code, 'Gói cũ');
    const sender = { id: 3, ...CITY, relation: 'cap_tren' as const, active: true };
    const link = (record: AssignmentRecord, sequence: number, hash: string) => ({
      localId: 1,
      sequence,
      hash,
      lead: 'Ban Thường trực',
      fields: { title: record.title, detail: '', dueDate: '2026-12-15', recurrence: 'khong' as const, priority: 'cao' as const },
    });
    const plan = planImport(
      { manifest: manifest({ sequence: 5 }), records: records([same, moved, older]), fileName: 'goi.mttq' },
      state({
        sender,
        above: sender,
        tasks: new Map([
          [same.uuid, link(same, 4, recordHash(same))],
          [moved.uuid, link(moved, 4, 'hash of the version imported before')],
          [older.uuid, link(older, 9, 'hash of a newer version')],
        ]),
      }),
    );
    expect(plan.addCommittee).toBeNull();
    expect(plan.tasks.map((t) => [t.record.title, t.action])).toEqual([
      ['Không đổi', 'unchanged'],
      ['Đổi hạn', 'update'],
    ]);
    const changed = plan.preview.items.find((i) => i.label === 'Đổi hạn')!;
    expect(changed.changes).toEqual([{ field: 'Hạn hoàn thành', before: '15/12/2026', after: '20/12/2026' }]);
    expect(plan.refused.map((r) => [r.reason, r.record])).toEqual([['OLDER_PACKAGE', older.uuid]]);
    expect(plan.refused[0]!.message).toContain('gói số 9');
  });

  it('links to an entry registered by hand instead of registering the directive twice', () => {
    const plan = planImport(
      { manifest: manifest(), records: records([]), fileName: 'goi.mttq' },
      state({ sameSymbol: new Map([[directiveUuid, { id: 42, numberSymbol: '12/KH-MTTQ-BTT', arrivalNumber: 3, arrivalYear: 2026 }]]) }),
    );
    expect(plan.directives.map((d) => [d.action, d.localId, d.arrival])).toEqual([['link', 42, null]]);
    expect(plan.preview.items.find((i) => i.kind === 'van_ban')!.notes[0]).toContain('số đến 3/2026');
  });

  it('a package imported before changes nothing', () => {
    const plan = planImport({ manifest: manifest(), records: records([assignment(WARD.code, 'Việc')]), fileName: 'goi.mttq' }, state({ alreadyImported: true }));
    expect(plan.preview.counts).toEqual({ added: 0, changed: 0, unchanged: 2, refused: 0 });
  });

  it('refuses a package for another committee, without an own code, from a committee below, or from another committee above', () => {
    const input = { manifest: manifest(), records: records([]), fileName: 'goi.mttq' };
    expect(refusal(() => planImport(input, state({ own: { code: 'MTTQ-HP-NQ', name: 'Ngô Quyền' } })))).toBe('WRONG_RECEIVER');
    expect(refusal(() => planImport(input, state({ own: null })))).toBe('NO_OWN_CODE');
    expect(refusal(() => planImport(input, state({ sender: { id: 1, ...CITY, relation: 'cap_duoi', active: true } })))).toBe('WRONG_SENDER');
    expect(refusal(() => planImport(input, state({ above: { id: 2, code: 'MTTQ-QN', name: 'Quảng Ninh', relation: 'cap_tren', active: true } })))).toBe('WRONG_SENDER');
    // A report from a committee the city does not have below it.
    const report = { manifest: manifest({ kind: 'bao_cao', sender: WARD, receivers: [CITY] }), records: { ...records([]), directives: [] }, fileName: 'len.mttq' };
    expect(refusal(() => planImport(report, state({ own: CITY })))).toBe('WRONG_SENDER');
  });

  it('a report: added, refused for a task given to another committee or unknown here', () => {
    const reportFor = (assignmentUuid: string) => ({
      assignmentUuid,
      occurrences: [{ uuid: randomUUID(), dueDate: '2026-11-15', status: 'dang_thuc_hien' as const, completedAt: null, completedBy: '', result: '', progress: [] }],
    });
    const ours = randomUUID();
    const other = randomUUID();
    const plan = planImport(
      {
        manifest: manifest({ kind: 'bao_cao', sender: WARD, receivers: [CITY] }),
        records: { directives: [], assignments: [], documents: [], reports: [reportFor(ours), reportFor(other), reportFor(randomUUID())] },
        fileName: 'len.mttq',
      },
      state({
        own: CITY,
        sender: { id: 5, ...WARD, relation: 'cap_duoi', active: true },
        assignments: new Map([
          [ours, { id: 1, committeeCode: WARD.code, committeeName: WARD.name, title: 'Hội nghị', deleted: false, report: null }],
          [other, { id: 2, committeeCode: 'MTTQ-HP-LC', committeeName: 'Lê Chân', title: 'Việc của Lê Chân', deleted: false, report: null }],
        ]),
      }),
    );
    expect(plan.reports.map((r) => [r.assignmentId, r.action])).toEqual([[1, 'add']]);
    expect(plan.preview.items[0]!.notes).toEqual(['Đang thực hiện, quá hạn 5 ngày.']);
    expect(plan.refused.map((r) => r.reason)).toEqual(['NOT_OURS', 'UNKNOWN_ASSIGNMENT']);
  });
});
