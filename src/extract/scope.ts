/**
 * Is an element part of the page's article area at all? Dates, tags, categories and bylines
 * sit in chrome-looking boxes (entry-meta, post-footer) that the body walk skips, so these
 * fields only exclude what is clearly another part of the page: sidebars, menus, related lists.
 */
import type { Element } from 'domhandler';
import { isElement } from './dom.js';
import { LAYOUT_TOKENS } from './sites/chrome-classes.js';

const ELSEWHERE =
  /(?:^|[\s_-])(?:sidebar|menu|navbar|navigation|related|relatedposts|jp-relatedposts|popular|terpopuler|terkini|recent-posts|footer-widgets?|site-footer|site-header|megamenu|ticker|breaking)(?=$|[\s_-])/;

export function outsideArticle(el: Element): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) {
    if (p.name === 'body' || p.name === 'html') break;
    if (p.name === 'nav') return true;
    // An <aside> is the page's margin, unless it sits inside the article (a byline box, a meta column).
    if (p.name === 'aside' && !insideArticleElement(p)) return true;
    const c = p.attribs.class;
    const id = p.attribs.id;
    if (!c && !id) continue;
    for (const token of ((c ?? '') + ' ' + (id ?? '')).toLowerCase().split(/\s+/)) {
      if (token && ELSEWHERE.test(token) && !LAYOUT_TOKENS.some((re) => re.test(token))) return true;
    }
  }
  return false;
}

function insideArticleElement(el: Element): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (p.name === 'article') return true;
  return false;
}
