// The date engine: Indonesian and English date expressions in free text, and the real
// (proleptic Gregorian) calendar. Pure functions, no dependencies.

export {
  WEEKDAYS_ID,
  MONTHS_ID,
  WEEKDAYS_EN,
  MONTHS_EN,
  canonicalWeekday,
  monthFromName,
  type WeekdayName,
} from './names.js';
export {
  weekdayOf,
  isLeapYear,
  daysInMonth,
  isValidDate,
  toIsoDate,
  parseIsoDate,
  formatNumeric,
  formatLong,
  weekdayName,
  daysBetween,
  addDays,
  zoneOffset,
  type Zone,
} from './calendar.js';
export { findDates, type DateMention, type FindOptions, type TimeOfDay } from './find.js';
export { parseVisibleTimestamp, normalizeTimestamp, type TimestampOptions } from './datetime.js';
