/**
 * The extract stage: one parsed page in, one article record out. Each field comes from a
 * small module; this file only orders them and passes the one parsed tree along.
 */
import type { ParsedPage } from '../parse/document.js';
import type { SourcedText } from '../parse/sourced-text.js';
import { SCHEMA_VERSION, type ArticleRecord } from '../record.js';
import { formatTimestamp, type Zone } from '../dates/index.js';
import { zoneOfPlace } from '../dates/places.js';
import { jsonLdOfType, jsonLdResolve, jsonText, metaValue, readMetadata, type PageMetadata } from './metadata.js';
import { PageAnalysis } from './scorer.js';
import { sourcedTextOf } from './blocks.js';
import { readBody } from './article-body.js';
import { findHeadlineElement, readHeadline } from './headline.js';
import { applyZone, readPublicationDates } from './published/index.js';
import { readLead } from './lead.js';
import { readAuthor } from './author.js';
import { readCategory, readTags } from './taxonomy.js';
import { readLanguage } from './language.js';
import { resolveUrl } from './dom.js';
import { plainSourced } from '../parse/sourced-text.js';
import { notArticleReason } from './not-article.js';

export interface ExtractOptions {
  /** The page URL (resolves relative links; recorded as `url`). */
  url?: string | null;
  /** What to record as `url` when it is not the page URL (a local file path). */
  source?: string | null;
  /**
   * The site's zone, when configured: local times the page prints without a zone get its
   * offset. Without it the offset comes only from the page or the dateline's place.
   */
  zone?: Zone | null;
  /** @deprecated the former name of `zone`; it no longer defaults to WIB. */
  defaultZone?: Zone | null;
  /** When the page was fetched: a date after it is not the page's. Default: now. */
  now?: Date;
}

/** The record plus where each of its texts stood in the source, for lint positions. */
export interface Extraction {
  record: ArticleRecord;
  page: ParsedPage;
  /** Sourced text per field: "headline", "dateline", "caption[i]", "paragraphs[i]". */
  fields: Map<string, SourcedText>;
  /** How the body was found (a theme selector, or "scorer"). */
  method: string;
  /** Why `published` is what it is: the step of the date ranking that decided. */
  publishedWhy: string;
  /** A draft's HTML comments and the places of its blocks (source offsets), for kliping-disable comments. */
  draft?: DraftLayout;
}

export interface DraftLayout {
  comments: { text: string; start: number; end: number }[];
  blocks: { start: number; end: number }[];
}

export function extractArticle(page: ParsedPage, options: ExtractOptions = {}): Extraction {
  const siteZone = options.zone ?? options.defaultZone ?? null;
  const metadata = readMetadata(page);
  const analysis = new PageAnalysis(page.document);
  const pageUrl = options.url ?? page.url ?? null;
  const canonicalUrl =
    resolveUrl(metadata.canonical, pageUrl) ?? resolveUrl(metaValue(metadata, 'og:url'), pageUrl) ?? resolveUrl(jsonText(metadata.article?.url), pageUrl);
  const baseUrl = resolveUrl(metadata.baseHref, pageUrl ?? canonicalUrl) ?? (isHttp(pageUrl) ? pageUrl : null) ?? canonicalUrl;
  const host = hostOf(pageUrl) ?? hostOf(canonicalUrl);
  const siteName = readSiteName(metadata);

  const headlineElement = findHeadlineElement(page, analysis, metadata);
  const headline = readHeadline(metadata, headlineElement, siteName, host);
  const { body, bodyStart, method, roots } = readBody(page, analysis, metadata, { baseUrl, headlineElement, headline });
  const paragraphs = body.paragraphs.map((p) => p.text);
  const dates = readPublicationDates(page, metadata, headlineElement, roots[0] ?? null, {
    urls: [pageUrl, canonicalUrl],
    titles: [headline, metadata.title],
    lead: paragraphs.slice(bodyStart, bodyStart + 2),
    zone: siteZone,
    now: options.now,
  });
  const { dateline, datelineIndex, captions } = readLead(paragraphs, body.captions, dates.published?.date ?? null, bodyStart);
  const text = paragraphs.join('\n\n');
  // A local time without a zone: the dateline's place may tell it (BANJARMASIN → WITA).
  const zone = siteZone ?? (dateline?.place ? zoneOfPlace(dateline.place, text) : null);
  const published = applyZone(dates.published, zone);
  const modified = applyZone(dates.modified, zone);

  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    url: options.source ?? pageUrl ?? '-',
    canonicalUrl,
    siteName,
    language: readLanguage(metadata, text),
    headline,
    published: published ? formatTimestamp(published) : null,
    publishedFrom: published ? dates.publishedFrom : null,
    modified: modified ? formatTimestamp(modified) : null,
    dateline,
    byline: { author: readAuthor(page, metadata), initials: body.initials },
    category: readCategory(page, metadata, headlineElement, headline),
    tags: readTags(page, metadata),
    captions,
    paragraphs,
    blocks: body.blocks,
    text,
    findings: [],
  };
  // A password-protected post, an archive, a search, a 404 or an empty page: the record says why it is no article.
  const notArticle = notArticleReason(page, record);
  if (notArticle) record.notArticle = notArticle;

  const fields = new Map<string, SourcedText>();
  if (headline) fields.set('headline', headlineElement ? sourcedTextOf(headlineElement) : plainSourced(headline));
  body.paragraphs.forEach((p, i) => fields.set(`paragraphs[${i}]`, p));
  body.captions.forEach((c, i) => fields.set(`caption[${i}]`, c.sourced));
  if (dateline && body.paragraphs[datelineIndex]) fields.set('dateline', body.paragraphs[datelineIndex]);
  return { record, page, fields, method, publishedWhy: dates.why };
}

function isHttp(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

function hostOf(url: string | null): string | null {
  if (!isHttp(url)) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function readSiteName(metadata: PageMetadata): string | null {
  const og = metaValue(metadata, 'og:site_name', 'application-name', 'apple-mobile-web-app-title');
  if (og) return og;
  const publisher = jsonLdResolve(metadata, metadata.article?.publisher);
  return jsonText(publisher) ?? jsonText(jsonLdOfType(metadata, 'WebSite')?.name) ?? null;
}
