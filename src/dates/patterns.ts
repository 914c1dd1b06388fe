/**
 * The date engine's regular expressions, built once at load from named parts. Each part says
 * what it matches; the scanner (find.ts) applies them. Month and weekday names come from the
 * tables in vocabulary/, zone names from vocabulary/zones.ts.
 */
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION } from './names.js';
import { ZONE_OFFSETS } from './vocabulary/zones.js';

// ---- small parts ----------------------------------------------------------------------------

/** Horizontal whitespace: an expression's parts never span a line break (except inside the date). */
const H = '[^\\S\\r\\n]';
/** Not followed by a letter: a name ends here ("Mei" but not "Meiliana"). */
const NOT_LETTER = '(?![\\p{L}])';
/** Not followed by a digit: a number ends here. */
const NOT_DIGIT = '(?![\\p{N}])';
/** Not followed by a letter or an apostrophe: a weekday ends here ("Jum'at" is one word). */
const NOT_WORD = "(?![\\p{L}'’‘`ʼ´])";
/** An English ordinal after a day: 22nd, 1st. */
const ORDINAL = '(?:st|nd|rd|th)?';
/** What may follow a day number before its month: an ordinal (22nd, 1er, 1º) or nothing. */
const DAY_SUFFIX = '(?:st|nd|rd|th|er|º|ª)?';
/** A month name or abbreviation of any language of vocabulary/months.ts. */
const MONTH = `(?:${MONTH_ALTERNATION})`;
/** A weekday name of any language of vocabulary/weekdays.ts. */
const WEEKDAY = `(?:${WEEKDAY_ALTERNATION})`;
/** Between the two days of a range: "21 s.d. 22", "21 sampai 22", "21 to 22". */
const RANGE_WORD = `(?:s\\.?${H}?d\\.?|s\\/d|sampai|hingga|dan|&|to|and|until|through)`;
/** A written four-digit year (not starting with 0). */
const YEAR4 = '[1-9]\\d{3}';
/** Words before a clock time: Indonesian pukul/pkl/jam, English at, German um, French à, Spanish a las, Portuguese às, Italian alle, Dutch om. */
const TIME_KEYWORD = 'pukul|pkl\\.?|jam|at|um|à|a[^\\S\\r\\n]+las|às|alle|om';
/** Zone names after a clock time (vocabulary/zones.ts), longest first so WITA wins over WIT. */
const ZONE_NAME = Object.keys(ZONE_OFFSETS)
  .filter((z) => z.length > 1)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Zones matched in any case; others only in capitals ("wet" is a word, WET a zone). */
export const INDONESIAN_ZONES: ReadonlySet<string> = new Set(['WIB', 'WITA', 'WIT']);

// ---- the date forms -------------------------------------------------------------------------

/** Year first: 2024-10-22, 2020/10/04, 2023.11.02. */
const YEAR_FIRST = `(?<iy>${YEAR4})(?<is>[-/.])(?<im>\\d{1,2})\\k<is>(?<id>\\d{1,2})${NOT_DIGIT}`;

/**
 * Day first with a month name: 22 Oktober 2024, 22 Okt. 2024, 22-Okt-2024, 22nd of October
 * 2024, 13. Januar 2014, 6.Aug.2009, 15 de abril de 2020, 1er mai 2020; with an optional range
 * start: 21-22 Oktober 2024, 21 s.d. 22 Oktober 2024.
 */
const DAY_FIRST_NAMED =
  `(?:(?<rd>\\d{1,2})${ORDINAL}\\.?(?:\\s*[-–—]\\s*|\\s+${RANGE_WORD}\\s+))?` +
  `(?<dd>\\d{1,2})(?:${DAY_SUFFIX}(?:\\s+(?:of\\s+|de\\s+|del\\s+)?|-)|\\.${H}*)(?<dm>${MONTH})${NOT_LETTER}` +
  `(?:(?:\\.?(?:\\s+|-|,\\s*|\\s+de\\s+|\\s+del\\s+)|\\.)(?<dy>${YEAR4})${NOT_DIGIT})?`;

/** Month first: October 22, 2024; Oct. 22 2024; October 21-22, 2024. */
const MONTH_FIRST_NAMED =
  `(?<mm>${MONTH})${NOT_LETTER}\\.?\\s+(?<md>\\d{1,2})${ORDINAL}(?:\\s*[-–—]\\s*(?<md2>\\d{1,2})${ORDINAL})?${NOT_DIGIT}` +
  `(?:,?\\s*(?<my>${YEAR4})${NOT_DIGIT})?`;

