// Weekday and month names: the canonical Indonesian and English lists, and the lookup of
// every spelling in vocabulary/ (by language). The scanner builds its regular expressions from
// these once, at module load; adding a spelling to vocabulary/ is all it takes to recognise it.

import { MONTH_TABLES, YEARLESS_LANGUAGES, type DateLanguage } from './vocabulary/months.js';
import { WEEKDAY_TABLES } from './vocabulary/weekdays.js';

export type WeekdayName = 'Minggu' | 'Senin' | 'Selasa' | 'Rabu' | 'Kamis' | 'Jumat' | 'Sabtu';

/** Canonical Indonesian weekday names; index 0 = Minggu (Sunday) … 6 = Sabtu (Saturday). */
export const WEEKDAYS_ID: readonly WeekdayName[] = Object.freeze(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const);

/** Indonesian month names; index 0 = Januari … 11 = Desember. */
export const MONTHS_ID: readonly string[] = Object.freeze([
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
]);

export const WEEKDAYS_EN: readonly string[] = Object.freeze(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);

export const MONTHS_EN: readonly string[] = Object.freeze([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

export type { DateLanguage } from './vocabulary/months.js';

export interface WeekdaySpelling {
  /** Lower case, apostrophes removed (the lookup key). */
  readonly key: string;
  /** 0 = Sunday. */
  readonly index: number;
  readonly language: DateLanguage;
  /** Abbreviations are only taken as weekdays when written with a capital letter. */
  readonly abbreviation: boolean;
}

export interface MonthSpelling {
  readonly key: string;
  /** 1-12. */
  readonly month: number;
  /** Every language that writes the month so (a key is one month in all of them). */
  readonly languages: readonly DateLanguage[];
  readonly abbreviation: boolean;
  /** Taken as a month only with a written year: no language of it is read without one. */
  readonly needsYear: boolean;
}

function spellings(list: string): string[] {
  return list ? list.split('|') : [];
}

function buildWeekdays(): WeekdaySpelling[] {
  const byKey = new Map<string, WeekdaySpelling>();
  for (const table of WEEKDAY_TABLES) {
    const add = (list: readonly string[], abbreviation: boolean) =>
      list.forEach((names, index) => {
        for (const name of spellings(names)) if (!byKey.has(name)) byKey.set(name, { key: name, index, language: table.language, abbreviation });
      });
    add(table.names, false);
    add(table.abbreviations, true);
  }
  return [...byKey.values()];
}

function buildMonths(): MonthSpelling[] {
  const byKey = new Map<string, { month: number; languages: DateLanguage[]; abbreviation: boolean }>();
  for (const table of MONTH_TABLES) {
    const add = (list: readonly string[], abbreviation: boolean) =>
      list.forEach((names, i) => {
        for (const name of spellings(names)) {
          const entry = byKey.get(name);
          if (!entry) byKey.set(name, { month: i + 1, languages: [table.language], abbreviation });
          else if (entry.month === i + 1) {
            if (!entry.languages.includes(table.language)) entry.languages.push(table.language);
            entry.abbreviation &&= abbreviation;
          } else throw new Error(`month name "${name}" is month ${entry.month} and ${i + 1}`);
        }
      });
    add(table.names, false);
    add(table.abbreviations, true);
  }
  return [...byKey].map(([key, e]) => ({
    key,
    month: e.month,
    languages: e.languages,
    abbreviation: e.abbreviation,
    needsYear: !e.languages.some((l) => YEARLESS_LANGUAGES.has(l)),
  }));
}

/** Every weekday spelling the scanner knows (see vocabulary/weekdays.ts). "Jumat" also covers Jum'at / Jum’at. */
export const WEEKDAY_SPELLINGS: readonly WeekdaySpelling[] = Object.freeze(buildWeekdays());

/** Every month spelling the scanner knows (see vocabulary/months.ts). */
export const MONTH_SPELLINGS: readonly MonthSpelling[] = Object.freeze(buildMonths());

const APOSTROPHES_RE = /['’‘`ʼ´]/g;

/** Lookup key of a written name: lower case, apostrophes and a trailing dot removed. */
export function nameKey(raw: string): string {
  let key = raw.toLowerCase().replace(APOSTROPHES_RE, '');
  if (key.endsWith('.')) key = key.slice(0, -1);
  return key;
}

const WEEKDAY_BY_KEY: ReadonlyMap<string, WeekdaySpelling> = new Map(WEEKDAY_SPELLINGS.map((s) => [s.key, s]));
const MONTH_BY_KEY: ReadonlyMap<string, MonthSpelling> = new Map(MONTH_SPELLINGS.map((s) => [s.key, s]));

export function lookupWeekday(raw: string): WeekdaySpelling | undefined {
  return WEEKDAY_BY_KEY.get(nameKey(raw));
}

export function lookupMonth(raw: string): MonthSpelling | undefined {
  return MONTH_BY_KEY.get(nameKey(raw));
}

/** Canonical Indonesian weekday of a written weekday name (Jum'at → Jumat, Ahad → Minggu, Tuesday → Selasa); null if unknown. */
export function canonicalWeekday(raw: string): WeekdayName | null {
  const s = lookupWeekday(raw);
  return s ? WEEKDAYS_ID[s.index] : null;
}

/** Month number 1-12 of a written month name or abbreviation (Okt, Nopember, Agt, Oct); null if unknown. */
export function monthFromName(raw: string): number | null {
  const s = lookupMonth(raw);
  return s ? s.month : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source of an alternation of all month spellings, longest first. Used with the `i` flag. */
export const MONTH_ALTERNATION: string = MONTH_SPELLINGS.map((s) => s.key)
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');

/**
 * Regex source of an alternation of all weekday spellings, longest first; "jumat" becomes
 * jum['’‘`ʼ´]?at so the apostrophe forms match.
 */
export const WEEKDAY_ALTERNATION: string = WEEKDAY_SPELLINGS.map((s) => s.key)
  .sort((a, b) => b.length - a.length)
  .map((k) => (k === 'jumat' ? "jum['’‘`ʼ´]?at" : escapeRe(k)))
  .join('|');
