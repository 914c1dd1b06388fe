/**
 * name-variant, people: one person's name spelled two ways ("Heny Ermawati" / "Heni Ermawati").
 */
import type { LintContext, TextUnit } from '../../context.js';
import { MAX_NAME_TOKENS, MIN_VARIANT_TOKEN_LENGTH, NOT_NAME_WORDS } from '../../data/names.js';
import type { RuleHit } from '../../types.js';
import { TITLE_WORDS } from '../../data/titles.js';
import { spellingGroupOf } from '../../data/spellings.js';
import { longNameVariants } from './long-names.js';

/** Words that never join a name: the names data, and every head-of-office title and office ("Kajari", "Kejari"). */
export const NOT_NAME = new Set([...NOT_NAME_WORDS, ...TITLE_WORDS].map((w) => w.replace(/['’]/g, '').toLowerCase()));
const TITLE = new Set(TITLE_WORDS.map((w) => w.toLowerCase()));

function titleAndOffice(a: string, b: string): boolean {
  return TITLE.has(a.toLowerCase()) && TITLE.has(b.toLowerCase());
}

/** Two accepted spellings of one common word ("Jamaah"/"Jemaah"): spelling-variant's business, not a name's. */
function sameWordSpellings(a: string, b: string): boolean {
  const group = spellingGroupOf(a);
  return group !== null && group === spellingGroupOf(b);
}
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

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Window {
  unit: TextUnit;
  tokens: Token[];
}

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

export function variantPair(a: string, b: string): boolean {
  return a.length >= MIN_VARIANT_TOKEN_LENGTH && b.length >= MIN_VARIANT_TOKEN_LENGTH && oneEditApart(a, b) && !differentWords(a, b);
}

/** Words a letter or two apart that are not one word spelled two ways: plurals, names with "-n", a title and its office, accepted spellings. */
export function differentWords(a: string, b: string): boolean {
  return derivedPair(a, b) || titleAndOffice(a, b) || sameWordSpellings(a, b);
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

/** The findings so far, one per occurrence of an odd spelling, with the size of the name around it. */
export type Found = Map<string, { hit: RuleHit; size: number }>;
export type Runs = { unit: TextUnit; run: Token[] }[];

export function personVariants(ctx: LintContext): RuleHit[] {
  const seen = new Map<string, WordClass>();
  const runs = ctx.units.flatMap((unit) => nameRuns(unit, seen).map((run) => ({ unit, run })));
  const best: Found = new Map();
  oneWordVariants(ctx, runs, best);
  longNameVariants(ctx, runs, best);
  return [...best.values()].map((v) => v.hit);
}

/** Names whose words are all the same but one, and that one a letter off. */
function oneWordVariants(ctx: LintContext, runs: Runs, best: Found): void {
  const interesting = wordsWithPartner(runs);
  if (!interesting.size) return;
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
}

function firstOrder(list: { window: Window }[]): number {
  let min = Infinity;
  for (const { window } of list) min = Math.min(min, window.unit.order * 1e7 + window.tokens[0].start);
  return min;
}

export function personHit(ctx: LintContext, window: Window, variant: Token, usualSpelling: string, elsewhere: Window, usualCount: number): RuleHit {
  const { unit, tokens } = window;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const found = unit.text.slice(start, end);
  const expected = unit.text.slice(start, variant.start) + usualSpelling + unit.text.slice(variant.end, end);
  const where = ctx.whereAt(elsewhere.unit, elsewhere.tokens[0].start);
  return {
    unit,
    start,
    end,
    found,
    expected,
    messageId: usualCount > 1 ? 'personRepeated' : 'person',
    data: { found, expected, where, count: usualCount },
    suggestion: `use one spelling throughout: check whether it is "${variant.text}" or "${usualSpelling}"`,
  };
}
