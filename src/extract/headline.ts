/** The headline: structured data first, then the theme's h1, without the site-name suffix. */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import type { PageMetadata } from './metadata.js';
import { jsonText, metaValue } from './metadata.js';
import { HEADLINE_SELECTORS } from './sites/selectors.js';
import { rawText } from './dom.js';
import { looseKey, normalizeText } from '../util/text.js';
import type { PageAnalysis } from './scorer.js';

const SEPARATOR = /\s+[|\-–—:·•»~]\s+|\s*[|·•»]\s*/;

export interface HeadlineResult {
  headline: string | null;
  /** The element the headline was read from (for positions and to keep it out of the body). */
  element: Element | null;
}

/** The article's h1 (or the theme's title element), outside chrome. */
export function findHeadlineElement(page: ParsedPage, analysis: PageAnalysis, metadata: PageMetadata): Element | null {
  for (const selector of HEADLINE_SELECTORS) {
    for (const el of page.index.select(selector)) {
      if (analysis.insideChrome(el)) continue;
      if (normalizeText(rawText(el)).length >= 3) return el;
    }
  }
  return findTitleInBody(analysis, metadata);
}

const TITLE_TAGS = new Set(['h2', 'h3', 'h4', 'b', 'strong', 'font', 'span', 'div', 'td', 'p', 'a', 'header']);

/**
 * Pages without an h1 still print the title somewhere (a bold line in a table cell): the
 * element whose whole text is the <title>, or the <title> without its trailing parts.
 */
function findTitleInBody(analysis: PageAnalysis, metadata: PageMetadata): Element | null {
  const title = metaValue(metadata, 'og:title') ?? metadata.title;
  if (!title) return null;
  const parts = normalizeText(title).split(SEPARATOR);
  const wanted = new Map<string, number>();
  for (let k = parts.length; k >= 1; k--) {
    const key = looseKey(parts.slice(0, k).join(' '));
    if (key.split(' ').length >= 3) wanted.set(key, k);
  }
  if (!wanted.size) return null;
  const maxLen = normalizeText(title).length + 10;
  let best: Element | null = null;
  let bestParts = 0;
  for (const [el, stats] of analysis.stats) {
    if (!TITLE_TAGS.has(el.name) || stats.text < 10 || stats.text > maxLen) continue;
    const k = wanted.get(looseKey(rawText(el)));
    if (k && k > bestParts && !analysis.insideChrome(el)) {
      best = el;
      bestParts = k;
    }
  }
  // The innermost element with that text.
  while (best) {
    const only = best.children.filter((c) => c.type === 'tag' && looseKey(rawText(c)) === looseKey(rawText(best!)));
    if (only.length !== 1) break;
    best = only[0] as Element;
  }
  return best;
}

export function readHeadline(metadata: PageMetadata, element: Element | null, siteName: string | null, host: string | null): string | null {
  const h1 = element ? normalizeText(rawText(element)) : null;
  const structured =
    jsonText(metadata.article?.headline) ?? metaValue(metadata, 'og:title', 'twitter:title') ?? null;
  const candidates = [structured, h1, metadata.title].filter((c): c is string => !!c && !!normalizeText(c));
  if (!candidates.length) return null;
  let headline = stripSiteName(normalizeText(candidates[0]), siteName, host, h1);
  // JSON-LD headlines are often cut at 110 characters; the h1 holds the whole one.
  if (h1 && h1.length > headline.length && looseKey(h1).startsWith(looseKey(headline).replace(/\s*\S*$/, ''))) {
    headline = h1;
  }
  return headline || null;
}

/** "DKISP … Surakarta - Katajari.com" → "DKISP … Surakarta". */
export function stripSiteName(title: string, siteName: string | null, host: string | null, h1: string | null): string {
  if (h1 && looseKey(title) === looseKey(h1)) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName ? siteKey(siteName) : null;
  const label = host ? host.replace(/^www\./, '').split('.')[0].toLowerCase() : null;
  const isSite = (part: string): boolean => {
    const k = siteKey(part);
    if (!k) return true;
    if (site && k === site) return true;
    if (label && k === label) return true;
    return /\.(?:com|co\.id|id|net|org|news)\b/i.test(part) && part.length < 40;
  };
  // Also: the h1 is one of the parts.
  if (h1) {
    const hk = looseKey(h1);
    const joined = (from: number, to: number) => looseKey(parts.slice(from, to).join(' '));
    for (let i = parts.length - 1; i >= 1; i--) if (joined(0, i) === hk) return h1;
  }
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1])) end--;
  while (end - start > 1 && isSite(parts[start])) start++;
  if (start === 0 && end === parts.length) return title;
  // Rebuild from the original string to keep the separators inside the headline.
  const kept = parts.slice(start, end);
  const first = title.indexOf(kept[0]);
  const last = kept[kept.length - 1];
  const lastIndex = title.lastIndexOf(last);
  return first >= 0 && lastIndex >= first ? title.slice(first, lastIndex + last.length).trim() : kept.join(' - ');
}

/** "Katajari.com", "KATAJARI", "Katajari . com" → "katajari". */
function siteKey(value: string): string {
  return looseKey(value).replace(/ (?:co id|com|id|net|org|news|online|tv)$/, '').replace(/\s+/g, '');
}
