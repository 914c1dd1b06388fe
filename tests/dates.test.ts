import { describe, expect, it } from 'vitest';
import {
  MONTHS_ID,
  WEEKDAYS_ID,
  addDays,
  canonicalWeekday,
  daysBetween,
  daysInMonth,
  formatLong,
  formatNumeric,
  isLeapYear,
  isValidDate,
  monthFromName,
  normalizeTimestamp,
  parseIsoDate,
  parseVisibleTimestamp,
  toIsoDate,
  weekdayName,
  weekdayOf,
  zoneOffset,
} from '../src/dates/index.js';

/** Weekday from the JS Date, for any year (Date.UTC maps 0-99 to 1900-1999, so set the year explicitly). */
function jsWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCDay();
}

describe('name tables', () => {
  it('lists weekdays from Minggu (Sunday) and months from Januari', () => {
    expect(WEEKDAYS_ID).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
    expect(MONTHS_ID).toHaveLength(12);
    expect(MONTHS_ID[0]).toBe('Januari');
    expect(MONTHS_ID[7]).toBe('Agustus');
    expect(MONTHS_ID[11]).toBe('Desember');
  });

  it('canonicalises weekday spellings', () => {
    expect(canonicalWeekday("Jum'at")).toBe('Jumat');
    expect(canonicalWeekday('Jum’at')).toBe('Jumat');
    expect(canonicalWeekday('JUMAT')).toBe('Jumat');
    expect(canonicalWeekday('Ahad')).toBe('Minggu');
    expect(canonicalWeekday('Tuesday')).toBe('Selasa');
    expect(canonicalWeekday('Sat')).toBe('Sabtu');
    expect(canonicalWeekday('Selasar')).toBeNull();
  });

  it('maps month spellings to numbers', () => {
    expect(monthFromName('Okt')).toBe(10);
    expect(monthFromName('Okt.')).toBe(10);
    expect(monthFromName('Nopember')).toBe(11);
    expect(monthFromName('Pebruari')).toBe(2);
    expect(monthFromName('Agt')).toBe(8);
    expect(monthFromName('Ags')).toBe(8);
    expect(monthFromName('Agu')).toBe(8);
    expect(monthFromName('Sept')).toBe(9);
    expect(monthFromName('MEI')).toBe(5);
    expect(monthFromName('May')).toBe(5);
    expect(monthFromName('Meiliana')).toBeNull();
  });
});

describe('calendar facts', () => {
  it('knows the weekdays of the seed article', () => {
    expect(weekdayName(2024, 10, 22)).toBe('Selasa');
    expect(weekdayName(2023, 10, 22)).toBe('Minggu');
    expect(weekdayOf(2024, 10, 22)).toBe(2);
    expect(weekdayOf(2023, 10, 22)).toBe(0);
    expect(weekdayName(1945, 8, 17)).toBe('Jumat');
    expect(weekdayName(1970, 1, 1)).toBe('Kamis');
    expect(weekdayName(1, 1, 1)).toBe('Senin');
  });

  it('knows leap years', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
  });

  it('validates dates', () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(2024, 9, 31)).toBe(false);
    expect(isValidDate(2024, 10, 31)).toBe(true);
    expect(isValidDate(2024, 13, 1)).toBe(false);
    expect(isValidDate(2024, 0, 1)).toBe(false);
    expect(isValidDate(2024, 1, 0)).toBe(false);
    expect(isValidDate(2024, 1, 1.5)).toBe(false);
    expect(isValidDate(Number.NaN, 1, 1)).toBe(false);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 13)).toBe(0);
  });

  it('agrees with the JS Date on 1, 2 and 3 January, 1 March and 31 December of every year 1-9999', () => {
    const bad: string[] = [];
    for (let y = 1; y <= 9999; y++) {
      for (const [m, d] of [[1, 1], [1, 2], [1, 3], [2, 28], [3, 1], [12, 31]] as const) {
        if (weekdayOf(y, m, d) !== jsWeekday(y, m, d)) bad.push(toIsoDate(y, m, d));
      }
    }
    expect(bad).toEqual([]);
  });

  it('advances one weekday per day over every day of years 1-9999', () => {
    let expected = weekdayOf(1, 1, 1);
    let count = 0;
    let mismatches = 0;
    for (let y = 1; y <= 9999; y++) {
      for (let m = 1; m <= 12; m++) {
        const n = daysInMonth(y, m);
        for (let d = 1; d <= n; d++) {
          if (weekdayOf(y, m, d) !== expected) mismatches++;
          expected = (expected + 1) % 7;
          count++;
        }
      }
    }
    expect(mismatches).toBe(0);
    expect(count).toBe(daysBetween('0001-01-01', '9999-12-31') + 1);
    expect(count).toBe(3652059);
  });
});

