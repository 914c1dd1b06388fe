// The scanner: finds date expressions (with their weekday, clock time, zone and time-of-day
// word) in free Indonesian or English text.
//
// How it works: one precompiled global regex finds candidate date cores (ISO, day-first named,
// month-first named, numeric). For each candidate the text just before it is matched against a
// precompiled `$`-anchored regex (weekday, "tanggal", opening parenthesis), and the text just
// after it against precompiled sticky regexes (clock time and zone, closing parenthesis,
// time-of-day word). Plausibility rules (below) then accept or reject the candidate.
// No regex here has a quantified group inside a quantified group, and the context slices are
// bounded, so the scan is linear in the length of the input.
//
// Rules worth knowing:
// - A numeric date without a year ("29/9") is a date only right after a weekday ("Senin (29/9)",
//   "Senin, 29/9") or after "tanggal"/"tgl."; it must use "/". A 2-digit year with "-" or "."
//   ("22-10-24") needs the same anchor; "d.m.yyyy" needs a 4-digit year.
// - Numeric and ISO dates right after "No", "No.", "Nomor", "Nomor:" (regulation numbers), inside a
//   URL or a path (after "/", or in a token holding "://" or "www."), or glued to more digits
//   ("1.22.10.2024", "22/10/2024/5") are not dates.
// - Day 1-31 and month 1-12 make a date-looking expression a mention; whether the day exists in
//   that month is reported in `valid` (31/9/2024 → valid false). A written 4-digit year must not
//   start with 0.
// - Ranges ("21-22 Oktober 2024", "21 s.d. 22 Oktober 2024", "21-22/10/2024", "October 21-22,
//   2024") give two mentions: the first day (raw: what precedes it — weekday, "(" — and the day
//   itself) and the second day (raw: the rest of the expression, closing parenthesis and time
//   included). Both take the month and year written after the second day. A weekday range before
//   it ("Senin-Selasa (21-22/10)") gives each day its weekday.
// - Parentheses around a date belong to raw only when both are there; the opening one before a
//   weekday-less date is dropped when no closing one follows.
// - Month-first dates ("Oktober 22, 2024", "Oct 22, 2024") need a year unless a weekday precedes
//   or it is English usage (see englishMonthFirst): "on July 25", "Sept. 30", "October 22".
// - Abbreviated weekdays (Sen, Sel, Tue …) count only when written with a capital first letter;
//   lower-case "minggu" after a number or "setiap/per/selama/dalam…" is "week", not Sunday;
//   "may" in lower case without a year is not a month.
// - A clock time attaches to a date when it follows it after spaces and optionally one of
//   , - – — | / • @ or a closing parenthesis, either with "pukul"/"pkl"/"jam"/"at" or as HH:MM /
//   HH.MM. A bare HH.MM (dot, no keyword, no zone, no am/pm) must not be followed by a word
//   ("12.30 persen") unless that word is a time-of-day word. Ranges "10.00-12.00" keep the start.
// - A 12-hour clock time is moved to the afternoon/evening when the time-of-day word says so:
//   "jam 3 sore" → 15:00, "jam 1 siang" → 13:00 (1-5 siang), "jam 8 malam" → 20:00 (6-11 malam);
//   "pm"/"am" are honoured the same way. 24-hour times (13 and up) are left alone.

import { isValidDate, pad2, toIsoDate } from './calendar.js';
import { ZONE_OFFSETS } from './vocabulary/zones.js';
import {
  MONTH_ALTERNATION,
  WEEKDAY_ALTERNATION,
  WEEKDAYS_ID,
  lookupMonth,
  lookupWeekday,
  type DateLanguage,
  type MonthSpelling,
  type WeekdayName,
  type WeekdaySpelling,
} from './names.js';

export type TimeOfDay = 'pagi' | 'siang' | 'sore' | 'malam' | 'dini hari';

