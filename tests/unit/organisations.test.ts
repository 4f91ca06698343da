import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { organisation, person } from '../support/fixtures';
import { expectFailure } from '../support/results';

let core: TestCore;
afterEach(() => core?.close());

const names = (list: Array<{ name: string }>) => list.map((o) => o.name);

describe('organisations: save and update', () => {
  it('creates an organisation with every field and reads it back in the list', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    const saved = core.must('organisations:save', { name: 'Hội Nông dân tỉnh', kind: 'to_chuc_thanh_vien', abbreviation: 'HND' });
    expect(saved).toEqual({
      id: saved.id,
      name: 'Hội Nông dân tỉnh',
      kind: 'to_chuc_thanh_vien',
      abbreviation: 'HND',
      active: true,
      peopleCount: 0,
      updatedAt: '2026-03-10T02:00:00.000Z',
    });
    expect(saved.id).toBeGreaterThan(0);
    expect(core.must('organisations:list', {})).toEqual([saved]);
  });

  it('updates name, kind and abbreviation in place', () => {
    core = openTestCore();
    const created = organisation(core, 'Sở Nội vụ', { kind: 'so_ban_nganh' });
    core.setNow(new Date('2026-05-01T00:00:00.000Z'));
    const updated = core.must('organisations:save', { id: created.id, name: 'Sở Nội vụ tỉnh', kind: 'ubnd', abbreviation: 'SNV' });
    expect(updated).toMatchObject({ id: created.id, name: 'Sở Nội vụ tỉnh', kind: 'ubnd', abbreviation: 'SNV', updatedAt: '2026-05-01T00:00:00.000Z' });
    expect(core.must('organisations:list', {})).toHaveLength(1);
  });

  it('updating an id that does not exist → NOT_FOUND, nothing written', () => {
    core = openTestCore();
    organisation(core, 'Công đoàn tỉnh');
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('organisations:save', { id: 999, name: 'Tổ chức ma', kind: 'khac' }), 'NOT_FOUND');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('stores the name in NFC with tidy spaces', () => {
    core = openTestCore();
    const saved = organisation(core, ' Đoàn\u00A0Thanh   niên '.normalize('NFD'));
    expect(saved.name).toBe('Đoàn Thanh niên');
    expect(saved.name).toBe(saved.name.normalize('NFC'));
  });
});

