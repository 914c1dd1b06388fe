/**
 * Turn the content root into an ordered list of blocks: text blocks (paragraphs, headings,
 * list items) and images with their captions. Chrome subtrees are skipped on the way.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { TextBuilder, sliceSourced, type SourcedText } from '../parse/sourced-text.js';
import { isElement, resolveUrl } from './dom.js';
import type { BlockShape } from '../record.js';
import type { NodeStats } from './scorer.js';
import { altCaption, isPhoto } from './photos.js';
import { CAPTION_WORDS, FIGURE_CLASSES } from './sites/captions.js';
import { plainSourced } from '../parse/sourced-text.js';
import { isNeverContent } from './chrome.js';
import { normalizeText } from '../util/text.js';

export interface TextBlock {
  kind: 'text';
  tag: string;
  heading: boolean;
  sourced: SourcedText;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** Characters inside <em>/<i> (a caption written as emphasis under an image). */
  emphasisChars: number;
  /** The block sits inside an element marked as a caption. */
  captionHint: boolean;
  /** The block is a list item or a row: short lines there are often link lists. */
  listItem: boolean;
  /** What the block is: a paragraph, heading, list item, table row or quote. */
  shape: BlockShape;
  node: Element;
}

export interface ImageBlock {
  kind: 'image';
  image: string | null;
  alt: string | null;
  caption: SourcedText | null;
  node: Element;
}

