/**
 * The extract stage: one parsed page in, one article record out. Each field comes from a
 * small module; this file only orders them and passes the one parsed tree along.
 */
import type { AnyNode, Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import type { SourcedText } from '../parse/sourced-text.js';
import { SCHEMA_VERSION, type ArticleRecord } from '../record.js';
import type { Zone } from '../dates/index.js';
import { jsonLdOfType, jsonLdResolve, jsonText, metaValue, readMetadata, type PageMetadata } from './metadata.js';
import { PageAnalysis } from './scorer.js';
import { findContentRoots } from './content-root.js';
import {
  collectBlocks, figureBlock, hasImageOrCaption, isCaptionElement, isFigure, sourcedTextOf,
  type Block, type BlockOptions, type ImageBlock, type TextBlock,
} from './blocks.js';
import { assembleBody, type Body } from './body.js';
import { findStandfirst } from './standfirst.js';
import { looseKey, normalizeText } from '../util/text.js';
import { findHeadlineElement, readHeadline } from './headline.js';
import { readPublicationDates } from './published.js';
import { readLead } from './lead.js';
import { readAuthor } from './author.js';
import { readCategory, readTags } from './taxonomy.js';
import { readLanguage } from './language.js';
import { isAncestor, isElement, resolveUrl } from './dom.js';
import { plainSourced } from '../parse/sourced-text.js';

export interface ExtractOptions {
  /** The page URL (resolves relative links; recorded as `url`). */
  url?: string | null;
  /** What to record as `url` when it is not the page URL (a local file path). */
  source?: string | null;
  /** Zone for timestamps written without one (Indonesian pages: WIB). */
  defaultZone?: Zone;
}

/** The record plus where each of its texts stood in the source, for lint positions. */
export interface Extraction {
  record: ArticleRecord;
  page: ParsedPage;
  /** Sourced text per field: "headline", "dateline", "caption[i]", "paragraphs[i]". */
  fields: Map<string, SourcedText>;
  /** How the body was found (a theme selector, or "scorer"). */
  method: string;
}

export function extractArticle(page: ParsedPage, options: ExtractOptions = {}): Extraction {
  const defaultZone = options.defaultZone ?? 'WIB';
  const metadata = readMetadata(page);
  const analysis = new PageAnalysis(page.document);
  const pageUrl = options.url ?? page.url ?? null;
  const canonicalUrl =
    resolveUrl(metadata.canonical, pageUrl) ?? resolveUrl(metaValue(metadata, 'og:url'), pageUrl) ?? resolveUrl(jsonText(metadata.article?.url), pageUrl);
  const baseUrl = resolveUrl(metadata.baseHref, pageUrl ?? canonicalUrl) ?? (isHttp(pageUrl) ? pageUrl : null) ?? canonicalUrl;
  const host = hostOf(pageUrl) ?? hostOf(canonicalUrl);
  const siteName = readSiteName(metadata);

  const headlineElement = findHeadlineElement(page, analysis, metadata);
  const headline = readHeadline(metadata, headlineElement, siteName, host);
  const { published, modified } = readPublicationDates(page, metadata, headlineElement, defaultZone);

  const { roots, method } = findContentRoots(page, analysis);
  const isChrome = (el: Element) => analysis.isChrome(el);
  const bodyBlocks = roots.flatMap((root) => collectBlocks(root, { baseUrl, isChrome, headline: headlineElement }));
  // Above the body: the featured image and the lead, in page order.
  const lead = standfirstBlocks(findStandfirst(page, analysis, headlineElement, roots), bodyBlocks, { baseUrl, isChrome });
  const above = [...featuredImages(roots, headlineElement, analysis, baseUrl), ...lead].sort(
    (a, b) => page.index.position(a.node) - page.index.position(b.node),
  );
  const blocks = [...above, ...bodyBlocks];
  let body = assembleBody(blocks, headline);
  body = preferStructuredBody(body, metadata);

  const paragraphs = body.paragraphs.map((p) => p.text);
  const leadTexts = new Set(lead.map((b) => b.sourced));
  let bodyStart = 0;
  while (bodyStart < body.paragraphs.length && leadTexts.has(body.paragraphs[bodyStart])) bodyStart++;
  const { dateline, datelineIndex, captions } = readLead(paragraphs, body.captions, published, bodyStart);
  const text = paragraphs.join('\n\n');

  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    url: options.source ?? pageUrl ?? '-',
    canonicalUrl,
    siteName,
    language: readLanguage(metadata, text),
    headline,
    published,
    modified,
    dateline,
    byline: { author: readAuthor(page, metadata), initials: body.initials },
    category: readCategory(page, metadata, headlineElement, headline),
    tags: readTags(page, metadata),
    captions,
    paragraphs,
    blocks: body.blocks,
    text,
    findings: [],
  };

  const fields = new Map<string, SourcedText>();
  if (headline) fields.set('headline', headlineElement ? sourcedTextOf(headlineElement) : plainSourced(headline));
  body.paragraphs.forEach((p, i) => fields.set(`paragraphs[${i}]`, p));
  body.captions.forEach((c, i) => fields.set(`caption[${i}]`, c.sourced));
  if (dateline && body.paragraphs[datelineIndex]) fields.set('dateline', body.paragraphs[datelineIndex]);
  return { record, page, fields, method };
}

