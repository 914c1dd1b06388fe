/**
 * From the page to the article's body: the content roots, the featured image and the lead above
 * them, the blocks, and the body assembled from them. When the chosen container turns out tiny
 * or mostly links (a teaser card matched a theme selector, a line of text won the scorer on its
 * class), the next candidates are tried and the one holding the article is kept.
 */
import type { AnyNode, Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import { plainSourced } from '../parse/sourced-text.js';
import type { PageMetadata } from './metadata.js';
import type { PageAnalysis } from './scorer.js';
import { alternativeRoots, findContentRoots, type ContentRoots } from './content-root.js';
import {
  figureBlock,
  hasImageOrCaption,
  isCaptionElement,
  isFigure,
  photoBoxBlock,
  type Block,
  type BlockOptions,
  type ImageBlock,
  type TextBlock,
} from './blocks.js';
import { collectBlocks } from './block-walk.js';
import { assembleBody, type Body } from './body.js';
import { findStandfirst } from './standfirst.js';
import { isGallery, isPhotoBox } from './photos.js';
import { isAncestor, isElement } from './dom.js';
import { looseKey, normalizeText } from '../util/text.js';

export interface BodyContext {
  baseUrl: string | null;
  headlineElement: Element | null;
  headline: string | null;
}

export interface BodyResult {
  body: Body;
  /** How many of the body's first paragraphs are the lead above it. */
  bodyStart: number;
  /** How the body was found (a theme selector, "scorer", "scorer (fallback)"). */
  method: string;
  /** The elements the body was read from (the first is the article's area for the date search). */
  roots: Element[];
}

/** A body with less text than this is thin: worth a look at the other candidates. */
const THIN_BODY = 250;
/** A content selector matching this many separate elements may be matching teaser cards. */
const CARD_MATCHES = 3;

export function readBody(page: ParsedPage, analysis: PageAnalysis, metadata: PageMetadata, context: BodyContext): BodyResult {
  const chosen = findContentRoots(page, analysis);
  let best = bodyFrom(page, analysis, context, chosen);
  const thin = textLength(best.body) < THIN_BODY;
  // A theme's body class that also marks teaser cards matches many elements: is the article elsewhere?
  const cards = (chosen.matches ?? 0) >= CARD_MATCHES;
  if (thin || cards) {
    for (const alternative of alternativeRoots(page, analysis, chosen.roots, thin ? 4 : 1)) {
      const candidate = bodyFrom(page, analysis, context, alternative);
      const wins = thin ? holdsMore(candidate.body, best.body) : holdsFarMore(candidate.body, best.body) && apart(alternative.roots, chosen.roots);
      if (wins) best = candidate;
    }
  }
  const structured = preferStructuredBody(best.body, metadata);
  return structured === best.body ? best : { body: structured, bodyStart: 0, method: 'json-ld', roots: best.roots };
}

function bodyFrom(page: ParsedPage, analysis: PageAnalysis, context: BodyContext, found: ContentRoots): BodyResult {
  const { roots, method } = found;
  const { baseUrl, headlineElement } = context;
  const isChrome = (el: Element) => analysis.isChrome(el);
  const stats = analysis.stats;
  const bodyBlocks = roots.flatMap((root) => collectBlocks(root, { baseUrl, isChrome, headline: headlineElement, stats }));
  // Above the body: the featured image and the lead, in page order.
  const lead = standfirstBlocks(findStandfirst(page, analysis, headlineElement, roots), bodyBlocks, { baseUrl, isChrome });
  const bodyText = roots.reduce((n, r) => n + analysis.textOf(r), 0);
  const above = [...featuredImages(roots, headlineElement, analysis, { baseUrl, isChrome, stats }, bodyText), ...lead].sort(
    (a, b) => page.index.position(a.node) - page.index.position(b.node),
  );
  const body = assembleBody([...above, ...bodyBlocks], context.headline);
  const leadTexts = new Set(lead.map((b) => b.sourced));
  let bodyStart = 0;
  while (bodyStart < body.paragraphs.length && leadTexts.has(body.paragraphs[bodyStart])) bodyStart++;
  return { body, bodyStart, method, roots };
}

/** Against a body the theme's selector gave, the bar is higher: twice the text, and more than a teaser. */
function holdsFarMore(candidate: Body, current: Body): boolean {
  const a = textLength(candidate);
  const b = textLength(current);
  return a >= 2 * b && a >= b + 500;
}

/** No root of one inside a root of the other. */
function apart(a: Element[], b: Element[]): boolean {
  return !a.some((x) => b.some((y) => x === y || isAncestor(x, y) || isAncestor(y, x)));
}

function textLength(body: Body): number {
  return body.paragraphs.reduce((n, p) => n + p.text.length, 0);
}

/** Another candidate wins when it holds clearly more text: twice as much, and a paragraph more. */
function holdsMore(candidate: Body, current: Body): boolean {
  const a = textLength(candidate);
  const b = textLength(current);
  return a >= 2 * b && a >= b + 150;
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

/**
 * Captioned images above the body (the featured image, a gallery): between the headline and the
 * content root, inside the same article. The photo may stand in a <figure>, in any small
 * container with its caption, or in a gallery.
 */
function featuredImages(roots: Element[], headline: Element | null, analysis: PageAnalysis, options: BlockOptions, bodyText: number): ImageBlock[] {
  const { baseUrl } = options;
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
    // No image below: no photo, no gallery (a caption alone is a figure's only when it stands in one).
    const images = analysis.stats.get(node)?.images ?? 0;
    if (images === 0 && !isFigure(node)) return;
    if (isFigure(node) && hasImageOrCaption(node)) {
      const block = figureBlock(node, baseUrl);
      if (block.caption) out.push(block);
      return;
    }
    if (isPhotoBox(node, analysis.stats.get(node), bodyText)) {
      const block = photoBoxBlock(node, baseUrl);
      if (block?.caption && block.image) {
        out.push(block);
        return;
      }
    }
    if (images >= 2 && isGallery(node) && !roots.some((r) => isAncestor(node, r))) {
      for (const b of collectBlocks(node, options)) if (b.kind === 'image' && b.caption) out.push(b);
      return;
    }
    if (isCaptionElement(node) && out.length === 0) return;
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const child of scope.children) visit(child, 0);
  return out;
}
