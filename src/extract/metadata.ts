/**
 * Structured metadata read before anything else: <meta> (OpenGraph, article:*, Dublin Core,
 * itemprop), <link rel>, <html lang>, <base>, <title> and JSON-LD, collected in one walk.
 */
import type { Element } from 'domhandler';
import type { ParsedPage } from '../parse/document.js';
import { rawText } from './dom.js';
import { normalizeText } from '../util/text.js';

export type JsonObject = Record<string, unknown>;

export interface PageMetadata {
  /** meta values by lower-cased property/name/itemprop, in page order. */
  meta: Map<string, string[]>;
  canonical: string | null;
  htmlLang: string | null;
  baseHref: string | null;
  title: string | null;
  /** Every JSON-LD object on the page, @graph and arrays flattened. */
  jsonLd: JsonObject[];
  /** The JSON-LD object describing the article, if any. */
  article: JsonObject | null;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|WebPage)$/;

export function readMetadata(page: ParsedPage): PageMetadata {
  const meta = new Map<string, string[]>();
  const jsonLd: JsonObject[] = [];
  let canonical: string | null = null;
  let title: string | null = null;

  const { index } = page;
  for (const el of index.tag('meta')) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs['http-equiv'])?.toLowerCase().trim();
    const value = el.attribs.content;
    if (key && value != null && value.trim()) {
      const list = meta.get(key);
      if (list) list.push(value.trim());
      else meta.set(key, [value.trim()]);
    }
  }
  for (const el of index.tag('link')) {
    const rel = el.attribs.rel?.toLowerCase().split(/\s+/) ?? [];
    if (rel.includes('canonical') && el.attribs.href) {
      canonical = el.attribs.href.trim();
      break;
    }
  }
  const htmlLang =
    index
      .tag('html')
      .find((el) => el.attribs.lang)
      ?.attribs.lang?.trim() ?? null;
  const baseHref =
    index
      .tag('base')
      .find((el) => el.attribs.href)
      ?.attribs.href?.trim() ?? null;
  const titleEl = index.tag('title').find((el) => !isInsideSvg(el));
  if (titleEl) title = normalizeText(rawText(titleEl));
  for (const el of index.tag('script')) {
    if ((el.attribs.type ?? '').toLowerCase().includes('ld+json')) collectJsonLd(scriptText(el), jsonLd);
  }
  return { meta, canonical, htmlLang, baseHref, title, jsonLd, article: pickArticle(jsonLd) };
}

function scriptText(el: Element): string {
  let out = '';
  for (const child of el.children) if (child.type === 'text') out += child.data;
  return out;
}

function isInsideSvg(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === 'svg') return true;
  return false;
}

/** Parse one ld+json script leniently; broken JSON is skipped, never thrown. */
function collectJsonLd(source: string, out: JsonObject[]): void {
  const text = source
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '')
    .trim();
  if (!text) return;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    try {
      data = JSON.parse(browserJson(text));
    } catch {
      return;
    }
  }
  flatten(data, out, 0);
}

/**
 * What browsers and search engines accept in ld+json but JSON.parse refuses, made strict:
 * comments outside strings, raw line breaks and tabs inside strings, trailing commas.
 * One pass over the characters, aware of strings and escapes.
 */
export function browserJson(text: string): string {
  let out = '';
  let inString = false;
  let trailingComma = -1; // where in `out` a comma stands with only whitespace after it
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c < ' ') out += c === '\t' ? '\\t' : c === '\n' || c === '\r' ? '\\n' : ' ';
      else out += c;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if ((c === '}' || c === ']') && trailingComma >= 0) out = out.slice(0, trailingComma) + out.slice(trailingComma + 1);
    if (c === ',') trailingComma = out.length;
    else if (c > ' ') trailingComma = -1;
    if (c === '"') inString = true;
    out += c;
  }
  return out;
}

function flatten(data: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4 || data == null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) flatten(item, out, depth + 1);
    return;
  }
  const obj = data as JsonObject;
  out.push(obj);
  if (Array.isArray(obj['@graph'])) flatten(obj['@graph'], out, depth + 1);
}

function types(obj: JsonObject): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/**
 * schema.org types other than articles whose objects carry the page's own datePublished
 * (recipes, how-tos, Q&A and forum pages, videos, podcasts, reviews, datasets).
 */
const CREATIVE_WORK_TYPES =
  /^(?:Recipe|HowTo|QAPage|FAQPage|Question|DiscussionForumPosting|VideoObject|PodcastEpisode|Episode|Review|CriticReview|Book|Course|Dataset|Photograph|CreativeWork|MediaObject|AudioObject|Guide|Blog|Periodical|PublicationIssue)$/;

/**
 * The JSON-LD object whose dates are the page's: the article, else the first other creative
 * work that carries a date. A Comment, a Person or an Organization never is.
 */
export function jsonLdDated(metadata: PageMetadata): JsonObject | null {
  if (metadata.article && (metadata.article.datePublished || metadata.article.dateCreated || metadata.article.dateModified)) return metadata.article;
  for (const obj of metadata.jsonLd) {
    if ((obj.datePublished || obj.dateCreated || obj.uploadDate) && types(obj).some((t) => CREATIVE_WORK_TYPES.test(t))) return obj;
  }
  return metadata.article;
}

function pickArticle(objects: JsonObject[]): JsonObject | null {
  let webPage: JsonObject | null = null;
  for (const obj of objects) {
    const ts = types(obj);
    if (ts.some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) return obj;
    if (!webPage && ts.includes('WebPage') && (obj.headline || obj.datePublished)) webPage = obj;
  }
  return webPage;
}

/** First meta value among the given keys. */
export function metaValue(metadata: PageMetadata, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = metadata.meta.get(key);
    if (v && v.length) return v[0];
  }
  return null;
}

/** A string from a JSON-LD value that may be a string, an object with name/@value, or an array of those. */
export function jsonText(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return normalizeText(value) || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = jsonText(v);
      if (t) return t;
    }
    return null;
  }
  if (typeof value === 'object') {
    const o = value as JsonObject;
    return jsonText(o.name ?? o['@value'] ?? o.headline ?? null);
  }
  return null;
}

/** All strings of a JSON-LD value that may be a list or a comma-separated string. */
export function jsonList(value: unknown): string[] {
  if (value == null) return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => normalizeText(s))
      .filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((v) => jsonList(v));
  const t = jsonText(value);
  return t ? [t] : [];
}

/** Find the JSON-LD object of a given @type (e.g. the publisher Organization, the WebSite). */
export function jsonLdOfType(metadata: PageMetadata, type: string): JsonObject | null {
  for (const obj of metadata.jsonLd) if (types(obj).includes(type)) return obj;
  return null;
}

/** Resolve a JSON-LD reference ({"@id": "…"}) to the object of that id on the page. */
export function jsonLdResolve(metadata: PageMetadata, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as JsonObject;
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length === 1) {
      for (const obj of metadata.jsonLd) if (obj['@id'] === id && obj !== o) return obj;
    }
  }
  return value;
}
