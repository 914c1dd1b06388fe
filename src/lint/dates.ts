/**
 * Date helpers the date rules share, on top of the date engine (src/dates/): the calendar
 * reading of a mention, dates written the way the article writes them, local dates of a
 * publication timestamp, and the weekday-consistent readings of a slip.
 */
import {
  MONTHS_EN,
  MONTHS_ID,
  WEEKDAYS_EN,
  WEEKDAYS_ID,
  isValidDate,
  parseIsoDate,
  toIsoDate,
  weekdayName,
  type DateMention,
  type WeekdayName,
} from '../dates/index.js';
import { dayNumber, fromDayNumber } from '../dates/calendar.js';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isoOf(d: Ymd): string {
  return toIsoDate(d.year, d.month, d.day);
}

export function ymdOf(iso: string | null | undefined): Ymd | null {
  return iso ? parseIsoDate(iso) : null;
}

export function addDaysYmd(d: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(d.year, d.month, d.day) + days);
}

/** b - a in days. */
export function diffDays(a: Ymd, b: Ymd): number {
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

/** How far from the reference a year-less date may be read to agree with its weekday. */
const WEEKDAY_READING_DAYS = 200;

/** Which way a date without its year lies from the reference, as the words after it say ("lalu", "mendatang"). */
export type DateDirection = 'back' | 'forward' | null;

/**
 * The calendar date a mention means. A written year is taken as written. A missing year is
 * the one (reference year - 1, + 0, + 1) in which the date falls on its written weekday, if
 * that is within ~200 days of the reference ("Saturday, May 18" in a November 2019 story is
 * 18 May 2019, a Saturday); otherwise the one that puts the date nearest the reference
 * ("Senin (30/12)" in a page of 2 January 2025 is 30 December 2024). A direction keeps the
 * reading on its side of the reference: "23 Maret lalu" in a story of 4 November 2015 is
 * 23 March 2015, though 23 March 2016 is nearer. Null when the day does not exist or no year is known.
 */
export function mentionDate(m: DateMention, reference: Ymd | null, direction: DateDirection = null): Ymd | null {
  if (m.yearWritten) {
    if (m.year === null || !m.valid) return null;
    return { year: m.year, month: m.month, day: m.day };
  }
  if (!reference) {
    if (m.year === null || !isValidDate(m.year, m.month, m.day)) return null;
    return { year: m.year, month: m.month, day: m.day };
  }
  const side = (c: Ymd) => direction === null || (direction === 'back' ? diffDays(c, reference) >= 0 : diffDays(c, reference) <= 0);
  const weekday = m.weekday;
  if (weekday) {
    const fits = (c: Ymd, distance: number) => distance <= WEEKDAY_READING_DAYS && weekdayName(c.year, c.month, c.day) === weekday;
    const best = nearestYear(m, reference, (c, distance) => side(c) && fits(c, distance)) ?? nearestYear(m, reference, fits);
    if (best) return best;
  }
  return nearestYear(m, reference, side) ?? nearestYear(m, reference, () => true);
}

/** The reading of a year-less day and month nearest the reference (its year, or one either side) that passes `accept`. */
function nearestYear(m: DateMention, reference: Ymd, accept: (candidate: Ymd, distance: number) => boolean): Ymd | null {
  let best: Ymd | null = null;
  let bestDistance = Infinity;
  for (const year of [reference.year, reference.year - 1, reference.year + 1]) {
    if (!isValidDate(year, m.month, m.day)) continue;
    const candidate = { year, month: m.month, day: m.day };
    const distance = Math.abs(diffDays(reference, candidate));
    if (distance < bestDistance && accept(candidate, distance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** How the mention writes its date: its form, separator, and whether it writes a year. */
export interface DateStyle {
  form: 'numeric' | 'named' | 'iso';
  separator: string;
  twoDigitYear: boolean;
  withYear: boolean;
  language: 'id' | 'en';
  monthFirst: boolean;
}

const NUMERIC_SEPARATOR = /^\d{1,2}([/.-])/;

export function styleOf(text: string, m: DateMention): DateStyle {
  const part = text.slice(m.dateIndex, m.dateEnd);
  const sep = NUMERIC_SEPARATOR.exec(part)?.[1] ?? '/';
  const yearDigits = /(\d+)\D*$/.exec(part)?.[1]?.length ?? 0;
  return {
    form: m.form,
    separator: sep,
    twoDigitYear: m.form === 'numeric' && m.yearWritten && yearDigits === 2,
    withYear: m.yearWritten,
    // Suggestions are written in English for English dates, in Indonesian for every other language.
    language: m.language === 'en' ? 'en' : 'id',
    monthFirst: m.form === 'named' && !/^\d/.test(part),
  };
}

const NUMERIC_STYLE: DateStyle = { form: 'numeric', separator: '/', twoDigitYear: false, withYear: true, language: 'id', monthFirst: false };

/** A date written the way an Indonesian newsroom writes it: "22/10/2024", or in the given style. */
export function formatDate(d: Ymd, style: DateStyle = NUMERIC_STYLE, withYear = style.withYear): string {
  switch (style.form) {
    case 'iso':
      return isoOf(d);
    case 'named': {
      const month = (style.language === 'en' ? MONTHS_EN : MONTHS_ID)[d.month - 1];
      if (style.monthFirst) return withYear ? `${month} ${d.day}, ${d.year}` : `${month} ${d.day}`;
      return withYear ? `${d.day} ${month} ${d.year}` : `${d.day} ${month}`;
    }
    default: {
      const s = style.separator;
      if (!withYear) return `${d.day}${s}${d.month}`;
      const year = style.twoDigitYear ? String(d.year % 100).padStart(2, '0') : String(d.year);
      return `${d.day}${s}${d.month}${s}${year}`;
    }
  }
}

/** Always with the year: "22/10/2024" (or "22 Oktober 2024" for a named date). */
export function formatFull(d: Ymd, style: DateStyle = NUMERIC_STYLE): string {
  return formatDate(d, style, true);
}

/** A reading of a slipped weekday-and-date: another year, or a day or a few off. */
export interface WeekdayCandidate {
  date: Ymd;
  kind: 'year' | 'day';
  shift: number;
}

/**
 * What a date whose written weekday is not its own most likely means: `weekday` when the
 * date as written is at least as near the reference as any date falling on the written
 * weekday (the weekday is the slip), else `candidate`, the nearest such date ("did you mean
 * 2024?"); `unknown` without a reference.
 */
export type WeekdayVerdict =
  | { kind: 'weekday'; candidate: WeekdayCandidate | null }
  | { kind: 'candidate'; candidate: WeekdayCandidate }
  | { kind: 'unknown'; candidate: WeekdayCandidate | null };

export function weekdayVerdict(m: DateMention, date: Ymd, weekday: WeekdayName, reference: Ymd | null): WeekdayVerdict {
  const candidate = nearestReading(m, date, weekday, reference);
  if (reference && (!candidate || Math.abs(diffDays(reference, date)) <= Math.abs(diffDays(reference, candidate.date)))) {
    return { kind: 'weekday', candidate };
  }
  return candidate ? { kind: 'candidate', candidate } : { kind: 'unknown', candidate: null };
}

/**
 * The nearest reading of the date that falls on the written weekday: another year (the
 * reference's, or one off) when the year is written, or a day or a few off. With a reference
 * date, the candidate nearest it wins; without one, a day off beats a year off beats two days off.
 */
function nearestReading(m: DateMention, date: Ymd, weekday: WeekdayName, reference: Ymd | null): WeekdayCandidate | null {
  const candidates: WeekdayCandidate[] = [];
  if (m.yearWritten) {
    const years = [reference && reference.year !== date.year ? reference.year : null, date.year - 1, date.year + 1];
    for (const year of years) {
      if (year === null || candidates.some((c) => c.date.year === year)) continue;
      if (!isValidDate(year, date.month, date.day)) continue;
      const d = { year, month: date.month, day: date.day };
      if (weekdayOfYmd(d) === weekday) candidates.push({ date: d, kind: 'year', shift: Math.abs(year - date.year) });
    }
  }
  for (const k of [1, -1, 2, -2, 3, -3]) {
    const d = addDaysYmd(date, k);
    if (weekdayOfYmd(d) === weekday) candidates.push({ date: d, kind: 'day', shift: Math.abs(k) });
  }
  if (!candidates.length) return null;
  if (reference) {
    let best = candidates[0];
    let bestDistance = Math.abs(diffDays(reference, best.date));
    for (const c of candidates.slice(1)) {
      const d = Math.abs(diffDays(reference, c.date));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }
  const score = (c: WeekdayCandidate) => (c.kind === 'day' ? (c.shift === 1 ? 1 : c.shift + 1) : 2 + (c.shift - 1) * 10);
  return candidates.reduce((a, b) => (score(b) < score(a) ? b : a));
}

export function weekdayOfYmd(d: Ymd): WeekdayName {
  return weekdayName(d.year, d.month, d.day);
}

/** A canonical (Indonesian) weekday name in the mention's language: "Selasa" or "Tuesday". */
export function weekdayIn(name: WeekdayName, language: string): string {
  return language === 'en' ? WEEKDAYS_EN[WEEKDAYS_ID.indexOf(name)] : name;
}

/**
 * The calendar date of a timestamp as seen at a UTC offset (minutes): "2024-10-21T23:30:00+00:00"
 * is 2024-10-22 at +09:00. A date alone ("2024-10-22") is that date everywhere.
 */
export function localDateAt(timestamp: string, offsetMinutes: number): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?([+-])(\d{2}):(\d{2}))?$/.exec(timestamp);
  if (!m) return ymdOf(timestamp.slice(0, 10));
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidDate(date.year, date.month, date.day)) return null;
  if (m[4] === undefined) return date;
  const own = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  const minutes = dayNumber(date.year, date.month, date.day) * 1440 + Number(m[4]) * 60 + Number(m[5]) - own + offsetMinutes;
  return fromDayNumber(Math.floor(minutes / 1440));
}

/** "the same day", "1 day earlier", "9 days later", "1 year earlier" (same day and month). */
export function describeGap(from: Ymd, to: Ymd): string {
  const days = diffDays(from, to);
  const direction = days < 0 ? 'earlier' : 'later';
  if (days === 0) return 'the same day';
  if (from.month === to.month && from.day === to.day) {
    const years = Math.abs(to.year - from.year);
    return `${years} year${years === 1 ? '' : 's'} ${direction}`;
  }
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${direction}`;
}
