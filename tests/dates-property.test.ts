import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONTHS_EN,
  MONTHS_ID,
  WEEKDAYS_EN,
  WEEKDAYS_ID,
  daysInMonth,
  findDates,
  formatLong,
  formatNumeric,
  isValidDate,
  toIsoDate,
  weekdayName,
  weekdayOf,
  type DateMention,
} from '../src/dates/index.js';

/** Pieces of Indonesian/English date text, glued together at random to stress the scanner. */
const FRAGMENTS = [
  'Selasa',
  'Senin',
  "Jum'at",
  'Jum’at',
  'Minggu',
  'Ahad',
  'Tuesday',
  'Sen',
  'Okt',
  'Oktober',
  'Mei',
  'May',
  'Sept',
  'Agt',
  'Nopember',
  'Pebruari',
  'October',
  'pukul',
  'jam',
  'at',
  'WIB',
  'WITA',
  'WIT',
  'pagi',
  'siang',
  'sore',
  'malam',
  'dini hari',
  'tanggal',
  'tgl.',
  'No.',
  'Nomor:',
  's.d.',
  's/d',
  'dan',
  'pm',
  'a.m.',
  '(',
  ')',
  ',',
  '.',
  '-',
  '–',
  '/',
  ':',
  '|',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  "'",
  '’',
  '0',
  '1',
  '2',
  '9',
  '12',
  '22',
  '29',
  '30',
  '31',
  '45',
  '10',
  '13',
  '24',
  '69',
  '70',
  '99',
  '2023',
  '2024',
  '0812',
  '22/10/2024',
  '29/2',
  '31/9/2024',
  '2024-10-22',
  '10.00',
  '14:05',
  '22.10.2024',
  'https://',
  'www.',
  '\\',
  '\ud83d\ude00',
  '\ud800',
  'é',
];

const dateish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

/** Every invariant a mention list must keep; one expect per call so large inputs stay fast. */
function checkInvariants(text: string, found: DateMention[]): void {
  const broken: string[] = [];
  const fail = (m: DateMention, what: string) => broken.push(`${what}: ${JSON.stringify(m)}`);
  let previousEnd = 0;
  for (const m of found) {
    if (text.slice(m.index, m.end) !== m.raw) fail(m, 'raw is not text.slice(index, end)');
    if (m.index < previousEnd) fail(m, 'overlaps or precedes the previous mention');
    if (!(m.index <= m.dateIndex && m.dateIndex < m.dateEnd && m.dateEnd <= m.end)) fail(m, 'date part outside raw');
    if (!(m.month >= 1 && m.month <= 12 && m.day >= 1 && m.day <= 31)) fail(m, 'day or month out of range');
    if (m.iso !== null && (!m.valid || m.year === null || m.iso !== toIsoDate(m.year, m.month, m.day))) fail(m, 'iso');
    if (m.iso === null && m.valid && m.year !== null) fail(m, 'iso missing');
    if (m.year !== null && m.valid !== isValidDate(m.year, m.month, m.day)) fail(m, 'valid');
    if (m.yearWritten && m.year === null) fail(m, 'yearWritten without year');
    if (m.time !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(m.time)) fail(m, 'time');
    if (m.weekday !== null && !WEEKDAYS_ID.includes(m.weekday)) fail(m, 'weekday');
    if ((m.weekday === null) !== (m.weekdayRaw === null)) fail(m, 'weekday/weekdayRaw');
    previousEnd = m.end;
  }
  expect(broken).toEqual([]);
}

describe('findDates never throws and keeps its invariants', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        checkInvariants(text, findDates(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), (a, b) => {
        const text = a + b;
        checkInvariants(text, findDates(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on strings built from date-ish fragments', () => {
    fc.assert(
      fc.property(dateish, fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }), (text, year) => {
        checkInvariants(text, findDates(text, { year }));
      }),
      { numRuns: 3000 },
    );
  });
});

const validDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));

/** Surrounding sentence text: plain words, so the date is the only date. */
const words = fc.constantFrom('', 'Pada ', 'Rapat digelar ', 'Foto: ', 'pada hari ', '(', 'Katajari.com – ');
const tail = fc.constantFrom('', '.', ' lalu.', ' di aula.', ', warga hadir.', ')');

