/**
 * The text around a date candidate: what may stand before it (a weekday, "tanggal", an opening
 * parenthesis, a regulation number), whether it sits in a URL, and what may follow it (a clock
 * time with its zone, a time-of-day word).
 */
import { lookupWeekday, type WeekdaySpelling } from './names.js';
import { INDONESIAN_ZONES, PREFIX_RE, REGULATION_RE, TIME_OF_DAY_RE, TIME_RE, WEEK_COUNT_RE } from './patterns.js';
import type { TimeOfDay } from './mention.js';

export const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
export const HAS_DIGIT_RE = /\d/;
export const LOWER_RE = /^[^\p{Lu}]*$/u;

/** How far back the weekday / "tanggal" / "(" context is looked for. */
const PREFIX_WINDOW = 48;
/** How far around a candidate a URL ("://", "www.") is looked for in the same token. */
const URL_WINDOW = 256;

export interface Prefix {
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

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

export function isSpaceCode(c: number): boolean {
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

export function readPrefix(text: string, pos: number, floor: number): Prefix {
  const from = Math.max(floor, pos - PREFIX_WINDOW);
  const slice = text.slice(from, pos);
  const out: Prefix = {
    weekdayStart: -1,
    w1: null,
    w1s: null,
    w2: null,
    w2s: null,
    tanggal: false,
    parenStart: -1,
    regulation: false,
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
export function inUrl(text: string, start: number, end: number): boolean {
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

export interface TimeMatch {
  end: number;
  hour: number;
  minute: number;
  twelveHour: boolean; // written with am/pm
  zone: string | null;
}

export function matchTime(text: string, pos: number): TimeMatch | null {
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
      TIME_OF_DAY_RE.lastIndex = end;
      if (!TIME_OF_DAY_RE.test(text)) return null;
    }
  }
  return { end, hour, minute, twelveHour, zone };
}

export function matchTimeOfDay(text: string, pos: number): { end: number; tod: TimeOfDay } | null {
  TIME_OF_DAY_RE.lastIndex = pos;
  const m = TIME_OF_DAY_RE.exec(text);
  if (!m) return null;
  const word = m.groups!.tod.toLowerCase();
  const tod: TimeOfDay = word.startsWith('dini') ? 'dini hari' : (word as TimeOfDay);
  return { end: m.index + m[0].length, tod };
}

export function adjustHour(hour: number, tod: TimeOfDay | null, twelveHour: boolean): number {
  if (twelveHour || tod === null || hour === 0 || hour >= 12) return hour;
  if (tod === 'siang' && hour <= 5) return hour + 12;
  if (tod === 'sore') return hour + 12;
  if (tod === 'malam' && hour >= 6) return hour + 12;
  return hour;
}

export function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 2) return n <= 69 ? 2000 + n : 1900 + n;
  return n;
}