export type Block = TextBlock | ImageBlock;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
]);
const CELL_TAGS = new Set(['td', 'th']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMPHASIS_TAGS = new Set(['em', 'i', 'cite']);
const IMAGE_TAGS = new Set(['img', 'amp-img', 'amp-anim']);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CAPTION_CLASS = new RegExp(`caption|(?:^|[\\s_-])(?:${CAPTION_WORDS.map(escapeRe).join('|')})(?=$|[\\s_-])`);
const MAYBE_CAPTION = new RegExp(`caption|${CAPTION_WORDS.map(escapeRe).join('|')}`, 'i');
const FIGURE_CLASS = new RegExp(`(?:^|\\s)(?:${FIGURE_CLASSES.map(escapeRe).join('|')})(?=$|\\s)`);
const PLACEHOLDER_SRC = /^data:|\/(?:blank|spacer|pixel|lazy|placeholder|loading)\.(?:gif|png|svg)|lazy_placeholder|grey\.gif/i;
const MAX_DEPTH = 400;
const SLIDE_COUNTER = /^\d{1,3}\s*(?:\/|dari|of|von|de|z)\s*\d{1,3}\s+/i;

export interface BlockOptions {
  baseUrl: string | null;
  /** Chrome test for elements inside the root (see PageAnalysis.isChrome). */
  isChrome: (el: Element) => boolean;
  /** The headline element: it and the article header holding it are not body text. */
  headline?: Element | null;
  /** Text statistics per element (PageAnalysis.stats): finds photos in containers of any class. */
  stats?: Map<Element, NodeStats>;
}

/** The image URL of an <img>/<amp-img>, lazy-loading attributes first. */
export function imageSource(el: Element, baseUrl: string | null): string | null {
  const a = el.attribs;
  const candidates = [a['data-src'], a['data-lazy-src'], a['data-original'], a['data-lazy'], a['data-url'], a.src];
  for (const c of candidates) {
    if (c && c.trim() && !PLACEHOLDER_SRC.test(c.trim())) {
      const url = resolveUrl(c, baseUrl);
      if (url) return url;
    }
  }
  const srcset = a['data-srcset'] ?? a.srcset;
  if (srcset) {
    const first = srcset.split(',')[0]?.trim().split(/\s+/)[0];
    const url = resolveUrl(first, baseUrl);
    if (url) return url;
  }
  return null;
}

function isFigure(el: Element): boolean {
  if (el.name === 'figure') return true;
  const c = el.attribs.class;
  return c != null && FIGURE_CLASS.test(c.toLowerCase());
}

function isCaptionElement(el: Element): boolean {
  if (el.name === 'figcaption') return true;
  const c = el.attribs.class;
  const i = el.attribs.id;
  if (!c && !i) return false;
  const names = `${c ?? ''} ${i ?? ''}`;
  if (!MAYBE_CAPTION.test(names)) return false;
  // camelCase words apart: "imageEmbedCredit" → "image Embed Credit".
  return CAPTION_CLASS.test(names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

function findFirst(root: Element, test: (el: Element) => boolean, skip?: (el: Element) => boolean): Element | null {
  const stack: AnyNode[] = [...(root.children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) return node;
    if (skip?.(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return null;
}

/** Text of an element as sourced text (caption inside a figure). */
export function sourcedTextOf(el: Element): SourcedText {
  const builder = new TextBuilder();
  // Element boundaries become soft spaces.
  const visit = (node: AnyNode, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (node.type === 'text') builder.append((node as Text).data, (node as Text).startIndex);
    else if (isElement(node)) {
      if (isNeverContent(node)) return;
      if (node.name === 'br') builder.space();
      const block = BLOCK_TAGS.has(node.name) || CELL_TAGS.has(node.name);
      if (block) builder.space();
      for (const child of node.children) visit(child, depth + 1);
      if (block) builder.space();
    }
  };
  visit(el, 0);
  return builder.build();
}

/**
 * An image container (figure, wp-caption, Blogger caption table, a small photo box) as one
 * image block: the caption from its caption element, else — in a photo box — its whole text,
 * else — in a gallery — the image's alt or title.
 */
export function figureBlock(el: Element, baseUrl: string | null, inGallery = false, photoBox = false): ImageBlock {
  const img = findFirst(el, (n) => IMAGE_TAGS.has(n.name));
  // A photo box's whole text is its caption and credit lines; a figure's, its caption element.
  const captionEl = photoBox ? el : findFirst(el, isCaptionElement, (n) => n.name === 'figure' && n !== el);
  let caption = captionEl ? sourcedTextOf(captionEl) : null;
  // A gallery's slide counter ("1/3", "2 dari 12") opens the slide's text; it is no caption.
  const counter = photoBox && caption ? SLIDE_COUNTER.exec(caption.text) : null;
  if (caption && counter) caption = sliceSourced(caption, counter[0].length, caption.text.length);
  if ((!caption || !caption.text.trim()) && inGallery && img) {
    const alt = altCaption(img);
    caption = alt ? plainSourced(alt) : null;
  }
  return {
    kind: 'image',
    image: img ? imageSource(img, baseUrl) : null,
    alt: img ? altOf(img) : null,
    caption: caption && caption.text.trim() ? caption : null,
    node: el,
  };
}

/** A small photo container (see photos.ts) as an image block, when its image is a photo. */
export function photoBoxBlock(el: Element, baseUrl: string | null, inGallery = false): ImageBlock | null {
  const img = findFirst(el, (n) => IMAGE_TAGS.has(n.name));
  return img && isPhoto(img) ? figureBlock(el, baseUrl, inGallery, true) : null;
}

export const HEADER_CLASS = /(?:^|[\s_-])(?:header|heading|title|meta)(?=$|[\s_-])/;
/** "no-title", "has-header", "without-meta": a state of the element, not its name. */
const STATE_TOKEN = /^(?:no|not|non|has|with|without|hide|show)[-_]/;

function hasHeaderClass(el: Element): boolean {
  const c = el.attribs.class;
  if (!c) return false;
  return c
    .toLowerCase()
    .split(/\s+/)
    .some((t) => t && !STATE_TOKEN.test(t) && HEADER_CLASS.test(t));
}

/** The article's header: a <header> (or title box) holding the headline, with its date and byline. */
function isArticleHeader(el: Element, headline: Element | null | undefined): boolean {
  if (!headline) return false;
  if (el.name !== 'header' && !hasHeaderClass(el)) return false;
  for (let p = headline.parent; p; p = p.parent) if (p === el) return true;
  return false;
}

function contains(ancestor: Element, node: Element): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

export function hasImageOrCaption(el: Element): boolean {
  return findFirst(el, (n) => IMAGE_TAGS.has(n.name) || isCaptionElement(n)) !== null;
}

function altOf(img: Element): string | null {
  const alt = img.attribs.alt ? normalizeText(img.attribs.alt) : null;
  // Themes print a missing alt as the literal word.
  return alt && !/^(?:null|undefined|none|image|img|foto|photo)$/i.test(alt) ? alt : null;
}

export { isFigure, isCaptionElement, findFirst, IMAGE_TAGS, BLOCK_TAGS, CELL_TAGS, HEADING_TAGS, EMPHASIS_TAGS, MAX_DEPTH, isArticleHeader, contains, altOf };
