import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../shared/text-match';

/*
 * The pickers' matcher (issue 8, "first real use"). The names are from a city committee's
 * directory; the first group was written from the complaints, the second (held out) was
 * written afterwards and never used to tune the rules.
 */
const farmers = { text: 'Hội Nông dân thành phố Hải Phòng', also: ['HND'] };
const council = { text: 'Hội đồng nhân dân thành phố', also: [] };
const committee = { text: 'Ủy ban nhân dân tỉnh Quảng Ninh', also: [] };
const thuong = { text: 'Trần Văn Thường', also: ['Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố'] };
const anh = { text: 'Nguyễn Văn Anh', also: ['Trưởng ban Dân chủ - Pháp luật'] };

describe('the pickers\' matcher', () => {
  it.each([
    ['nguyen anh', anh],
    ['Nguyễn Anh', anh],
    ['hoi nong dan', farmers],
    ['nong dan', farmers],
    ['HND', farmers],
    ['hnd', farmers],
    ['UBND', committee],
    ['HĐND', council],
    ['hdnd', council],
    ['thuong', thuong],
    ['pho chu tich', thuong],
  ] as const)('"%s" finds it', (query, candidate) => {
    expect(matchesQuery(query, candidate)).toBe(true);
  });

  it.each([
    ['huong', thuong],
    ['anh', farmers],
    ['nong dan', council],
    ['UBND', farmers],
    ['hoi phu nu', farmers],
    ['x', farmers],
  ] as const)('"%s" does not find %j', (query, candidate) => {
    expect(matchesQuery(query, candidate)).toBe(false);
  });

  it('matches words in any order and ignores punctuation', () => {
    expect(matchesQuery('hai phong, nong dan', farmers)).toBe(true);
  });

  // Held out: written after the rules above, never used to tune them.
  it.each([
    ['doan thanh nien', { text: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố', also: ['ĐTN'] }, true],
    ['dtn', { text: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố', also: ['ĐTN'] }, true],
    ['hlhpn', { text: 'Hội Liên hiệp Phụ nữ thành phố', also: [] }, true],
    ['cuu chien binh', { text: 'Hội Cựu chiến binh thành phố', also: ['HCCB'] }, true],
    ['chien si', { text: 'Hội Cựu chiến binh thành phố', also: ['HCCB'] }, false],
    ['le thi', { text: 'Lê Thị Thu Hà', also: [] }, true],
    ['ha thu', { text: 'Lê Thị Thu Hà', also: [] }, true],
    ['thuy', { text: 'Lê Thị Thu Hà', also: [] }, false],
  ] as const)('held out: "%s" in %j → %s', (query, candidate, expected) => {
    expect(matchesQuery(query, candidate)).toBe(expected);
  });
});

describe('the directory search behind the speaker and people pickers', () => {
  it('finds "nguyen anh" and a person by their organisation\'s abbreviation', async () => {
    const { openTestCore } = await import('../support/core');
    const { organisation, person } = await import('../support/fixtures');
    const core = openTestCore();
    try {
      const hnd = organisation(core, 'Hội Nông dân thành phố Hải Phòng', { abbreviation: 'HND' });
      person(core, 'Nguyễn Văn Anh', { organisationId: hnd.id });
      person(core, 'Trần Văn Thường');
      const names = (text: string) => core.must('people:list', { text }).map((p) => p.fullName);
      expect(names('nguyen anh')).toEqual(['Nguyễn Văn Anh']);
      expect(names('hoi nong dan')).toEqual(['Nguyễn Văn Anh']);
      expect(names('huong')).toEqual([]);
      expect(names('thuong')).toEqual(['Trần Văn Thường']);
    } finally {
      core.close();
    }
  });
});