describe('format, then find: round trips', () => {
  it('formatNumeric', () => {
    fc.assert(
      fc.property(validDate, words, tail, ({ year, month, day }, before, after) => {
        const date = formatNumeric(year, month, day);
        const text = before + date + after;
        const found = findDates(text);
        expect(found).toHaveLength(1);
        expect([found[0].day, found[0].month, found[0].year]).toEqual([day, month, year]);
        expect(found[0].iso).toBe(toIsoDate(year, month, day));
        expect(text.slice(found[0].dateIndex, found[0].dateEnd)).toBe(date);
      }),
      { numRuns: 1000 },
    );
  });

  it('weekday + (formatNumeric)', () => {
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        const text = `${weekdayName(year, month, day)} (${formatNumeric(year, month, day)}) siang`;
        const [m, ...rest] = findDates(text);
        expect(rest).toEqual([]);
        expect(m.raw).toBe(text);
        expect([m.day, m.month, m.year, m.weekday, m.timeOfDay]).toEqual([day, month, year, weekdayName(year, month, day), 'siang']);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatLong', () => {
    fc.assert(
      fc.property(validDate, words, tail, ({ year, month, day }, before, after) => {
        const long = formatLong(year, month, day);
        const text = before + long + after;
        const found = findDates(text);
        expect(found).toHaveLength(1);
        const m = found[0];
        expect([m.day, m.month, m.year]).toEqual([day, month, year]);
        expect(m.weekday).toBe(WEEKDAYS_ID[weekdayOf(year, month, day)]);
        expect(m.raw).toBe(long);
        expect(m.language).toBe('id');
        expect(m.form).toBe('named');
      }),
      { numRuns: 1000 },
    );
  });

  it('English "Tuesday, October 22, 2024" and "22 October 2024"', () => {
    fc.assert(
      fc.property(validDate, fc.boolean(), ({ year, month, day }, monthFirst) => {
        const wd = WEEKDAYS_EN[weekdayOf(year, month, day)];
        const mon = MONTHS_EN[month - 1];
        const text = monthFirst ? `Posted ${wd}, ${mon} ${day}, ${year} at 9:15 am` : `Posted ${wd}, ${day} ${mon} ${year}`;
        const found = findDates(text);
        expect(found).toHaveLength(1);
        const m = found[0];
        expect([m.day, m.month, m.year]).toEqual([day, month, year]);
        expect(m.weekday).toBe(weekdayName(year, month, day));
        expect(m.weekdayRaw).toBe(wd);
        expect(m.language).toBe('en');
        expect(m.time).toBe(monthFirst ? '09:15' : null);
      }),
      { numRuns: 1000 },
    );
  });

  it('Indonesian month names, written day-first with a time', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), ({ year, month, day }, h, mi) => {
        const hh = String(h).padStart(2, '0');
        const mm = String(mi).padStart(2, '0');
        const text = `${day} ${MONTHS_ID[month - 1]} ${year} pukul ${hh}.${mm} WITA`;
        const [m] = findDates(text);
        expect(m.raw).toBe(text);
        expect(m.iso).toBe(toIsoDate(year, month, day));
        expect(m.time).toBe(`${hh}:${mm}`);
        expect(m.zone).toBe('WITA');
      }),
      { numRuns: 500 },
    );
  });
});

describe('calendar properties', () => {
  it('weekdayOf agrees with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, d) => {
        const day = Math.min(d, daysInMonth(year, month));
        const js = new Date(Date.UTC(2000, 0, 1));
        js.setUTCFullYear(year, month - 1, day);
        expect(weekdayOf(year, month, day)).toBe(js.getUTCDay());
      }),
      { numRuns: 5000 },
    );
  });

  it('isValidDate agrees with the JS Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const js = new Date(Date.UTC(2000, 0, 1));
        js.setUTCFullYear(year, month - 1, day);
        const real = js.getUTCFullYear() === year && js.getUTCMonth() === month - 1 && js.getUTCDate() === day;
        expect(isValidDate(year, month, day)).toBe(real);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('speed: no catastrophic backtracking', () => {
  /** Deterministic pseudo-random generator, so a slow input can be reproduced. */
  function lcg(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  function timed(text: string): number {
    const t0 = performance.now();
    const found = findDates(text);
    const ms = performance.now() - t0;
    checkInvariants(text, found);
    return ms;
  }

  const SIZE = 100_000;
  const LIMIT_MS = 1500; // generous for slow CI; a backtracking blow-up takes seconds to hours

  it('100 KB of random characters', () => {
    const rnd = lcg(1);
    let text = '';
    while (text.length < SIZE) text += String.fromCharCode(32 + Math.floor(rnd() * 95));
    expect(timed(text)).toBeLessThan(LIMIT_MS);
  });

  it('100 KB of random date-ish fragments', () => {
    const rnd = lcg(2);
    let text = '';
    while (text.length < SIZE) text += FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)];
    expect(timed(text)).toBeLessThan(LIMIT_MS);
  });

  it.each([
    '1/1/',
    '1-',
    '1-1-',
    '12.',
    '1 ',
    '1 Oktober ',
    'Oktober 1 ',
    'Jan 1-',
    '1 s.d. ',
    'Selasa (',
    'Senin-Selasa, ',
    '22/10/2024 - ',
    '22/10/2024 pukul 10.00-',
    'tanggal ',
    'No. ',
    'pukul 1 ',
    '1\u00a0',
    '((((',
    '9999-',
  ])('100 KB of %j repeated', (piece) => {
    expect(timed(piece.repeat(Math.ceil(SIZE / piece.length)))).toBeLessThan(LIMIT_MS);
  });

  it('long whitespace runs between the parts of a date', () => {
    const gap = ' '.repeat(SIZE / 2);
    expect(timed(`1${gap}Oktober${gap}2024`)).toBeLessThan(LIMIT_MS);
    expect(timed(`Selasa${gap}(22/10/2024)${gap}pukul${gap}`)).toBeLessThan(LIMIT_MS);
    expect(timed(`22/10/2024${' -'.repeat(SIZE / 2)}`)).toBeLessThan(LIMIT_MS);
  });
});