describe('formatting and ISO dates', () => {
  it('formats', () => {
    expect(toIsoDate(2024, 10, 22)).toBe('2024-10-22');
    expect(toIsoDate(2024, 1, 5)).toBe('2024-01-05');
    expect(toIsoDate(33, 1, 5)).toBe('0033-01-05');
    expect(formatNumeric(2024, 10, 22)).toBe('22/10/2024');
    expect(formatNumeric(2024, 1, 5)).toBe('5/1/2024');
    expect(formatLong(2024, 10, 22)).toBe('Selasa, 22 Oktober 2024');
    expect(formatLong(2024, 1, 5)).toBe('Jumat, 5 Januari 2024');
  });

  it('parses ISO dates and the date part of timestamps', () => {
    expect(parseIsoDate('2024-10-22')).toEqual({ year: 2024, month: 10, day: 22 });
    expect(parseIsoDate('2024-10-22T14:05:00+08:00')).toEqual({ year: 2024, month: 10, day: 22 });
    expect(parseIsoDate('2024-10-22 14:05')).toEqual({ year: 2024, month: 10, day: 22 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('2024-10-2')).toBeNull();
    expect(parseIsoDate('2024-10-223')).toBeNull();
    expect(parseIsoDate('22/10/2024')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });

  it('counts days between dates', () => {
    expect(daysBetween('2023-10-22', '2024-10-22')).toBe(366);
    expect(daysBetween('2024-10-22', '2023-10-22')).toBe(-366);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-10-22T23:59:00+08:00', '2024-10-23')).toBe(1);
    expect(daysBetween('2024-10-22', 'kemarin')).toBeNaN();
  });

  it('adds days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-10-22', 366)).toBe('2025-10-23');
    expect(addDays('nope', 1)).toBeNull();
  });

  it('knows the zone offsets', () => {
    expect(zoneOffset('WIB')).toBe('+07:00');
    expect(zoneOffset('WITA')).toBe('+08:00');
    expect(zoneOffset('WIT')).toBe('+09:00');
  });
});

