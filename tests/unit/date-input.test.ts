import { describe, expect, it } from 'vitest';
import { DATE_MESSAGES, readDate, readDateTime } from '../../shared/date-input';
import { localDate, localDateTime } from '../../shared/schemas/common';

const ok = (value: string) => ({ ok: true, value });
const no = (message: string) => ({ ok: false, message });

describe('readDate: what office staff type', () => {
  it.each([
    ['4/1/2023', '2023-01-04'],
    ['04/01/2023', '2023-01-04'],
    ['4/01/2023', '2023-01-04'],
    ['04/1/2023', '2023-01-04'],
    ['4-1-2023', '2023-01-04'],
    ['4.1.2023', '2023-01-04'],
    ['04.01.2023', '2023-01-04'],
    ['4 / 1 / 2023', '2023-01-04'],
    ['4–1–2023', '2023-01-04'],
    ['  4/1/2023  ', '2023-01-04'],
    ['\u00a04/1/2023\t', '2023-01-04'],
    ['4/1/23', '2023-01-04'],
    ['31/12/99', '1999-12-31'],
    ['1/1/69', '2069-01-01'],
    ['1/1/70', '1970-01-01'],
    ['04012023', '2023-01-04'],
    ['040123', '2023-01-04'],
    ['2023-01-04', '2023-01-04'],
    ['2023/1/4', '2023-01-04'],
    ['ngày 4 tháng 1 năm 2023', '2023-01-04'],
    ['Ngày 05 tháng 01 năm 2026', '2026-01-05'],
    ['ngay 4 thang 1 nam 2023', '2023-01-04'],
    ['4 tháng 1 2023', '2023-01-04'],
    ['29/02/2024', '2024-02-29'],
    ['29/2/2000', '2000-02-29'],
    ['31/12/2023', '2023-12-31'],
    ['30/4/2023', '2023-04-30'],
    ['1/1/1900', '1900-01-01'],
    ['31/12/2200', '2200-12-31'],
  ])('reads %j as %s', (text, value) => {
    expect(readDate(text)).toEqual(ok(value));
  });

  it.each([
    ['31/02/2023', 'Tháng 2 năm 2023 chỉ có 28 ngày.'],
    ['31/02/2024', 'Tháng 2 năm 2024 chỉ có 29 ngày.'],
    ['29/02/2023', 'Tháng 2 năm 2023 chỉ có 28 ngày.'],
    ['29/2/1900', 'Tháng 2 năm 1900 chỉ có 28 ngày.'],
    ['30/02/2024', 'Tháng 2 năm 2024 chỉ có 29 ngày.'],
    ['31/04/2023', 'Tháng 4 chỉ có 30 ngày.'],
    ['31/6/2023', 'Tháng 6 chỉ có 30 ngày.'],
    ['31/9/23', 'Tháng 9 chỉ có 30 ngày.'],
    ['31/11/2023', 'Tháng 11 chỉ có 30 ngày.'],
    ['2023-02-31', 'Tháng 2 năm 2023 chỉ có 28 ngày.'],
    ['00/01/2023', DATE_MESSAGES.day],
    ['32/1/2023', DATE_MESSAGES.day],
    ['1/13/2023', DATE_MESSAGES.month],
    ['1/0/2023', DATE_MESSAGES.month],
    ['12/31/2023', DATE_MESSAGES.month],
    ['4/1/202', DATE_MESSAGES.yearDigits],
    ['4/1/2', DATE_MESSAGES.yearDigits],
    ['4/1/1899', DATE_MESSAGES.yearRange],
    ['4/1/2201', DATE_MESSAGES.yearRange],
    ['4/1', DATE_MESSAGES.incomplete],
    ['4/1/', DATE_MESSAGES.incomplete],
    ['4', DATE_MESSAGES.incomplete],
    ['2023', DATE_MESSAGES.incomplete],
    ['ngày 4 tháng 1', DATE_MESSAGES.incomplete],
    ['', DATE_MESSAGES.emptyDate],
    ['   ', DATE_MESSAGES.emptyDate],
    ['4/1/2023 8:30', DATE_MESSAGES.noTimeHere],
  ])('refuses %j: %s', (text, message) => {
    expect(readDate(text)).toEqual(no(message));
  });

  it.each(['abc', 'hôm qua', '4/1/2023/5', '4//2023', '4/a/2023', '1234567', '--', '4,1,2023'])('refuses %j as unreadable, quoting it', (text) => {
    const reading = readDate(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message).toMatch(/^Không đọc được “.+” là ngày: hãy nhập theo dạng ngày\/tháng\/năm, ví dụ 04\/01\/2023\.$/);
      expect(reading.message).toContain(text.trim());
    }
  });

  it('cuts a long paste short in its message', () => {
    const reading = readDate('x'.repeat(5000));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message.length).toBeLessThan(150);
  });
});

