// Publication timestamps: the visible one printed near a headline, and the machine one from
// page metadata, both normalised to ISO 8601 'YYYY-MM-DDTHH:MM:SS±HH:MM' (or 'YYYY-MM-DD').

import { isValidDate, toIsoDate, zoneOffset, type Zone } from './calendar.js';
import { findDates } from './find.js';

export interface TimestampOptions {
  /** Zone assumed for a time written without one. Default 'WIB'. */
  defaultZone?: Zone;
}

const MACHINE_RE =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:(Z|UTC|GMT)|([+-])(\d{2})(?::?(\d{2}))?|(WITA|WIB|WIT))?)?\s*$/i;

const ZONES: readonly Zone[] = ['WIB', 'WITA', 'WIT'];

function zoneOf(options: TimestampOptions | undefined): Zone {
  const z = options != null && typeof options === 'object' ? options.defaultZone : undefined;
  return z !== undefined && ZONES.includes(z) ? z : 'WIB';
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Normalises a machine timestamp (JSON-LD datePublished, article:published_time, <time datetime>).
 * '2024-10-22T14:05:00+08:00' stays; 'Z' becomes '+00:00'; '+0800' and '+08' become '+08:00';
 * no offset → the default zone's offset (WIB unless told); a WIB/WITA/WIT suffix gives its offset;
 * missing seconds become ':00', fractional seconds are dropped; a date alone stays 'YYYY-MM-DD'.
 * Null for anything else, and for dates, times or offsets that cannot exist.
 */
export function normalizeTimestamp(value: string, options?: TimestampOptions): string | null {
  if (typeof value !== 'string') return null;
  const m = MACHINE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) return null;
  const date = toIsoDate(year, month, day);
  if (m[4] === undefined) return date;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] !== undefined ? Number(m[6]) : 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset: string;
  if (m[7] !== undefined) offset = '+00:00';
  else if (m[8] !== undefined) {
    const oh = Number(m[9]);
    const om = m[10] !== undefined ? Number(m[10]) : 0;
    if (oh > 23 || om > 59) return null;
    offset = `${m[8]}${pad2(oh)}:${pad2(om)}`;
  } else if (m[11] !== undefined) offset = zoneOffset(m[11].toUpperCase() as Zone);
  else offset = zoneOffset(zoneOf(options));
  return `${date}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${offset}`;
}

/** A clock time anywhere in a short timestamp text ("14:05 WIB | Selasa, 22/10/2024"). */
const LOOSE_TIME_RE =
  /(?<![\p{N}.:])(?:(pukul|pkl\.?|jam)[^\S\r\n]*)?(\d{1,2})([:.])(\d{2})(?:[:.](\d{2}))?(?![\p{N}])(?:[^\S\r\n]*([ap])\.?m\.?(?![\p{L}]))?(?:[^\S\r\n]*(WITA|WIB|WIT)(?![\p{L}]))?/giu;

/** An ISO timestamp with a 'T' inside other text. */
const EMBEDDED_ISO_RE = /(?<![\d-])\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])/i;

/** Seconds written in a time inside a mention's raw text ("14:05:33"). */
const SECONDS_RE = /\d{1,2}[.:]\d{2}[.:](\d{2})(?!\d)/;

/**
 * Parses a visible publication timestamp: "Selasa, 22 Oktober 2024 14:05 WITA",
 * "22 Okt 2024 - 14:05 WIB", "Selasa, 22/10/2024 | 14:05", "October 22, 2024 2:05 pm",
 * "22 Oktober 2024", "2024-10-22 14:05:00". A machine timestamp with a 'T' anywhere in the text wins
 * (its offset is kept); otherwise the first valid date with a written year counts; a
 * time written before it ("14:05 WIB, 22/10/2024") is used when none follows it.
 * Returns 'YYYY-MM-DDTHH:MM:SS±HH:MM' when a time is known (zone as written, else defaultZone,
 * default WIB), 'YYYY-MM-DD' when not, null when there is no valid date.
 */
export function parseVisibleTimestamp(text: string, options?: TimestampOptions): string | null {
  if (typeof text !== 'string') return null;
  const machine = normalizeTimestamp(text, options);
  if (machine !== null) return machine;
  // A machine timestamp printed inside the text ("Diterbitkan 2024-10-22T14:05:00+08:00") keeps its offset.
  const embedded = EMBEDDED_ISO_RE.exec(text);
  if (embedded) {
    const n = normalizeTimestamp(embedded[0], options);
    if (n !== null) return n;
  }
  const mention = findDates(text).find((d) => d.valid && d.yearWritten && d.iso !== null);
  if (!mention || mention.iso === null) return null;

  let hour = -1;
  let minute = 0;
  let second = 0;
  let zone: Zone | null = mention.zone;
  if (mention.time !== null) {
    hour = Number(mention.time.slice(0, 2));
    minute = Number(mention.time.slice(3, 5));
    const s = SECONDS_RE.exec(mention.raw.slice(mention.dateEnd - mention.index));
    if (s) second = Number(s[1]);
  } else {
    LOOSE_TIME_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LOOSE_TIME_RE.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > mention.index && start < mention.end) continue; // inside the date itself
      // "12.30" with a dot needs a keyword or a zone to be a time.
      if (m[3] === '.' && m[1] === undefined && m[7] === undefined) continue;
      let h = Number(m[2]);
      const mi = Number(m[4]);
      const se = m[5] !== undefined ? Number(m[5]) : 0;
      const ap = m[6] !== undefined ? m[6].toLowerCase() : null;
      if (ap !== null && h >= 1 && h <= 12) h = ap === 'a' ? (h === 12 ? 0 : h) : h === 12 ? 12 : h + 12;
      if (h > 23 || mi > 59 || se > 59) continue;
      hour = h;
      minute = mi;
      second = se;
      zone = m[7] !== undefined ? (m[7].toUpperCase() as Zone) : null;
      break;
    }
  }
  if (hour < 0) return mention.iso;
  const offset = zoneOffset(zone ?? zoneOf(options));
  return `${mention.iso}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}${offset}`;
}