export interface DateMention {
  /** Exact substring of the input covering the whole expression, weekday and time included. */
  raw: string;
  /** Start offset in the input (UTF-16 code units). */
  index: number;
  /** End offset (exclusive); text.slice(index, end) === raw. */
  end: number;
  /** Start of just the date part ("22/10/2023", "5 Januari 2024"). */
  dateIndex: number;
  /** End of just the date part (exclusive). */
  dateEnd: number;
  /** Weekday as written, canonicalised (Jum'at → Jumat, Ahad → Minggu, Tuesday → Selasa). */
  weekday: WeekdayName | null;
  /** Weekday as written. */
  weekdayRaw: string | null;
  day: number;
  /** 1-12. */
  month: number;
  /** Written year (2-digit: yy <= 69 → 20yy, else 19yy), or the context year, or null. */
  year: number | null;
  /** False when the year came from context or is missing. */
  yearWritten: boolean;
  /** The day exists in that month (with no year, 29 February is valid). */
  valid: boolean;
  /** 'YYYY-MM-DD' when valid and the year is known. */
  iso: string | null;
  /** Clock time 'HH:MM'. */
  time: string | null;
  /** Zone name written after the time, upper case ("WITA", "PST", "MESZ"), or null. */
  zone: string | null;
  /** UTC offset of that zone ('+08:00'), or null when no zone is written. */
  offset: string | null;
  /** A time-of-day word right after the date or time. */
  timeOfDay: TimeOfDay | null;
  form: 'numeric' | 'named' | 'iso';
  /** Language of the weekday or month name; numeric dates count as 'id'. */
  language: DateLanguage;
}

export interface FindOptions {
  /** Context year for dates written without one. */
  year?: number | null;
  /**
   * The text is a short date field the page prints (a byline, a meta line, a <time>), not
   * prose: numeric dates with a two-digit year after '.' or '-' ("31.10.23") need no weekday.
   */
  field?: boolean;
  /** Order of an all-numeric date whose day and month could be swapped: 'dmy' (default) or 'mdy' (US pages). */
  numericOrder?: 'dmy' | 'mdy';
}

// ---------------------------------------------------------------------------------------------
// Precompiled patterns

/** Horizontal whitespace: an expression's parts never span a line break (except inside the date). */
const H = '[^\\S\\r\\n]';
/** Words before a clock time: Indonesian pukul/pkl/jam, English at, German um, French à, Spanish a las, Portuguese às, Italian alle, Dutch om. */
const TIME_KEYWORDS = 'pukul|pkl\\.?|jam|at|um|à|a[^\\S\\r\\n]+las|às|alle|om';
/** Zone names after a clock time (vocabulary/zones.ts), longest first so WITA wins over WIT. */
const ZONE_ALTERNATION = Object.keys(ZONE_OFFSETS)
  .filter((z) => z.length > 1)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Zones matched in any case; others only in capitals ("wet" is a word, WET a zone). */
const INDONESIAN_ZONES = new Set(['WIB', 'WITA', 'WIT']);
/** Not followed by a letter. */
const NL = '(?![\\p{L}])';
/** Not followed by a digit. */
const NN = '(?![\\p{N}])';
const ORD = '(?:st|nd|rd|th)?';
/** What may follow a day number before its month: an ordinal (22nd, 1er, 1º) or nothing. */
const DAY_SUFFIX = '(?:st|nd|rd|th|er|º|ª)?';
const MON = `(?:${MONTH_ALTERNATION})`;
const WD = `(?:${WEEKDAY_ALTERNATION})`;
const RANGE_WORD = `(?:s\\.?${H}?d\\.?|s\\/d|sampai|hingga|dan|&|to|and|until|through)`;
const YEAR4 = '[1-9]\\d{3}';

