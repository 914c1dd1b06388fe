/**
 * The generic content scorer, for pages no known theme selector matches: a small
 * Readability-style core. Paragraph-like elements score by text length and commas; the
 * score flows to their ancestors; link density and class/id hints weigh candidates.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { classAndId, isElement } from './dom.js';
import { chromeKind, isNeverContent } from './chrome.js';

export interface NodeStats {
  /** Characters of text (whitespace runs counted once) outside chrome. */
  text: number;
  /** Characters of that text inside links. */
  link: number;
  commas: number;
  /** Text outside block-level children (loose text runs), and its commas. */
  inline: number;
  inlineCommas: number;
  /** Has a block-level element among its descendants (so it is not a paragraph itself). */
  hasBlock: boolean;
  /** Images (<img>, <amp-img>) among its descendants. */
  images: number;
  /** Holds a heading or a list: what a photo's caption never holds. */
  outline: boolean;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre']);
// Containers that read as one paragraph when nothing block-level is inside them.
const BLOCK_FREE_PARAGRAPHS = new Set(['td', 'blockquote', 'div', 'section', 'article', 'span', 'font', 'center', 'li', 'dd']);
const BLOCKISH = new Set([
  'p',
  'div',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'form',
  'li',
  'tr',
]);
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|isi|berita|detail|artikel|konten|read/;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|terkait|populer|terpopuler|terkini|menu|nav/;
const COMMA = /[,，、]/g;
const IMAGE_TAGS = new Set(['img', 'amp-img', 'amp-anim']);
const OUTLINE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);
/** A <p> this long reads as prose; a chrome bar holding this much prose is no chrome bar. */
const PROSE_PARAGRAPH = 80;
const PROSE_IN_BAR = 300;
/** Below this much prose on the page, prose shares say nothing. */
const PROSE_PAGE = 500;

const MAX_DEPTH = 400;
/** Less text than this is a line, not an article's container. */
const MIN_CONTAINER_TEXT = 140;
const TINY_PENALTY = 1000;

/**
 * Per-page analysis shared by every stage that needs to tell article from chrome:
 * text statistics per element, and a chrome test guarded by what the element holds, so that
 * a layout wrapper whose class happens to say "sidebar" or "share" is not thrown away with
 * the page.
 */
export class PageAnalysis {
  readonly stats = new Map<Element, NodeStats>();
  /** Text per element before chrome is taken out, and the part of it in paragraphs of prose (when any). */
  private readonly raw = new Map<Element, number>();
  private readonly rawProse = new Map<Element, number>();
  /** What the last rawPass call found besides its text (no object per element: pages are big). */
  private lastLink = 0;
  private lastProse = 0;
  private lastAside = 0;
  private readonly chromeMemo = new Map<Element, boolean>();
  private readonly chromeLimit: number;
  private readonly proseLimit: number;

  constructor(root: AnyNode) {
    const total = this.rawPass(root, false, 0);
    // A real chrome box (share bar, related list, comments) rarely holds most of the page's
    // text (asides, mostly sidebars, not counted), and a sidebar or related box never most of
    // its prose.
    this.chromeLimit = Math.max(200, (total - this.lastAside) * 0.4);
    this.proseLimit = Math.max(PROSE_PAGE, this.lastProse * 0.6);
    this.cleanPass(root, false, 0);
  }

  /**
   * Never content; or chrome by tag or class, not holding most of the page's text, and not
   * holding what its kind never holds: bars (share, meta, ad slots) no prose at all, boxes
   * (sidebars, related posts) not most of the page's prose.
   */
  isChrome(el: Element): boolean {
    let v = this.chromeMemo.get(el);
    if (v === undefined) {
      v = isNeverContent(el);
      if (!v) {
        const kind = chromeKind(el);
        const text = this.raw.get(el) ?? 0;
        const prose = this.rawProse.get(el) ?? 0;
        v = kind !== null && text < this.chromeLimit && !(kind === 'bar' && prose >= PROSE_IN_BAR) && !(kind === 'box' && prose >= this.proseLimit);
      }
      this.chromeMemo.set(el, v);
    }
    return v;
  }

  /** Inside a sidebar, a widget, a related-posts box, a nav…: not this page's article. */
  insideChrome(el: Element): boolean {
    for (let p = el.parent; p && isElement(p); p = p.parent) if (this.isChrome(p)) return true;
    return false;
  }

