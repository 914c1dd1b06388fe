/** Deciding what is page chrome, from the data in sites/chrome-classes.ts and sites/boilerplate.ts. */
import type { Element } from 'domhandler';
import { classAndId } from './dom.js';
import { CHROME_LINES, RELATED_LEAD_INS } from './sites/boilerplate.js';
import {
  BAR_EXACT_TOKENS,
  BAR_PARTS,
  BOX_EXACT_TOKENS,
  BOX_PARTS,
  CHROME_BOX_TAGS,
  CHROME_ROLES,
  DISCUSSION_PARTS,
  LAYOUT_TOKENS,
  NEVER_CONTENT_TAGS,
} from './sites/chrome-classes.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const partsRe = (parts: readonly string[]) => new RegExp(`(?:^|[\\s_-])(?:${parts.map(escape).join('|')})(?=$|[\\s_-])`);
const BAR_PART_RE = partsRe(BAR_PARTS);
const BOX_PART_RE = partsRe(BOX_PARTS);
const DISCUSSION_PART_RE = partsRe(DISCUSSION_PARTS);
// Any chrome word at all: most elements have none, and are done with one test.
const ANY_CHROME_RE = partsRe([...BAR_PARTS, ...BOX_PARTS, ...DISCUSSION_PARTS, ...BAR_EXACT_TOKENS, ...BOX_EXACT_TOKENS]);
// One test per token for every layout-token form.
const LAYOUT_RE = new RegExp(LAYOUT_TOKENS.map((re) => `(?:${re.source})`).join('|'));
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

/**
 * What kind of chrome an element's tag, class or id names: a "discussion" (comments), a "box"
 * (related posts, sidebars: holding prose of their own), a "bar" (share bars, meta lines, ad
 * slots: they never hold prose, so one that does is not chrome), or none.
 */
export type ChromeKind = 'discussion' | 'box' | 'bar' | null;

export function chromeKind(el: Element): ChromeKind {
  if (el.name === 'body' || el.name === 'html') return null;
  if (CHROME_BOX_TAGS.has(el.name)) return 'box';
  const role = el.attribs.role && CHROME_ROLES.get(el.attribs.role.toLowerCase());
  if (role) return role;
  const ci = classAndId(el);
  if (!ci || !ANY_CHROME_RE.test(ci)) return null;
  let rest = '';
  let bar = false;
  for (const token of ci.split(' ')) {
    if (!token) continue;
    if (BOX_EXACT_TOKENS.has(token)) return 'box';
    if (BAR_EXACT_TOKENS.has(token)) bar = true;
    // Post classes name the post's own tags and category ("tag-iklan"); layout classes
    // describe the page around the article ("has-sidebar", "no-share"): neither is chrome.
    else if (!LAYOUT_RE.test(token)) rest += ' ' + token;
  }
  if (DISCUSSION_PART_RE.test(rest)) return 'discussion';
  if (BOX_PART_RE.test(rest)) return 'box';
  return bar || BAR_PART_RE.test(rest) ? 'bar' : null;
}

/** Chrome by its tag, class or id, whatever it holds. */
export function hasChromeClass(el: Element): boolean {
  return chromeKind(el) !== null;
}

/**
 * The chrome lines as few regular expressions: one per set of flags, the alternatives side by
 * side (every paragraph is tested, and one native match beats ninety calls). Lines whose
 * pattern is bounded at both ends cannot match a long paragraph, so only the open-ended ones
 * ("Tinggalkan Balasan …") are tried on one.
 */
const LONGEST_CHROME_LINE = 500;
const combined = (patterns: readonly RegExp[]): RegExp[] => {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
};
const ALL_LINES = combined(CHROME_LINES);
const OPEN_ENDED = combined(CHROME_LINES.filter((re) => !re.source.endsWith('$')));

/** A whole line of chrome ("Tinggalkan Balasan", "Bagikan ke", "Editor: …"). */
export function isChromeLine(text: string): boolean {
  for (const re of text.length > LONGEST_CHROME_LINE ? OPEN_ENDED : ALL_LINES) if (re.test(text)) return true;
  return false;
}

/** "Baca Juga: <link>" and its kin. */
export function isRelatedLeadIn(text: string): boolean {
  for (const re of RELATED_LEAD_INS) if (re.test(text)) return true;
  return false;
}
