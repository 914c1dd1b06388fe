/** Publication and modification times: metadata first, then the visible date near the headline. */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import { metaValue, type PageMetadata } from './metadata.js';
import { normalizeTimestamp, parseVisibleTimestamp, type Zone } from '../dates/index.js';
import { VISIBLE_DATE_SELECTORS } from './sites/selectors.js';
import { rawText, textNodesAround } from './dom.js';
import { normalizeText } from '../util/text.js';
import { outsideArticle } from './scope.js';
import { isDateLine } from './date-line.js';

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created',
  'date', 'content_publisheddate', 'article.published', 'published_time',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'article.updated'];

export interface PublicationDates {
  published: string | null;
  modified: string | null;
}

export function readPublicationDates(
  page: ParsedPage,
  metadata: PageMetadata,
  headline: Element | null,
  defaultZone: Zone,
): PublicationDates {
  const norm = (v: unknown) => (typeof v === 'string' ? plausible(normalizeTimestamp(v, { defaultZone })) : null);
  const published =
    norm(metadata.article?.datePublished) ??
    firstNormalized(PUBLISHED_META.map((k) => metaValue(metadata, k)), defaultZone) ??
    machineDate(page, 'published', defaultZone) ??
    visibleDate(page, defaultZone) ??
    (headline ? dateNearHeadline(page, headline, defaultZone) : null);
  const modified =
    norm(metadata.article?.dateModified) ??
    firstNormalized(MODIFIED_META.map((k) => metaValue(metadata, k)), defaultZone) ??
    machineDate(page, 'modified', defaultZone);
  return { published, modified };
}

function firstNormalized(values: (string | null)[], defaultZone: Zone): string | null {
  for (const v of values) {
    if (!v) continue;
    const n = plausible(normalizeTimestamp(v, { defaultZone }));
    if (n) return n;
  }
  return null;
}

/** CMS placeholders ("0001-01-01T00:00:00Z", "1970-01-01") are no date at all. */
function plausible(timestamp: string | null): string | null {
  if (!timestamp) return null;
  const year = Number(timestamp.slice(0, 4));
  return year >= 1990 && !timestamp.startsWith('1970-01-01') ? timestamp : null;
}

/** <time datetime>, itemprop=datePublished, Blogger's <abbr class="published" title>. */
function machineDate(page: ParsedPage, kind: 'published' | 'modified', defaultZone: Zone): string | null {
  const selectors =
    kind === 'published'
      ? ['[itemprop="datePublished"]', 'time.published[datetime]', 'time.entry-date[datetime]', 'abbr.published[title]', 'time[pubdate]', 'time[datetime]']
      : ['[itemprop="dateModified"]', 'time.updated[datetime]:not(.published):not(.entry-date)', 'abbr.updated[title]:not(.published)'];
  for (const selector of selectors) {
    for (const el of page.index.select(selector)) {
      if (outsideArticle(el)) continue;
      const value = el.attribs.datetime ?? el.attribs.content ?? el.attribs.title ?? null;
      const n = value ? plausible(normalizeTimestamp(value, { defaultZone })) : null;
      if (n) return n;
      const visible = parseVisibleTimestamp(normalizeText(rawText(el)), { defaultZone });
      if (visible) return visible;
    }
  }
  return null;
}

/** "Selasa, 22 Oktober 2024 14:05 WITA" printed by the theme near the headline. */
function visibleDate(page: ParsedPage, defaultZone: Zone): string | null {
  for (const selector of VISIBLE_DATE_SELECTORS) {
    for (const el of page.index.select(selector)) {
      if (outsideArticle(el)) continue;
      const text = normalizeText(rawText(el));
      if (!text || text.length > 120) continue;
      const v = parseVisibleTimestamp(text, { defaultZone });
      if (v) return v;
    }
  }
  return null;
}

/** Pages with no date markup print it as a line right under (or above) the headline. */
function dateNearHeadline(page: ParsedPage, headline: Element, defaultZone: Zone): string | null {
  const { before, after } = textNodesAround(page.document, headline, 4, 8);
  for (const node of [...after, ...before]) {
    const parent = node.parent as Element | null;
    const text = normalizeText(parent && parent.type === 'tag' && rawText(parent).length <= 160 ? rawText(parent) : node.data);
    // Only a line that is a timestamp: the lead's or a caption's date is the event's, not the page's.
    if (text.length > 160 || !isDateLine(text)) continue;
    const v = parseVisibleTimestamp(text, { defaultZone });
    if (v) return v;
  }
  return null;
}
