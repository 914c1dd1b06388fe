/**
 * Every date the page offers for its publication and modification, one collector per kind
 * of source: JSON-LD, <meta>, microdata, <time>, visible date elements and label lines, and
 * the URL. Collectors only read; rank.ts decides.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import type { ParsedPage } from '../../parse/document.js';
import { jsonLdDated, type PageMetadata } from '../metadata.js';
import { parseMachineTimestamp, readVisibleTimestamp, toIsoDate, isValidDate, type Timestamp, type TimestampOptions } from '../../dates/index.js';
import { normalizeText } from '../../util/text.js';
import type { Area, ArticleArea } from './area.js';
import {
  COMPACT_DATE_META,
  EPOCH_META,
  MODIFIED_META_NAMES,
  MODIFIED_META_PATTERN,
  PUBLISHED_META_PATTERN,
  PUBLISHED_LABELS,
  PUBLISHED_META_NAMES,
  UPDATED_LABELS,
  WEAK_META_NAMES,
} from '../sites/dates.js';

/** Where a date came from (the record's `publishedFrom`). */
export type DateSource = 'jsonld' | 'meta' | 'time' | 'visible' | 'url';
export type DateKind = 'published' | 'modified';

export interface DateCandidate {
  ts: Timestamp;
  source: DateSource;
  kind: DateKind;
  /** What it is, for the reason of a decision: 'meta article:published_time', '<time class="entry-date">'. */
  what: string;
  /** Order of trust within its source (lower first): a meta name's place in the table, an element's place on the page. */
  order: number;
  area: Area;
  /** A generic meta name, or a date in unmarked text: ranked after the others of its source. */
  weak?: boolean;
  /** JSON-LD of another creative work than an article (a video, a recipe): after the metas. */
  secondary?: boolean;
  /** schema.org microdata on a page element (itemprop="datePublished"): metadata, whatever the element. */
  microdata?: boolean;
}

/** How long a visible date element's text may be: a meta line, not a paragraph. */
export const MAX_META_LINE = 160;
/** … or a labelled meta sentence ("This entry was posted on …"). */
export const MAX_DATE_TEXT = 250;

/**
 * An element's text, normalised, or '' when it is far longer than a date line (not read at all
 * then). Elements are kept apart by a space: date badges print day, month and year in spans
 * with nothing between them (`<span>Feb</span> <span>18</span><span>2009</span>`).
 */
export function shortText(el: Element): string {
  let out = '';
  const stack: (AnyNode | null)[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === null) {
      out += ' ';
      continue;
    }
    if (n.type === 'text') {
      out += (n as Text).data;
      if (out.length > MAX_DATE_TEXT * 3) return '';
      continue;
    }
    if (n.type !== 'tag') continue;
    const children = (n as Element).children;
    stack.push(null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return normalizeText(out);
}

/** The text opens with an update label ("Updated", "Diperbarui:", "Aktualisiert am"). */
export function startsWithUpdateLabel(text: string): boolean {
  const m = UPDATED_LABELS.exec(text);
  return !!m && m.index <= 2 && !PUBLISHED_LABELS.test(text.slice(0, m.index + 1));
}

// ---- metadata -------------------------------------------------------------------------------

const JSONLD_FIELDS: readonly [string, DateKind][] = [
  ['datePublished', 'published'],
  ['dateCreated', 'published'],
  ['uploadDate', 'published'],
  ['dateModified', 'modified'],
];

/** datePublished / dateCreated / dateModified of the page's JSON-LD object (the article, else another creative work). */
export function jsonLdCandidates(metadata: PageMetadata, options: TimestampOptions): DateCandidate[] {
  const obj = jsonLdDated(metadata);
  if (!obj) return [];
  const type = Array.isArray(obj['@type']) ? String(obj['@type'][0]) : String(obj['@type'] ?? 'object');
  // A video's or a recipe's date is the page's only when no article says otherwise.
  const secondary = obj !== metadata.article;
  const out: DateCandidate[] = [];
  JSONLD_FIELDS.forEach(([field, kind], order) => {
    const value = obj[field];
    const ts = typeof value === 'string' ? (parseMachineTimestamp(value, options) ?? readVisibleTimestamp(value, options)) : null;
    if (ts) out.push({ ts, source: 'jsonld', kind, what: `JSON-LD ${type}.${field}`, order: secondary ? order + 100 : order, area: 'article', secondary });
  });
  return out;
}

const PUBLISHED_META_ORDER = new Map(PUBLISHED_META_NAMES.map((name, i) => [name, i] as const));
const MODIFIED_META_ORDER = new Map(MODIFIED_META_NAMES.map((name, i) => [name, i] as const));

/** <meta name|property|http-equiv> dates, ordered by the tables in sites/dates.ts. */
export function metaCandidates(page: ParsedPage, area: ArticleArea, options: TimestampOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const el of page.index.tag('meta')) {
    const itemprop = el.attribs.itemprop;
    const key = (el.attribs.property ?? el.attribs.name ?? itemprop ?? el.attribs['http-equiv'])?.toLowerCase().trim();
    const value = el.attribs.content?.trim();
    if (!key || !value) continue;
    const kind = metaKind(key);
    if (!kind) continue;
    // <meta itemprop> inside another item (a comment, a review) dates that item.
    if (itemprop && area.of(el) === 'foreign') continue;
    const ts =
      parseMachineTimestamp(value, { ...options, compact: COMPACT_DATE_META.test(key), epoch: EPOCH_META.test(key) }) ?? readVisibleTimestamp(value, options);
    if (!ts) continue;
    // Names of the table in its order; others named like them ("five_hundred_pixels:uploaded") after.
    const order = (kind === 'published' ? PUBLISHED_META_ORDER : MODIFIED_META_ORDER).get(key) ?? 1000;
    out.push({ ts, source: 'meta', kind, what: `meta ${key}`, order, area: 'article', weak: WEAK_META_NAMES.has(key) });
  }
  return out;
}

