// The scanner: finds date expressions (with their weekday, clock time, zone and time-of-day
// word) in free Indonesian or English text.
//
// How it works: the date forms (patterns.ts: year first, day first named, month first named,
// numeric, CJK) are tried with one sticky regex at the places where a date can begin (a number,
// or the word right before one). For each candidate the text just before it is matched against
// a `$`-anchored regex (weekday, "tanggal", opening parenthesis), and the text just after it
// against sticky regexes (clock time and zone, closing parenthesis, time-of-day word): see
// context.ts. Plausibility rules (below) then accept or reject the candidate.
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
import { CLOSE_RE, DATE_RE, EN_BEFORE_MONTH_RE, lowerSameLength } from './patterns.js';
import { WEEKDAYS_ID, lookupMonth, type DateLanguage, type MonthSpelling, type WeekdaySpelling } from './names.js';
import type { DateMention, FindOptions, TimeOfDay } from './mention.js';
import {
  HAS_DIGIT_RE,
  LOWER_RE,
  WORD_CHAR_RE,
  adjustHour,
  expandYear,
  inUrl,
  isDigitAt,
  isSpaceCode,
  matchTime,
  matchTimeOfDay,
  readPrefix,
  type Prefix,
} from './context.js';

export type { DateMention, FindOptions, TimeOfDay } from './mention.js';

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

type Read = { core: Core; sep: string; yearDigits: number; monthRaw: string };
type Groups = Record<string, string | undefined>;
type Spans = Record<string, [number, number] | undefined>;

/** Interprets a DATE_RE match; null when it is not a date at all (regardless of context). */
function readCore(m: RegExpExecArray, options: ScanOptions): Read | null {
  const g = m.groups as Groups;
  const ix = m.indices!.groups as Spans;
  const end = m.index + m[0].length;
  if (g.iy !== undefined || g.cy !== undefined) return readYearFirst(g, ix, end);
  if (g.dd !== undefined) return readDayFirstNamed(g, ix, end);
  if (g.mm !== undefined) return readMonthFirstNamed(g, ix, m.index, end);
  return readNumeric(g, ix, end, options);
}

/** Year first (2024-10-22, 2020/10/04, 2020年2月19日): never ambiguous. */
function readYearFirst(g: Groups, ix: Spans, end: number): Read | null {
  const month = Number(g.im ?? g.cm);
  const day = Number(g.id ?? g.cd);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const dateStart = ix.iy?.[0] ?? ix.cy![0];
  return {
    core: { form: 'iso', day, month, year: Number(g.iy ?? g.cy), dateStart, dateEnd: end, first: null, monthSpelling: null, monthFirst: false },
    sep: g.is ?? '年',
    yearDigits: 4,
    monthRaw: '',
  };
}

/** Day first with a month name (22 Oktober 2024), with a range start (21-22 Oktober). */
function readDayFirstNamed(g: Groups, ix: Spans, end: number): Read | null {
  const ms = lookupMonth(g.dm!);
  const day = Number(g.dd);
  if (!ms || day < 1 || day > 31) return null;
  let first: Core['first'] = null;
  if (g.rd !== undefined) {
    const rd = Number(g.rd);
    if (rd >= 1 && rd < day) first = { day: rd, start: ix.rd![0], end: ix.rd![1] };
  }
  const year = g.dy !== undefined ? Number(g.dy) : null;
  return {
    core: { form: 'named', day, month: ms.month, year, dateStart: ix.dd![0], dateEnd: end, first, monthSpelling: ms, monthFirst: false },
    sep: ' ',
    yearDigits: year !== null ? 4 : 0,
    monthRaw: g.dm!,
  };
}

/** Month first (October 22, 2024), with a range (October 21-22, 2024). */
function readMonthFirstNamed(g: Groups, ix: Spans, start: number, end: number): Read | null {
  const ms = lookupMonth(g.mm!);
  const day1 = Number(g.md);
  if (!ms || day1 < 1 || day1 > 31) return null;
  const year = g.my !== undefined ? Number(g.my) : null;
  const base = { form: 'named' as const, month: ms.month, year, dateEnd: end, monthSpelling: ms, monthFirst: true };
  const rest = { sep: ' ', yearDigits: year !== null ? 4 : 0, monthRaw: g.mm! };
  if (g.md2 === undefined) return { core: { ...base, day: day1, dateStart: start, first: null }, ...rest };
  const day2 = Number(g.md2);
  if (!(day2 >= 1 && day2 <= 31 && day1 < day2)) return null;
  return { core: { ...base, day: day2, dateStart: ix.md2![0], first: { day: day1, start, end: ix.md![1] } }, ...rest };
}

