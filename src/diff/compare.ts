/**
 * Two records of one article compared: the headline and each paragraph and caption word by
 * word (jsdiff), paragraphs and captions first lined up as sequences (so that one inserted
 * paragraph is one paragraph added, not every later one edited), and the published and
 * modified stamps. The summary counts what changed; it is what the crawl's manifest says of
 * a changed article.
 */
import { diffArrays, diffWords } from 'diff';
import type { ArticleRecord } from '../record.js';

/** A run of words: the same in both, only in the new text, or only in the old. */
export interface WordPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** One text block (the headline, a paragraph, a caption) that differs. */
export interface TextChange {
  kind: 'added' | 'removed' | 'edited';
  /** Index in the old record's list (null when added). */
  oldIndex: number | null;
  /** Index in the new record's list (null when removed). */
  newIndex: number | null;
  old: string | null;
  new: string | null;
  words: WordPart[];
}

export interface ChangeCounts {
  added: number;
  removed: number;
  edited: number;
}

/** What changed between two versions of an article: the manifest's `changes`. */
export interface ChangeSummary {
  headline: boolean;
  paragraphs: ChangeCounts;
  captions: ChangeCounts;
  published: boolean;
  modified: boolean;
}

export interface StampChange {
  old: string | null;
  new: string | null;
}

export interface RecordDiff {
  headline: TextChange | null;
  paragraphs: TextChange[];
  captions: TextChange[];
  published: StampChange | null;
  modified: StampChange | null;
  summary: ChangeSummary;
}

/** The parts of a record that are compared (anything else is not a change of the article). */
export type Comparable = Pick<ArticleRecord, 'headline' | 'paragraphs' | 'published' | 'modified'> & { captions: { text: string }[] };

export function compareRecords(older: Comparable, newer: Comparable): RecordDiff {
  const headline = (older.headline ?? '') === (newer.headline ?? '') ? null : edited(older.headline ?? '', newer.headline ?? '', 0, 0);
  const paragraphs = alignTexts(texts(older.paragraphs), texts(newer.paragraphs));
  const captions = alignTexts(texts(older.captions.map((c) => c.text)), texts(newer.captions.map((c) => c.text)));
  const published = stamp(older.published, newer.published);
  const modified = stamp(older.modified, newer.modified);
  return {
    headline,
    paragraphs,
    captions,
    published,
    modified,
    summary: {
      headline: headline !== null,
      paragraphs: counts(paragraphs),
      captions: counts(captions),
      published: published !== null,
      modified: modified !== null,
    },
  };
}

export function hasChanges(s: ChangeSummary): boolean {
  const any = (c: ChangeCounts) => c.added + c.removed + c.edited > 0;
  return s.headline || s.published || s.modified || any(s.paragraphs) || any(s.captions);
}

/** The summary in words: "headline changed, paragraphs: 1 edited, 1 added, modified changed". */
export function describeChanges(s: ChangeSummary): string {
  const parts: string[] = [];
  if (s.headline) parts.push('headline changed');
  const list = (name: string, c: ChangeCounts) => {
    const bits = (['edited', 'added', 'removed'] as const).filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
    if (bits.length) parts.push(`${name}: ${bits.join(', ')}`);
  };
  list('paragraphs', s.paragraphs);
  list('captions', s.captions);
  if (s.published) parts.push('published changed');
  if (s.modified) parts.push('modified changed');
  return parts.length ? parts.join('; ') : 'no change';
}

/** A text block that differs: which kind of block, its name ("headline", "paragraph 3 (edited)", "caption 1 (added)"), the change. */
export interface ChangedBlock {
  what: 'headline' | 'paragraph' | 'caption';
  name: string;
  change: TextChange;
}

/** Each block that differs, in order: the headline, the paragraphs, the captions. */
export function blocks(d: RecordDiff): ChangedBlock[] {
  const out: ChangedBlock[] = [];
  if (d.headline) out.push({ what: 'headline', name: 'headline', change: d.headline });
  const named = (what: 'paragraph' | 'caption', c: TextChange) => ({ what, name: `${what} ${(c.newIndex ?? c.oldIndex ?? 0) + 1} (${c.kind})`, change: c });
  for (const c of d.paragraphs) out.push(named('paragraph', c));
  for (const c of d.captions) out.push(named('caption', c));
  return out;
}