const CORE_RE = new RegExp(
  '(?:(?<![\\p{L}\\p{N}_])(?:' +
    // year first: 2024-10-22, 2020/10/04, 2023.11.02
    `(?<iy>${YEAR4})(?<is>[-/.])(?<im>\\d{1,2})\\k<is>(?<id>\\d{1,2})${NN}` +
    // day first, named month: 22 Oktober 2024, 22 Okt. 2024, 22-Okt-2024, 22nd of October 2024,
    // 13. Januar 2014, 6.Aug.2009, 15 de abril de 2020, 1er mai 2020,
    // with an optional range start: 21-22 Oktober 2024, 21 s.d. 22 Oktober 2024
    `|(?:(?<rd>\\d{1,2})${ORD}\\.?(?:\\s*[-–—]\\s*|\\s+${RANGE_WORD}\\s+))?` +
    `(?<dd>\\d{1,2})(?:${DAY_SUFFIX}(?:\\s+(?:of\\s+|de\\s+|del\\s+)?|-)|\\.${H}*)(?<dm>${MON})${NL}` +
    `(?:(?:\\.?(?:\\s+|-|,\\s*|\\s+de\\s+|\\s+del\\s+)|\\.)(?<dy>${YEAR4})${NN})?` +
    // month first: October 22, 2024; Oct. 22 2024; October 21-22, 2024
    `|(?<mm>${MON})${NL}\\.?\\s+(?<md>\\d{1,2})${ORD}(?:\\s*[-–—]\\s*(?<md2>\\d{1,2})${ORD})?${NN}` +
    `(?:,?\\s*(?<my>${YEAR4})${NN})?` +
    // numeric: 22/10/2024, 22-10-2024, 22.10.2024, 26/2/24, 29/9; range start 21-22/10/2024
    `|(?:(?<nr>\\d{1,2})\\s*[-–]\\s*(?=\\d{1,2}[/.]\\d{1,2}))?` +
    `(?<nd>\\d{1,2})(?<ns>[/.\\-])(?<nsp>${H})?(?<nm>\\d{1,2})(?:\\k<ns>\\k<nsp>?(?<ny>\\d{4}|\\d{2}))?${NN}` +
    '))' +
    // Chinese, Japanese and Korean: 2020年2月19日, 2023년 11월 2일 (glued to the words around them)
    `|(?<![\\p{N}])(?<cy>${YEAR4})${H}*[年년]${H}*(?<cm>\\d{1,2})${H}*[月월]${H}*(?<cd>\\d{1,2})${NN}${H}*[日일]?`,
  'dyiu',
);

const DIGIT_RUN_RE = /\d+/g;
const LETTER_RE = /\p{L}/u;

/**
 * Where a date expression can begin: every form starts with a digit, except the month-first
 * ones ("October 22, 2024", "Oct. 22"), which start with the word right before a number. The
 * big pattern is tried at these places only, not at every character.
 */
function candidateStarts(text: string): number[] {
  const starts: number[] = [];
  DIGIT_RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_RUN_RE.exec(text)) !== null) {
    const run = m.index;
    let j = run;
    while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
    if (j < run) {
      if (text.charCodeAt(j - 1) === 46 /* . */) j--;
      let k = j;
      while (k > 0 && LETTER_RE.test(text[k - 1])) k--;
      if (k < j && (starts.length === 0 || starts[starts.length - 1] < k)) starts.push(k);
    }
    if (starts.length === 0 || starts[starts.length - 1] < run) starts.push(run);
  }
  return starts;
}