/** All numbers: 22/10/2024, 22-10-2024, 22.10.2024, 18. 05. 2014, 26/2/24, 29/9; range start 21-22/10/2024. */
const NUMERIC =
  `(?:(?<nr>\\d{1,2})\\s*[-–]\\s*(?=\\d{1,2}[/.]\\d{1,2}))?` +
  `(?<nd>\\d{1,2})(?<ns>[/.\\-])(?<nsp>${H})?(?<nm>\\d{1,2})(?:\\k<ns>\\k<nsp>?(?<ny>\\d{4}|\\d{2}))?${NOT_DIGIT}`;

/** Chinese, Japanese and Korean: 2020年2月19日, 2023년 11월 2일 (glued to the words around them). */
const CJK = `(?<cy>${YEAR4})${H}*[年년]${H}*(?<cm>\\d{1,2})${H}*[月월]${H}*(?<cd>\\d{1,2})${NOT_DIGIT}${H}*[日일]?`;

/**
 * Any date form, tried at a place where one can begin (sticky: the scanner sets lastIndex).
 * Its letters are all lower case and it has no `i` flag: the scanner runs it on the text
 * lower-cased (lowerSameLength). With `i` and `u`, V8 folds the case of every month name of
 * every language when it compiles the pattern — some 60 ms at the first date of every process,
 * which is most of `kliping lint page.html`'s own time.
 */
export const DATE_RE = new RegExp(`(?:(?<![\\p{L}\\p{N}_])(?:${YEAR_FIRST}|${DAY_FIRST_NAMED}|${MONTH_FIRST_NAMED}|${NUMERIC}))|(?<![\\p{N}])${CJK}`, 'dyu');

/** The text in lower case, character for character (a letter whose lower case is longer stays as it is). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

// ---- around a date --------------------------------------------------------------------------

/** What may stand between the start of a context slice and a date: weekday(s), "tanggal", "(". */
export const PREFIX_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?<w1>${WEEKDAY})${NOT_WORD}` +
    `(?:(?:${H}*[-–—]${H}*|${H}+${RANGE_WORD}${H}+)(?<w2>${WEEKDAY})${NOT_WORD})?` +
    `${H}*(?:[,/|\\-–—]${H}*)?)?` +
    `(?:(?<![\\p{L}])(?<tg>tanggal|tgl\\.?|tg\\.)${H}*:?${H}*)?` +
    `(?<po>\\(${H}*)?$`,
  'diu',
);

/** Regulation numbers: "No 5/2024", "Nomor: 12/10/2024" — not dates. */
export const REGULATION_RE = new RegExp(`(?<![\\p{L}])(?:no|nomor|nomer|nmr|nr|num)\\.?${H}*:?${H}*$`, 'iu');

/** A clock time after a date: "pukul 09.30 WITA", "14:05 WIB", "10:35 PM PST", "um 10:12 Uhr", "à 12h57". */
export const TIME_RE = new RegExp(
  `${H}*(?:[,|/•·@\\-–—]${H}*)?` +
    `(?:(?<kw>${TIME_KEYWORD})${NOT_LETTER}${H}*(?<kh>\\d{1,2})(?:[.:h](?<km>\\d{2}))?` +
    `|(?<bh>\\d{1,2})(?<bsep>[.:h])(?<bm>\\d{2}))` +
    `(?:[.:](?<sec>\\d{2}))?${NOT_DIGIT}(?:${H}*(?<uhr>Uhr|h)${NOT_LETTER})?` +
    // a range "10.00-12.00" or "10.00 s.d. selesai": the start counts
    `(?:${H}*(?:-|–|—|s\\.?${H}?d\\.?|s\\/d|sampai|hingga|to)${H}*` +
    `(?:\\d{1,2}[.:]\\d{2}(?![\\p{N}]|[.:/]\\p{N})|selesai|finish))?` +
    `(?:${H}*(?<ap>[ap])\\.?m\\.?${NOT_LETTER})?` +
    `(?:${H}*(?<zone>${ZONE_NAME})${NOT_LETTER})?`,
  'diuy',
);

/** The closing parenthesis of "(22/10/2024)". */
export const CLOSE_RE = new RegExp(`${H}*\\)`, 'y');

/** A time-of-day word after the date or time: pagi, siang, sore, malam, dini hari. */
export const TIME_OF_DAY_RE = new RegExp(`${H}*(?:,${H}*)?(?<tod>pagi|siang|sore|malam|dini${H}*hari)${NOT_LETTER}`, 'iuy');

/** English words before a month-first date without a year: "on July 25", "since Oct. 3". */
export const EN_BEFORE_MONTH_RE = new RegExp(
  `(?<![\\p{L}])(?:on|since|until|till|by|before|after|from|through|of|the|and|to|last|next|this|early|late|mid)${H}+$`,
  'iu',
);

/** "dua minggu", "3 minggu", "setiap minggu": lower-case "minggu" meaning "week", not Sunday. */
export const WEEK_COUNT_RE = new RegExp(
  `(?:\\d|(?<![\\p{L}])(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|tiap|setiap|per|selama|dalam|sekitar))${H}*$`,
  'iu',
);
