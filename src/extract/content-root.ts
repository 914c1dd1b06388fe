/**
 * Where the article body is: the first known theme selector that holds enough text,
 * else the generic scorer.
 */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import { CONTENT_SELECTORS } from './sites/selectors.js';
import { isAncestor } from './dom.js';
import { chromeKind } from './chrome.js';
import { PageAnalysis, rankCandidates, scoreContent } from './scorer.js';

export interface ContentRoots {
  roots: Element[];
  /** How the roots were found: the selector, or "scorer". */
  method: string;
  /** For a selector: how many separate elements it matched (teaser cards share the body's class). */
  matches?: number;
}

const MIN_TEXT = 80;

/**
 * Bodies split into chunks around ads ("article__body" × 3) are one article; the next
 * article of an infinite-scroll page is not. Chunks whose common ancestor with the first
 * holds at most one h1 belong together.
 */
function sameArticleChunks(page: ParsedPage, first: Element, matches: Element[], stats: Map<Element, { text: number }>): Element[] {
  const roots = [first];
  const h1s = page.index.tag('h1');
  for (const el of matches) {
    if (el === first || (stats.get(el)?.text ?? 0) < 20) continue;
    const ancestor = commonAncestor(first, el);
    if (!ancestor) continue;
    if (h1s.filter((h) => isAncestor(ancestor, h)).length <= 1) roots.push(el);
  }
  return roots;
}

/**
 * The scorer finds one chunk; a body split into sections of the same markup
 * ("div.acf-content" × 3) has twins elsewhere in the same article. Add them, in page order.
 */
function withTwins(page: ParsedPage, analysis: PageAnalysis, roots: Element[]): Element[] {
  const top = roots.reduce((a, b) => (analysis.textOf(b) > analysis.textOf(a) ? b : a));
  const cls = top.attribs.class?.trim();
  if (!cls) return roots;
  const first = cls.split(/\s+/)[0].toLowerCase();
  const twins = (page.index.byClass.get(first) ?? []).filter(
    (el) =>
      el !== top &&
      el.name === top.name &&
      el.attribs.class?.trim() === cls &&
      !roots.some((r) => r === el || isAncestor(r, el) || isAncestor(el, r)) &&
      analysis.textOf(el) >= 50 &&
      // Nested twins ("div.row > div.row") are one, the outer.
      !(page.index.byClass.get(first) ?? []).some((o) => o !== el && o.attribs.class?.trim() === cls && o !== top && isAncestor(o, el)) &&
      (analysis.stats.get(el)?.link ?? 0) < 0.3 * analysis.textOf(el) &&
      !analysis.insideChrome(el),
  );
  if (!twins.length) return roots;
  const kept = sameArticleChunks(page, top, [top, ...twins], analysis.stats).filter((el) => el !== top);
  if (!kept.length) return roots;
  return [...roots, ...kept].sort((a, b) => page.index.position(a) - page.index.position(b));
}

function inNamedBox(el: Element): boolean {
  for (let p: Element | null = el; p && p.type === 'tag'; p = p.parent as Element | null) {
    const kind = chromeKind(p);
    if (kind === 'box' || kind === 'discussion') return true;
  }
  return false;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const chain = new Set<unknown>();
  for (let p = a.parent; p; p = p.parent) chain.add(p);
  for (let p = b.parent; p; p = p.parent) if (chain.has(p)) return p.type === 'root' ? null : (p as Element);
  return null;
}

export function findContentRoots(page: ParsedPage, analysis: PageAnalysis): ContentRoots {
  const { stats } = analysis;
  const body = page.index.tag('body')[0] ?? null;

  for (const selector of CONTENT_SELECTORS) {
    const matches = page.index.select(selector).filter((el) => !analysis.insideChrome(el));
    if (!matches.length) continue;
    // Nested matches of one selector (".entry-content" inside ".entry-content"): keep the outer.
    const outer = matches.filter((el) => !matches.some((other) => other !== el && isAncestor(other, el)));
    const longest = Math.max(...outer.map((el) => stats.get(el)?.text ?? 0));
    if (longest < MIN_TEXT) continue;
    // The first match in page order that carries a fair share of the text: on infinite-scroll
    // pages the article of this URL comes first and the next one's teaser follows.
    const chosen = outer.find((el) => (stats.get(el)?.text ?? 0) >= Math.max(MIN_TEXT, longest * 0.3));
    if (chosen) return { roots: sameArticleChunks(page, chosen, outer, stats), method: selector, matches: outer.length };
  }

  const roots = scoreContent(body ?? documentRoot(page), stats);
  if (roots.length) return { roots: withTwins(page, analysis, roots), method: 'scorer' };
  return { roots: body ? [body] : [], method: 'body' };
}

/**
 * Other places the body could be, for when the chosen container turns out tiny or mostly links:
 * the scorer's candidates, best first, that are not the chosen roots nor inside them.
 */
export function alternativeRoots(page: ParsedPage, analysis: PageAnalysis, chosen: Element[], limit = 4): ContentRoots[] {
  const body = page.index.tag('body')[0] ?? documentRoot(page);
  const out: ContentRoots[] = [];
  for (const c of rankCandidates(body, analysis.stats, limit + 1)) {
    if (!c.roots.length || chosen.some((r) => c.roots.includes(r) || c.roots.some((x) => isAncestor(r, x)))) continue;
    if (out.some((o) => o.roots[0] === c.roots[0])) continue;
    // A fallback is in no box or discussion a class names, even one that holds much of the page
    // (a long discussion under a short post). Bars holding prose are wrappers (see chrome.ts).
    if (c.roots.some((r) => inNamedBox(r))) continue;
    out.push({ roots: withTwins(page, analysis, c.roots), method: 'scorer (fallback)' });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * A page with no <body> (a fragment the parser did not wrap): the document itself is scored.
 * The scorer reads only `children`, `parent` and `name` of its root, which a Document has as
 * an element does (its name is "root"), so it stands in for one.
 */
function documentRoot(page: ParsedPage): Element {
  return page.document as unknown as Element;
}
