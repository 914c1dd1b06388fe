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

import { isValidDate, toIsoDate, type Zone } from './calendar.js';
import {
  MONTH_ALTERNATION,
  WEEKDAY_ALTERNATION,
  WEEKDAYS_ID,
  lookupMonth,
  lookupWeekday,
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
  zone: Zone | null;
  /** A time-of-day word right after the date or time. */
  timeOfDay: TimeOfDay | null;
  form: 'numeric' | 'named' | 'iso';
  language: 'id' | 'en';
}

export interface FindOptions {
  /** Context year for dates written without one. */
  year?: number | null;
}

// ---------------------------------------------------------------------------------------------
// Precompiled patterns

/** Horizontal whitespace: an expression's parts never span a line break (except inside the date). */
const H = '[^\\S\\r\\n]';
/** Not followed by a letter. */
const NL = '(?![\\p{L}])';
/** Not followed by a digit. */
const NN = '(?![\\p{N}])';
const ORD = '(?:st|nd|rd|th)?';
const MON = `(?:${MONTH_ALTERNATION})`;
const WD = `(?:${WEEKDAY_ALTERNATION})`;
const RANGE_WORD = `(?:s\\.?${H}?d\\.?|s\\/d|sampai|hingga|dan|&|to|and|until|through)`;
const YEAR4 = '[1-9]\\d{3}';

const CORE_RE = new RegExp(
  '(?<![\\p{L}\\p{N}_])(?:' +
    // ISO: 2024-10-22
    `(?<iy>${YEAR4})-(?<im>\\d{2})-(?<id>\\d{2})${NN}` +
    // day first, named month: 22 Oktober 2024, 22 Okt. 2024, 22-Okt-2024, 22nd of October 2024,
    // with an optional range start: 21-22 Oktober 2024, 21 s.d. 22 Oktober 2024
    `|(?:(?<rd>\\d{1,2})${ORD}(?:\\s*[-–—]\\s*|\\s+${RANGE_WORD}\\s+))?` +
    `(?<dd>\\d{1,2})${ORD}(?:\\s+(?:of\\s+)?|-)(?<dm>${MON})${NL}` +
    `(?:\\.?(?:\\s+|-|,\\s*)(?<dy>${YEAR4})${NN})?` +
    // month first: October 22, 2024; Oct. 22 2024; October 21-22, 2024
    `|(?<mm>${MON})${NL}\\.?\\s+(?<md>\\d{1,2})${ORD}(?:\\s*[-–—]\\s*(?<md2>\\d{1,2})${ORD})?${NN}` +
    `(?:,?\\s*(?<my>${YEAR4})${NN})?` +
    // numeric: 22/10/2024, 22-10-2024, 22.10.2024, 26/2/24, 29/9; range start 21-22/10/2024
    `|(?:(?<nr>\\d{1,2})\\s*[-–]\\s*(?=\\d{1,2}[/.]\\d{1,2}))?` +
    `(?<nd>\\d{1,2})(?<ns>[/.\\-])(?<nm>\\d{1,2})(?:\\k<ns>(?<ny>\\d{4}|\\d{2}))?${NN}` +
    ')',
  'dgiu',
);

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
    `(?:(?<kw>pukul|pkl\\.?|jam|at)${NL}${H}*(?<kh>\\d{1,2})(?:[.:](?<km>\\d{2}))?` +
    `|(?<bh>\\d{1,2})(?<bsep>[.:])(?<bm>\\d{2}))` +
    `(?:[.:](?<sec>\\d{2}))?${NN}` +
    `(?:${H}*(?:-|–|—|s\\.?${H}?d\\.?|s\\/d|sampai|hingga|to)${H}*` +
    `(?:\\d{1,2}[.:]\\d{2}(?![\\p{N}]|[.:/]\\p{N})|selesai|finish))?` +
    `(?:${H}*(?<ap>[ap])\\.?m\\.?${NL})?` +
    `(?:${H}*(?<zone>WITA|WIB|WIT)${NL})?`,
  'iuy',
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
  zone: Zone | null;
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
  const zone = g.zone !== undefined ? (g.zone.toUpperCase() as Zone) : null;
  const end = m.index + m[0].length;
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

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
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
function readCore(text: string, m: RegExpExecArray): { core: Core; sep: string; yearDigits: number; monthRaw: string } | null {
  const g = m.groups!;
  const ix = m.indices!.groups!;
  const matchEnd = m.index + m[0].length;
  if (g.iy !== undefined) {
    const month = Number(g.im);
    const day = Number(g.id);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return {
      core: {
        form: 'iso', day, month, year: Number(g.iy), dateStart: m.index, dateEnd: matchEnd,
        first: null, monthSpelling: null, monthFirst: false,
      },
      sep: '-', yearDigits: 4, monthRaw: '',
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
  const day = Number(g.nd);
  const month = Number(g.nm);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const ny = g.ny;
  if (ny !== undefined && ny.length === 4 && ny.charCodeAt(0) === 48) return null; // "0812"
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
  if (!ms || ms.language === 'id') return false;
  const c = monthRaw.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  if (ms.language === 'en') return true;
  if (text.charCodeAt(start + monthRaw.length) === 46 /* . */) return true;
  return EN_BEFORE_MONTH_RE.test(text.slice(Math.max(0, start - 16), start));
}

function language(ws: WeekdaySpelling | null, core: Core): 'id' | 'en' {
  if (ws) return ws.language;
  const ms = core.monthSpelling;
  if (!ms) return 'id';
  if (ms.language === 'both') return core.monthFirst ? 'en' : 'id';
  return ms.language;
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
  zone: Zone | null,
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
    timeOfDay,
    form: core.form,
    language: language(ws, core),
  };
}

function scan(text: string, contextYear: number | null, out: DateMention[]): void {
  if (!HAS_DIGIT_RE.test(text)) return; // every form has a digit
  const re = CORE_RE;
  re.lastIndex = 0;
  let floor = 0; // end of the previous mention: mentions never overlap
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const retry = m.index + 1;
    const read = readCore(text, m);
    if (!read) {
      re.lastIndex = retry;
      continue;
    }
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
    }
    if (!ok) {
      re.lastIndex = retry;
      continue;
    }
    const prefix = readPrefix(text, coreStart, floor);
    const anchored = prefix.w1s !== null || prefix.tanggal;
    if (core.form === 'numeric' || core.form === 'iso') {
      if (prefix.regulation) ok = false;
      if (core.form === 'numeric' && yearDigits !== 4 && sep !== '/' && !anchored) ok = false;
      if (core.form === 'numeric' && yearDigits === 0 && !anchored) ok = false;
    } else if (core.year === null && core.monthFirst && prefix.w1s === null && !englishMonthFirst(text, m.index, monthRaw, core)) {
      ok = false;
    }
    if (!ok || inUrl(text, m.index, coreEnd)) {
      re.lastIndex = retry;
      continue;
    }

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
    re.lastIndex = pos;
  }
}

/**
 * Every date expression in `text`, in order of position, non-overlapping.
 * Never throws: a non-string input gives [].
 */
export function findDates(text: string, options?: FindOptions): DateMention[] {
  const out: DateMention[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const y = options != null && typeof options === 'object' ? options.year : null;
  const contextYear = typeof y === 'number' && Number.isInteger(y) ? y : null;
  try {
    scan(text, contextYear, out);
  } catch {
    // Defensive only: keep what was found.
  }
  return out;
}