describe('readDateTime: a date with a time', () => {
  it.each([
    ['4/1/2023 8:30', '2023-01-04T08:30'],
    ['04/01/2023 08:30', '2023-01-04T08:30'],
    ['4/1/2023 8h30', '2023-01-04T08:30'],
    ['4/1/2023 8h', '2023-01-04T08:00'],
    ['4/1/2023 8g30', '2023-01-04T08:30'],
    ['4/1/2023 lúc 14:05', '2023-01-04T14:05'],
    ['4/1/23 8:30', '2023-01-04T08:30'],
    ['8h30 4/1/2023', '2023-01-04T08:30'],
    ['08:00, 05/01/2026', '2026-01-05T08:00'],
    ['8 giờ 30 phút, ngày 4 tháng 1 năm 2023', '2023-01-04T08:30'],
    ['08 giờ 00 phút, ngày 05 tháng 01 năm 2026', '2026-01-05T08:00'],
    ['4/1/2023 2 giờ chiều', '2023-01-04T14:00'],
    ['4/1/2023 7h30 tối', '2023-01-04T19:30'],
    ['4/1/2023 8h sáng', '2023-01-04T08:00'],
    ['4/1/2023 8h 4', '2023-01-04T08:04'],
    ['4/1/2023 08:30:00', '2023-01-04T08:30'],
    ['2023-01-04T08:30', '2023-01-04T08:30'],
    ['29/02/2024 23:59', '2024-02-29T23:59'],
    ['4/1/2023 0:00', '2023-01-04T00:00'],
  ])('reads %j as %s', (text, value) => {
    expect(readDateTime(text)).toEqual(ok(value));
  });

  it('a date alone takes the time it is given, and asks for one without', () => {
    expect(readDateTime('4/1/2023', { time: '14:00' })).toEqual(ok('2023-01-04T14:00'));
    expect(readDateTime('4/1/2023')).toEqual(no('Chưa có giờ: hãy nhập cả giờ, ví dụ 04/01/2023 08:30.'));
  });

  it('a time alone keeps the date it is given, and asks for one without', () => {
    expect(readDateTime('8h30', { date: '2026-01-05' })).toEqual(ok('2026-01-05T08:30'));
    expect(readDateTime('14:00', { date: '2026-01-05', time: '08:00' })).toEqual(ok('2026-01-05T14:00'));
    expect(readDateTime('8h30')).toEqual(no(DATE_MESSAGES.noDate));
  });

  it.each([
    ['31/02/2024 8:30', 'Tháng 2 năm 2024 chỉ có 29 ngày.'],
    ['29/02/2023 08:00', 'Tháng 2 năm 2023 chỉ có 28 ngày.'],
    ['31/04/2023 8h', 'Tháng 4 chỉ có 30 ngày.'],
    ['00/01/2023 8:00', DATE_MESSAGES.day],
    ['1/13/2023 8:00', DATE_MESSAGES.month],
    ['4/1/2023 24:00', DATE_MESSAGES.hour],
    ['4/1/2023 8:60', DATE_MESSAGES.minute],
    ['4/1 8:30', DATE_MESSAGES.incomplete],
    ['4/1/2023 8:30 9:00', DATE_MESSAGES.twoTimes],
    ['', DATE_MESSAGES.emptyDateTime],
  ])('refuses %j: %s', (text, message) => {
    expect(readDateTime(text, { time: '08:00' })).toEqual(no(message));
  });

  it.each(['abc', '4/1/2023 abc', 'sáng mai'])('refuses %j as unreadable', (text) => {
    const reading = readDateTime(text, { time: '08:00' });
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/^Không đọc được “.+” là ngày giờ: .*ví dụ 04\/01\/2023 08:30\.$/);
  });
});

describe('the shared schemas say what the reader says', () => {
  const first = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message;

  it('a stored date that is not a real day names the month and its length', () => {
    expect(localDate.safeParse('2023-01-04').success).toBe(true);
    expect(first(localDate.safeParse('2024-02-31'))).toBe('Tháng 2 năm 2024 chỉ có 29 ngày.');
    expect(first(localDate.safeParse('31/02/2024'))).toBe('Tháng 2 năm 2024 chỉ có 29 ngày.');
    expect(first(localDate.safeParse(''))).toBe('Hãy nhập ngày.');
    expect(first(localDate.safeParse(5))).toBe('Hãy nhập ngày.');
  });

  it('text that reads as a date but is not in the stored form is still refused', () => {
    // The fields convert what is typed; the schema only takes the stored form.
    expect(localDate.safeParse('4/1/2023').success).toBe(false);
    expect(localDateTime.safeParse('4/1/2023 8:30').success).toBe(false);
  });

  it('a date-time the same way', () => {
    expect(localDateTime.safeParse('2026-01-05T08:00').success).toBe(true);
    expect(first(localDateTime.safeParse('2026-02-30T08:00'))).toBe('Tháng 2 năm 2026 chỉ có 28 ngày.');
    expect(first(localDateTime.safeParse('31/02/2024 8:30'))).toBe('Tháng 2 năm 2024 chỉ có 29 ngày.');
    expect(first(localDateTime.safeParse('2026-01-05T25:00'))).toBe(DATE_MESSAGES.hour);
    expect(first(localDateTime.safeParse(''))).toBe('Hãy nhập ngày giờ.');
  });
});
