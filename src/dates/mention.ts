/** What the scanner finds: a date mention with its weekday, time, zone and time of day, and the options of a scan. */
import type { DateLanguage, WeekdayName } from './names.js';

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
