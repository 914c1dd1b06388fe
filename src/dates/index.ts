// The date engine: date expressions in free text (Indonesian, Malay, English and the European
// languages of vocabulary/), machine and visible timestamps, and the real (proleptic Gregorian)
// calendar. Pure functions, no dependencies.

export { WEEKDAYS_ID, MONTHS_ID, WEEKDAYS_EN, MONTHS_EN, canonicalWeekday, monthFromName, type WeekdayName } from './names.js';
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
export {
  parseVisibleTimestamp,
  normalizeTimestamp,
  parseMachineTimestamp,
  readVisibleTimestamp,
  formatTimestamp,
  type Timestamp,
  type TimestampOptions,
} from './datetime.js';
export type { DateLanguage } from './names.js';
