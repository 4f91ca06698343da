import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc/contract';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { expectFailure } from '../support/results';

let core: TestCore;
afterEach(() => core?.close());

function validProfile(overrides: Partial<ChannelInput<'profile:save'>> = {}): ChannelInput<'profile:save'> {
  return {
    committeeName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh',
    parentBody: 'Ủy ban Trung ương MTTQ Việt Nam',
    placeName: 'Quảng Ninh',
    level: 'tinh',
    abbreviation: 'MTTQ-BTT',
    committeeCode: 'MTTQ-QN',
    chair: { fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch Ủy ban MTTQ tỉnh' },
    deputies: [
      { fullName: 'Trần Thị Lan', title: 'Phó Chủ tịch' },
      { fullName: 'Lê Văn Minh', title: 'Phó Chủ tịch' },
      { fullName: 'Phạm Thu Hà', title: 'Phó Chủ tịch kiêm Chủ tịch Hội LHPN' },
    ],
    accentedFileNames: false,
    ...overrides,
  };
}

describe('committee profile', () => {
  it('is null before the first save', () => {
    core = openTestCore();
    expect(core.must('profile:get', undefined)).toBeNull();
  });

  it('saves and reads back every field, with the time of saving', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    const saved = core.must('profile:save', validProfile());
    const expected = { ...validProfile(), updatedAt: '2026-03-10T02:00:00.000Z' };
    expect(saved).toEqual(expected);
    expect(core.must('profile:get', undefined)).toEqual(expected);
  });

  it('keeps deputies in the order given, and re-orders and removes them on update', () => {
    core = openTestCore();
    core.must('profile:save', validProfile());
    const names = () => core.must('profile:get', undefined)!.deputies.map((d) => d.fullName);
    expect(names()).toEqual(['Trần Thị Lan', 'Lê Văn Minh', 'Phạm Thu Hà']);

    core.must(
      'profile:save',
      validProfile({ deputies: [{ fullName: 'Phạm Thu Hà', title: 'Phó Chủ tịch' }, { fullName: 'Trần Thị Lan', title: 'Phó Chủ tịch' }] }),
    );
    expect(names()).toEqual(['Phạm Thu Hà', 'Trần Thị Lan']);
    const rows = core.ctx.db.prepare('SELECT position, full_name FROM committee_deputies ORDER BY position').all();
    expect(rows).toEqual([
      { position: 0, full_name: 'Phạm Thu Hà' },
      { position: 1, full_name: 'Trần Thị Lan' },
    ]);

    core.must('profile:save', validProfile({ deputies: [] }));
    expect(names()).toEqual([]);
  });

  it('updates in place: one profile row, new values, new time', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    core.must('profile:save', validProfile());
    core.setNow(new Date('2026-04-01T01:00:00.000Z'));
    const updated = core.must(
      'profile:save',
      validProfile({ committeeName: 'Ủy ban MTTQ Việt Nam xã Tân Lập', placeName: 'Tân Lập', level: 'xa', chair: null }),
    );
    expect(updated.committeeName).toBe('Ủy ban MTTQ Việt Nam xã Tân Lập');
    expect(updated.level).toBe('xa');
    expect(updated.chair).toBeNull();
    expect(updated.updatedAt).toBe('2026-04-01T01:00:00.000Z');
    expect(core.ctx.db.prepare('SELECT count(*) AS n FROM committee_profile').get()).toEqual({ n: 1 });
  });

  it('stores NFC text with tidy spaces whatever the input', () => {
    core = openTestCore();
    const saved = core.must(
      'profile:save',
      validProfile({ committeeName: '  Ủy\u00A0ban MTTQ   Việt Nam tỉnh Quảng Ninh '.normalize('NFD'), placeName: 'Quảng\u200B Ninh' }),
    );
    expect(saved.committeeName).toBe('Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh');
    expect(saved.committeeName).toBe(saved.committeeName.normalize('NFC'));
    expect(saved.placeName).toBe('Quảng Ninh');
  });

  it.each(['MTTQ-BTT', 'MTTQ', 'ĐTN', 'MTTQ-BTT-2', 'UBMTTQ-VN'])('accepts the abbreviation %s', (abbreviation) => {
    core = openTestCore();
    expect(core.must('profile:save', validProfile({ abbreviation })).abbreviation).toBe(abbreviation);
  });

  it.each(['mttq btt', 'mttq-btt', 'MTTQ BTT', 'MTTQ--BTT', '-MTTQ', 'MTTQ-', 'MTTQ_BTT', 'MTTQ/BTT'])(
    'rejects the abbreviation %j and leaves the saved profile as it was',
    (abbreviation) => {
      core = openTestCore();
      core.must('profile:save', validProfile());
      const before = dumpUserTables(core.ctx.db);
      const message = expectFailure(core.call('profile:save', validProfile({ abbreviation })), 'VALIDATION');
      expect(message).toContain('Chữ viết tắt');
      expect(dumpUserTables(core.ctx.db)).toEqual(before);
    },
  );

  it('keeps the committee code for exchange packages in capitals, may leave it empty, refuses a malformed one', () => {
    core = openTestCore();
    expect(core.must('profile:save', validProfile({ committeeCode: ' 000.00.31.h31 ' })).committeeCode).toBe('000.00.31.H31');
    expect(core.must('profile:save', validProfile({ committeeCode: '' })).committeeCode).toBe('');
    const { committeeCode: _omitted, ...withoutCode } = validProfile();
    expect(core.must('profile:save', withoutCode).committeeCode).toBe('');
    const before = dumpUserTables(core.ctx.db);
    for (const committeeCode of ['MTTQ HP', 'Mặt trận', 'MTTQ--HP', '-HP', 'H', 'A'.repeat(41)]) {
      expect(expectFailure(core.call('profile:save', validProfile({ committeeCode })), 'VALIDATION')).toContain('Mã đơn vị');
    }
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('accepts the historical district level for old records and rejects unknown levels', () => {
    core = openTestCore();
    expect(core.must('profile:save', validProfile({ level: 'huyen' })).level).toBe('huyen');
    const bad = { ...validProfile(), level: 'quan' } as unknown as ChannelInput<'profile:save'>;
    expect(expectFailure(core.call('profile:save', bad), 'VALIDATION')).toContain('cấp của Ủy ban');
  });

  it('requires a committee name and a place name, and at most 10 deputies', () => {
    core = openTestCore();
    expect(expectFailure(core.call('profile:save', validProfile({ committeeName: ' \u00A0 ' })), 'VALIDATION')).toContain('tên Ủy ban');
    expect(expectFailure(core.call('profile:save', validProfile({ placeName: '' })), 'VALIDATION')).toContain('địa danh');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ fullName: `Phó Chủ tịch số ${i + 1}`, title: '' }));
    expect(expectFailure(core.call('profile:save', validProfile({ deputies: eleven })), 'VALIDATION')).toBe('Danh sách Phó Chủ tịch có tối đa 10 người.');
    expect(core.must('profile:get', undefined)).toBeNull();
  });
});
