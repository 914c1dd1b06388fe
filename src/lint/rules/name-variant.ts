/**
 * name-variant: one person spelled two ways ("Heny Ermawati" / "Heni Ermawati"), and, when
 * asked, one office under two short names ("Diskominfo SP" / "Kominfo SP" for Surakarta's).
 */
import type { LintContext, TextUnit } from '../context.js';
import { MAX_NAME_TOKENS, MIN_VARIANT_TOKEN_LENGTH, NOT_NAME_WORDS } from '../data/names.js';
import { INSTITUTION_FAMILIES, REGION_WORDS } from '../data/institutions.js';
import type { Rule, RuleHit } from '../types.js';
import type { RuleSeverity } from '../types.js';

const NOT_NAME = new Set(NOT_NAME_WORDS.map((w) => w.replace(/['’]/g, '').toLowerCase()));
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;

/** Letters, combining marks, apostrophes and hyphens continue a word (ASCII answered without a regex). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  if (c === 0x2019) return true;
  return (c >= 0xd800 && c <= 0xdfff) || LETTER.test(String.fromCharCode(c));
}

/**
 * The capitalised words of a text with their offsets: a word starts with an upper-case
 * letter not preceded by a letter, digit, apostrophe or hyphen. A hand-written scan: a
 * regex with that look-behind costs several times more on long pages.
 */
function* capitalisedWords(text: string): Generator<[number, string]> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    if (!isWordChar(c) && !isDigit) {
      i++;
      continue;
    }
    // The start of a word (or a number): read it whole.
    const start = i;
    const upper = (c >= 65 && c <= 90) || (c >= 128 && UPPER.test(String.fromCharCode(c)));
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!isWordChar(d) && !(d >= 48 && d <= 57)) break;
      i++;
    }
    if (upper) {
      let end = start + 1;
      while (end < i && isWordChar(text.charCodeAt(end))) end++;
      if (end === i) yield [start, text.slice(start, end)];
    }
  }
}
/** A capitalised word in Latin script (Indonesian names): "Heny", "Al-Banjari", "Hañifah". */
const NAME_TOKEN = /^(?=\p{Script=Latin})\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;
const LATIN_ONLY = /^[\p{Script=Latin}'’-]+$/u;
const POSSESSIVE = /['’]s$/;
const TRAILING_MARKS = /[-'’]$|['’]s$/;
const APOSTROPHE = /['’]/;
const APOSTROPHES = /['’]/g;

/** Only spaces (at least one, no line break) between two offsets. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Window {
  unit: TextUnit;
  tokens: Token[];
}

export const nameVariant: Rule<{ institutions: RuleSeverity }> = {
  meta: {
    id: 'name-variant',
    defaultSeverity: 'warning',
    description: 'one person (or, with institutions on, one office) spelled two ways in one article',
    docs:
      'Names are runs of two to four capitalised words. Two runs with the same words but one, and that one a single ' +
      'letter off (added, dropped, changed or swapped: "Heny"/"Heni", "Muhammad"/"Muhamad"), are one name spelled two ' +
      'ways; the spelling used less often (or later) is reported at each place it stands, with the other as `expected`. ' +
      'Honorifics and titles are not part of a name (H., Hj., HM, dr, Ir., S.Pd, M.Si), nor are offices, places and ' +
      'calendar words before it ("Kepala", "Kota", "Selasa"), so "H. Saidi Mansyur" and "Saidi Mansyur, S.Sos" agree. ' +
      'Words shorter than three letters are never compared. With the option `institutions` set to a severity (it is ' +
      '"off" by default), two short names of the same kind of office for the same region — "Diskominfo SP Kota ' +
      'Surakarta" and "Kominfo SP Kota Surakarta", "DKISP Kabupaten Banjar" and "Diskominfo SP Kabupaten Banjar" — are ' +
      'reported at that severity; offices of different regions never are.',
    examples: [
      {
        text: '"Kepala Diskominfo SP Surakarta, Heny Ermawati …" and later "… kata Heni Ermawati."',
        note: '"Heni Ermawati" here, but "Heny Ermawati" in paragraphs[3]',
      },
      { text: '"H. Saidi Mansyur" and "Saidi Mansyur, S.Sos"', note: 'quiet: the honorific and the title are not part of the name' },
      { text: 'with institutions: "info": "Diskominfo SP Kota Surakarta" and "Kominfo SP Kota Surakarta"', note: 'info: one office, two short names' },
    ],
    options: {
      institutions: {
        type: 'severity',
        default: 'off',
        description: 'severity for two short names of one office (off, info, warning, error)',
      },
    },
  },
  check(ctx: LintContext, options): RuleHit[] {
    const hits = personVariants(ctx);
    const level = options.institutions ?? 'off';
    if (level !== 'off') hits.push(...institutionVariants(ctx, level));
    return hits;
  },
};

// ---------------------------------------------------------------------------------------------
// People

interface WordClass {
  /** The word without a trailing mark or possessive ("Dakota's" → "Dakota"). */
  word: string;
  isName: boolean;
}

function classify(raw: string): WordClass {
  const word = TRAILING_MARKS.test(raw) ? raw.replace(TRAILING_MARKS, '').replace(POSSESSIVE, '') : raw;
  const key = APOSTROPHE.test(word) ? word.replace(APOSTROPHES, '').toLowerCase() : word.toLowerCase();
  return { word, isName: NAME_TOKEN.test(word) && LATIN_ONLY.test(word) && !NOT_NAME.has(key) };
}

/** Runs of name words in a unit; `seen` caches each word's reading for the article. */
function nameRuns(unit: TextUnit, seen: Map<string, WordClass>): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previousEnd = -1;
  const text = unit.text;
  for (const [start, raw] of capitalisedWords(text)) {
    // Only spaces between two capitalised words join them; a lower-case word between breaks the run.
    let c = seen.get(raw);
    if (!c) seen.set(raw, (c = classify(raw)));
    const token = { text: c.word, start, end: start + c.word.length };
    const isName = c.isName;
    if (isName && run.length && onlySpaces(text, previousEnd, token.start)) run.push(token);
    else {
      if (run.length >= 2) runs.push(run);
      run = isName ? [token] : [];
    }
    previousEnd = token.end;
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Exactly one letter added, dropped, changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // changed
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Word pairs one letter apart that are different words, not two spellings: a plural
 * ("Award"/"Awards") and a name or demonym with "-n" after "a" ("Rahma"/"Rahman" are two
 * names; "Korea"/"Korean").
 */
function derivedPair(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || !long.startsWith(short)) return false;
  const added = long[long.length - 1];
  return added === 's' || (added === 'n' && short.endsWith('a'));
}

function variantPair(a: string, b: string): boolean {
  return a.length >= MIN_VARIANT_TOKEN_LENGTH && b.length >= MIN_VARIANT_TOKEN_LENGTH && oneEditApart(a, b) && !derivedPair(a, b);
}

/**
 * Words of the runs that have a one-edit partner among them, found through a deletion
 * index (two words one edit apart share a string with one letter deleted), so that an
 * article without any such pair costs one pass over its words.
 */
function wordsWithPartner(runs: { unit: TextUnit; run: Token[] }[]): Set<string> {
  const words = new Set<string>();
  for (const { run } of runs) for (const t of run) if (t.text.length >= MIN_VARIANT_TOKEN_LENGTH) words.add(t.text);
  const byDeletion = new Map<string, string[]>();
  for (const w of words) {
    const keys = new Set<string>([w]);
    for (let k = 0; k < w.length; k++) keys.add(w.slice(0, k) + w.slice(k + 1));
    for (const key of keys) {
      const list = byDeletion.get(key);
      if (list) list.push(w);
      else byDeletion.set(key, [w]);
    }
  }
  const out = new Set<string>();
  for (const list of byDeletion.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (variantPair(list[x], list[y])) {
          out.add(list[x]);
          out.add(list[y]);
        }
      }
    }
  }
  return out;
}

function personVariants(ctx: LintContext): RuleHit[] {
  const seen = new Map<string, WordClass>();
  const runs = ctx.units.flatMap((unit) => nameRuns(unit, seen).map((run) => ({ unit, run })));
  const interesting = wordsWithPartner(runs);
  if (!interesting.size) return [];
  // Every window of 2..MAX tokens, indexed by its words with one (interesting) word masked.
  const groups = new Map<string, { window: Window; variant: Token }[]>();
  for (const { unit, run } of runs) {
    if (!run.some((t) => interesting.has(t.text))) continue;
    {
      for (let size = 2; size <= Math.min(MAX_NAME_TOKENS, run.length); size++) {
        for (let from = 0; from + size <= run.length; from++) {
          const tokens = run.slice(from, from + size);
          const window = { unit, tokens };
          for (let j = 0; j < size; j++) {
            if (!interesting.has(tokens[j].text)) continue;
            const key = tokens.map((t, k) => (k === j ? `*${j}` : t.text)).join(' ');
            let list = groups.get(key);
            if (!list) groups.set(key, (list = []));
            list.push({ window, variant: tokens[j] });
          }
        }
      }
    }
  }

  // One finding per occurrence of a minority spelling: keyed by where its odd word stands.
  const best = new Map<string, { hit: RuleHit; size: number }>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const bySpelling = new Map<string, { window: Window; variant: Token }[]>();
    for (const entry of list) {
      let l = bySpelling.get(entry.variant.text);
      if (!l) bySpelling.set(entry.variant.text, (l = []));
      l.push(entry);
    }
    if (bySpelling.size < 2) continue;
    const spellings = [...bySpelling.keys()];
    for (let x = 0; x < spellings.length; x++) {
      for (let y = x + 1; y < spellings.length; y++) {
        const a = spellings[x];
        const b = spellings[y];
        if (!variantPair(a, b)) continue;
        const la = bySpelling.get(a)!;
        const lb = bySpelling.get(b)!;
        // The spelling used less often, or the one that appears later, is the odd one.
        const aIsOdd = la.length < lb.length || (la.length === lb.length && firstOrder(la) > firstOrder(lb));
        const [odd, usual] = aIsOdd ? [la, lb] : [lb, la];
        const usualSpelling = aIsOdd ? b : a;
        const elsewhere = usual[0].window;
        for (const { window, variant } of odd) {
          const hit = personHit(ctx, window, variant, usualSpelling, elsewhere, usual.length);
          const key = `${window.unit.order}:${variant.start}:${usualSpelling}`;
          const previous = best.get(key);
          if (!previous || previous.size < window.tokens.length) best.set(key, { hit, size: window.tokens.length });
        }
      }
    }
  }
  return [...best.values()].map((v) => v.hit);
}

