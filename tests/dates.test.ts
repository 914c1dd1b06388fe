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
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 13)).toBe(0);
  });

  it('agrees with the JS Date on 1, 2 and 3 January, 1 March and 31 December of every year 1-9999', () => {
    const bad: string[] = [];
    for (let y = 1; y <= 9999; y++) {
      for (const [m, d] of [
        [1, 1],
        [1, 2],
        [1, 3],
        [2, 28],
        [3, 1],
        [12, 31],
      ] as const) {
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
    // A local time without a zone stays local: the offset is never guessed.
    ['2024-10-22 14:05:00', '2024-10-22T14:05:00'],
    ['2024-10-22T14:05', '2024-10-22T14:05:00'],
    ['2024-10-22', '2024-10-22'],
    ['  2024-10-22T14:05:33.123456+07:00\n', '2024-10-22T14:05:33+07:00'],
    ['2024-10-22T06:05:00.000Z', '2024-10-22T06:05:00+00:00'],
    ['2024-10-22 14:05:00 WITA', '2024-10-22T14:05:00+08:00'],
    ['2023-11-08 22:35:29 PST', '2023-11-08T22:35:29-08:00'],
    ['2020-04-07T12:33:32 CDT', '2020-04-07T12:33:32-05:00'],
    ['2024-10-22T14:05:00 WIB', '2024-10-22T14:05:00+07:00'],
    // RFC 2822 / HTTP dates
    ['Wed, 02 Feb 2022 09:12:22 +0100', '2022-02-02T09:12:22+01:00'],
    ['02 Feb 2022 09:12 GMT', '2022-02-02T09:12:00+00:00'],
    ['Tue, 22 Oct 2024 06:05:00 GMT', '2024-10-22T06:05:00+00:00'],
    // JavaScript and Java Date strings
    ['Mon Jan 20 09:49:32 UTC 2020', '2020-01-20T09:49:32+00:00'],
    ['Thu Nov 09 2023 06:35:29 GMT+0100 (Central European Standard Time)', '2023-11-09T06:35:29+01:00'],
    // slashes and dots, year first
    ['2020/10/04 15:05:21', '2020-10-04T15:05:21'],
    ['2020/10/04', '2020-10-04'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTimestamp(input)).toBe(expected);
  });

  it('gives a local time the zone the caller knows (site configuration, dateline place), never a numeric or written one', () => {
    expect(normalizeTimestamp('2024-10-22 14:05:00', { zone: 'WITA' })).toBe('2024-10-22T14:05:00+08:00');
    expect(normalizeTimestamp('2024-10-22T14:05:00', { zone: 'WIT' })).toBe('2024-10-22T14:05:00+09:00');
    expect(normalizeTimestamp('2024-10-22T14:05:00Z', { zone: 'WIT' })).toBe('2024-10-22T14:05:00+00:00');
    expect(normalizeTimestamp('2024-10-22 14:05:00 WIB', { zone: 'WITA' })).toBe('2024-10-22T14:05:00+07:00');
    expect(normalizeTimestamp('2024-10-22', { zone: 'WITA' })).toBe('2024-10-22');
  });

  it('reads a compact date and epoch seconds only when asked (a label says so)', () => {
    expect(normalizeTimestamp('20200105')).toBeNull();
    expect(normalizeTimestamp('20200105', { compact: true })).toBe('2020-01-05');
    expect(normalizeTimestamp('20201345', { compact: true })).toBeNull();
    expect(normalizeTimestamp('1580000000')).toBeNull();
    expect(normalizeTimestamp('1580000000', { epoch: true })).toBe('2020-01-26T00:53:20+00:00');
    expect(normalizeTimestamp('1580000000123', { epoch: true })).toBe('2020-01-26T00:53:20+00:00');
  });

  it.each([
    'garbage',
    '',
    '2024-02-30T10:00:00Z',
    '2024-10-22T25:00:00Z',
    '2024-10-22T10:61:00Z',
    '22/10/2024',
    '2024-10-22T14:05:00+08:00 extra',
    '2024-10-22T14:05:00+25:00',
  ])('rejects %j', (input) => {
    expect(normalizeTimestamp(input)).toBeNull();
  });
});

