/**
 * The headline. The page prints it (the theme's h1) and names it in <title> beside the site's
 * name; structured data (JSON-LD, og:title) often carries an SEO variant. The printed headline
 * wins when <title> agrees with it; else structured data first, without the site-name parts.
 */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import type { PageMetadata } from './metadata.js';
import { jsonText, metaValue } from './metadata.js';
import { HEADLINE_SELECTORS } from './sites/selectors.js';
import { rawText } from './dom.js';
import { decodeEntities, looseKey, normalizeText } from '../util/text.js';
import type { PageAnalysis } from './scorer.js';

const SEPARATOR = /\s+[|\-–—:·•»~]\s+|\s*[|·•»]\s*/;

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
const SUBHEADINGS = new Set(['h2', 'h3']);

/** A part of the title split at its separators ("Headline | Site" → two parts), and where it stands. */
interface TitleRun {
  key: string;
  start: number;
  end: number;
}

/** Every run of consecutive parts of a title: leading, trailing, middle, or the whole. */
function titleRuns(title: string): TitleRun[] {
  const parts = title.split(SEPARATOR);
  const runs: TitleRun[] = [];
  for (let start = 0; start < parts.length; start++) {
    for (let end = start + 1; end <= parts.length; end++) {
      const key = looseKey(parts.slice(start, end).join(' '));
      if (key) runs.push({ key, start, end });
    }
  }
  return runs;
}

function cleanTitle(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = normalizeText(decodeEntities(value));
  return text || null;
}

/**
 * Pages without an h1 still print the title somewhere (a bold line in a table cell, an h2):
 * the element whose whole text is a part of <title> (or og:title), leading, trailing or alone.
 * The most parts win; short parts count only in a heading.
 */
function findTitleInBody(analysis: PageAnalysis, metadata: PageMetadata): Element | null {
  const titles = [cleanTitle(metadata.title), cleanTitle(metaValue(metadata, 'og:title'))].filter((t): t is string => !!t);
  if (!titles.length) return null;
  const wanted = new Map<string, number>();
  for (const title of titles) {
    for (const run of titleRuns(title)) {
      const parts = run.end - run.start;
      if ((wanted.get(run.key) ?? 0) < parts) wanted.set(run.key, parts);
    }
  }
  const maxLen = Math.max(...titles.map((t) => t.length)) + 10;
  let best: Element | null = null;
  let bestParts = 0;
  for (const [el, stats] of analysis.stats) {
    if (!TITLE_TAGS.has(el.name) || stats.text < 5 || stats.text > maxLen) continue;
    const key = looseKey(rawText(el));
    const parts = wanted.get(key);
    if (!parts || parts <= bestParts) continue;
    const words = key.split(' ').length;
    if (words < 3 && !(words === 2 && SUBHEADINGS.has(el.name))) continue;
    if (analysis.insideChrome(el)) continue;
    best = el;
    bestParts = parts;
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
  const printed = element ? normalizeText(rawText(element)) || null : null;
  const title = cleanTitle(metadata.title);
  const structured = cleanTitle(jsonText(metadata.article?.headline) ?? metaValue(metadata, 'og:title', 'twitter:title'));
  if (printed && title && printedAgreesWithTitle(printed, title, structured, siteName)) return printed;

  const candidates = [structured, printed, title].filter((c): c is string => !!c);
  if (!candidates.length) return null;
  let headline = stripSiteName(candidates[0], siteName, host, printed);
  // JSON-LD headlines are often cut at 110 characters; the h1 holds the whole one.
  if (printed && printed.length > headline.length && looseKey(printed).startsWith(looseKey(headline).replace(/\s*\S*$/, ''))) {
    headline = printed;
  }
  return headline || null;
}

/**
 * Does <title> say what the page prints, once its site parts are set aside? The printed text is
 * then the headline, over an og:title variant ("longer SEO title") and whatever the site is
 * called. Not when the printed text is the site's name: a logo in an h1 matches the site part
 * of the title, while structured data names another part.
 */
function printedAgreesWithTitle(printed: string, title: string, structured: string | null, siteName: string | null): boolean {
  const key = looseKey(printed);
  if (!key || (siteName && looseKey(siteName) === key)) return false;
  const runs = titleRuns(title);
  const mine = runs.find((r) => r.key === key);
  if (!mine) return false;
  if (!structured) return true;
  const theirs = runs.find((r) => r.key === looseKey(structured));
  return !theirs || (theirs.start < mine.end && mine.start < theirs.end);
}

/** "DKISP … Surakarta - Katajari.com" → "DKISP … Surakarta". */
export function stripSiteName(title: string, siteName: string | null, host: string | null, h1: string | null): string {
  if (h1 && looseKey(title) === looseKey(h1)) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName ? siteKey(siteName) : null;
  const label = host
    ? host
        .replace(/^www\./, '')
        .split('.')[0]
        .toLowerCase()
    : null;
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
  return looseKey(value)
    .replace(/ (?:co id|com|id|net|org|news|online|tv)$/, '')
    .replace(/\s+/g, '');
}