const NBW = "(?![\\p{L}'’‘`ʼ´])";
/** What may stand between the start of a context slice and a date: weekday(s), "tanggal", "(". */
const PREFIX_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?<w1>${WD})${NBW}` +
    `(?:(?:${H}*[-–—]${H}*|${H}+${RANGE_WORD}${H}+)(?<w2>${WD})${NBW})?` +
    `${H}*(?:[,/|\\-–—]${H}*)?)?` +
    `(?:(?<![\\p{L}])(?<tg>tanggal|tgl\\.?|tg\\.)${H}*:?${H}*)?` +
    `(?<po>\\(${H}*)?$`,
  'diu',
);

/** Regulation numbers: "No 5/2024", "Nomor: 12/10/2024". */
const REGULATION_RE = new RegExp(`(?<![\\p{L}])(?:no|nomor|nomer|nmr|nr|num)\\.?${H}*:?${H}*$`, 'iu');

const TIME_RE = new RegExp(
  `${H}*(?:[,|/•·@\\-–—]${H}*)?` +
    `(?:(?<kw>${TIME_KEYWORDS})${NL}${H}*(?<kh>\\d{1,2})(?:[.:h](?<km>\\d{2}))?` +
    `|(?<bh>\\d{1,2})(?<bsep>[.:h])(?<bm>\\d{2}))` +
    `(?:[.:](?<sec>\\d{2}))?${NN}(?:${H}*(?<uhr>Uhr|h)${NL})?` +
    `(?:${H}*(?:-|–|—|s\\.?${H}?d\\.?|s\\/d|sampai|hingga|to)${H}*` +
    `(?:\\d{1,2}[.:]\\d{2}(?![\\p{N}]|[.:/]\\p{N})|selesai|finish))?` +
    `(?:${H}*(?<ap>[ap])\\.?m\\.?${NL})?` +
    `(?:${H}*(?<zone>${ZONE_ALTERNATION})${NL})?`,
  'diuy',
);

const CLOSE_RE = new RegExp(`${H}*\\)`, 'y');
const TOD_RE = new RegExp(`${H}*(?:,${H}*)?(?<tod>pagi|siang|sore|malam|dini${H}*hari)${NL}`, 'iuy');
const EN_BEFORE_MONTH_RE = new RegExp(
  `(?<![\\p{L}])(?:on|since|until|till|by|before|after|from|through|of|the|and|to|last|next|this|early|late|mid)${H}+$`,
  'iu',
);
/** "dua minggu", "3 minggu", "setiap minggu": lower-case "minggu" meaning "week", not Sunday. */
const WEEK_COUNT_RE = new RegExp(
  `(?:\\d|(?<![\\p{L}])(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|tiap|setiap|per|selama|dalam|sekitar))${H}*$`,
  'iu',
);
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const HAS_DIGIT_RE = /\d/;
const LOWER_RE = /^[^\p{Lu}]*$/u;

/** How far back the weekday / "tanggal" / "(" context is looked for. */
const PREFIX_WINDOW = 48;
/** How far around a candidate a URL ("://", "www.") is looked for in the same token. */
const URL_WINDOW = 256;

// ---------------------------------------------------------------------------------------------

interface Prefix {
  /** Where the expression starts (weekday, or "(" when a weekday is absent). */
  weekdayStart: number;
  w1: string | null;
  w1s: WeekdaySpelling | null;
  w2: string | null;
  w2s: WeekdaySpelling | null;
  tanggal: boolean;
  parenStart: number; // -1 when none
  regulation: boolean;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000;
}

function weekdayOk(raw: string | undefined): WeekdaySpelling | null {
  if (raw === undefined) return null;
  const s = lookupWeekday(raw);
  if (!s) return null;
  if (s.abbreviation) {
    const c = raw.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) return null; // abbreviations only with a capital letter
  }
  return s;
}

function readPrefix(text: string, pos: number, floor: number): Prefix {
  const from = Math.max(floor, pos - PREFIX_WINDOW);
  const slice = text.slice(from, pos);
  const out: Prefix = {
    weekdayStart: -1, w1: null, w1s: null, w2: null, w2s: null,
    tanggal: false, parenStart: -1, regulation: false,
  };
  if (slice.length === 0) return out;
  out.regulation = REGULATION_RE.test(slice);
  const m = PREFIX_RE.exec(slice);
  if (!m || m[0].length === 0) return out;
  const g = m.groups!;
  const ix = m.indices!.groups!;
  if (g.po !== undefined) out.parenStart = from + ix.po![0];
  if (g.tg !== undefined) out.tanggal = true;
  if (g.w1 !== undefined) {
    const start = from + ix.w1![0];
    // The slice may have cut a word: the weekday must not continue one.
    const before = start > 0 ? text[start - 1] : '';
    const w1s = weekdayOk(g.w1);
    const w2s = g.w2 !== undefined ? weekdayOk(g.w2) : null;
    if (
      w1s &&
      (before === '' || !WORD_CHAR_RE.test(before)) &&
      (g.w2 === undefined || w2s) &&
      !(w1s.key === 'minggu' && LOWER_RE.test(g.w1) && WEEK_COUNT_RE.test(text.slice(Math.max(0, start - 16), start)))
    ) {
      out.weekdayStart = start;
      out.w1 = g.w1;
      out.w1s = w1s;
      if (g.w2 !== undefined) {
        out.w2 = g.w2;
        out.w2s = w2s;
      }
    }
  }
  return out;
}

/** The date sits inside a URL or a file path. */
function inUrl(text: string, start: number, end: number): boolean {
  const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (prev === 47 /* / */ || prev === 92 /* \ */) return true;
  let a = start;
  const lo = Math.max(0, start - URL_WINDOW);
  while (a > lo && !isSpaceCode(text.charCodeAt(a - 1))) a--;
  let b = end;
  const hi = Math.min(text.length, end + URL_WINDOW);
  while (b < hi && !isSpaceCode(text.charCodeAt(b))) b++;
  if (a === start && b === end) return false;
  const token = text.slice(a, b);
  return token.includes('://') || token.toLowerCase().includes('www.');
}

interface TimeMatch {
  end: number;
  hour: number;
  minute: number;
  twelveHour: boolean; // written with am/pm
  zone: string | null;
}

function matchTime(text: string, pos: number): TimeMatch | null {
  TIME_RE.lastIndex = pos;
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  let hour = Number(g.kh ?? g.bh);
  const minute = g.km !== undefined ? Number(g.km) : g.bm !== undefined ? Number(g.bm) : 0;
  const second = g.sec !== undefined ? Number(g.sec) : 0;
  if (minute > 59 || second > 59) return null;
  const ap = g.ap !== undefined ? g.ap.toLowerCase() : null;
  let twelveHour = false;
  if (ap !== null && hour >= 1 && hour <= 12) {
    twelveHour = true;
    if (ap === 'a') hour = hour === 12 ? 0 : hour;
    else hour = hour === 12 ? 12 : hour + 12;
  }
  if (hour > 23) return null;
  let zone = g.zone !== undefined ? g.zone.toUpperCase() : null;
  let end = m.index + m[0].length;
  if (zone !== null && !INDONESIAN_ZONES.has(zone) && g.zone !== zone) {
    // "wet", "est" in lower case are words, not zones: the time ends before them.
    end = m.indices!.groups!.zone![0];
    while (end > m.index && isSpaceCode(text.charCodeAt(end - 1))) end--;
    zone = null;
  }
  if (g.kw === undefined && zone === null && ap === null && g.bsep === '.') {
    // A bare "12.30" must not be a number in a sentence ("12.30 persen").
    let p = end;
    while (p < text.length && isSpaceCode(text.charCodeAt(p)) && text.charCodeAt(p) !== 10 && text.charCodeAt(p) !== 13) p++;
    if (p < text.length && WORD_CHAR_RE.test(text[p])) {
      TOD_RE.lastIndex = end;
      if (!TOD_RE.test(text)) return null;
    }
  }
  return { end, hour, minute, twelveHour, zone };
}

function matchTimeOfDay(text: string, pos: number): { end: number; tod: TimeOfDay } | null {
  TOD_RE.lastIndex = pos;
  const m = TOD_RE.exec(text);
  if (!m) return null;
  const word = m.groups!.tod.toLowerCase();
  const tod: TimeOfDay = word.startsWith('dini') ? 'dini hari' : (word as TimeOfDay);
  return { end: m.index + m[0].length, tod };
}

function adjustHour(hour: number, tod: TimeOfDay | null, twelveHour: boolean): number {
  if (twelveHour || tod === null || hour === 0 || hour >= 12) return hour;
  if (tod === 'siang' && hour <= 5) return hour + 12;
  if (tod === 'sore') return hour + 12;
  if (tod === 'malam' && hour >= 6) return hour + 12;
  return hour;
}


function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 2) return n <= 69 ? 2000 + n : 1900 + n;
  return n;
}

// ---------------------------------------------------------------------------------------------

interface Core {
  form: 'numeric' | 'named' | 'iso';
  day: number;
  month: number;
  /** Written year, already expanded; null when not written. */
  year: number | null;
  dateStart: number;
  dateEnd: number;
  /** Range start: the first day and its date part. */
  first: { day: number; start: number; end: number } | null;
  monthSpelling: MonthSpelling | null;
  monthFirst: boolean;
}

/** Interprets a CORE_RE match; null when it is not a date at all (regardless of context). */
function readCore(
  text: string,
  m: RegExpExecArray,
  { numericOrder, field }: ScanOptions,
): { core: Core; sep: string; yearDigits: number; monthRaw: string } | null {
  const g = m.groups!;
  const ix = m.indices!.groups!;
  const matchEnd = m.index + m[0].length;
  if (g.iy !== undefined || g.cy !== undefined) {
    // Year first (2024-10-22, 2020/10/04, 2020年2月19日): never ambiguous.
    const month = Number(g.im ?? g.cm);
    const day = Number(g.id ?? g.cd);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return {
      core: {
        form: 'iso', day, month, year: Number(g.iy ?? g.cy), dateStart: ix.iy?.[0] ?? ix.cy![0], dateEnd: matchEnd,
        first: null, monthSpelling: null, monthFirst: false,
      },
      sep: g.is ?? '年', yearDigits: 4, monthRaw: '',
    };
  }
  if (g.dd !== undefined) {
    const ms = lookupMonth(g.dm!);
    const day = Number(g.dd);
    if (!ms || day < 1 || day > 31) return null;
    let first: Core['first'] = null;
    if (g.rd !== undefined) {
      const rd = Number(g.rd);
      if (rd >= 1 && rd < day) first = { day: rd, start: ix.rd![0], end: ix.rd![1] };
    }
    return {
      core: {
        form: 'named', day, month: ms.month, year: g.dy !== undefined ? Number(g.dy) : null,
        dateStart: ix.dd![0], dateEnd: matchEnd, first, monthSpelling: ms, monthFirst: false,
      },
      sep: ' ', yearDigits: g.dy !== undefined ? 4 : 0, monthRaw: g.dm!,
    };
  }
  if (g.mm !== undefined) {
    const ms = lookupMonth(g.mm);
    const day1 = Number(g.md);
    if (!ms || day1 < 1 || day1 > 31) return null;
    const year = g.my !== undefined ? Number(g.my) : null;
    if (g.md2 !== undefined) {
      const day2 = Number(g.md2);
      if (day2 >= 1 && day2 <= 31 && day1 < day2) {
        return {
          core: {
            form: 'named', day: day2, month: ms.month, year, dateStart: ix.md2![0], dateEnd: matchEnd,
            first: { day: day1, start: m.index, end: ix.md![1] }, monthSpelling: ms, monthFirst: true,
          },
          sep: ' ', yearDigits: year !== null ? 4 : 0, monthRaw: g.mm,
        };
      }
      return null;
    }
    return {
      core: {
        form: 'named', day: day1, month: ms.month, year, dateStart: m.index, dateEnd: matchEnd,
        first: null, monthSpelling: ms, monthFirst: true,
      },
      sep: ' ', yearDigits: year !== null ? 4 : 0, monthRaw: g.mm,
    };
  }
  // numeric
  let day = Number(g.nd);
  let month = Number(g.nm);
  // Day first unless the page writes month first (US) or the numbers only make sense so (11/25/2020).
  if (g.ns === '/' && g.nr === undefined && ((numericOrder === 'mdy' && month <= 31 && day <= 12) || (field && month > 12 && day <= 12))) {
    [day, month] = [month, day];
  }
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const ny = g.ny;
  if (ny !== undefined && ny.length === 4 && ny.charCodeAt(0) === 48) return null; // "0812"
  if (g.nsp !== undefined && ny?.length !== 4) return null; // spaced ("18. 05. 2014") only with a full year
  let first: Core['first'] = null;
  if (g.nr !== undefined) {
    const rd = Number(g.nr);
    if (rd >= 1 && rd < day) first = { day: rd, start: ix.nr![0], end: ix.nr![1] };
    else return null;
  }
  return {
    core: {
      form: 'numeric', day, month, year: ny !== undefined ? expandYear(ny) : null,
      dateStart: ix.nd![0], dateEnd: matchEnd, first, monthSpelling: null, monthFirst: false,
    },
    sep: g.ns!, yearDigits: ny !== undefined ? ny.length : 0, monthRaw: '',
  };
}

/**
 * A month-first date without a year and without a weekday ("on July 25", "Sept. 30") is English
 * usage: accepted for a capitalised month name that is not Indonesian-only, when the name is
 * English-only (October, June, May), abbreviated with a dot (Nov.), or follows an English word such
 * as "on", "since", "until", "by", "before", "after", "from", "of", "the".
 */
function englishMonthFirst(text: string, start: number, monthRaw: string, core: Core): boolean {
  const ms = core.monthSpelling;
  if (!ms || !ms.languages.includes('en')) return false;
  const c = monthRaw.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  if (!ms.languages.includes('id')) return true;
  if (text.charCodeAt(start + monthRaw.length) === 46 /* . */) return true;
  return EN_BEFORE_MONTH_RE.test(text.slice(Math.max(0, start - 16), start));
}

function language(ws: WeekdaySpelling | null, core: Core): DateLanguage {
  if (ws) return ws.language;
  const ms = core.monthSpelling;
  if (!ms) return 'id';
  const has = (l: DateLanguage) => ms.languages.includes(l);
  if (has('en') && (core.monthFirst || !has('id'))) return 'en';
  if (has('id')) return 'id';
  return ms.languages[0];
}

function buildMention(
  text: string,
  index: number,
  end: number,
  dateIndex: number,
  dateEnd: number,
  ws: WeekdaySpelling | null,
  weekdayRaw: string | null,
  day: number,
  core: Core,
  contextYear: number | null,
  time: string | null,
  zone: string | null,
  timeOfDay: TimeOfDay | null,
): DateMention {
  const yearWritten = core.year !== null;
  const year = yearWritten ? core.year : contextYear;
  // With no year, 29 February is possible (2000 is a leap year).
  const valid = isValidDate(year ?? 2000, core.month, day);
  return {
    raw: text.slice(index, end),
    index,
    end,
    dateIndex,
    dateEnd,
    weekday: ws ? WEEKDAYS_ID[ws.index] : null,
    weekdayRaw: ws ? weekdayRaw : null,
    day,
    month: core.month,
    year,
    yearWritten,
    valid,
    iso: valid && year !== null ? toIsoDate(year, core.month, day) : null,
    time,
    zone,
    offset: zone !== null ? (ZONE_OFFSETS[zone] ?? null) : null,
    timeOfDay,
    form: core.form,
    language: language(ws, core),
  };
}

interface ScanOptions {
  contextYear: number | null;
  field: boolean;
  numericOrder: 'dmy' | 'mdy';
}

function scan(text: string, options: ScanOptions, out: DateMention[]): void {
  const { contextYear, field } = options;
  if (!HAS_DIGIT_RE.test(text)) return; // every form has a digit
  const re = CORE_RE;
  let floor = 0; // end of the previous mention: mentions never overlap
  for (const at of candidateStarts(text)) {
    if (at < floor) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    const read = readCore(text, m, options);
    if (!read) continue;
    const { core, sep, yearDigits, monthRaw } = read;
    const coreStart = core.first ? core.first.start : core.dateStart;
    const coreEnd = core.dateEnd;

    // Context rules, cheapest first.
    let ok = true;
    const p1 = m.index > 0 ? text[m.index - 1] : '';
    if (core.form === 'numeric' || core.form === 'iso') {
      if ((p1 === '.' || p1 === ',' || p1 === ':' || p1 === '-') && isDigitAt(text, m.index - 2)) ok = false;
      const n1 = text[coreEnd];
      if (n1 === '/' || n1 === '\\') ok = false;
      if ((n1 === '.' || n1 === sep) && isDigitAt(text, coreEnd + 1)) ok = false;
      if (core.form === 'numeric' && yearDigits === 0 && sep !== '/') ok = false;
    } else {
      if (p1 === '-' && m.index > 1 && WORD_CHAR_RE.test(text[m.index - 2])) ok = false; // URL slugs
      if (core.year === null && monthRaw.toLowerCase() === 'may' && LOWER_RE.test(monthRaw)) ok = false;
      // "3 set", "5 mai": months of languages read only with a written year.
      if (core.year === null && core.monthSpelling?.needsYear) ok = false;
    }
    if (!ok) continue;
    const prefix = readPrefix(text, coreStart, floor);
    const anchored = prefix.w1s !== null || prefix.tanggal;
    if (core.form === 'numeric' || core.form === 'iso') {
      if (prefix.regulation) ok = false;
      if (core.form === 'numeric' && yearDigits !== 4 && sep !== '/' && !anchored && !field) ok = false;
      if (core.form === 'numeric' && yearDigits === 0 && !anchored) ok = false;
    } else if (core.year === null && core.monthFirst && prefix.w1s === null && !englishMonthFirst(text, m.index, monthRaw, core)) {
      ok = false;
    }
    if (!ok || inUrl(text, m.index, coreEnd)) continue;

    // After the date: time, closing parenthesis, time of day.
    const paren = prefix.parenStart >= 0;
    let pos = coreEnd;
    let t = matchTime(text, pos);
    if (t) pos = t.end;
    let closed = false;
    if (paren) {
      CLOSE_RE.lastIndex = pos;
      if (CLOSE_RE.test(text)) {
        pos = CLOSE_RE.lastIndex;
        closed = true;
      }
    }
    if (!t) {
      t = matchTime(text, pos);
      if (t) pos = t.end;
    }
    const tod = matchTimeOfDay(text, pos);
    if (tod) {
      pos = tod.end;
      if (!t) {
        t = matchTime(text, pos);
        if (t) pos = t.end;
      }
    }
    const timeOfDay = tod ? tod.tod : null;
    const time = t ? `${pad2(adjustHour(t.hour, timeOfDay, t.twelveHour))}:${pad2(t.minute)}` : null;
    const zone = t ? t.zone : null;

    // Where the expression starts.
    let start = coreStart;
    if (prefix.w1s) start = prefix.weekdayStart;
    else if (paren && closed) start = prefix.parenStart;

    if (core.first) {
      const f = core.first;
      out.push(buildMention(text, start, f.end, f.start, f.end, prefix.w1s, prefix.w1, f.day, core, contextYear, null, null, null));
      out.push(buildMention(text, core.dateStart, pos, core.dateStart, coreEnd, prefix.w2s, prefix.w2, core.day, core, contextYear, time, zone, timeOfDay));
    } else {
      // A weekday range before a single date names no single weekday.
      const ws = prefix.w2s ? null : prefix.w1s;
      out.push(buildMention(text, start, pos, core.dateStart, coreEnd, ws, prefix.w1, core.day, core, contextYear, time, zone, timeOfDay));
    }
    floor = pos;
  }
}

/**
 * Every date expression in `text`, in order of position, non-overlapping.
 * Never throws: a non-string input gives [].
 */
export function findDates(text: string, options?: FindOptions): DateMention[] {
  const out: DateMention[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const o = options != null && typeof options === 'object' ? options : {};
  const contextYear = typeof o.year === 'number' && Number.isInteger(o.year) ? o.year : null;
  try {
    scan(text, { contextYear, field: o.field === true, numericOrder: o.numericOrder === 'mdy' ? 'mdy' : 'dmy' }, out);
  } catch {
    // Defensive only: keep what was found.
  }
  return out;
}