describe('parseVisibleTimestamp', () => {
  it.each([
    ['Selasa, 22 Oktober 2024 14:05 WITA', '2024-10-22T14:05:00+08:00'],
    ['22 Okt 2024 - 14:05 WIB', '2024-10-22T14:05:00+07:00'],
    ['Selasa, 22/10/2024 | 14:05', '2024-10-22T14:05:00'],
    ['October 22, 2024 2:05 pm', '2024-10-22T14:05:00'],
    ['October 22, 2024 12:05 am', '2024-10-22T00:05:00'],
    ['22 Oktober 2024', '2024-10-22'],
    ['2024-10-22 14:05:00', '2024-10-22T14:05:00'],
    ['2024-10-22T14:05:00+08:00', '2024-10-22T14:05:00+08:00'],
    ['Rabu, 23 Oktober 2024 | 09:15 WIT', '2024-10-23T09:15:00+09:00'],
    ["Diterbitkan: Jum'at, 5 Januari 2024 pukul 10.00 WITA", '2024-01-05T10:00:00+08:00'],
    ['Selasa, 22 Oktober 2024 14:05:33 WIB', '2024-10-22T14:05:33+07:00'],
    ['14:05 WIB | Selasa, 22/10/2024', '2024-10-22T14:05:00+07:00'],
    ['  Oct 22, 2024  ', '2024-10-22'],
    ['Diterbitkan 2024-10-22T14:05:00+08:00 oleh admin', '2024-10-22T14:05:00+08:00'],
    ['Diterbitkan 2024-10-22T14:05Z', '2024-10-22T14:05:00+00:00'],
    ['Selasa, 22 Oktober 2024 - 07:30 WIB | Dibaca 1.234 kali', '2024-10-22T07:30:00+07:00'],
    ['Selasa, 22 Oktober 2024 | Dibaca 12.30 kali', '2024-10-22'],
    ['Diposting: Selasa, 22 Oktober 2024 - 14:05 WITA | Dibaca: 120', '2024-10-22T14:05:00+08:00'],
    // English bylines with US zones
    ['by: Josh DuBose Posted: Nov 8, 2023 / 10:35 PM PST Updated: Nov 8, 2023 / 11:55 PM PST', '2023-11-08T22:35:00-08:00'],
    ['January 19, 2020 / 12:25 PM / Updated 8 hours ago', '2020-01-19T12:25:00'],
    ['Thursday 9 November 2023 08:00 GMT', '2023-11-09T08:00:00+00:00'],
    // German: the day with an ordinal dot, "um … Uhr", two-digit years, spaced numbers, MESZ
    ['Veröffentlicht am: 6. August 2009', '2009-08-06'],
    ['6. Aug. 2009', '2009-08-06'],
    ['6.Aug.2009', '2009-08-06'],
    ['Mittwoch, 01. November 2023', '2023-11-01'],
    ['[Samstag, 19. Juli 2014]', '2014-07-19'],
    ['am 25.08.2015 22:30', '2015-08-25T22:30:00'],
    ['Stand: 28.04.2020 14:05 Uhr', '2020-04-28T14:05:00'],
    ['13. Januar 2014 um 10:00 Uhr MEZ', '2014-01-13T10:00:00+01:00'],
    ['Von: Björn Jahner | 31.10.23', '2023-10-31'],
    ['18. 05. 2014', '2014-05-18'],
    ['Jänner 2014, 12. Jänner 2014', '2014-01-12'],
    ['Mrz 25 2019, 19:02', '2019-03-25T19:02:00'],
    // French, Spanish, Portuguese, Italian, Dutch, Polish
    ['Le 11 septembre 2018 à 12:57', '2018-09-11T12:57:00'],
    ['Publié le 1er mai 2020 à 12h30', '2020-05-01T12:30:00'],
    ['mardi 3 mars 2020', '2020-03-03'],
    ['15 de abril de 2020', '2020-04-15'],
    ['15 de abril de 2020 a las 10:30', '2020-04-15T10:30:00'],
    ['3 de março de 2021', '2021-03-03'],
    ['12 gennaio 2022 alle 09:15', '2022-01-12T09:15:00'],
    ['woensdag 12 februari 2020 om 14:00', '2020-02-12T14:00:00'],
    ['15 kwietnia 2020 r.', '2020-04-15'],
    // Czech, Russian, Ukrainian, Turkish, Swedish, Danish, Finnish
    ['15. dubna 2020', '2020-04-15'],
    ['15 августа 2016, 13:43', '2016-08-15T13:43:00'],
    ['15 квітня 2020', '2020-04-15'],
    ['15 Nisan 2020', '2020-04-15'],
    ['12 maj 2021', '2021-05-12'],
    ['3. marts 2021', '2021-03-03'],
    ['15. tammikuuta 2020', '2020-01-15'],
    ['12 paź 2021', '2021-10-12'],
    // year first, CJK
    ['2020/10/04 15:05:21', '2020-10-04T15:05:21'],
    ['2023.11.02. 오전 10:00', '2023-11-02T10:00:00'],
    ['2020年02月19日 20:29', '2020-02-19T20:29:00'],
    ['发布时间：2020年2月19日', '2020-02-19'],
    // month first where only that reading is a date (US)
    ['Posted 11/25/2020', '2020-11-25'],
  ])('%j → %j', (input, expected) => {
    expect(parseVisibleTimestamp(input)).toBe(expected);
  });

  it('gives a local time the zone the caller knows, and reads US numeric dates month first when told', () => {
    expect(parseVisibleTimestamp('Selasa, 22/10/2024 | 14:05', { zone: 'WITA' })).toBe('2024-10-22T14:05:00+08:00');
    expect(parseVisibleTimestamp('Selasa, 22/10/2024 | 14:05 WIT', { zone: 'WITA' })).toBe('2024-10-22T14:05:00+09:00');
    expect(parseVisibleTimestamp('11/08/2023')).toBe('2023-08-11');
    expect(parseVisibleTimestamp('11/08/2023', { numericOrder: 'mdy' })).toBe('2023-11-08');
  });

  it('leaves a lower-case word that spells a zone alone', () => {
    expect(parseVisibleTimestamp('Oct 22, 2024 10:00 wet weather')).toBe('2024-10-22T10:00:00');
  });

  it.each(['2 jam yang lalu', 'Selasa siang', '', '31/9/2024 14:05', 'Senin (29/9)', 'oleh Redaksi', '5 mai', 'menang 3 set', '18. 05. 14'])(
    'finds no timestamp in %j',
    (input) => {
      expect(parseVisibleTimestamp(input)).toBeNull();
    },
  );
});

describe('the vocabulary tables', () => {
  it('list twelve months and seven weekdays per language, and no spelling names two months', async () => {
    const { MONTH_TABLES } = await import('../src/dates/vocabulary/months.js');
    const { WEEKDAY_TABLES } = await import('../src/dates/vocabulary/weekdays.js');
    const { MONTH_SPELLINGS } = await import('../src/dates/names.js');
    for (const t of MONTH_TABLES) {
      expect(t.names, t.language).toHaveLength(12);
      expect(t.abbreviations, t.language).toHaveLength(12);
    }
    for (const t of WEEKDAY_TABLES) expect(t.names, t.language).toHaveLength(7);
    const byKey = new Map<string, number>();
    for (const s of MONTH_SPELLINGS) {
      expect(byKey.get(s.key) ?? s.month, s.key).toBe(s.month);
      byKey.set(s.key, s.month);
    }
  });
});
