/**
 * name-variant, long names: a long name tolerates two slips ("Rahmat Hidayatullah" /
 * "Rahmad Hidayatulah": a letter off in each of two words). Short names keep one (see
 * people.ts). So that two people are not taken for one, each slipped word keeps its first
 * letter, is not short, and carries one slip only: "Siti Rahmawati" and "Siti Rahmadani"
 * (two letters off in one word, the first name shared) stay two people.
 */
import type { LintContext } from '../../context.js';
import { LONG_NAME_LETTERS, MAX_NAME_TOKENS, MIN_SLIPPED_WORD_LETTERS } from '../../data/names.js';
import type { RuleHit } from '../../types.js';
import { differentWords, type Found, type Runs, type Window } from './word-pairs.js';

/** Edits (letters added, dropped, changed, neighbours swapped) between two words, or Infinity past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  const d = rows[a.length][b.length];
  return d > max ? Infinity : d;
}

/** Slips between two words of a name: 0 or 1; Infinity when they are different words. */
function wordSlips(a: string, b: string): number {
  if (a === b) return 0;
  if (a[0] !== b[0] || differentWords(a, b)) return Infinity;
  if (Math.min(a.length, b.length) < MIN_SLIPPED_WORD_LETTERS) return Infinity;
  // A letter added at the end is an ending, not a slip, when two words change ("Nachhaltige Soziale" / "Nachhaltigen Sozialen").
  if (a.startsWith(b) || b.startsWith(a)) return Infinity;
  return editDistance(a, b, 1);
}

/** Exactly two slips, in two words (one slip is people.ts's business), or Infinity. */
function nameSlips(a: Window, b: Window): number {
  let total = 0;
  for (let k = 0; k < a.tokens.length; k++) {
    total += wordSlips(a.tokens[k].text, b.tokens[k].text);
    if (total > 2) return Infinity;
  }
  return total === 2 ? 2 : Infinity;
}

const letters = (w: Window) => w.tokens.reduce((n, t) => n + t.text.length, 0);
const textOf = (w: Window) => w.tokens.map((t) => t.text).join(' ');
const orderOf = (w: Window) => w.unit.order * 1e7 + w.tokens[0].start;

export function longNameVariants(ctx: LintContext, runs: Runs, best: Found): void {
  // Windows of long names, grouped by size and initials: two spellings of one name share both.
  const groups = new Map<string, Map<string, Window[]>>();
  for (const { unit, run } of runs) {
    for (let size = 2; size <= Math.min(MAX_NAME_TOKENS, run.length); size++) {
      for (let from = 0; from + size <= run.length; from++) {
        const window = { unit, tokens: run.slice(from, from + size) };
        if (letters(window) < LONG_NAME_LETTERS) continue;
        const key = window.tokens.map((t) => t.text[0]).join('');
        let bySpelling = groups.get(key);
        if (!bySpelling) groups.set(key, (bySpelling = new Map()));
        const text = textOf(window);
        const list = bySpelling.get(text);
        if (list) list.push(window);
        else bySpelling.set(text, [window]);
      }
    }
  }
  for (const bySpelling of groups.values()) {
    const spellings = [...bySpelling.values()];
    for (let x = 0; x < spellings.length; x++) {
      for (let y = x + 1; y < spellings.length; y++) {
        const [la, lb] = [spellings[x], spellings[y]];
        if (nameSlips(la[0], lb[0]) === Infinity) continue;
        // The spelling used less often, or the one that appears later, is the odd one.
        const aIsOdd = la.length < lb.length || (la.length === lb.length && orderOf(la[0]) > orderOf(lb[0]));
        const [odd, usual] = aIsOdd ? [la, lb] : [lb, la];
        for (const window of odd) record(ctx, best, window, usual);
      }
    }
  }
}

function record(ctx: LintContext, best: Found, window: Window, usual: Window[]): void {
  const { unit, tokens } = window;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const found = unit.text.slice(start, end);
  const expected = textOf(usual[0]);
  const first = tokens.findIndex((t, k) => t.text !== usual[0].tokens[k].text);
  const where = ctx.whereAt(usual[0].unit, usual[0].tokens[0].start);
  const hit: RuleHit = {
    unit,
    start,
    end,
    found,
    expected,
    messageId: usual.length > 1 ? 'personRepeated' : 'person',
    data: { found, expected, where, count: usual.length },
    suggestion: `use one spelling throughout: check whether it is "${found}" or "${expected}"`,
  };
  const key = `${unit.order}:${tokens[first].start}:${usual[0].tokens[first].text}`;
  const previous = best.get(key);
  if (!previous || previous.size < tokens.length) best.set(key, { hit, size: tokens.length });
}
