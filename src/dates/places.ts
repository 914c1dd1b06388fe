// Dateline place → time zone, from the gazetteer in vocabulary/places-id.ts.
// The index is built once at module load; a lookup is one or two Map reads.

import type { Zone } from './calendar.js';
import { PROVINCES, type Province } from './vocabulary/places-id.js';

export interface PlaceZone {
  zone: Zone | null;
  provinces: string[];
  ambiguous: boolean;
}

/** Lower case, diacritics dropped, trimmed of surrounding punctuation ('BANJARMASIN,' → 'banjarmasin'). */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The index key: spaces, hyphens, dots and apostrophes removed. */
function compact(folded: string): string {
  return folded.replace(/[\s.\-\u2010-\u2015'`\u2018\u2019\u02BC]+/gu, '');
}

/** A leading administrative word: 'Kabupaten', 'Kab.', 'Kota', 'Kep.' (Kepulauan), 'Provinsi', 'Prov.'. */
const PREFIX = /^(kabupaten|kab|kota|kep|provinsi|prov)(?:\.\s*|\s+)(.+)$/su;

const INDEX: ReadonlyMap<string, readonly Province[]> = (() => {
  const index = new Map<string, Province[]>();
  for (const province of PROVINCES) {
    for (const name of [province.name, ...province.aliases, ...province.places]) {
      const key = compact(fold(name));
      if (key === '') continue;
      const found = index.get(key);
      if (found === undefined) index.set(key, [province]);
      else if (!found.includes(province)) found.push(province);
    }
  }
  return index;
})();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Per province, a whole-word, case-insensitive pattern for its name and aliases. */
const PROVINCE_PATTERNS: ReadonlyMap<Province, RegExp> = new Map(
  PROVINCES.map((province) => {
    const names = [province.name, ...province.aliases].sort((a, b) => b.length - a.length).map((n) => n.trim().split(/\s+/).map(escapeRegExp).join('[\\s-]+'));
    return [province, new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'iu')];
  }),
);

function candidates(name: string): readonly Province[] | undefined {
  const folded = fold(name);
  if (folded === '') return undefined;
  // The whole name first, so that 'Kota Agung', 'Kotabumi' or 'Kota Mungkid' stay whole.
  const whole = INDEX.get(compact(folded));
  if (whole !== undefined) return whole;
  const m = PREFIX.exec(folded);
  if (m === null) return undefined;
  const rest = compact(m[2]);
  if (m[1] === 'kep') {
    const islands = INDEX.get(`kepulauan${rest}`);
    if (islands !== undefined) return islands;
  }
  return INDEX.get(rest);
}

/** The one zone of all `provinces`, or null when they differ. */
function sharedZone(provinces: readonly Province[]): Zone | null {
  const zone = provinces[0].zone;
  return provinces.every((p) => p.zone === zone) ? zone : null;
}

/** Where a place name is: null when unknown. Matching ignores case, spaces, hyphens, dots and apostrophes, and a leading 'Kabupaten'/'Kab.'/'Kota'/'Kep.' word; a province name or alias matches too. ambiguous = the name is in provinces of different zones (zone then null). */
export function lookupPlace(name: string): PlaceZone | null {
  const found = candidates(name);
  if (found === undefined) return null;
  const zone = sharedZone(found);
  return { zone, provinces: found.map((p) => p.name), ambiguous: zone === null };
}

/** The zone of a dateline place; when the name is ambiguous, `text` (the article) may settle it by naming exactly one of the candidate provinces (name or alias, as a whole word) — otherwise null. */
export function zoneOfPlace(name: string, text?: string): Zone | null {
  const found = candidates(name);
  if (found === undefined) return null;
  const zone = sharedZone(found);
  if (zone !== null || text === undefined || text === '') return zone;
  const named = found.filter((p) => PROVINCE_PATTERNS.get(p)!.test(text));
  return named.length === 1 ? named[0].zone : null;
}
