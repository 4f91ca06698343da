import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { expectFailure } from '../support/results';

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ now: new Date('2026-11-20T02:00:00.000Z') });
  core.must('profile:save', { committeeName: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng', placeName: 'Hải Phòng', level: 'tinh', abbreviation: 'MTTQ-BTT', committeeCode: 'MTTQ-HP' });
});
afterEach(() => core.close());

describe('committees above and below', () => {
  it('lists the own code, the one committee above and the committees below, codes in capitals', () => {
    core.must('committees:save', { name: 'Ủy ban Trung ương MTTQ Việt Nam', code: 'mttq-tw', relation: 'cap_tren' });
    core.must('committees:save', { name: 'Ủy ban MTTQ Việt Nam phường Lê Chân', code: 'MTTQ-HP-LC', relation: 'cap_duoi' });
    core.must('committees:save', { name: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng', code: 'MTTQ-HP-HB', relation: 'cap_duoi' });
    const directory = core.must('committees:list', undefined);
    expect(directory.own).toEqual({ code: 'MTTQ-HP', name: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng' });
    expect(directory.above.map((c) => c.code)).toEqual(['MTTQ-TW']);
    expect(directory.below.map((c) => c.name)).toEqual(['Ủy ban MTTQ Việt Nam phường Hồng Bàng', 'Ủy ban MTTQ Việt Nam phường Lê Chân']);
    // They are organisations of the directory too (issuers of directives received from them).
    expect(core.must('organisations:list', {}).filter((o) => o.kind === 'mat_tran')).toHaveLength(3);
  });

  it('reuses the directory organisation of the same name', () => {
    const org = core.must('organisations:save', { name: 'Ủy ban MTTQ Việt Nam phường Lê Chân', kind: 'mat_tran', abbreviation: 'MTTQ phường' });
    const committee = core.must('committees:save', { name: 'Ủy ban MTTQ Việt Nam phường Lê Chân', code: 'MTTQ-HP-LC', relation: 'cap_duoi' });
    expect(committee.id).toBe(org.id);
  });

  it('refuses a code already used, the own code, a second committee above — changing nothing', () => {
    core.must('committees:save', { name: 'Ủy ban Trung ương MTTQ Việt Nam', code: 'MTTQ-TW', relation: 'cap_tren' });
    core.must('committees:save', { name: 'Ủy ban MTTQ Việt Nam phường Lê Chân', code: 'MTTQ-HP-LC', relation: 'cap_duoi' });
    const before = dumpUserTables(core.ctx.db);
    expect(expectFailure(core.call('committees:save', { name: 'Phường Hồng Bàng', code: 'MTTQ-HP-LC', relation: 'cap_duoi' }), 'CONFLICT')).toContain('đã được dùng');
    expect(expectFailure(core.call('committees:save', { name: 'Phường Hồng Bàng', code: 'MTTQ-HP', relation: 'cap_duoi' }), 'CONFLICT')).toContain('chính Ủy ban mình');
    expect(expectFailure(core.call('committees:save', { name: 'Tỉnh khác', code: 'MTTQ-QN', relation: 'cap_tren' }), 'CONFLICT')).toContain('chỉ có một cấp trên');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('a committee with tasks given to it stays on the list; without, it leaves the list but not the directory', () => {
    const ward = core.must('committees:save', { name: 'Ủy ban MTTQ Việt Nam phường Lê Chân', code: 'MTTQ-HP-LC', relation: 'cap_duoi' });
    const directiveId = core.must('directives:save', { direction: 'di', numberSymbol: '12/KH-MTTQ-BTT', issuedDate: '2026-11-18' }).id;
    const saved = core.must('exchange:saveAssignments', { directiveId, tasks: [{ title: 'Triển khai', committeeIds: [ward.id] }] });
    expect(expectFailure(core.call('committees:remove', { id: ward.id }), 'IN_USE')).toContain('1 nhiệm vụ');
    core.must('exchange:deleteTaskGroup', { directiveId, group: saved.groups[0]!.group });
    // Neither deleted nor merged away while it is a committee of the list, or has tasks kept here.
    expect(expectFailure(core.call('organisations:delete', { id: ward.id }), 'IN_USE')).toContain('mã MTTQ-HP-LC');
    core.must('committees:remove', { id: ward.id });
    const other = core.must('organisations:save', { name: 'Ủy ban MTTQ phường Lê Chân (cũ)', kind: 'mat_tran' });
    expect(expectFailure(core.call('organisations:merge', { keepId: other.id, mergeId: ward.id }), 'IN_USE')).toContain('1 nhiệm vụ đã giao');
    expect(core.must('committees:list', undefined).below).toEqual([]);
    expect(core.must('organisations:list', {}).map((o) => o.name)).toContain('Ủy ban MTTQ Việt Nam phường Lê Chân');
  });
});

describe('assignments of Gửi cấp dưới', () => {
  it('one row per committee; an edit touches only the rows that changed; a committee taken off is withdrawn', () => {
    const ids = ['MTTQ-HP-HB', 'MTTQ-HP-LC', 'MTTQ-HP-NQ'].map(
      (code, i) => core.must('committees:save', { name: `Ủy ban MTTQ Việt Nam phường số ${i + 1}`, code, relation: 'cap_duoi' }).id,
    );
    const directiveId = core.must('directives:save', { direction: 'di', numberSymbol: '12/KH-MTTQ-BTT', issuedDate: '2026-11-18' }).id;
    const first = core.must('exchange:saveAssignments', {
      directiveId,
      tasks: [{ title: 'Tổ chức hội nghị triển khai', dueDate: '2026-12-15', committeeIds: [ids[0]!, ids[1]!] }],
    });
    const group = first.groups[0]!;
    expect(group.committees.map((c) => c.code)).toEqual(['MTTQ-HP-HB', 'MTTQ-HP-LC']);
    core.setNow(new Date('2026-11-21T02:00:00.000Z'));
    const second = core.must('exchange:saveAssignments', {
      directiveId,
      tasks: [{ group: group.group, title: 'Tổ chức hội nghị triển khai', dueDate: '2026-12-15', committeeIds: [ids[1]!, ids[2]!] }],
    });
    const rows = second.groups[0]!.committees;
    expect(rows.map((c) => c.code)).toEqual(['MTTQ-HP-LC', 'MTTQ-HP-NQ']);
    // Lê Chân's row did not change, so it keeps its time (nothing new to send it).
    expect(rows.find((c) => c.code === 'MTTQ-HP-LC')!.updatedAt).toBe(group.committees.find((c) => c.code === 'MTTQ-HP-LC')!.updatedAt);
    const withdrawn = core.ctx.db.prepare('SELECT deleted_at AS d FROM committee_assignments WHERE committee_id = ?').get(ids[0]!) as { d: string | null };
    expect(withdrawn.d).toBe('2026-11-21T02:00:00.000Z');
    // Every write is in the change log of the write path.
    const logged = core.ctx.db.prepare("SELECT operation FROM change_log WHERE table_name = 'committee_assignments' ORDER BY id").all() as Array<{ operation: string }>;
    expect(logged.map((l) => l.operation)).toEqual(['insert', 'insert', 'insert', 'soft_delete']);
  });

  it('refuses an organisation that is not a committee below, changing nothing', () => {
    const org = core.must('organisations:save', { name: 'Hội Nông dân thành phố', kind: 'to_chuc_thanh_vien' });
    const directiveId = core.must('directives:save', { direction: 'di', numberSymbol: '12/KH-MTTQ-BTT', issuedDate: '2026-11-18' }).id;
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('exchange:saveAssignments', { directiveId, tasks: [{ title: 'Việc', committeeIds: [org.id] }] }), 'VALIDATION');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });
});
