/**
 * A modest diff of two versions of a record, for the report: the headline word by word, and
 * the paragraphs — matched whole first (longest common subsequence), then each run of removed
 * paragraphs paired with the added ones beside it and diffed word by word.
 */
import type { ArticleRecord } from '../record.js';

export type Op = { kind: 'same' | 'removed' | 'added'; text: string };

/** A changed paragraph: its word-level ops, or (added/removed whole) one op. */
export interface ParagraphChange {
  kind: 'edited' | 'added' | 'removed';
  ops: Op[];
}

export interface RecordDiff {
  headline: Op[] | null;
  paragraphs: ParagraphChange[];
  /** Other fields whose value changed (published, modified, captions…). */
  fields: string[];
}

/** Past this many cells the LCS table is not built: the texts are shown as replaced whole. */
const MAX_CELLS = 4_000_000;

/** The longest common subsequence of two sequences, as ops over them (null when too large). */
function lcsOps<T>(a: T[], b: T[]): { kind: Op['kind']; a?: T; b?: T }[] | null {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) return null;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const out: { kind: Op['kind']; a?: T; b?: T }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ kind: 'same', a: a[i++], b: b[j++] });
    } else if (j < m && (i === n || table[i][j + 1] >= table[i + 1][j])) {
      out.push({ kind: 'added', b: b[j++] });
    } else {
      out.push({ kind: 'removed', a: a[i++] });
    }
  }
  return out;
}

/** Merge neighbouring ops of one kind. */
function merge(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    const last = out[out.length - 1];
    if (last && last.kind === op.kind) last.text += op.text;
    else out.push({ ...op });
  }
  return out;
}

/** Word-level ops from `before` to `after` (words and the spaces between them are the units). */
export function wordDiff(before: string, after: string): Op[] {
  const words = (s: string) => s.match(/\S+|\s+/g) ?? [];
  const a = words(before);
  const b = words(after);
  const ops = lcsOps(a, b);
  if (!ops) return merge([...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])]);
  return merge(ops.map((o) => ({ kind: o.kind, text: (o.kind === 'added' ? o.b : o.a) as string })));
}

/** Two paragraphs are one edited when at least 40% of the longer is kept. */
function similar(ops: Op[], before: string, after: string): boolean {
  const kept = ops.filter((o) => o.kind === 'same' && /\S/.test(o.text)).reduce((n, o) => n + o.text.length, 0);
  return kept >= 0.4 * Math.max(before.length, after.length);
}

/** Pairs a run of removed paragraphs with the run of added ones next to it. */
function paragraphChanges(before: string[], after: string[]): ParagraphChange[] {
  const ops = lcsOps(before, after) ?? [...before.map((a) => ({ kind: 'removed' as const, a })), ...after.map((b) => ({ kind: 'added' as const, b }))];
  const changes: ParagraphChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) {
      const ops = wordDiff(removed[k], added[k]);
      if (similar(ops, removed[k], added[k])) {
        changes.push({ kind: 'edited', ops });
      } else {
        changes.push({ kind: 'removed', ops: [{ kind: 'removed', text: removed[k] }] });
        changes.push({ kind: 'added', ops: [{ kind: 'added', text: added[k] }] });
      }
    }
    for (const text of removed.slice(pairs)) changes.push({ kind: 'removed', ops: [{ kind: 'removed', text }] });
    for (const text of added.slice(pairs)) changes.push({ kind: 'added', ops: [{ kind: 'added', text }] });
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.kind === 'same') flush();
    else if (op.kind === 'removed') removed.push(op.a as string);
    else added.push(op.b as string);
  }
  flush();
  return changes;
}

const FIELDS: (keyof ArticleRecord)[] = ['published', 'modified', 'dateline', 'byline', 'category', 'tags', 'captions'];

/** What changed from one version of a record to the next. */
export function diffRecords(before: ArticleRecord, after: ArticleRecord): RecordDiff {
  const headline = (before.headline ?? '') === (after.headline ?? '') ? null : wordDiff(before.headline ?? '', after.headline ?? '');
  const fields = FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null)) as string[];
  return { headline, paragraphs: paragraphChanges(before.paragraphs ?? [], after.paragraphs ?? []), fields };
}
