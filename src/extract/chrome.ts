/** Deciding what is page chrome, from the data in sites/boilerplate.ts. */
import type { Element } from 'domhandler';
import { classAndId } from './dom.js';
import { CHROME_EXACT_TOKENS, CHROME_TAGS, CHROME_LINES, CHROME_PARTS, LAYOUT_TOKENS, NEVER_CONTENT_TAGS, RELATED_LEAD_INS } from './sites/boilerplate.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CHROME_PART_RE = new RegExp(`(?:^|[\\s_-])(?:${CHROME_PARTS.map(escape).join('|')})(?=$|[\\s_-])`);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Never article text: scripts, forms, nav, ads, hidden elements. */
export function isNeverContent(el: Element): boolean {
  if (NEVER_CONTENT_TAGS.has(el.name)) return true;
  const a = el.attribs;
  if (a.hidden != null) return true;
  if (a.style && HIDDEN_STYLE.test(a.style)) return true;
  if (a['aria-hidden'] === 'true' && el.name !== 'img') return true;
  return false;
}

/** Chrome by its class or id: share bars, related posts, comments, ads, tag lists, author boxes. */
export function hasChromeClass(el: Element): boolean {
  if (el.name === 'body' || el.name === 'html') return false;
  if (CHROME_TAGS.has(el.name)) return true;
  const ci = classAndId(el);
  if (!ci) return false;
  let rest = '';
  for (const token of ci.split(' ')) {
    if (!token) continue;
    if (CHROME_EXACT_TOKENS.has(token)) return true;
    // Post classes name the post's own tags and category ("tag-iklan"); layout classes
    // describe the page around the article ("has-sidebar"): neither is chrome.
    if (!LAYOUT_TOKENS.some((re) => re.test(token))) rest += ' ' + token;
  }
  return CHROME_PART_RE.test(rest);
}

/** A whole line of chrome ("Tinggalkan Balasan", "Bagikan ke", "Editor: …"). */
export function isChromeLine(text: string): boolean {
  for (const re of CHROME_LINES) if (re.test(text)) return true;
  return false;
}

/** "Baca Juga: <link>" and its kin. */
export function isRelatedLeadIn(text: string): boolean {
  for (const re of RELATED_LEAD_INS) if (re.test(text)) return true;
  return false;
}