/** All numbers (22/10/2024, 22.10.24, 29/9), with a range start (21-22/10/2024). */
function readNumeric(g: Groups, ix: Spans, end: number, { numericOrder, field }: ScanOptions): Read | null {
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
    if (!(rd >= 1 && rd < day)) return null;
    first = { day: rd, start: ix.nr![0], end: ix.nr![1] };
  }
  const year = ny !== undefined ? expandYear(ny) : null;
  return {
    core: { form: 'numeric', day, month, year, dateStart: ix.nd![0], dateEnd: end, first, monthSpelling: null, monthFirst: false },
    sep: g.ns!,
    yearDigits: ny !== undefined ? ny.length : 0,
    monthRaw: '',
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
  if (!HAS_DIGIT_RE.test(text)) return; // every form has a digit
  let floor = 0; // end of the previous mention: mentions never overlap
  const lowered = lowerSameLength(text);
  for (const at of candidateStarts(text)) {
    if (at < floor) continue;
    const m = dateAt(text, lowered, at);
    if (m === null) continue;
    const read = readCore(m, options);
    if (!read || !plausibleHere(text, m.index, read)) continue;
    const coreStart = read.core.first ? read.core.first.start : read.core.dateStart;
    const prefix = readPrefix(text, coreStart, floor);
    if (!anchoredEnough(text, m.index, read, prefix, options.field) || inUrl(text, m.index, read.core.dateEnd)) continue;
    floor = pushMentions(text, read.core, prefix, options.contextYear, out);
  }
}

/** DATE_RE at `at` of the lower-cased text (see patterns.ts), with its text and groups read back from the text as written. */
function dateAt(text: string, lowered: string, at: number): RegExpExecArray | null {
  DATE_RE.lastIndex = at;
  const m = DATE_RE.exec(lowered);
  if (m === null || lowered === text) return m;
  m[0] = text.slice(m.index, m.index + m[0].length);
  const groups = m.groups as Groups;
  const spans = m.indices!.groups as Spans;
  for (const name of Object.keys(groups)) {
    const span = spans[name];
    if (span) groups[name] = text.slice(span[0], span[1]);
  }
  return m;
}

/** Context rules about the characters right around the date, cheapest first. */
function plausibleHere(text: string, index: number, { core, sep, yearDigits, monthRaw }: Read): boolean {
  const p1 = index > 0 ? text[index - 1] : '';
  if (core.form === 'numeric' || core.form === 'iso') {
    // Glued to other numbers ("1.22.10.2024", "22/10/2024/5") or a path: not a date.
    if ((p1 === '.' || p1 === ',' || p1 === ':' || p1 === '-') && isDigitAt(text, index - 2)) return false;
    const n1 = text[core.dateEnd];
    if (n1 === '/' || n1 === '\\') return false;
    if ((n1 === '.' || n1 === sep) && isDigitAt(text, core.dateEnd + 1)) return false;
    return !(core.form === 'numeric' && yearDigits === 0 && sep !== '/');
  }
  if (p1 === '-' && index > 1 && WORD_CHAR_RE.test(text[index - 2]!)) return false; // URL slugs
  if (core.year === null && monthRaw.toLowerCase() === 'may' && LOWER_RE.test(monthRaw)) return false;
  // "3 set", "5 mai": months of languages read only with a written year.
  return !(core.year === null && core.monthSpelling?.needsYear);
}

/** Short or yearless forms need an anchor before them (a weekday, "tanggal"), or English usage. */
function anchoredEnough(text: string, index: number, { core, sep, yearDigits, monthRaw }: Read, prefix: Prefix, field: boolean): boolean {
  const anchored = prefix.w1s !== null || prefix.tanggal;
  if (core.form === 'numeric' || core.form === 'iso') {
    if (prefix.regulation) return false;
    if (core.form === 'numeric' && yearDigits !== 4 && sep !== '/' && !anchored && !field) return false;
    return !(core.form === 'numeric' && yearDigits === 0 && !anchored);
  }
  return !(core.year === null && core.monthFirst && prefix.w1s === null && !englishMonthFirst(text, index, monthRaw, core));
}

/** What follows the date (time, closing parenthesis, time of day); the mention(s) it makes; where they end. */
function pushMentions(text: string, core: Core, prefix: Prefix, contextYear: number | null, out: DateMention[]): number {
  const after = readAfter(text, core.dateEnd, prefix.parenStart >= 0);
  // Where the expression starts: its weekday, else an opening parenthesis closed after it.
  let start = core.first ? core.first.start : core.dateStart;
  if (prefix.w1s) start = prefix.weekdayStart;
  else if (after.closed) start = prefix.parenStart;
  const { time, zone, timeOfDay, pos } = after;
  if (core.first) {
    const f = core.first;
    out.push(buildMention(text, start, f.end, f.start, f.end, prefix.w1s, prefix.w1, f.day, core, contextYear, null, null, null));
    out.push(buildMention(text, core.dateStart, pos, core.dateStart, core.dateEnd, prefix.w2s, prefix.w2, core.day, core, contextYear, time, zone, timeOfDay));
  } else {
    // A weekday range before a single date names no single weekday.
    const ws = prefix.w2s ? null : prefix.w1s;
    out.push(buildMention(text, start, pos, core.dateStart, core.dateEnd, ws, prefix.w1, core.day, core, contextYear, time, zone, timeOfDay));
  }
  return pos;
}

/** After the date: a clock time (before or after a closing parenthesis), a time-of-day word (and a time after it). */
function readAfter(text: string, from: number, paren: boolean) {
  let pos = from;
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
  const timeOfDay: TimeOfDay | null = tod ? tod.tod : null;
  const time = t ? `${pad2(adjustHour(t.hour, timeOfDay, t.twelveHour))}:${pad2(t.minute)}` : null;
  return { pos, closed, time, zone: t ? t.zone : null, timeOfDay };
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
