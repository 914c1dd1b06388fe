/**
 * Where on the page a date stands: in the article (the box that holds the headline and the
 * body), elsewhere on the page, or in a part whose dates belong to something else — a reader
 * comment, an embedded post, a teaser of another article, the header bar's "today".
 */
import type { Element } from 'domhandler';
import { isAncestor, isElement } from '../dom.js';
import { LAYOUT_TOKENS } from '../sites/chrome-classes.js';
import { FOREIGN_DATE_TAGS, OTHER_ITEM_CONTAINERS, PAGE_FURNITURE_CONTAINERS } from '../sites/dates.js';

export type Area = 'article' | 'page' | 'foreign';

export class ArticleArea {
  /** The smallest element holding both the headline and the body (or the <article> around either). */
  readonly scope: Element | null;
  private readonly memo = new Map<Element, boolean>();

  constructor(
    private readonly headline: Element | null,
    firstRoot: Element | null,
  ) {
    this.scope = articleScope(headline, firstRoot);
  }

  /** `el` holds the headline (a header box, a meta wrapper around the title). */
  holdsHeadline(el: Element): boolean {
    return this.headline !== null && (el === this.headline || isAncestor(el, this.headline));
  }

  /** Where `el` stands. */
  of(el: Element): Area {
    if (this.isForeign(el)) return 'foreign';
    if (this.scope && (el === this.scope || isAncestor(this.scope, el))) return 'article';
    return 'page';
  }

  /** Inside a container whose dates are another item's (checked up the ancestor chain, memoised). */
  private isForeign(el: Element): boolean {
    const chain: Element[] = [];
    let foreign = false;
    for (let p: Element | null = el; p && isElement(p); p = p.parent && isElement(p.parent) ? p.parent : null) {
      const known = this.memo.get(p);
      if (known !== undefined) {
        foreign = known;
        break;
      }
      chain.push(p);
      if (p.name === 'body' || p.name === 'html') break;
      if (this.foreignHere(p)) {
        foreign = true;
        break;
      }
    }
    for (const p of chain) this.memo.set(p, foreign);
    return foreign;
  }

  private foreignHere(el: Element): boolean {
    if (FOREIGN_DATE_TAGS.has(el.name)) return true;
    // The article's own containers, and those of its headline ("header-with-topbar" holding the h1), are not another item's.
    if (this.scope && (el === this.scope || isAncestor(el, this.scope))) return false;
    if (this.headline && (el === this.headline || isAncestor(el, this.headline))) return false;
    // An aside, a header or a sidebar is the page's unless it sits inside the article.
    const inArticle = (this.scope !== null && isAncestor(this.scope, el)) || insideArticleTag(el);
    if ((el.name === 'aside' || el.name === 'header') && !inArticle) return true;
    const c = el.attribs.class;
    const id = el.attribs.id;
    if (!c && !id) return false;
    for (const token of `${c ?? ''} ${id ?? ''}`.toLowerCase().split(/\s+/)) {
      if (!token || LAYOUT_TOKENS.some((re) => re.test(token))) continue;
      if (OTHER_ITEM_CONTAINERS.test(token) || (!inArticle && PAGE_FURNITURE_CONTAINERS.test(token))) return true;
    }
    return false;
  }
}

function insideArticleTag(el: Element): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (p.name === 'article') return true;
  return false;
}

function articleScope(headline: Element | null, root: Element | null): Element | null {
  if (headline && root) return commonAncestor(headline, root);
  const one = headline ?? root;
  if (!one) return null;
  for (let p = one.parent; p && isElement(p); p = p.parent) if (p.name === 'article' || p.name === 'main') return p;
  return one.parent && isElement(one.parent) ? one.parent : null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  if (a === b || isAncestor(a, b)) return a;
  const chain = new Set<unknown>();
  for (let p: unknown = a; p; p = (p as Element).parent) chain.add(p);
  for (let p = b.parent; p; p = p.parent) if (chain.has(p)) return isElement(p) ? p : null;
  return null;
}
