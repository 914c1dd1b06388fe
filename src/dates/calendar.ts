// The proleptic Gregorian calendar, as plain integer arithmetic.
// No Date objects: JS Date maps years 0-99 to 1900-1999 and depends on the host zone;
// these functions do neither.

import { MONTHS_ID, WEEKDAYS_ID, type WeekdayName } from './names.js';

export type Zone = 'WIB' | 'WITA' | 'WIT';

const ZONE_OFFSETS: Readonly<Record<Zone, '+07:00' | '+08:00' | '+09:00'>> = {
  WIB: '+07:00',
  WITA: '+08:00',
  WIT: '+09:00',
};

/** UTC offset of an Indonesian time zone: WIB +07:00, WITA +08:00, WIT +09:00. */
export function zoneOffset(zone: Zone): '+07:00' | '+08:00' | '+09:00' {
  return ZONE_OFFSETS[zone];
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1-12) of `year`; 0 for a month outside 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1];
}

/** True when year, month (1-12) and day are integers and the day exists in that month. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (negative before it).
 * Howard Hinnant's days_from_civil; exact for any integer year.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** Inverse of dayNumber. */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Day of the week, 0 = Sunday (Minggu) … 6 = Saturday (Sabtu). */
export function weekdayOf(year: number, month: number, day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

export function weekdayName(year: number, month: number, day: number): WeekdayName {
  return WEEKDAYS_ID[weekdayOf(year, month, day)];
}

/** Two digits: 7 → '07'. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function yearString(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  // ISO 8601 expanded representation for years outside 0000-9999.
  return (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
}

/** 'YYYY-MM-DD'. */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${yearString(year)}-${pad2(month)}-${pad2(day)}`;
}

const ISO_DATE_RE = /^\s*(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/;

/**
 * Parses 'YYYY-MM-DD', or the date part of a full ISO timestamp ('2024-10-22T14:05:00+08:00').
 * Null when the text is not of that shape or the date does not exist.
 */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_DATE_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** Whole days from isoA to isoB (b - a). NaN when either is not a valid ISO date. */
export function daysBetween(isoA: string, isoB: string): number {
  const a = parseIsoDate(isoA);
  const b = parseIsoDate(isoB);
  if (!a || !b) return Number.NaN;
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

/** The ISO date `days` days after (or before, when negative) `iso`; null for an invalid date. */
export function addDays(iso: string, days: number): string | null {
  const a = parseIsoDate(iso);
  if (!a || !Number.isInteger(days)) return null;
  const r = fromDayNumber(dayNumber(a.year, a.month, a.day) + days);
  return toIsoDate(r.year, r.month, r.day);
}

/** '22/10/2024' — the way Indonesian news copy writes a date: day and month unpadded. */
export function formatNumeric(year: number, month: number, day: number): string {
  return `${day}/${month}/${year}`;
}

/** 'Selasa, 22 Oktober 2024'. */
export function formatLong(year: number, month: number, day: number): string {
  return `${weekdayName(year, month, day)}, ${day} ${MONTHS_ID[month - 1]} ${year}`;
}
