import { describe, expect, it } from 'vitest';
import {
  formatLocalDate,
  formatLocalDateTime,
  isValidLocalDate,
  isValidLocalDateTime,
  toLocalDateTimeString,
} from '../../shared/datetime';

describe('isValidLocalDateTime', () => {
  it.each([
    '2026-01-05T08:00',
    '2028-02-29T00:00',
    '2000-02-29T12:30',
    '2026-12-31T23:59',
    '2026-04-30T07:30',
  ])('accepts %s', (value) => {
    expect(isValidLocalDateTime(value)).toBe(true);
  });

  it.each([
    ['2026-02-29T08:00', 'not a leap year'],
    ['1900-02-29T08:00', 'century not divisible by 400'],
    ['2026-02-30T08:00', 'no 30 February'],
    ['2026-04-31T08:00', 'April has 30 days'],
    ['2026-13-01T08:00', 'month 13'],
    ['2026-00-10T08:00', 'month 0'],
    ['2026-01-00T08:00', 'day 0'],
    ['2026-01-05T24:00', 'hour 24'],
    ['2026-01-05T08:60', 'minute 60'],
    ['2026-01-05 08:00', 'space instead of T'],
    ['2026-01-05T08:00:00', 'seconds'],
    ['2026-01-05T08:00Z', 'time zone'],
    ['2026-1-5T8:00', 'no zero padding'],
    ['05/01/2026 08:00', 'Vietnamese display form'],
    ['1899-12-31T08:00', 'before 1900'],
    ['2201-01-01T08:00', 'after 2200'],
    ['', 'empty'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidLocalDateTime(value)).toBe(false);
  });
});

describe('isValidLocalDate', () => {
  it.each(['2028-02-29', '2026-02-28', '2026-12-31', '2000-02-29'])('accepts %s', (value) => {
    expect(isValidLocalDate(value)).toBe(true);
  });

  it.each(['2026-02-29', '2100-02-29', '2026-13-01', '2026-06-31', '2026-01-05T08:00', '2026-1-5', '', '20260105'])(
    'rejects %s',
    (value) => {
      expect(isValidLocalDate(value)).toBe(false);
    },
  );
});

describe('formatting', () => {
  it('formats a local date-time as "HH:mm, dd/MM/yyyy"', () => {
    expect(formatLocalDateTime('2026-01-05T08:00')).toBe('08:00, 05/01/2026');
    expect(formatLocalDateTime('2025-12-15T14:30')).toBe('14:30, 15/12/2025');
  });

  it('returns text it cannot parse unchanged', () => {
    expect(formatLocalDateTime('không rõ')).toBe('không rõ');
    expect(formatLocalDate('không rõ')).toBe('không rõ');
  });

  it('formats a date (or the date part of a date-time) as dd/MM/yyyy', () => {
    expect(formatLocalDate('2026-03-04')).toBe('04/03/2026');
    expect(formatLocalDate('2026-03-04T09:15')).toBe('04/03/2026');
  });

  it('toLocalDateTimeString gives the wall-clock time in the stored form, with zero padding', () => {
    const date = new Date(2026, 0, 5, 8, 7, 59);
    const text = toLocalDateTimeString(date);
    expect(text).toBe('2026-01-05T08:07');
    expect(isValidLocalDateTime(text)).toBe(true);
    expect(toLocalDateTimeString(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31T23:59');
  });
});
