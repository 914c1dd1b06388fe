/**
 * The dates the page prints for the article, read in page order and only as far as needed:
 * `<time>` and Blogger's `<abbr class="published">`, elements whose class or id names a date
 * or a meta line (entry-date, postDate, newsdatum, post-meta, tanggal…), then lines that a
 * label opens ("Posted on", "Diposting:", "Veröffentlicht am", "Publié le"). The search
 * stops at the first publication date in the article; update stamps met on the way are kept.
 */
import type { AnyNode, Element } from 'domhandler';
import type { ParsedPage } from '../../parse/document.js';
import { parseMachineTimestamp, readVisibleTimestamp, type TimestampOptions } from '../../dates/index.js';
import type { ArticleArea } from './area.js';
import { describe, MAX_DATE_TEXT, MAX_META_LINE, shortText, startsWithUpdateLabel, type DateCandidate, type DateKind } from './candidates.js';
import { DATE_CLASS_WORDS, META_CLASS_PARTS, PUBLISHED_LABELS, UPDATED_CLASS, UPDATED_LABELS } from '../sites/dates.js';

export interface PrintedSearch {
  page: ParsedPage;
  area: ArticleArea;
  options: TimestampOptions;
}

/**
 * Printed dates inside `scope` (the article), or anywhere when `scope` is null, in page order;
 * with `untilFirst`, the walk ends at the first publication date found.
 */
export function printedCandidates(search: PrintedSearch, scope: Element | null, untilFirst: boolean): DateCandidate[] {
  const out: DateCandidate[] = [];
  const stack: AnyNode[] = scope ? [scope] : [...search.page.document.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (SKIPPED.has(el.name)) continue;
    const found = readElement(search, el);
    if (found.length) {
      out.push(...found);
      if (untilFirst && found.some((c) => c.kind === 'published')) return out;
      // A line read whole: its children are part of it.
      if (found[0].source === 'visible') continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) if (el.children[i].type === 'tag') stack.push(el.children[i]);
  }
  return out;
}

const SKIPPED = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'select', 'iframe']);

/** The dates one element prints: as a <time>, as an element named for a date, or as a labelled line. */
function readElement(search: PrintedSearch, el: Element): DateCandidate[] {
  if (el.name === 'time') return el.attribs.itemprop ? [] : readTime(search, el);
  if (el.name === 'abbr' && el.attribs.title && /\b(?:published|updated)\b/.test(el.attribs.class ?? '')) return readTime(search, el);
  if (namedForDate(el)) return readLine(search, el, false);
  const line = labelledLineAt(el);
  return line ? readLine(search, line, true) : [];
}

function namedForDate(el: Element): boolean {
  const c = el.attribs.class;
  if (c && classNamesDate(c)) return true;
  const id = el.attribs.id;
  return !!id && classNamesDate(id);
}

/**
 * A class attribute (or an id) read whole: the class-word tables match inside it as they match
 * its tokens. Class attributes repeat from element to element and page to page of a site (every
 * teaser of a list has the same): the answer for each is kept, up to a bound.
 */
const classMemo = new Map<string, boolean>();
function classNamesDate(c: string): boolean {
  let known = classMemo.get(c);
  if (known === undefined) {
    known = DATE_CLASS_WORDS.test(c) || META_CLASS_PARTS.test(c);
    if (classMemo.size > 50_000) classMemo.clear();
    classMemo.set(c, known);
  }
  return known;
}

/** A <time datetime> (or its text) and Blogger's <abbr title>: machine dates on the page. */
function readTime({ page, area, options }: PrintedSearch, el: Element): DateCandidate[] {
  const where = area.of(el);
  if (where === 'foreign') return [];
  const value = el.attribs.datetime ?? (el.name === 'abbr' ? el.attribs.title : undefined);
  const text = shortText(el);
  const ts = (value ? parseMachineTimestamp(value, options) : null) ?? readVisibleTimestamp(text, options);
  if (!ts) return [];
  const updated = (UPDATED_CLASS.test(el.attribs.class ?? '') || startsWithUpdateLabel(text)) && !/\bpublished\b/i.test(el.attribs.class ?? '');
  return [{ ts, source: 'time', kind: updated ? 'modified' : 'published', what: describe(el), order: page.index.position(el), area: where }];
}

