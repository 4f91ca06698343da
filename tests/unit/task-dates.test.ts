import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, daysLate, isOverdue, localDateOf, nextDueDate, weekOf } from '../../shared/task-dates';

const SCRIPT = path.resolve(__dirname, '../support/overdue-in-zone.ts');

/** The real handlers in a child process whose local time zone is `tz`. */
function overdueIn(tz: string, instant: string, dueDates: string[]): { today: string; overdue: string[]; daysLate: Record<string, number> } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, instant, ...dueDates], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { today: string; overdue: string[]; daysLate: Record<string, number> };
}

describe('overdue: due date before today\'s LOCAL date, and not done', () => {
  it('is derived from the due date, the status and today', () => {
    expect(isOverdue('2026-03-09', 'chua_thuc_hien', '2026-03-10')).toBe(true);
    expect(isOverdue('2026-03-10', 'chua_thuc_hien', '2026-03-10')).toBe(false); // due today is not late yet
    expect(isOverdue('2026-03-09', 'hoan_thanh', '2026-03-10')).toBe(false);
    expect(isOverdue('2026-03-09', 'tam_dung', '2026-03-10')).toBe(true); // pausing does not move the deadline
    expect(isOverdue(null, 'dang_thuc_hien', '2026-03-10')).toBe(false);
    expect(daysLate('2026-03-09', 'dang_thuc_hien', '2026-03-10')).toBe(1);
    expect(daysLate('2026-03-09', 'hoan_thanh', '2026-03-10')).toBe(0);
  });

  it('counts days late across a year end and a leap day', () => {
    expect(daysLate('2025-12-31', 'chua_thuc_hien', '2026-01-01')).toBe(1);
    expect(daysLate('2023-12-25', 'chua_thuc_hien', '2024-03-01')).toBe(67); // 6 + 31 + 29 + 1
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
  });

  it('takes today from the local calendar of a Date built in local time', () => {
    // Built from local parts, so whatever TZ this test runs in, it is that local date.
    expect(localDateOf(new Date(2026, 0, 1, 0, 0, 30))).toBe('2026-01-01');
    expect(localDateOf(new Date(2025, 11, 31, 23, 59, 59))).toBe('2025-12-31');
  });

  it('turns a task due 31/12 overdue at local midnight in Việt Nam, not when UTC changes day', () => {
    // 17:30 UTC on 31/12 is 00:30 on 1/1 in Hà Nội (UTC+7) and 12:30 on 31/12 in New York.
    const instant = '2025-12-31T17:30:00Z';
    const due = ['2025-12-30', '2025-12-31', '2026-01-01'];
    const hanoi = overdueIn('Asia/Ho_Chi_Minh', instant, due);
    expect(hanoi.today).toBe('2026-01-01');
    expect(hanoi.overdue).toEqual(['2025-12-30', '2025-12-31']);
    expect(hanoi.daysLate).toEqual({ '2025-12-30': 2, '2025-12-31': 1, '2026-01-01': 0 });

    const newYork = overdueIn('America/New_York', instant, due);
    expect(newYork.today).toBe('2025-12-31');
    expect(newYork.overdue).toEqual(['2025-12-30']);

    const utc = overdueIn('UTC', instant, due);
    expect(utc.today).toBe('2025-12-31');
  }, 30_000);

  it('sees a task in Hà Nội still on time one minute before local midnight (16:59 UTC)', () => {
    const lastMinute = overdueIn('Asia/Ho_Chi_Minh', '2025-12-31T16:59:00Z', ['2025-12-31']);
    expect(lastMinute.today).toBe('2025-12-31');
    expect(lastMinute.overdue).toEqual([]);
    // East of the date line the new year has long begun.
    const kiritimati = overdueIn('Pacific/Kiritimati', '2025-12-31T10:30:00Z', ['2025-12-31']);
    expect(kiritimati.today).toBe('2026-01-01');
    expect(kiritimati.overdue).toEqual(['2025-12-31']);
  }, 30_000);
});

describe('recurrence: the next due date', () => {
  it('monthly keeps the day of month of the series, clamping short months', () => {
    expect(nextDueDate('2026-01-31', 'hang_thang', 31)).toBe('2026-02-28');
    expect(nextDueDate('2026-02-28', 'hang_thang', 31)).toBe('2026-03-31'); // not 28/3: the series is "last day"
    expect(nextDueDate('2026-03-31', 'hang_thang', 31)).toBe('2026-04-30');
    expect(nextDueDate('2028-01-31', 'hang_thang', 31)).toBe('2028-02-29'); // leap year
    expect(nextDueDate('2026-01-15', 'hang_thang', 15)).toBe('2026-02-15');
    expect(nextDueDate('2026-01-30', 'hang_thang', 30)).toBe('2026-02-28');
    expect(nextDueDate('2026-02-28', 'hang_thang', 30)).toBe('2026-03-30');
  });

  it('crosses the year end', () => {
    expect(nextDueDate('2026-12-31', 'hang_thang', 31)).toBe('2027-01-31');
    expect(nextDueDate('2026-11-30', 'hang_quy', 30)).toBe('2027-02-28');
    expect(nextDueDate('2026-10-15', 'hang_quy', 15)).toBe('2027-01-15');
    expect(nextDueDate('2026-12-20', 'sau_thang', 20)).toBe('2027-06-20');
  });

  it('quarterly, six-monthly and yearly', () => {
    expect(nextDueDate('2026-03-31', 'hang_quy', 31)).toBe('2026-06-30');
    expect(nextDueDate('2026-06-30', 'hang_quy', 31)).toBe('2026-09-30');
    expect(nextDueDate('2026-09-30', 'hang_quy', 31)).toBe('2026-12-31');
    expect(nextDueDate('2026-06-30', 'sau_thang', 30)).toBe('2026-12-30');
    expect(nextDueDate('2026-08-31', 'sau_thang', 31)).toBe('2027-02-28');
    expect(nextDueDate('2026-12-15', 'hang_nam', 15)).toBe('2027-12-15');
  });

  it('yearly from 29 February: 28/02 in common years, back to 29/02 in the next leap year', () => {
    expect(nextDueDate('2024-02-29', 'hang_nam', 29)).toBe('2025-02-28');
    expect(nextDueDate('2025-02-28', 'hang_nam', 29)).toBe('2026-02-28');
    expect(nextDueDate('2027-02-28', 'hang_nam', 29)).toBe('2028-02-29');
  });

  it('does not repeat a one-off task, and without an anchor uses the date\'s own day', () => {
    expect(nextDueDate('2026-01-31', 'khong')).toBeNull();
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });
});

describe('weeks start on Monday', () => {
  it('finds Monday and Sunday, across a year end', () => {
    expect(weekOf('2026-03-10')).toEqual({ monday: '2026-03-09', sunday: '2026-03-15' });
    expect(weekOf('2026-03-15')).toEqual({ monday: '2026-03-09', sunday: '2026-03-15' });
    expect(weekOf('2026-01-01')).toEqual({ monday: '2025-12-29', sunday: '2026-01-04' });
  });
});
