/**
 * Where the article body is: the first known theme selector that holds enough text,
 * else the generic scorer.
 */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import { CONTENT_SELECTORS } from './sites/selectors.js';
import { isAncestor } from './dom.js';
import { PageAnalysis, scoreContent } from './scorer.js';

export interface ContentRoots {
  roots: Element[];
  /** How the roots were found: the selector, or "scorer". */
  method: string;
}

const MIN_TEXT = 80;

export function findContentRoots(page: ParsedPage, analysis: PageAnalysis): ContentRoots {
  const { stats } = analysis;
  const body = (page.$('body')[0] as Element | undefined) ?? null;

  for (const selector of CONTENT_SELECTORS) {
    const matches = (page.$(selector).toArray() as Element[]).filter((el) => !analysis.insideChrome(el));
    if (!matches.length) continue;
    // Nested matches of one selector (".entry-content" inside ".entry-content"): keep the outer.
    const outer = matches.filter((el) => !matches.some((other) => other !== el && isAncestor(other, el)));
    const longest = Math.max(...outer.map((el) => stats.get(el)?.text ?? 0));
    if (longest < MIN_TEXT) continue;
    // The first match in page order that carries a fair share of the text: on infinite-scroll
    // pages the article of this URL comes first and the next one's teaser follows.
    const chosen = outer.find((el) => (stats.get(el)?.text ?? 0) >= Math.max(MIN_TEXT, longest * 0.3));
    if (chosen) return { roots: [chosen], method: selector };
  }

  const roots = scoreContent(body ?? (page.document as unknown as Element), stats);
  if (roots.length) return { roots, method: 'scorer' };
  return { roots: body ? [body] : [], method: 'body' };
}
