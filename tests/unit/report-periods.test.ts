import { describe, expect, it } from 'vitest';
import {
  cutoffDay,
  nextPeriod,
  nextPeriodLabel,
  periodChoiceProblem,
  periodContaining,
  periodForDuty,
  periodOf,
  periodTiming,
  previousPeriod,
  reportKindOf,
  reportSummaryLine,
  samePeriodLastYear,
  type ReportPeriod,
} from '../../shared/report-periods';

const span = (p: ReportPeriod | null) => (p === null ? null : `${p.start}..${p.end}`);

describe('calendar periods (the default)', () => {
  it('covers whole calendar months, leap years included', () => {
    expect(span(periodOf({ kind: 'thang', year: 2024, index: 2 }, 'lich'))).toBe('2024-02-01..2024-02-29');
    expect(span(periodOf({ kind: 'thang', year: 2026, index: 2 }, 'lich'))).toBe('2026-02-01..2026-02-28');
    expect(span(periodOf({ kind: 'quy', year: 2026, index: 3 }, 'lich'))).toBe('2026-07-01..2026-09-30');
    expect(span(periodOf({ kind: 'sau_thang', year: 2026, index: 1 }, 'lich'))).toBe('2026-01-01..2026-06-30');
    expect(span(periodOf({ kind: 'sau_thang', year: 2026, index: 2 }, 'lich'))).toBe('2026-07-01..2026-12-31');
    expect(span(periodOf({ kind: 'chin_thang', year: 2026 }, 'lich'))).toBe('2026-01-01..2026-09-30');
    expect(span(periodOf({ kind: 'nam', year: 2026 }, 'lich'))).toBe('2026-01-01..2026-12-31');
  });

  it('names periods as reports write them', () => {
    expect(periodOf({ kind: 'thang', year: 2026, index: 3 }, 'lich').label).toBe('tháng 3 năm 2026');
    expect(periodOf({ kind: 'quy', year: 2026, index: 4 }, 'lich').label).toBe('quý IV năm 2026');
    expect(periodOf({ kind: 'sau_thang', year: 2026, index: 1 }, 'lich').label).toBe('6 tháng đầu năm 2026');
    expect(periodOf({ kind: 'sau_thang', year: 2026, index: 2 }, 'lich').label).toBe('6 tháng cuối năm 2026');
    expect(periodOf({ kind: 'chin_thang', year: 2026 }, 'lich').label).toBe('9 tháng đầu năm 2026');
    expect(periodOf({ kind: 'tuy_chon', from: '2026-01-05', to: '2026-02-20' }, 'lich').label).toBe('từ ngày 05/01/2026 đến ngày 20/02/2026');
  });
});

