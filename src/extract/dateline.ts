/**
 * The dateline of the lead: "MARTAPURA, Katajari.com – … Selasa (22/10/2024) siang".
 */
import type { Dateline } from '../record.js';
import { findDates, type DateMention } from '../dates/index.js';
import { KNOWN_SOURCES } from './sites/sources.js';

// "MARTAPURA," "BANJARMASIN -" "KOTABARU (ANTARA) -" "TANJUNG SELOR, "
const PLACE = /^([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})\s*(?:\(([^)]{2,40})\)\s*)?(?:,|[-–—]|\s[-–—])\s*/;
// "Martapura, Katajari.com –" or "Banjarmasin - …": a title-case place counts when a source or a dash follows.
const TITLE_PLACE = /^([A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2})(?:,\s*(?=\S+\.(?:com|id|net|co\.id|org|news)\b)|\s+[-–—]\s+)/;
// "Katajari.com", "SuaraBorneo.com –", "kalsel.antaranews.com -"
const DOMAIN_SOURCE = /^([A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|news|info|tv|web\.id|or\.id|go\.id))\b\s*(?:[-–—:|,]\s*)?/i;
const SOURCE_TRAIL = /^\s*[-–—:|,]\s*/;

export interface DatelineContext {
  /** Year for dates written without one (from the publication date). */
  year: number | null;
}

export function readDateline(lead: string | undefined, context: DatelineContext): Dateline | null {
  if (!lead) return null;
  let rest = lead;
  let consumed = 0;
  let place: string | null = null;
  let source: string | null = null;

  // "BANJARMASINPOST.CO.ID, BANJARMASIN - …": the outlet before the place (the Tribun network's leads).
  const outletFirst = DOMAIN_SOURCE.exec(rest);
  if (outletFirst && PLACE.test(rest.slice(outletFirst[0].length))) {
    source = outletFirst[1];
    consumed = outletFirst[0].length;
    rest = lead.slice(consumed);
  }

  const placeMatch = PLACE.exec(rest) ?? TITLE_PLACE.exec(rest);
  if (placeMatch && !isSentenceStart(placeMatch[1])) {
    place = placeMatch[1].replace(/[.\s]+$/, '');
    if (!source && placeMatch[2] && isKnownSource(placeMatch[2])) source = placeMatch[2].trim();
    consumed += placeMatch[0].length;
    rest = lead.slice(consumed);
  }
  if (!source) {
    const s = DOMAIN_SOURCE.exec(rest) ?? knownSourceAtStart(rest);
    if (s) {
      source = s[1];
      consumed += s[0].length;
    }
  }

  const found = firstUsableDate(lead, context.year);
  // Without a place or an outlet, a date is a dateline only in the Indonesian lead style, with
  // its weekday ("… Selasa (22/10/2024)"); "published Oct. 25" in an English lead is not one.
  const mention = found && (place || source || found.weekday) ? found : null;
  if (!place && !source && !mention) return null;

  let raw: string;
  if (mention) raw = lead.slice(0, mention.end).trim();
  else
    raw = lead
      .slice(0, consumed)
      .replace(/[\s\-–—:|,]+$/, '')
      .trim();

  return {
    raw,
    place,
    source,
    date: mention?.iso ?? null,
    weekday: mention?.weekday ?? null,
    time: mention ? timeAsWritten(lead, mention) : null,
  };
}

function firstUsableDate(text: string, year: number | null): DateMention | null {
  for (const m of findDates(text, { year })) {
    if (m.valid || m.weekday) return m;
  }
  return null;
}

/** The time of day as written after the date: ") siang" → "siang", " pukul 10.00 WITA" → "10.00 WITA". */
function timeAsWritten(text: string, mention: DateMention): string | null {
  if (!mention.time && !mention.timeOfDay) return null;
  const tail = text
    .slice(mention.dateEnd, mention.end)
    .replace(/^[\s)\],.]+/, '')
    .replace(/^(?:pukul|pkl\.?|jam)\s+/i, '')
    .trim();
  return tail || mention.timeOfDay || mention.time;
}

// Words that open ordinary sentences in capitals in some leads ("DALAM rangka…") are not places.
function isSentenceStart(word: string): boolean {
  return /^(DALAM|PADA|SEBANYAK|SETELAH|SEJUMLAH|KETIKA|SAAT|HARI|MESKI|TERKAIT|UNTUK|SELAIN|PEMERINTAH)$/.test(word);
}

function isKnownSource(name: string): boolean {
  const n = name.trim().toLowerCase();
  return KNOWN_SOURCES.some((s) => s.toLowerCase() === n) || DOMAIN_SOURCE.test(name.trim());
}

/** A known outlet opening the text, and what it takes with its trailing separator: [whole, name] as a match gives them. */
function knownSourceAtStart(text: string): [string, string] | null {
  for (const name of KNOWN_SOURCES) {
    if (text.startsWith(name)) {
      const after = text.slice(name.length);
      const trail = SOURCE_TRAIL.exec(after);
      if (trail) {
        return [name + trail[0], name];
      }
    }
  }
  return null;
}
