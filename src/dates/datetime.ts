// Timestamps: the machine ones of page metadata (ISO 8601, RFC 2822, a JavaScript or Java
// Date string, 2020/10/04 15:05:21, a compact 20200105, epoch seconds) and the visible ones a
// page prints near its headline ("Selasa, 22 Oktober 2024 14:05 WITA", "Posted: Nov 8, 2023 /
// 10:35 PM PST"), read into one shape that says what is known: the date, the clock time, and
// the UTC offset only when the text gives it (or the caller knows the zone). An offset is
// never guessed: a local time without one stays local.

import { isValidDate, pad2, toIsoDate, zoneOffset, type Zone } from './calendar.js';
import { findDates, type FindOptions } from './find.js';
import { lookupMonth } from './names.js';
import { ZONE_OFFSETS } from './vocabulary/zones.js';

export interface Timestamp {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM:SS', or null when only the day is known. */
  time: string | null;
  /** '+07:00', '-05:00', '+00:00' for Z/UTC; null when the zone is not known. */
  offset: string | null;
  /** The zone name as written ('WITA', 'PST', 'UTC'); null for a numeric offset or none. */
  zone: string | null;
}

export interface TimestampOptions {
  /** The zone of local times written without one, when the caller knows it (site configuration, the dateline's place). */
  zone?: Zone | null;
  /** @deprecated the former name of `zone`. */
  defaultZone?: Zone | null;
  /** Also read an all-digit 'YYYYMMDD' (only where a label says the value is a date). */
  compact?: boolean;
  /** Also read epoch seconds or milliseconds (only where a label says the value is a time). */
  epoch?: boolean;
  /** Month-first all-numeric dates (US pages): '11/08/2023' is 8 November. */
  numericOrder?: FindOptions['numericOrder'];
  /** The text is a short date field, not prose (default true): see FindOptions.field. */
  field?: boolean;
}

const ZONES: readonly Zone[] = ['WIB', 'WITA', 'WIT'];

function knownZone(options: TimestampOptions | undefined): Zone | null {
  if (options == null || typeof options !== 'object') return null;
  const z = options.zone ?? options.defaultZone ?? null;
  return z !== null && ZONES.includes(z) ? z : null;
}

/** 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM:SS' (local, zone unknown) or 'YYYY-MM-DDTHH:MM:SS±HH:MM'. */
export function formatTimestamp(t: Timestamp): string {
  if (t.time === null) return t.date;
  return `${t.date}T${t.time}${t.offset ?? ''}`;
}

/** A timestamp from its parts; null when the date, time or offset cannot exist. */
function build(
  year: number,
  month: number,
  day: number,
  clock: Clock | null,
  offset: string | null,
  zone: string | null,
  options?: TimestampOptions,
): Timestamp | null {
  if (!isValidDate(year, month, day)) return null;
  const date = toIsoDate(year, month, day);
  if (clock === null) return { date, time: null, offset: null, zone: null };
  if (clock.hour > 23 || clock.minute > 59 || clock.second > 59) return null;
  const time = `${pad2(clock.hour)}:${pad2(clock.minute)}:${pad2(clock.second)}`;
  if (offset === null) {
    const z = knownZone(options);
    if (z !== null) return { date, time, offset: zoneOffset(z), zone: z };
  }
  return { date, time, offset, zone };
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

/** '+0800', '+08', '+08:00', '-0530' → '+08:00'; null when out of range. */
function numericOffset(sign: string, hh: string, mm: string | undefined): string | null {
  const h = Number(hh);
  const m = mm !== undefined ? Number(mm) : 0;
  if (h > 14 || m > 59) return null;
  return `${sign}${pad2(h)}:${pad2(m)}`;
}

/** The offset of a zone written after a machine time: Z, +08:00, GMT+0100, UTC, WITA, PST. */
function offsetOf(zone: string | undefined): { offset: string | null; zone: string | null } | null {
  if (zone === undefined || zone === '') return { offset: null, zone: null };
  const z = zone.trim();
  const numeric = /^(?:GMT|UTC)?([+-])(\d{2})(?::?(\d{2}))?$/i.exec(z);
  if (numeric) {
    const offset = numericOffset(numeric[1], numeric[2], numeric[3]);
    return offset ? { offset, zone: null } : null;
  }
  const name = z.toUpperCase();
  const offset = ZONE_OFFSETS[name];
  return offset !== undefined ? { offset, zone: name === 'Z' ? 'UTC' : name } : null;
}

// ISO 8601 and its everyday variants: 2024-10-22T14:05:00+08:00, 2024-10-22 14:05:00.000Z,
// 2024-10-22T14:05+0800, 2024-10-22T14:05:00 WITA, 2020/10/04 15:05:21, 2024-10-22.
const ISO_RE =
  /^\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)[+-]\d{2}:?\d{2}|[A-Za-z]{2,5})?)?\s*$/i;