describe('the state cut-off convention (15/12 of the year before to 14/12)', () => {
  it('starts the year, its first half, its first quarter and January on 15/12 of the year before', () => {
    expect(span(periodOf({ kind: 'nam', year: 2026 }, 'nha_nuoc'))).toBe('2025-12-15..2026-12-14');
    expect(span(periodOf({ kind: 'sau_thang', year: 2026, index: 1 }, 'nha_nuoc'))).toBe('2025-12-15..2026-06-14');
    expect(span(periodOf({ kind: 'sau_thang', year: 2026, index: 2 }, 'nha_nuoc'))).toBe('2026-06-15..2026-12-14');
    expect(span(periodOf({ kind: 'quy', year: 2026, index: 1 }, 'nha_nuoc'))).toBe('2025-12-15..2026-03-14');
    expect(span(periodOf({ kind: 'quy', year: 2026, index: 4 }, 'nha_nuoc'))).toBe('2026-09-15..2026-12-14');
    expect(span(periodOf({ kind: 'thang', year: 2026, index: 1 }, 'nha_nuoc'))).toBe('2025-12-15..2026-01-14');
    expect(span(periodOf({ kind: 'thang', year: 2026, index: 3 }, 'nha_nuoc'))).toBe('2026-02-15..2026-03-14');
    expect(span(periodOf({ kind: 'chin_thang', year: 2026 }, 'nha_nuoc'))).toBe('2025-12-15..2026-09-14');
  });

  it('leaves no day out and counts none twice across a year', () => {
    let day = '2025-12-15';
    for (let month = 1; month <= 12; month += 1) {
      const p = periodOf({ kind: 'thang', year: 2026, index: month }, 'nha_nuoc');
      expect(p.start).toBe(day);
      const next = new Date(`${p.end}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      day = next.toISOString().slice(0, 10);
    }
    expect(day).toBe('2026-12-15');
    expect(periodOf({ kind: 'nam', year: 2027 }, 'nha_nuoc').start).toBe(day);
  });

  it('puts a day from the 15th into the next month, December into next year', () => {
    expect(periodContaining('nam', '2025-12-20', 'nha_nuoc').year).toBe(2026);
    expect(periodContaining('nam', '2025-12-14', 'nha_nuoc').year).toBe(2025);
    expect(periodContaining('nam', '2025-12-20', 'lich').year).toBe(2025);
    expect(periodContaining('quy', '2026-03-15', 'nha_nuoc').index).toBe(2);
    expect(periodContaining('thang', '2026-01-31', 'nha_nuoc').index).toBe(2);
  });
});

describe('neighbouring periods across year boundaries', () => {
  it('compares January with December, quý I with quý IV, the first half with the second half before', () => {
    expect(previousPeriod(periodOf({ kind: 'thang', year: 2026, index: 1 }, 'lich'))?.label).toBe('tháng 12 năm 2025');
    expect(previousPeriod(periodOf({ kind: 'quy', year: 2026, index: 1 }, 'lich'))?.label).toBe('quý IV năm 2025');
    expect(span(previousPeriod(periodOf({ kind: 'sau_thang', year: 2026, index: 1 }, 'lich')))).toBe('2025-07-01..2025-12-31');
    expect(span(previousPeriod(periodOf({ kind: 'sau_thang', year: 2026, index: 1 }, 'nha_nuoc')))).toBe('2025-06-15..2025-12-14');
    expect(previousPeriod(periodOf({ kind: 'sau_thang', year: 2026, index: 2 }, 'lich'))?.label).toBe('6 tháng đầu năm 2026');
  });

  it('has no separate previous period for 9 months and the year: the same period last year stands for it', () => {
    expect(previousPeriod(periodOf({ kind: 'nam', year: 2026 }, 'lich'))).toBeNull();
    expect(previousPeriod(periodOf({ kind: 'chin_thang', year: 2026 }, 'lich'))).toBeNull();
    expect(span(samePeriodLastYear(periodOf({ kind: 'nam', year: 2026 }, 'nha_nuoc')))).toBe('2024-12-15..2025-12-14');
  });

  it('takes a custom span of the same length just before, and a year back with 29/02 clamped', () => {
    const custom = periodOf({ kind: 'tuy_chon', from: '2024-02-10', to: '2024-02-29' }, 'lich');
    expect(span(previousPeriod(custom))).toBe('2024-01-21..2024-02-09');
    expect(span(samePeriodLastYear(custom))).toBe('2023-02-10..2023-02-28');
  });

  it('looks ahead to the next period in "Phương hướng"', () => {
    expect(nextPeriod(periodOf({ kind: 'thang', year: 2025, index: 12 }, 'lich'))?.label).toBe('tháng 1 năm 2026');
    expect(nextPeriod(periodOf({ kind: 'sau_thang', year: 2025, index: 2 }, 'lich'))?.label).toBe('6 tháng đầu năm 2026');
    expect(nextPeriodLabel(periodOf({ kind: 'chin_thang', year: 2026 }, 'lich'))).toBe('3 tháng cuối năm 2026');
    expect(span(nextPeriod(periodOf({ kind: 'chin_thang', year: 2026 }, 'nha_nuoc')))).toBe('2026-09-15..2026-12-14');
    expect(nextPeriodLabel(periodOf({ kind: 'tuy_chon', from: '2026-01-01', to: '2026-01-31' }, 'lich'))).toBe('thời gian tới');
  });

  it('titles the report after its kind', () => {
    expect(reportKindOf('nam')).toBe('tong_ket');
    expect(reportKindOf('sau_thang')).toBe('so_ket');
    expect(reportKindOf('quy')).toBe('ket_qua');
    expect(reportSummaryLine(periodOf({ kind: 'sau_thang', year: 2026, index: 1 }, 'lich'))).toBe(
      'Sơ kết công tác Mặt trận 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
    );
    expect(reportSummaryLine(periodOf({ kind: 'nam', year: 2025 }, 'lich'))).toBe(
      'Tổng kết công tác Mặt trận năm 2025, phương hướng, nhiệm vụ năm 2026',
    );
  });
});

describe('bad choices and timing', () => {
  it('explains a choice that names no period', () => {
    expect(periodChoiceProblem({ kind: 'tuy_chon', from: '2026-03-01', to: '2026-02-01' })).toBe(
      'Ngày kết thúc kỳ báo cáo (01/02/2026) đứng trước ngày bắt đầu (01/03/2026). Hãy chọn lại hai ngày.',
    );
    expect(periodChoiceProblem({ kind: 'thang', year: 2026, index: 13 })).toMatch(/tháng/);
    expect(periodChoiceProblem({ kind: 'quy', year: 2026, index: null })).toMatch(/quý/);
    expect(periodChoiceProblem({ kind: 'nam', year: null })).toMatch(/năm/);
    expect(periodChoiceProblem({ kind: 'nam', year: 2026 })).toBeNull();
    expect(() => periodOf({ kind: 'sau_thang', year: 2026, index: 3 }, 'lich')).toThrow(/6 tháng/);
  });

  it('tells a future period from a running one and one that is over', () => {
    const h1 = periodOf({ kind: 'sau_thang', year: 2026, index: 1 }, 'lich');
    expect(periodTiming(h1, '2025-12-31')).toBe('future');
    expect(periodTiming(h1, '2026-01-01')).toBe('ongoing');
    expect(periodTiming(h1, '2026-06-30')).toBe('ongoing');
    expect(periodTiming(h1, '2026-07-01')).toBe('past');
    // Figures of a period that is over are taken at its end; of a running one, up to today.
    expect(cutoffDay(h1, '2026-09-01')).toBe('2026-07-01');
    expect(cutoffDay(h1, '2026-03-10')).toBe('2026-03-10');
  });

  it('finds the period a periodic duty reports on from its due date', () => {
    expect(periodForDuty('hang_quy', '2026-03-31', 'lich').label).toBe('quý I năm 2026');
    expect(periodForDuty('hang_quy', '2026-04-05', 'lich').label).toBe('quý I năm 2026');
    expect(periodForDuty('hang_quy', '2026-03-25', 'lich').label).toBe('quý I năm 2026');
    expect(periodForDuty('hang_nam', '2026-01-10', 'lich').label).toBe('năm 2025');
    expect(periodForDuty('hang_nam', '2025-12-20', 'nha_nuoc').label).toBe('năm 2025');
    expect(periodForDuty('sau_thang', '2026-06-20', 'lich').label).toBe('6 tháng đầu năm 2026');
    expect(periodForDuty('hang_thang', '2026-01-31', 'lich').label).toBe('tháng 1 năm 2026');
    expect(periodForDuty('hang_thang', '2026-02-03', 'lich').label).toBe('tháng 1 năm 2026');
  });
});
