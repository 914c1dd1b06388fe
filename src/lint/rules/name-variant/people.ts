/**
 * name-variant, people: one person's name spelled two ways ("Heny Ermawati" / "Heni Ermawati").
 */
import type { LintContext, TextUnit } from '../../context.js';
import { MAX_NAME_TOKENS, MIN_VARIANT_TOKEN_LENGTH } from '../../data/names.js';
import type { RuleHit } from '../../types.js';
import { longNameVariants } from './long-names.js';
import { NOT_NAME, variantPair, type Found, type Runs, type Token, type Window } from './word-pairs.js';

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