describe('organisations: duplicate names', () => {
  it('a second organisation with the same name → CONFLICT, nothing written', () => {
    core = openTestCore();
    organisation(core, 'Hội Cựu chiến binh tỉnh');
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(
      core.call('organisations:save', { name: 'Hội Cựu chiến binh tỉnh', kind: 'khac', abbreviation: '' }),
      'CONFLICT',
    );
    expect(message).toContain('Hội Cựu chiến binh tỉnh');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('the same name typed differently (NFD, odd spaces, case) is still a duplicate', () => {
    core = openTestCore();
    organisation(core, 'Hội Liên hiệp Phụ nữ tỉnh');
    expectFailure(
      core.call('organisations:save', { name: 'Hội\u00A0Liên hiệp  Phụ nữ tỉnh'.normalize('NFD'), kind: 'khac' }),
      'CONFLICT',
    );
    expectFailure(core.call('organisations:save', { name: 'HỘI LIÊN HIỆP PHỤ NỮ TỈNH', kind: 'khac' }), 'CONFLICT');
  });

  it('an organisation with an abbreviation is found as a duplicate just the same', () => {
    core = openTestCore();
    organisation(core, 'Hội Nông dân tỉnh', { abbreviation: 'HND' });
    expectFailure(core.call('organisations:save', { name: 'Hội Nông dân tỉnh', kind: 'khac' }), 'CONFLICT');
    expectFailure(core.call('organisations:save', { name: 'HỘI NÔNG DÂN TỈNH', kind: 'khac', abbreviation: 'HND' }), 'CONFLICT');
    expect(core.must('organisations:list', {})).toHaveLength(1);
  });

  it('renaming onto another organisation’s name → CONFLICT; saving under its own name is fine', () => {
    core = openTestCore();
    organisation(core, 'Công đoàn tỉnh');
    const other = organisation(core, 'Đoàn Thanh niên tỉnh');
    expectFailure(core.call('organisations:save', { id: other.id, name: 'Công đoàn tỉnh', kind: 'khac' }), 'CONFLICT');
    expect(core.must('organisations:save', { id: other.id, name: 'Đoàn Thanh niên tỉnh', kind: 'khac', abbreviation: 'ĐTN' }).abbreviation).toBe('ĐTN');
    expect(names(core.must('organisations:list', {})).sort()).toEqual(['Công đoàn tỉnh', 'Đoàn Thanh niên tỉnh'].sort());
  });

  it('names that merely start alike are not duplicates', () => {
    core = openTestCore();
    organisation(core, 'Hội Nông dân');
    expect(organisation(core, 'Hội Nông dân tỉnh').name).toBe('Hội Nông dân tỉnh');
  });
});

describe('organisations: list and active state', () => {
  it('lists active ones by name; inactive only when asked, after the active ones', () => {
    core = openTestCore();
    const b = organisation(core, 'Công đoàn tỉnh');
    organisation(core, 'Ban Dân vận Tỉnh ủy', { kind: 'cap_uy' });
    organisation(core, 'Đoàn Thanh niên tỉnh');
    core.must('organisations:setActive', { id: b.id, active: false });

    expect(names(core.must('organisations:list', {}))).toEqual(['Ban Dân vận Tỉnh ủy', 'Đoàn Thanh niên tỉnh']);
    expect(names(core.must('organisations:list', { includeInactive: true }))).toEqual([
      'Ban Dân vận Tỉnh ủy',
      'Đoàn Thanh niên tỉnh',
      'Công đoàn tỉnh',
    ]);
  });

  it('setActive switches the flag both ways and stamps the time', () => {
    core = openTestCore();
    const org = organisation(core, 'Hội Chữ thập đỏ');
    core.setNow(new Date('2026-06-01T00:00:00.000Z'));
    const off = core.must('organisations:setActive', { id: org.id, active: false });
    expect(off.active).toBe(false);
    expect(off.updatedAt).toBe('2026-06-01T00:00:00.000Z');
    expect(core.must('organisations:setActive', { id: org.id, active: true }).active).toBe(true);
    expect(names(core.must('organisations:list', {}))).toEqual(['Hội Chữ thập đỏ']);
  });

  it('setActive on a missing id → NOT_FOUND', () => {
    core = openTestCore();
    expectFailure(core.call('organisations:setActive', { id: 42, active: false }), 'NOT_FOUND');
  });

  it('counts the people of each organisation', () => {
    core = openTestCore();
    const org = organisation(core, 'Hội Nông dân tỉnh');
    person(core, 'Nguyễn Văn An', { organisationId: org.id });
    person(core, 'Trần Văn Bình', { organisationId: org.id });
    expect(core.must('organisations:list', {})[0]!.peopleCount).toBe(2);
  });

  it('renaming refreshes the search text of its people', () => {
    core = openTestCore();
    const org = organisation(core, 'Sở Tư pháp');
    person(core, 'Lê Thị Cúc', { organisationId: org.id });
    expect(core.must('people:list', { text: 'ban dan toc' })).toEqual([]);
    core.must('organisations:save', { id: org.id, name: 'Ban Dân tộc tỉnh', kind: 'so_ban_nganh' });
    const found = core.must('people:list', { text: 'ban dan toc' });
    expect(found.map((p) => [p.fullName, p.organisationName])).toEqual([['Lê Thị Cúc', 'Ban Dân tộc tỉnh']]);
    expect(core.must('people:list', { text: 'tu phap' })).toEqual([]);
  });
});

describe('organisations: merge', () => {
  it('moves the people of the duplicate onto the one kept and removes the duplicate', () => {
    core = openTestCore();
    const keep = organisation(core, 'Hội Liên hiệp Phụ nữ tỉnh', { abbreviation: 'HLHPN' });
    const dup = organisation(core, 'Hội Phụ nữ tỉnh');
    const unrelated = organisation(core, 'Công đoàn tỉnh');
    const a = person(core, 'Nguyễn Thị An', { organisationId: keep.id });
    const b = person(core, 'Trần Thị Bình', { organisationId: dup.id });
    const c = person(core, 'Lê Thị Cúc', { organisationId: dup.id });
    const d = person(core, 'Phạm Văn Dũng', { organisationId: unrelated.id });

    const merged = core.must('organisations:merge', { keepId: keep.id, mergeId: dup.id });
    expect(merged.id).toBe(keep.id);
    expect(merged.peopleCount).toBe(3);
    expect(names(core.must('organisations:list', { includeInactive: true })).sort()).toEqual(
      ['Công đoàn tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'].sort(),
    );
    const people = core.must('people:list', { includeInactive: true });
    const orgOf = (id: number) => people.find((p) => p.id === id)!;
    expect([a, b, c].map((p) => orgOf(p.id).organisationId)).toEqual([keep.id, keep.id, keep.id]);
    expect(orgOf(b.id).organisationName).toBe('Hội Liên hiệp Phụ nữ tỉnh');
    expect(orgOf(d.id).organisationId).toBe(unrelated.id);
    // Search text of the moved people now names the kept organisation.
    expect(core.must('people:list', { text: 'hlhpn' }).map((p) => p.fullName).sort()).toEqual(
      ['Lê Thị Cúc', 'Nguyễn Thị An', 'Trần Thị Bình'].sort(),
    );
  });

  it('merging with a missing organisation → NOT_FOUND and nothing changes', () => {
    core = openTestCore();
    const keep = organisation(core, 'Công đoàn tỉnh');
    const dup = organisation(core, 'Công đoàn');
    person(core, 'Nguyễn Văn An', { organisationId: dup.id });
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('organisations:merge', { keepId: 999, mergeId: dup.id }), 'NOT_FOUND');
    expectFailure(core.call('organisations:merge', { keepId: keep.id, mergeId: 999 }), 'NOT_FOUND');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('merging an organisation with itself → VALIDATION', () => {
    core = openTestCore();
    const keep = organisation(core, 'Công đoàn tỉnh');
    expect(expectFailure(core.call('organisations:merge', { keepId: keep.id, mergeId: keep.id }), 'VALIDATION')).toContain('chính nó');
  });
});

describe('organisations: delete', () => {
  it('an organisation with people → IN_USE, nothing deleted', () => {
    core = openTestCore();
    const org = organisation(core, 'Hội Nông dân tỉnh');
    person(core, 'Nguyễn Văn An', { organisationId: org.id });
    person(core, 'Trần Văn Bình', { organisationId: org.id });
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('organisations:delete', { id: org.id }), 'IN_USE');
    expect(message).toContain('Hội Nông dân tỉnh');
    expect(message).toContain('2 người');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('an inactive person still counts as a use', () => {
    core = openTestCore();
    const org = organisation(core, 'Hội Nông dân tỉnh');
    const p = person(core, 'Nguyễn Văn An', { organisationId: org.id });
    core.must('people:setActive', { id: p.id, active: false });
    expectFailure(core.call('organisations:delete', { id: org.id }), 'IN_USE');
  });

  it('an unused organisation is deleted', () => {
    core = openTestCore();
    const org = organisation(core, 'Tổ chức tạm');
    const other = organisation(core, 'Công đoàn tỉnh');
    expect(core.must('organisations:delete', { id: org.id })).toEqual({ id: org.id });
    expect(core.must('organisations:list', { includeInactive: true }).map((o) => o.id)).toEqual([other.id]);
  });

  it('an organisation whose people moved away can then be deleted', () => {
    core = openTestCore();
    const org = organisation(core, 'Tổ chức cũ');
    const other = organisation(core, 'Tổ chức mới');
    const p = person(core, 'Nguyễn Văn An', { organisationId: org.id });
    expectFailure(core.call('organisations:delete', { id: org.id }), 'IN_USE');
    core.must('people:save', { id: p.id, fullName: p.fullName, organisationId: other.id });
    expect(core.call('organisations:delete', { id: org.id }).ok).toBe(true);
  });

  it('deleting a missing organisation → NOT_FOUND', () => {
    core = openTestCore();
    expectFailure(core.call('organisations:delete', { id: 7 }), 'NOT_FOUND');
  });
});

describe('organisations: order', () => {
  it('lists in Vietnamese alphabetical order, đ after d and before e, active ones first', () => {
    const core = openTestCore();
    try {
      for (const name of ['Hội Nông dân tỉnh', 'Hội đồng nhân dân tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Cựu chiến binh tỉnh', 'Ủy ban nhân dân tỉnh', 'Đoàn Thanh niên tỉnh', 'Ban Dân vận Tỉnh ủy']) {
        core.must('organisations:save', { name, kind: 'khac' });
      }
      const retired = core.must('organisations:save', { name: 'Ban A cũ', kind: 'khac' });
      core.must('organisations:setActive', { id: retired.id, active: false });
      expect(core.must('organisations:list', { includeInactive: true }).map((o) => o.name)).toEqual([
        'Ban Dân vận Tỉnh ủy',
        'Đoàn Thanh niên tỉnh',
        'Hội Cựu chiến binh tỉnh',
        'Hội đồng nhân dân tỉnh',
        'Hội Liên hiệp Phụ nữ tỉnh',
        'Hội Nông dân tỉnh',
        'Ủy ban nhân dân tỉnh',
        'Ban A cũ',
      ]);
    } finally {
      core.close();
    }
  });
});