// RFC 2822 and HTTP dates: Wed, 02 Feb 2022 09:12:22 +0100; 02 Feb 2022 09:12 GMT.
const RFC2822_RE =
  /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{4}|[A-Za-z]{1,5})?)?\s*$/;

// JavaScript Date#toString and Java Date#toString: Thu Nov 09 2023 06:35:29 GMT+0100 (…);
// Mon Jan 20 09:49:32 UTC 2020.
const JS_DATE_RE =
  /^\s*[A-Za-z]{3},?\s+([A-Za-z]{3})\s+(\d{1,2}),?\s+(?:(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})\s*(GMT[+-]\d{4}|[A-Z]{2,5})?(?:\s*\(.*\))?|(\d{1,2}):(\d{2}):(\d{2})\s+([A-Z]{2,5})\s+(\d{4}))\s*$/;

const COMPACT_RE = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$/;
const EPOCH_RE = /^\s*(\d{10}|\d{13})\s*$/;

/**
 * A machine timestamp (JSON-LD datePublished, article:published_time, <time datetime>, a meta
 * value): ISO 8601 with or without 'T', a fraction, 'Z', a numeric or named zone; RFC 2822;
 * a JavaScript or Java Date string; 'YYYY/MM/DD HH:MM:SS'; with options, a compact 'YYYYMMDD'
 * or epoch seconds. Null for anything else, and for dates, times or offsets that cannot exist.
 */
export function parseMachineTimestamp(value: string, options?: TimestampOptions): Timestamp | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  let m = ISO_RE.exec(value);
  if (m) {
    const clock = m[5] !== undefined ? { hour: Number(m[5]), minute: Number(m[6]), second: m[7] !== undefined ? Number(m[7]) : 0 } : null;
    const z = offsetOf(m[8]);
    if (!z) return null;
    return build(Number(m[1]), Number(m[3]), Number(m[4]), clock, z.offset, z.zone, options);
  }
  m = RFC2822_RE.exec(value);
  if (m) {
    const month = lookupMonth(m[2]);
    if (!month) return null;
    const clock = m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]), second: m[6] !== undefined ? Number(m[6]) : 0 } : null;
    const z = offsetOf(m[7]);
    if (!z) return null;
    return build(Number(m[3]), month.month, Number(m[1]), clock, z.offset, z.zone, options);
  }
  m = JS_DATE_RE.exec(value);
  if (m) {
    const month = lookupMonth(m[1]);
    if (!month) return null;
    const [year, h, mi, se, zone] = m[3] !== undefined ? [m[3], m[4], m[5], m[6], m[7]] : [m[12], m[8], m[9], m[10], m[11]];
    const z = offsetOf(zone);
    if (!z) return null;
    return build(Number(year), month.month, Number(m[2]), { hour: Number(h), minute: Number(mi), second: Number(se) }, z.offset, z.zone, options);
  }
  if (options?.compact && (m = COMPACT_RE.exec(value))) {
    const clock = m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]), second: m[6] !== undefined ? Number(m[6]) : 0 } : null;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), clock, null, null, options);
  }
  if (options?.epoch && (m = EPOCH_RE.exec(value))) return fromEpoch(Number(m[1].length === 13 ? m[1].slice(0, 10) : m[1]));
  return null;
}

/** A UTC instant from epoch seconds (a meta "timestamp" value). */
function fromEpoch(seconds: number): Timestamp | null {
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) return null;
  return build(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() },
    '+00:00',
    'UTC',
  );
}

/** A clock time anywhere in a short timestamp text ("14:05 WIB | Selasa, 22/10/2024", "à 12h57"). */
const LOOSE_TIME_RE = new RegExp(
  '(?<![\\p{N}.:])(?:(pukul|pkl\\.?|jam|um|à|at)[^\\S\\r\\n]*)?(\\d{1,2})([:.h])(\\d{2})(?:[:.](\\d{2}))?(?![\\p{N}])' +
    '(?:[^\\S\\r\\n]*([ap])\\.?m\\.?(?![\\p{L}]))?' +
    `(?:[^\\S\\r\\n]*(?:Uhr[^\\S\\r\\n]*)?(${Object.keys(ZONE_OFFSETS)
      .filter((z) => z.length > 1)
      .sort((a, b) => b.length - a.length)
      .join('|')})(?![\\p{L}]))?`,
  'gu',
);