function firstOrder(list: { window: Window }[]): number {
  let min = Infinity;
  for (const { window } of list) min = Math.min(min, window.unit.order * 1e7 + window.tokens[0].start);
  return min;
}

function personHit(ctx: LintContext, window: Window, variant: Token, usualSpelling: string, elsewhere: Window, usualCount: number): RuleHit {
  const { unit, tokens } = window;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const found = unit.text.slice(start, end);
  const expected = unit.text.slice(start, variant.start) + usualSpelling + unit.text.slice(variant.end, end);
  const where = ctx.whereAt(elsewhere.unit, elsewhere.tokens[0].start);
  const times = usualCount > 1 ? ` (${usualCount} times)` : '';
  return {
    unit,
    start,
    end,
    found,
    expected,
    message: `"${found}" here, but "${expected}" in ${where}${times} — one name spelled two ways?`,
    suggestion: `use one spelling throughout: check whether it is "${variant.text}" or "${usualSpelling}"`,
  };
}

// ---------------------------------------------------------------------------------------------
// Offices

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPELLING_FAMILY = new Map<string, number>();
INSTITUTION_FAMILIES.forEach((f, i) => f.spellings.forEach((s) => SPELLING_FAMILY.set(s, i)));
const OFFICE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SPELLING_FAMILY.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => escape(s).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const REGION = new RegExp(
  `^\\)?[^\\S\\r\\n]+(?:(?:${REGION_WORDS.map(escape).join('|')})[^\\S\\r\\n]+)?((?:\\p{Lu}[\\p{L}-]*)(?:[^\\S\\r\\n]+\\p{Lu}[\\p{L}-]*){0,2})`,
  'u',
);