  textOf(el: Element): number {
    return this.stats.get(el)?.text ?? 0;
  }

  private rawPass(node: AnyNode, inLink: boolean, depth: number): number {
    let text = 0;
    let link = 0;
    let prose = 0;
    let aside = 0;
    const children = (node as Element).children;
    if (children && depth <= MAX_DEPTH) {
      for (const child of children) {
        if (child.type === 'text') {
          const len = collapsedLength((child as Text).data);
          text += len;
          if (inLink) link += len;
        } else if (isElement(child) && !isNeverContent(child)) {
          const t = this.rawPass(child, inLink || child.name === 'a', depth + 1);
          text += t;
          link += this.lastLink;
          prose += this.lastProse;
          aside += child.name === 'aside' ? t : this.lastAside;
        }
      }
    }
    if (isElement(node)) {
      // A paragraph of prose: a <p> of some length, not mostly a link.
      if (node.name === 'p') prose = text >= PROSE_PARAGRAPH && link < 0.3 * text ? text : 0;
      this.raw.set(node, text);
      if (prose) this.rawProse.set(node, prose);
    }
    this.lastLink = link;
    this.lastProse = prose;
    this.lastAside = aside;
    return text;
  }

  private cleanPass(node: AnyNode, inLink: boolean, depth: number): NodeStats {
    const s: NodeStats = { text: 0, link: 0, commas: 0, inline: 0, inlineCommas: 0, hasBlock: false, images: 0, outline: false };
    const children = (node as Element).children;
    if (!children || depth > MAX_DEPTH) return s;
    for (const child of children) {
      if (child.type === 'text') {
        const data = (child as Text).data;
        const len = collapsedLength(data);
        s.text += len;
        s.inline += len;
        if (inLink) s.link += len;
        if (data.includes(',')) {
          const commas = data.match(COMMA)?.length ?? 0;
          s.commas += commas;
          s.inlineCommas += commas;
        }
      } else if (isElement(child)) {
        if (this.isChrome(child)) continue;
        const c = this.cleanPass(child, inLink || child.name === 'a', depth + 1);
        s.text += c.text;
        s.link += c.link;
        s.commas += c.commas;
        s.images += c.images + (IMAGE_TAGS.has(child.name) ? 1 : 0);
        if (c.outline || OUTLINE_TAGS.has(child.name)) s.outline = true;
        if (c.hasBlock || BLOCKISH.has(child.name)) s.hasBlock = true;
        else if (child.name !== 'a') {
          s.inline += c.text;
          s.inlineCommas += c.commas;
        }
      }
    }
    if (isElement(node)) this.stats.set(node, s);
    return s;
  }
}

function collapsedLength(data: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (isSpace) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

function isParagraphLike(el: Element, s: NodeStats): boolean {
  return PARAGRAPH_TAGS.has(el.name) || (BLOCK_FREE_PARAGRAPHS.has(el.name) && !s.hasBlock);
}

export function linkDensity(s: NodeStats): number {
  return s.text ? s.link / s.text : 0;
}

function classWeight(el: Element): number {
  const ci = classAndId(el);
  if (!ci) return 0;
  let w = 0;
  if (NEGATIVE.test(ci)) w -= 25;
  if (POSITIVE.test(ci)) w += 25;
  return w;
}

function initialScore(el: Element): number {
  let score = classWeight(el);
  switch (el.name) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      score += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score += 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      score -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score -= 5;
      break;
  }
  return score;
}

/** A scored candidate for the article's container. */
export interface Candidate {
  el: Element;
  score: number;
}

/**
 * Readability's scores: paragraph-like elements score by text length and commas, and the
 * score flows to their ancestors (halving, then thirding); link density weighs the total.
 */