/**
 * The lead's text blocks, unless the body already says the same (themes that print the
 * excerpt above the body and again as its first paragraph) or another copy of the lead did.
 */
function standfirstBlocks(elements: Element[], body: Block[], options: BlockOptions): TextBlock[] {
  if (!elements.length) return [];
  const seen = new Set<string>();
  for (const b of body.slice(0, 5)) if (b.kind === 'text') seen.add(looseKey(b.sourced.text));
  const out: TextBlock[] = [];
  for (const el of elements) {
    for (const b of collectBlocks(el, options)) {
      if (b.kind !== 'text') continue;
      const key = looseKey(b.sourced.text);
      if (!key || seen.has(key) || [...seen].some((k) => k.startsWith(key))) continue;
      seen.add(key);
      // A deck printed as an <h2> is the lead's paragraph, not a section heading.
      out.push(b.shape.kind === 'heading' ? { ...b, heading: false, shape: { kind: 'paragraph' } } : b);
    }
  }
  return out;
}

/**
 * Some pages render the body with scripts and ship it only as JSON-LD articleBody. When that
 * text is much longer than what the markup gave, it is the article.
 */
function preferStructuredBody(body: Body, metadata: PageMetadata): Body {
  const structured = metadata.article?.articleBody;
  if (typeof structured !== 'string') return body;
  const ours = body.paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (structured.length < 2 * ours + 200) return body;
  const paragraphs = structured
    .split(/\n\s*\n|\r?\n/)
    .map((p) => normalizeText(p))
    .filter(Boolean)
    .map((p) => plainSourced(p));
  if (!paragraphs.length) return body;
  return {
    paragraphs,
    blocks: paragraphs.map(() => ({ kind: 'paragraph' })),
    captions: body.captions.map((c) => ({ ...c, paragraphIndex: 0 })),
    initials: body.initials,
  };
}

function isHttp(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

function hostOf(url: string | null): string | null {
  if (!isHttp(url)) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function readSiteName(metadata: PageMetadata): string | null {
  const og = metaValue(metadata, 'og:site_name', 'application-name', 'apple-mobile-web-app-title');
  if (og) return og;
  const publisher = jsonLdResolve(metadata, metadata.article?.publisher);
  return jsonText(publisher) ?? jsonText(jsonLdOfType(metadata, 'WebSite')?.name) ?? null;
}

/**
 * Captioned images above the body (the featured image): between the headline and the
 * content root, inside the same article.
 */
function featuredImages(roots: Element[], headline: Element | null, analysis: PageAnalysis, baseUrl: string | null): ImageBlock[] {
  const first = roots[0];
  if (!first) return [];
  let scope: Element | null = first.parent && isElement(first.parent) ? first.parent : null;
  for (let p: Element | null = scope, depth = 0; p && depth < 6; p = p.parent && isElement(p.parent) ? p.parent : null, depth++) {
    if (headline && isAncestor(p, headline)) {
      scope = p;
      break;
    }
    if (p.name === 'article' || p.name === 'body') {
      scope = p;
      break;
    }
  }
  if (!scope) return [];
  const out: ImageBlock[] = [];
  let done = false;
  const visit = (node: AnyNode, depth: number): void => {
    if (done || depth > 200 || !isElement(node)) return;
    if (node === first || roots.includes(node)) {
      done = true;
      return;
    }
    if (analysis.isChrome(node)) return;
    if (isFigure(node) && hasImageOrCaption(node)) {
      const block = figureBlock(node, baseUrl);
      if (block.caption) out.push(block);
      return;
    }
    if (isCaptionElement(node) && out.length === 0) return;
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const child of scope.children) visit(child, 0);
  return out;
}
