/** Category and tags. */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import { jsonList, jsonText, type PageMetadata } from './metadata.js';
import { BREADCRUMB_SELECTORS, CATEGORY_SELECTORS, NOT_TAG_TERMS, TAG_SELECTORS } from './sites/selectors.js';
import { isElement, rawText, textNodesAround } from './dom.js';
import { outsideArticle } from './scope.js';
import { normalizeText } from '../util/text.js';

const HOME = /^(home|beranda|homepage|halaman utama|index|news|berita)$/i;

export function readCategory(page: ParsedPage, metadata: PageMetadata, headlineElement: Element | null, headline: string | null): string | null {
  const structured = jsonText(metadata.article?.articleSection) ?? metadata.meta.get('article:section')?.[0] ?? null;
  if (structured) return normalizeText(structured);
  for (const selector of CATEGORY_SELECTORS) {
    const texts = linkTexts(page, selector, true);
    if (texts.length) return texts[0];
  }
  for (const selector of BREADCRUMB_SELECTORS) {
    for (const trail of page.index.select(selector)) {
      const items = page.index
        .selectWithin(trail, 'a, [itemprop="name"]')
        .map((el) => normalizeText(rawText(el)))
        .filter((t) => t && !HOME.test(t) && t !== headline && t.length < 60);
      if (items.length) return items[items.length - 1];
    }
  }
  return headlineElement ? breadcrumbNearHeadline(page, headlineElement, headline) : null;
}

const CRUMB_SEPARATOR = /[»›>/→]/;

/** An unmarked trail "Home » Banjarmasin" printed just above the headline. */
function breadcrumbNearHeadline(page: ParsedPage, headlineElement: Element, headline: string | null): string | null {
  const { before } = textNodesAround(page.document, headlineElement, 12, 0);
  for (const node of before) {
    const link = node.parent;
    if (!link || !isElement(link) || link.name !== 'a' || !HOME.test(normalizeText(node.data))) continue;
    const trail = link.parent;
    if (!trail || !isElement(trail)) continue;
    const text = normalizeText(rawText(trail));
    if (text.length > 200 || !CRUMB_SEPARATOR.test(text)) continue;
    const links = page.index.selectWithin(trail, 'a').map((a) => normalizeText(rawText(a)));
    if (links.length < 2 || links.length > 5) continue;
    const items = links.filter((t) => t && !HOME.test(t) && t !== headline);
    if (items.length) return items[items.length - 1];
  }
  return null;
}

export function readTags(page: ParsedPage, metadata: PageMetadata): string[] {
  const fromMeta = metadata.meta.get('article:tag');
  if (fromMeta?.length) return dedupe(fromMeta.map(normalizeText));
  for (const selector of TAG_SELECTORS) {
    const texts = linkTexts(page, selector, false, inOtherTerms);
    if (texts.length) return dedupe(texts.map((t) => t.replace(/^#/, '')));
  }
  return dedupe(jsonList(metadata.article?.keywords));
}

/** Texts of links matching a selector; tag and category lists are themselves "chrome" by class, so only nav/aside/footer count as outside. */
function linkTexts(page: ParsedPage, selector: string, first: boolean, skip?: (el: Element) => boolean): string[] {
  const out: string[] = [];
  for (const el of page.index.select(selector)) {
    if (outsideArticle(el) || skip?.(el)) continue;
    const t = normalizeText(rawText(el));
    if (t && t.length < 80) {
      out.push(t);
      if (first) break;
    }
  }
  return out;
}

/** A link of a block theme's post-terms block of categories (or another taxonomy): rel="tag", but no tag. */
function inOtherTerms(el: Element): boolean {
  const terms = el.parent;
  if (!terms || !isElement(terms)) return false;
  const classes = (terms.attribs.class ?? '').toLowerCase().split(/\s+/);
  return classes.includes(NOT_TAG_TERMS.block) && classes.some((c) => NOT_TAG_TERMS.taxonomy.test(c));
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = v.toLowerCase();
    if (!v || seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}
