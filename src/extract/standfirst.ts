/**
 * The lead between the headline and the body (standfirst, teaser, chapo, deck, abstract): it is
 * article text the body's container does not hold. Found by its class between the headline and
 * the first content root, or as the paragraph under the headline in the article's header.
 */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import type { PageAnalysis } from './scorer.js';
import { isAncestor } from './dom.js';
import { NOT_STANDFIRST_PARTS, STANDFIRST_PARTS } from './sites/standfirst.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const partsRe = (parts: readonly string[]) => new RegExp(`(?:^|[_-])(?:${parts.map(escape).join('|')})(?=$|[_-])`);
const STANDFIRST_PART = partsRe(STANDFIRST_PARTS);
const NOT_STANDFIRST = partsRe(NOT_STANDFIRST_PARTS);
/** The most elements a headline and its body are apart; further apart, they are not one article. */
const MAX_GAP = 400;
/** A lead is a sentence or more, not a kicker or a byline. */
const MIN_TEXT = 40;
const HEADER_TAGS = new Set(['header', 'hgroup']);
const HEADER_TEXT_TAGS = new Set(['p', 'h2']);
/** Lower headings between the headline and the body title sections ("h3.subtitle"), not the lead. */
const SECTION_HEADINGS = new Set(['h3', 'h4', 'h5', 'h6']);
/** A deck and a summary at most: more "leads" are a list of teasers. */
const MAX_ELEMENTS = 2;

/** Elements holding the lead, in document order (none when the headline or the body is unknown). */
export function findStandfirst(page: ParsedPage, analysis: PageAnalysis, headline: Element | null, roots: Element[]): Element[] {
  const first = roots[0];
  if (!headline || !first || roots.some((r) => r === headline || isAncestor(r, headline))) return [];
  const from = page.index.position(headline);
  const to = page.index.position(first);
  if (from < 0 || to <= from || to - from > MAX_GAP) return [];
  const header = articleHeader(headline);
  const found: Element[] = [];
  for (let i = from + 1; i < to; i++) {
    const el = page.index.all[i];
    if (isAncestor(headline, el) || isAncestor(el, first) || found.some((f) => isAncestor(f, el))) continue;
    const marked = hasStandfirstClass(el);
    const underHeadline = !marked && header !== null && HEADER_TEXT_TAGS.has(el.name) && isAncestor(header, el);
    if ((!marked && !underHeadline) || SECTION_HEADINGS.has(el.name)) continue;
    const stats = analysis.stats.get(el);
    if (!stats || stats.text < MIN_TEXT || stats.link > 0.5 * stats.text) continue;
    if (analysis.isChrome(el) || analysis.insideChrome(el)) continue;
    found.push(el);
  }
  return found.length > MAX_ELEMENTS ? [] : found;
}

function hasStandfirstClass(el: Element): boolean {
  const tokens = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/\s+/);
  return tokens.some((t) => t && STANDFIRST_PART.test(t) && !NOT_STANDFIRST.test(t));
}

/** The <header> or <hgroup> holding the headline, if the article has one. */
function articleHeader(headline: Element): Element | null {
  for (let p = headline.parent, depth = 0; p && p.type === 'tag' && depth < 4; p = p.parent, depth++) {
    if (HEADER_TAGS.has((p as Element).name)) return p as Element;
  }
  return null;
}