function scoreElements(body: Element, stats: Map<Element, NodeStats>): Map<Element, number> {
  const scores = new Map<Element, number>();
  const credit = (from: Element | null, own: number): void => {
    let ancestor = from;
    for (let level = 0; ancestor && isElement(ancestor) && level < 5; level++) {
      if (!stats.has(ancestor)) break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      const prev = scores.get(ancestor) ?? initialScore(ancestor);
      scores.set(ancestor, prev + own / divider);
      if (ancestor === body) break;
      ancestor = ancestor.parent as Element | null;
    }
  };
  for (const [el, s] of stats) {
    if (isParagraphLike(el, s)) {
      if (s.text < 25) continue;
      // Score the outermost block-free element only: nested <font><font>… would count twice.
      const parent = el.parent as Element | null;
      if (parent && isElement(parent)) {
        const ps = stats.get(parent);
        if (ps && isParagraphLike(parent, ps)) continue;
      }
      credit(el.parent as Element | null, 1 + s.commas + Math.min(Math.floor(s.text / 100), 3));
    } else if (s.hasBlock && s.inline >= 25) {
      // Text standing loose between blocks ("<div><p>title</p>Body text…<div>share</div></div>")
      // is a paragraph of this element.
      credit(el, 1 + s.inlineCommas + Math.min(Math.floor(s.inline / 100), 3));
    }
  }
  for (const [el, raw] of scores) {
    const s = stats.get(el)!;
    // A class bonus can lift a line of text ("div.detail-headline") over the article: too
    // little text to be the container counts only when nothing else scores.
    const tiny = s.text < MIN_CONTAINER_TEXT ? TINY_PENALTY : 0;
    scores.set(el, raw * (1 - linkDensity(s)) - tiny);
  }
  return scores;
}

/** Candidates for the article's container, best first, none inside another, each with its roots. */
export function rankCandidates(body: Element, stats: Map<Element, NodeStats>, limit = 5): (Candidate & { roots: Element[] })[] {
  const scores = scoreElements(body, stats);
  const ranked = limit === 1 ? best(scores) : [...scores].map(([el, score]) => ({ el, score })).sort((a, b) => b.score - a.score);
  const out: (Candidate & { roots: Element[] })[] = [];
  for (const c of ranked) {
    if (out.length >= limit) break;
    if (out.some((o) => contains(o.el, c.el) || contains(c.el, o.el))) continue;
    out.push({ ...c, roots: rootsAround(c.el, c.score, body, stats, scores) });
  }
  return out;
}

function best(scores: Map<Element, number>): Candidate[] {
  let top: Candidate | null = null;
  for (const [el, score] of scores) if (!top || score > top.score) top = { el, score };
  return top ? [top] : [];
}

/**
 * The elements holding the article body, in document order: the best-scoring candidate
 * and the siblings that look like they continue it. Empty when nothing scores.
 */
export function scoreContent(body: Element, stats: Map<Element, NodeStats>): Element[] {
  return rankCandidates(body, stats, 1)[0]?.roots ?? [];
}

/**
 * From a top candidate to the roots: Readability's walk up (a parent scoring higher holds more
 * of the article), the lone-child climb, and the siblings that continue it.
 */
function rootsAround(top: Element, topScore: number, body: Element, stats: Map<Element, NodeStats>, scores: Map<Element, number>): Element[] {
  // Readability's walk up: a parent scoring higher than the candidate holds more of the
  // article (the body split across sibling blocks); stop when scores fall too low.
  let lastScore = topScore;
  const floor = topScore / 3;
  for (let p = top.parent as Element | null; p && isElement(p) && p !== body; p = p.parent as Element | null) {
    const ps = scores.get(p);
    if (ps == null) continue;
    if (ps < floor) break;
    if (ps > lastScore) {
      top = p;
      topScore = ps;
      break;
    }
    lastScore = ps;
  }
  // A lone child says nothing its parent does not.
  while (top.parent && isElement(top.parent) && top.parent !== body && elementChildren(top.parent).length === 1) {
    top = top.parent;
  }

  const parent = top.parent as Element | null;
  if (!parent || !isElement(parent)) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const result: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling)) continue;
    if (sibling === top) {
      result.push(sibling);
      continue;
    }
    const s = stats.get(sibling);
    if (!s || !s.text) continue;
    const score = scores.get(sibling) ?? 0;
    if (score >= threshold) {
      result.push(sibling);
      continue;
    }
    if (sibling.name === 'p') {
      const density = linkDensity(s);
      if (s.text > 80 && density < 0.25) result.push(sibling);
      else if (s.text > 0 && s.text <= 80 && density === 0) result.push(sibling);
    }
  }
  return result;
}

function contains(ancestor: Element, el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function elementChildren(el: Element): Element[] {
  return el.children.filter(isElement);
}
