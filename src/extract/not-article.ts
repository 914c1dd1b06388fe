/**
 * Is this page an article at all? A password-protected post, an archive (category, tag,
 * author, date), the home page, an attachment page, search results, a 404 page and an empty
 * page are not: each gets a reason (`password-protected`, `not an article: category
 * archive`…) that extract reports and the crawl records as `skipped`. The signals are the
 * tables of sites/not-article.ts; this is the decision.
 */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import type { ArticleRecord } from '../record.js';
import { normalizeText } from '../util/text.js';
import { rawText } from './dom.js';
import {
  ARCHIVE_TITLES,
  ARCHIVE_TITLE_ENTRIES,
  BODY_CLASS_RULES,
  EMPTY_PAGE_TEXT,
  ENTRY_CLASSES,
  ENTRY_TAG,
  NOT_ARTICLE_REASONS,
  PASSWORD_FORM_ACTION,
  PASSWORD_FORM_CLASS,
  PASSWORD_REQUIRED_CLASS,
  PASSWORD_TEXTS,
  PROTECTED_TITLE,
  SINGULAR_BODY_CLASSES,
  type NotArticleKind,
} from './sites/not-article.js';

/** A protected post prints its password form and at most this many paragraphs (a theme's notice, an excerpt). */
const PROTECTED_PARAGRAPHS = 3;

type RecordView = Pick<ArticleRecord, 'headline' | 'paragraphs' | 'captions'>;

/** The reason this page is not an article, or null when it is one (or may be). */
export function notArticleReason(page: ParsedPage, record: RecordView): string | null {
  const kind = notArticleKind(page, record);
  return kind ? NOT_ARTICLE_REASONS[kind] : null;
}

export function notArticleKind(page: ParsedPage, record: RecordView): NotArticleKind | null {
  const classes = bodyClasses(page);
  if (isProtected(page, record, classes)) return 'password';
  const entries = new Entries(page);
  for (const rule of BODY_CLASS_RULES) {
    if (!rule.all.every((c) => classes.has(c))) continue;
    if (rule.any && !hasClass(classes, rule.any)) continue;
    if (hasClass(classes, rule.unless ?? SINGULAR_BODY_CLASSES)) continue;
    if (rule.entries && entries.count() < rule.entries) continue;
    return rule.kind;
  }
  if (!hasClass(classes, SINGULAR_BODY_CLASSES)) {
    const titled = archiveTitleKind(page);
    if (titled && entries.count() >= ARCHIVE_TITLE_ENTRIES) return titled;
  }
  if (isEmpty(page, record)) return 'empty';
  return null;
}

function bodyClasses(page: ParsedPage): Set<string> {
  const body = page.index.tag('body')[0];
  const cls = body?.attribs.class;
  return new Set(cls ? cls.toLowerCase().split(/\s+/).filter(Boolean) : []);
}

function hasClass(classes: Set<string>, patterns: readonly RegExp[]): boolean {
  for (const c of classes) if (patterns.some((re) => re.test(c))) return true;
  return false;
}

/**
 * The post's password form with little else around it, the class core gives a protected post
 * on the body, or the core notice as nearly all the text there is.
 */
function isProtected(page: ParsedPage, record: RecordView, classes: Set<string>): boolean {
  if (classes.has(PASSWORD_REQUIRED_CLASS)) return true;
  const few = record.paragraphs.length <= PROTECTED_PARAGRAPHS;
  if (!few) return false;
  const form = page.index.byClass.has(PASSWORD_FORM_CLASS) || page.index.tag('form').some((f) => PASSWORD_FORM_ACTION.test(f.attribs.action ?? ''));
  if (form) return true;
  const notice = record.paragraphs.some((p) => PASSWORD_TEXTS.some((re) => re.test(p)));
  return notice && (record.paragraphs.length <= 1 || PROTECTED_TITLE.test(record.headline ?? ''));
}

/** The kind an archive title names ("Kategori: Banjar", "Search Results for: banjir"), from the page's h1s. */
function archiveTitleKind(page: ParsedPage): NotArticleKind | null {
  for (const h1 of page.index.tag('h1').slice(0, 3)) {
    const text = normalizeText(rawText(h1));
    if (text.length > 200) continue;
    for (const { kind, title } of ARCHIVE_TITLES) if (title.test(text)) return kind;
  }
  return null;
}

/** No paragraph, no caption, and next to no text on the page at all. */
function isEmpty(page: ParsedPage, record: RecordView): boolean {
  if (record.paragraphs.length > 0 || record.captions.length > 0) return false;
  const body = page.index.tag('body')[0] ?? page.document;
  return normalizeText(rawText(body)).length < EMPTY_PAGE_TEXT;
}

/** The entries (posts) a page lists: top-level `<article>` and post_class() elements, counted once each. */
class Entries {
  private counted: number | null = null;

  constructor(private readonly page: ParsedPage) {}

  count(): number {
    if (this.counted !== null) return this.counted;
    const set = new Set<Element>(this.page.index.tag(ENTRY_TAG));
    for (const c of ENTRY_CLASSES) for (const el of this.page.index.byClass.get(c) ?? []) set.add(el);
    let n = 0;
    for (const el of set) if (!hasAncestorIn(el, set)) n++;
    this.counted = n;
    return n;
  }
}

function hasAncestorIn(el: Element, set: Set<Element>): boolean {
  for (let p = el.parent; p; p = p.parent) if (set.has(p as Element)) return true;
  return false;
}