interface Office {
  unit: TextUnit;
  start: number;
  end: number;
  spelling: string;
  family: number;
  region: string;
}

function offices(ctx: LintContext): Office[] {
  const out: Office[] = [];
  for (const unit of ctx.units) {
    const text = unit.text;
    OFFICE.lastIndex = 0;
    for (let m = OFFICE.exec(text); m; m = OFFICE.exec(text)) {
      const spelling = m[0].replace(/\s+/g, ' ');
      const family = SPELLING_FAMILY.get(spelling);
      if (family === undefined) continue;
      const after = REGION.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
      if (!after) continue;
      // The region: capitalised words up to a calendar or office word ("Surakarta, Selasa").
      const words: string[] = [];
      for (const w of after[1].split(/\s+/)) {
        if (NOT_NAME.has(w.toLowerCase()) || SPELLING_FAMILY.has(w)) break;
        words.push(w);
      }
      if (!words.length) continue;
      out.push({ unit, start: m.index, end: m.index + m[0].length, spelling, family, region: words.join(' ') });
    }
  }
  return out;
}

function institutionVariants(ctx: LintContext, severity: Exclude<RuleSeverity, 'off'>): RuleHit[] {
  const groups = new Map<string, Office[]>();
  for (const o of offices(ctx)) {
    const key = `${o.family}|${o.region}`;
    let l = groups.get(key);
    if (!l) groups.set(key, (l = []));
    l.push(o);
  }
  const hits: RuleHit[] = [];
  for (const list of groups.values()) {
    const bySpelling = new Map<string, Office[]>();
    for (const o of list) {
      let l = bySpelling.get(o.spelling);
      if (!l) bySpelling.set(o.spelling, (l = []));
      l.push(o);
    }
    if (bySpelling.size < 2) continue;
    // The spelling used most (first on a tie) is the article's; the others are variants.
    const ranked = [...bySpelling.entries()].sort(
      (a, b) => b[1].length - a[1].length || a[1][0].unit.order - b[1][0].unit.order || a[1][0].start - b[1][0].start,
    );
    const [usual, usualList] = ranked[0];
    const first = usualList[0];
    const where = ctx.whereAt(first.unit, first.start);
    const times = usualList.length > 1 ? ` (${usualList.length} times)` : '';
    for (const [spelling, occurrences] of ranked.slice(1)) {
      for (const o of occurrences) {
        hits.push({
          unit: o.unit,
          start: o.start,
          end: o.end,
          found: spelling,
          expected: usual,
          message: `"${spelling}" here, but "${usual}" in ${where}${times} for the same office in ${o.region}`,
          suggestion: `use one short name for ${INSTITUTION_FAMILIES[o.family].name} ${o.region}: "${usual}"`,
          severity,
        });
      }
    }
  }
  return hits;
}