describe('normalizeTimestamp', () => {
  it.each([
    ['2024-10-22T14:05:00+08:00', '2024-10-22T14:05:00+08:00'],
    ['2024-10-22T06:05:00Z', '2024-10-22T06:05:00+00:00'],
    ['2024-10-22T06:05:00z', '2024-10-22T06:05:00+00:00'],
    ['2024-10-22T14:05+0800', '2024-10-22T14:05:00+08:00'],
    ['2024-10-22T14:05:00+08', '2024-10-22T14:05:00+08:00'],
    ['2024-10-22T14:05:00-05:00', '2024-10-22T14:05:00-05:00'],
    ['2024-10-22 14:05:00', '2024-10-22T14:05:00+07:00'],
    ['2024-10-22T14:05', '2024-10-22T14:05:00+07:00'],
    ['2024-10-22', '2024-10-22'],
    ['  2024-10-22T14:05:33.123456+07:00\n', '2024-10-22T14:05:33+07:00'],
    ['2024-10-22T06:05:00.000Z', '2024-10-22T06:05:00+00:00'],
    ['2024-10-22 14:05:00 WITA', '2024-10-22T14:05:00+08:00'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTimestamp(input)).toBe(expected);
  });

  it('uses the default zone for a time without an offset', () => {
    expect(normalizeTimestamp('2024-10-22 14:05:00', { defaultZone: 'WITA' })).toBe('2024-10-22T14:05:00+08:00');
    expect(normalizeTimestamp('2024-10-22T14:05:00', { defaultZone: 'WIT' })).toBe('2024-10-22T14:05:00+09:00');
    expect(normalizeTimestamp('2024-10-22T14:05:00Z', { defaultZone: 'WIT' })).toBe('2024-10-22T14:05:00+00:00');
  });

  it.each(['garbage', '', '2024-02-30T10:00:00Z', '2024-10-22T25:00:00Z', '2024-10-22T10:61:00Z', '22/10/2024', '2024-10-22T14:05:00+08:00 extra', '2024-10-22T14:05:00+25:00'])(
    'rejects %j',
    (input) => {
      expect(normalizeTimestamp(input)).toBeNull();
    },
  );
});

describe('parseVisibleTimestamp', () => {
  it.each([
    ['Selasa, 22 Oktober 2024 14:05 WITA', '2024-10-22T14:05:00+08:00'],
    ['22 Okt 2024 - 14:05 WIB', '2024-10-22T14:05:00+07:00'],
    ['Selasa, 22/10/2024 | 14:05', '2024-10-22T14:05:00+07:00'],
    ['October 22, 2024 2:05 pm', '2024-10-22T14:05:00+07:00'],
    ['October 22, 2024 12:05 am', '2024-10-22T00:05:00+07:00'],
    ['22 Oktober 2024', '2024-10-22'],
    ['2024-10-22 14:05:00', '2024-10-22T14:05:00+07:00'],
    ['2024-10-22T14:05:00+08:00', '2024-10-22T14:05:00+08:00'],
    ['Rabu, 23 Oktober 2024 | 09:15 WIT', '2024-10-23T09:15:00+09:00'],
    ['Diterbitkan: Jum\'at, 5 Januari 2024 pukul 10.00 WITA', '2024-01-05T10:00:00+08:00'],
    ['Selasa, 22 Oktober 2024 14:05:33 WIB', '2024-10-22T14:05:33+07:00'],
    ['14:05 WIB | Selasa, 22/10/2024', '2024-10-22T14:05:00+07:00'],
    ['  Oct 22, 2024  ', '2024-10-22'],
    ['Diterbitkan 2024-10-22T14:05:00+08:00 oleh admin', '2024-10-22T14:05:00+08:00'],
    ['Diterbitkan 2024-10-22T14:05Z', '2024-10-22T14:05:00+00:00'],
    ['Selasa, 22 Oktober 2024 - 07:30 WIB | Dibaca 1.234 kali', '2024-10-22T07:30:00+07:00'],
    ['Selasa, 22 Oktober 2024 | Dibaca 12.30 kali', '2024-10-22'],
  ])('%j → %j', (input, expected) => {
    expect(parseVisibleTimestamp(input)).toBe(expected);
  });

  it('uses the default zone for a time without one', () => {
    expect(parseVisibleTimestamp('Selasa, 22/10/2024 | 14:05', { defaultZone: 'WITA' })).toBe('2024-10-22T14:05:00+08:00');
    expect(parseVisibleTimestamp('Selasa, 22/10/2024 | 14:05 WIT', { defaultZone: 'WITA' })).toBe('2024-10-22T14:05:00+09:00');
  });

  it.each(['2 jam yang lalu', 'Selasa siang', '', '31/9/2024 14:05', 'Senin (29/9)', 'oleh Redaksi'])('finds no timestamp in %j', (input) => {
    expect(parseVisibleTimestamp(input)).toBeNull();
  });
});
