// Weekday and month names as data. The scanner builds its regular expressions from these
// tables once, at module load; adding a spelling here is all it takes to recognise it.

export type WeekdayName = 'Minggu' | 'Senin' | 'Selasa' | 'Rabu' | 'Kamis' | 'Jumat' | 'Sabtu';

/** Canonical Indonesian weekday names; index 0 = Minggu (Sunday) … 6 = Sabtu (Saturday). */
export const WEEKDAYS_ID: readonly WeekdayName[] = Object.freeze([
  'Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu',
] as const);

/** Indonesian month names; index 0 = Januari … 11 = Desember. */
export const MONTHS_ID: readonly string[] = Object.freeze([
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
]);

export const WEEKDAYS_EN: readonly string[] = Object.freeze([
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
]);

export const MONTHS_EN: readonly string[] = Object.freeze([
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]);

export type NameLanguage = 'id' | 'en' | 'both';

export interface WeekdaySpelling {
  /** Lower case, apostrophes removed (the lookup key). */
  readonly key: string;
  /** 0 = Sunday. */
  readonly index: number;
  readonly language: 'id' | 'en';
  /** Abbreviations are only taken as weekdays when written with a capital letter. */
  readonly abbreviation: boolean;
}

export interface MonthSpelling {
  readonly key: string;
  /** 1-12. */
  readonly month: number;
  readonly language: NameLanguage;
  readonly abbreviation: boolean;
}

function w(key: string, index: number, language: 'id' | 'en', abbreviation = false): WeekdaySpelling {
  return { key, index, language, abbreviation };
}

function m(key: string, month: number, language: NameLanguage, abbreviation = false): MonthSpelling {
  return { key, month, language, abbreviation };
}

/** Every weekday spelling the scanner knows. "Jumat" also covers Jum'at / Jum’at (apostrophes are optional). */
export const WEEKDAY_SPELLINGS: readonly WeekdaySpelling[] = Object.freeze([
  w('minggu', 0, 'id'), w('ahad', 0, 'id'),
  w('senin', 1, 'id'),
  w('selasa', 2, 'id'),
  w('rabu', 3, 'id'),
  w('kamis', 4, 'id'),
  w('jumat', 5, 'id'),
  w('sabtu', 6, 'id'),
  w('min', 0, 'id', true), w('sen', 1, 'id', true), w('sel', 2, 'id', true), w('rab', 3, 'id', true),
  w('kam', 4, 'id', true), w('jum', 5, 'id', true), w('sab', 6, 'id', true),
  w('sunday', 0, 'en'), w('monday', 1, 'en'), w('tuesday', 2, 'en'), w('wednesday', 3, 'en'),
  w('thursday', 4, 'en'), w('friday', 5, 'en'), w('saturday', 6, 'en'),
  w('sun', 0, 'en', true), w('mon', 1, 'en', true), w('tue', 2, 'en', true), w('tues', 2, 'en', true),
  w('wed', 3, 'en', true), w('thu', 4, 'en', true), w('thur', 4, 'en', true), w('thurs', 4, 'en', true),
  w('fri', 5, 'en', true), w('sat', 6, 'en', true),
]);

/** Every month spelling the scanner knows, Indonesian (old spellings included) and English. */
export const MONTH_SPELLINGS: readonly MonthSpelling[] = Object.freeze([
  m('januari', 1, 'id'), m('january', 1, 'en'), m('jan', 1, 'both', true),
  m('februari', 2, 'id'), m('pebruari', 2, 'id'), m('febuari', 2, 'id'), m('february', 2, 'en'),
  m('feb', 2, 'both', true), m('peb', 2, 'id', true),
  m('maret', 3, 'id'), m('march', 3, 'en'), m('mar', 3, 'both', true),
  m('april', 4, 'both'), m('apr', 4, 'both', true),
  m('mei', 5, 'id'), m('may', 5, 'en'),
  m('juni', 6, 'id'), m('june', 6, 'en'), m('jun', 6, 'both', true),
  m('juli', 7, 'id'), m('july', 7, 'en'), m('jul', 7, 'both', true),
  m('agustus', 8, 'id'), m('august', 8, 'en'),
  m('agu', 8, 'id', true), m('agt', 8, 'id', true), m('ags', 8, 'id', true),
  m('aug', 8, 'en', true),
  m('september', 9, 'both'), m('sept', 9, 'both', true), m('sep', 9, 'both', true),
  m('oktober', 10, 'id'), m('october', 10, 'en'), m('okt', 10, 'id', true), m('oct', 10, 'en', true),
  m('november', 11, 'both'), m('nopember', 11, 'id'), m('nov', 11, 'both', true), m('nop', 11, 'id', true),
  m('desember', 12, 'id'), m('december', 12, 'en'), m('des', 12, 'id', true), m('dec', 12, 'en', true),
]);

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