/** Meta names repeat from page to page (og:title, twitter:card…): what each dates is kept (up to a bound). */
const metaKindMemo = new Map<string, DateKind | null>();
function metaKind(key: string): DateKind | null {
  let kind = metaKindMemo.get(key);
  if (kind === undefined) {
    kind = PUBLISHED_META_ORDER.has(key)
      ? 'published'
      : MODIFIED_META_ORDER.has(key)
        ? 'modified'
        : MODIFIED_META_PATTERN.test(key)
          ? 'modified'
          : PUBLISHED_META_PATTERN.test(key)
            ? 'published'
            : null;
    if (metaKindMemo.size > 10_000) metaKindMemo.clear();
    metaKindMemo.set(key, kind);
  }
  return kind;
}

// ---- elements -------------------------------------------------------------------------------

/** An element as a reason names it: `<time.entry-date itemprop=datePublished>`. */
export function describe(el: Element): string {
  const cls = el.attribs.class?.trim().split(/\s+/).slice(0, 2).join('.');
  return `<${el.name}${cls ? `.${cls}` : ''}${el.attribs.itemprop ? ` itemprop=${el.attribs.itemprop}` : ''}>`;
}

/** Microdata on any element: itemprop datePublished/dateCreated/dateModified (content, datetime, title or text). */
export function microdataCandidates(page: ParsedPage, area: ArticleArea, options: TimestampOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const el of page.index.select('[itemprop]')) {
    if (el.name === 'meta') continue; // read with the other metas
    const prop = el.attribs.itemprop.toLowerCase();
    const kind: DateKind | null = prop === 'datepublished' || prop === 'datecreated' ? 'published' : prop === 'datemodified' ? 'modified' : null;
    if (!kind) continue;
    const where = area.of(el);
    if (where === 'foreign') continue;
    const value = el.attribs.datetime ?? el.attribs.content ?? el.attribs.title ?? null;
    const ts = (value ? parseMachineTimestamp(value, options) : null) ?? readVisibleTimestamp(shortText(el), options);
    if (ts)
      out.push({ ts, source: el.name === 'time' ? 'time' : 'meta', kind, what: describe(el), order: page.index.position(el), area: where, microdata: true });
  }
  return out;
}

// ---- the URL --------------------------------------------------------------------------------

/**
 * /2024/10/22/, /2024-10-22-, /20241022/, /2020-02/19/ in a URL path (WordPress permalinks, news
 * CMSs), and a day-first /29-10-2021 that some German and Austrian CMSs (Typo3 news) use as a slug.
 */
const URL_DATE_RE = /(?:^|[/_-])((?:19|20)\d{2})([/-])(0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=$|[/_.-])/;
const URL_COMPACT_RE = /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/;
const URL_DAY_FIRST_RE = /(?:^|\/)(0?[1-9]|[12]\d|3[01])[-.](0?[1-9]|1[0-2])[-.]((?:19|20)\d{2})(?=$|[/_.-])/;

/** The date in a URL's path, when it has a full day. */
export function urlCandidates(urls: (string | null)[]): DateCandidate[] {
  for (const url of urls) {
    if (!url) continue;
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      continue;
    }
    let m: RegExpExecArray | null;
    let year: string, month: string, day: string;
    if ((m = URL_DATE_RE.exec(path))) [year, month, day] = [m[1], m[3], m[4]];
    else if ((m = URL_COMPACT_RE.exec(path))) [year, month, day] = [m[1], m[2], m[3]];
    else if ((m = URL_DAY_FIRST_RE.exec(path))) [day, month, year] = [m[1], m[2], m[3]];
    else continue;
    if (!isValidDate(Number(year), Number(month), Number(day))) continue;
    return [
      {
        ts: { date: toIsoDate(Number(year), Number(month), Number(day)), time: null, offset: null, zone: null },
        source: 'url',
        kind: 'published',
        what: `URL ${m[0].replace(/^[/_-]/, '')}`,
        order: 0,
        area: 'article',
      },
    ];
  }
  return [];
}