/** The published and modified stamps that differ, by name. */
export function stamps(d: RecordDiff): { name: string; change: StampChange }[] {
  return [...(d.published ? [{ name: 'published', change: d.published }] : []), ...(d.modified ? [{ name: 'modified', change: d.modified }] : [])];
}

/** The word-level diff of two texts. */
export function wordDiff(older: string, newer: string): WordPart[] {
  return diffWords(older, newer).map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

function texts(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((t) => (typeof t === 'string' ? t : String(t)));
}

function stamp(older: string | null | undefined, newer: string | null | undefined): StampChange | null {
  return (older ?? null) === (newer ?? null) ? null : { old: older ?? null, new: newer ?? null };
}

function edited(older: string, newer: string, oldIndex: number, newIndex: number): TextChange {
  return { kind: 'edited', oldIndex, newIndex, old: older, new: newer, words: wordDiff(older, newer) };
}

function counts(changes: TextChange[]): ChangeCounts {
  const c: ChangeCounts = { added: 0, removed: 0, edited: 0 };
  for (const ch of changes) c[ch.kind]++;
  return c;
}

/** How alike two texts are: the share of the longer one's words the other has too (0…1). */
export function similarity(a: string, b: string): number {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wa = words(a);
  const wb = new Map<string, number>();
  for (const w of words(b)) wb.set(w, (wb.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wa) {
    const n = wb.get(w) ?? 0;
    if (n > 0) {
      common++;
      wb.set(w, n - 1);
    }
  }
  const longest = Math.max(wa.length, words(b).length);
  return longest === 0 ? 1 : common / longest;
}

/** Texts this alike, removed and added at one place, are one text edited. */
const EDITED_AT_LEAST = 0.3;

/**
 * Line two lists of texts up: texts only in the old list are removed, only in the new one
 * added; where some were removed and others added at the same place, each removed text is
 * paired in order with the next added one that is alike enough (an edit).
 */
export function alignTexts(older: string[], newer: string[]): TextChange[] {
  const out: TextChange[] = [];
  const parts = diffArrays(older, newer);
  let i = 0;
  let j = 0;
  for (let k = 0; k < parts.length;) {
    if (!parts[k].added && !parts[k].removed) {
      i += parts[k].value.length;
      j += parts[k].value.length;
      k++;
      continue;
    }
    const removed: number[] = [];
    const added: number[] = [];
    for (; k < parts.length && (parts[k].added || parts[k].removed); k++) {
      for (let n = 0; n < parts[k].value.length; n++) {
        if (parts[k].removed) removed.push(i++);
        else added.push(j++);
      }
    }
    out.push(...pairHunk(older, newer, removed, added));
  }
  return out;
}

function pairHunk(older: string[], newer: string[], removed: number[], added: number[]): TextChange[] {
  const out: TextChange[] = [];
  let next = 0; // the first added text not yet used
  for (const r of removed) {
    let match = -1;
    for (let a = next; a < added.length; a++) {
      if (similarity(older[r], newer[added[a]]) >= EDITED_AT_LEAST) {
        match = a;
        break;
      }
    }
    if (match < 0) {
      out.push({ kind: 'removed', oldIndex: r, newIndex: null, old: older[r], new: null, words: [{ op: 'removed', text: older[r] }] });
      continue;
    }
    for (; next < match; next++) out.push(addedText(newer, added[next]));
    out.push(edited(older[r], newer[added[match]], r, added[match]));
    next = match + 1;
  }
  for (; next < added.length; next++) out.push(addedText(newer, added[next]));
  return out;
}

function addedText(newer: string[], j: number): TextChange {
  return { kind: 'added', oldIndex: null, newIndex: j, old: null, new: newer[j], words: [{ op: 'added', text: newer[j] }] };
}