/** A meta line: its publication date, and its update stamp when it prints one. */
function readLine({ page, area, options }: PrintedSearch, el: Element, labelled: boolean): DateCandidate[] {
  if (el.name === 'meta' || el.name === 'script' || el.name === 'style') return [];
  const where = area.of(el);
  if (where === 'foreign') return [];
  let text = shortText(el);
  if (!text || !/\d/.test(text)) return [];
  // A meta line is short; a longer one counts only when its start says "published" ("Dieser
  // Beitrag wurde am Samstag, 3. Dezember 2011 … veröffentlicht und unter … abgelegt"), and only its start is read.
  if (text.length > MAX_META_LINE) {
    text = text.slice(0, MAX_DATE_TEXT);
    if (!PUBLISHED_LABELS.test(text)) return [];
  }
  // A box that holds the headline reads the headline's dates first: its own parts are read instead.
  if (area.holdsHeadline(el)) return [];
  // A wrapper around a <time> says what the <time> says, and the <time> is read (and classed) on its own.
  if (holdsTimeWithSameText(el, text)) return [];
  const out: DateCandidate[] = [];
  for (const part of splitPublishedUpdated(text, el)) {
    const ts = readVisibleTimestamp(part.text, options);
    if (ts)
      out.push({ ts, source: 'visible', kind: part.kind, what: `${describe(el)}${labelled ? ' label' : ''}`, order: page.index.position(el), area: where });
  }
  return out;
}

function holdsTimeWithSameText(el: Element, text: string): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const child = n as Element;
    if (child.name === 'time') return shortText(child) === text;
    stack.push(...child.children);
  }
  return false;
}

/** "Posted: Nov 8, 2023 … Updated: Nov 8, 2023 …" → the published part and the updated part. */
function splitPublishedUpdated(text: string, el: Element): { text: string; kind: DateKind }[] {
  const m = UPDATED_LABELS.exec(text);
  if (!m) return [{ text, kind: UPDATED_CLASS.test(el.attribs.class ?? '') ? 'modified' : 'published' }];
  const before = text.slice(0, m.index).trim();
  const after = text.slice(m.index).trim();
  const parts: { text: string; kind: DateKind }[] = [];
  if (/\d/.test(before)) parts.push({ text: before, kind: 'published' });
  parts.push({ text: after, kind: 'modified' });
  return parts;
}

/** The longest text of a label standing without its date ("Zuletzt aktualisiert am", "Diperbarui pada tanggal"). */
const BARE_LABEL = 48;
const DIGIT = /\d/;

/** A publication or an update label: one pass over a text node instead of two. */
const ANY_LABEL = new RegExp(`${PUBLISHED_LABELS.source}|${UPDATED_LABELS.source}`, PUBLISHED_LABELS.flags);

const INLINE = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'time', 'abbr', 'small', 'font', 'u', 'label']);

/**
 * A line that a publication or update label opens ("Diposting: Selasa, 22 Oktober 2024 - 14:05
 * WITA | Dibaca: 120"), in any element: the label stands in one of the element's own text
 * nodes, and the line is the nearest enclosing element with a short text that holds a digit.
 */
function labelledLineAt(el: Element): Element | null {
  let labelled = false;
  for (const c of el.children) {
    if (c.type !== 'text') continue;
    const data = c.data;
    if (data.length > MAX_DATE_TEXT || data.length < 4) continue;
    // A label's own text either prints the date ("Diposting: 22/10/2024") or is short, the date
    // standing in the next element ("Veröffentlicht am <time>"): other prose is not read for labels.
    if (data.length > BARE_LABEL && !DIGIT.test(data)) continue;
    if (ANY_LABEL.test(data)) {
      labelled = true;
      break;
    }
  }
  if (!labelled) return null;
  for (let p: Element | null = el, depth = 0; p && depth < 3; p = p.parent && p.parent.type === 'tag' ? (p.parent as Element) : null, depth++) {
    const text = shortText(p);
    if (!text || text.length > MAX_DATE_TEXT) return null;
    if (/\d/.test(text)) return p;
    if (!INLINE.has(p.name)) return null;
  }
  return null;
}
