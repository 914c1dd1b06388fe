/**
 * name-variant's vocabulary of words: what a name token is made of, which words never join a
 * name, and which pairs of words a letter apart are one word spelled two ways. Shared by the
 * people and long-name parts (apart from both, so that neither imports the other back).
 */
import type { TextUnit } from '../../context.js';
import { MIN_VARIANT_TOKEN_LENGTH, NOT_NAME_WORDS } from '../../data/names.js';
import type { RuleHit } from '../../types.js';
import { TITLE_WORDS } from '../../data/titles.js';
import { spellingGroupOf } from '../../data/spellings.js';

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
export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Window {
  unit: TextUnit;
  tokens: Token[];
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

/** The findings so far, one per occurrence of an odd spelling, with the size of the name around it. */
export type Found = Map<string, { hit: RuleHit; size: number }>;
export type Runs = { unit: TextUnit; run: Token[] }[];