/** An ISO timestamp with a 'T' inside other text. */
const EMBEDDED_ISO_RE = /(?<![\d-])\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])/i;

/** Seconds written in a time inside a mention's raw text ("14:05:33"). */
const SECONDS_RE = /\d{1,2}[.:]\d{2}[.:](\d{2})(?!\d)/;

/** A time written apart from the date ("14:05 WIB, 22/10/2024"; "22.10.2023 | 14.05 Uhr"). */
function looseTime(text: string, dateStart: number, dateEnd: number): { clock: Clock; zone: string | null } | null {
  LOOSE_TIME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOOSE_TIME_RE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > dateStart && start < dateEnd) continue; // inside the date itself
    // "12.30" with a dot needs a keyword or a zone to be a time; "12h30" is one.
    if (m[3] === '.' && m[1] === undefined && m[7] === undefined) continue;
    let hour = Number(m[2]);
    const minute = Number(m[4]);
    const second = m[5] !== undefined ? Number(m[5]) : 0;
    const ap = m[6] !== undefined ? m[6].toLowerCase() : null;
    if (ap !== null && hour >= 1 && hour <= 12) hour = ap === 'a' ? (hour === 12 ? 0 : hour) : hour === 12 ? 12 : hour + 12;
    if (hour > 23 || minute > 59 || second > 59) continue;
    return { clock: { hour, minute, second }, zone: m[7] !== undefined ? m[7].toUpperCase() : null };
  }
  return null;
}

/**
 * Reads a visible publication timestamp: "Selasa, 22 Oktober 2024 14:05 WITA",
 * "22 Okt 2024 - 14:05 WIB", "Selasa, 22/10/2024 | 14:05", "October 22, 2024 2:05 pm",
 * "Veröffentlicht am 13. Januar 2014 um 10:00 Uhr", "Le 11 septembre 2018 à 12:57",
 * "31.10.23", "2024-10-22 14:05:00". A machine timestamp with a 'T' anywhere in the text wins
 * (its offset is kept); otherwise the first valid date with a written year counts; a time
 * written before it is used when none follows it. The offset is the written zone's, else the
 * `zone` option's, else unknown.
 */
export function readVisibleTimestamp(text: string, options?: TimestampOptions): Timestamp | null {
  if (typeof text !== 'string') return null;
  const machine = parseMachineTimestamp(text, options);
  if (machine !== null) return machine;
  const embedded = EMBEDDED_ISO_RE.exec(text);
  if (embedded) {
    const n = parseMachineTimestamp(embedded[0], options);
    if (n !== null) return n;
  }
  const mention = findDates(text, { field: options?.field ?? true, numericOrder: options?.numericOrder }).find(
    (d) => d.valid && d.yearWritten && d.iso !== null,
  );
  if (!mention || mention.iso === null || mention.year === null) return null;
  let clock: Clock | null = null;
  let zone = mention.zone;
  if (mention.time !== null) {
    const s = SECONDS_RE.exec(mention.raw.slice(mention.dateEnd - mention.index));
    clock = { hour: Number(mention.time.slice(0, 2)), minute: Number(mention.time.slice(3, 5)), second: s ? Number(s[1]) : 0 };
  } else {
    const t = looseTime(text, mention.index, mention.end);
    if (t) {
      clock = t.clock;
      zone = t.zone;
    }
  }
  const offset = zone !== null ? (ZONE_OFFSETS[zone] ?? null) : null;
  return build(mention.year, mention.month, mention.day, clock, offset, offset !== null ? zone : null, options);
}

/** A machine timestamp normalised to ISO 8601 (see parseMachineTimestamp and formatTimestamp); null when it is none. */
export function normalizeTimestamp(value: string, options?: TimestampOptions): string | null {
  const t = parseMachineTimestamp(value, options);
  return t ? formatTimestamp(t) : null;
}

/** A visible timestamp normalised to ISO 8601 (see readVisibleTimestamp and formatTimestamp); null when it is none. */
export function parseVisibleTimestamp(text: string, options?: TimestampOptions): string | null {
  const t = readVisibleTimestamp(text, options);
  return t ? formatTimestamp(t) : null;
}
