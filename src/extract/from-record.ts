/**
 * Article records read back (what `kliping extract` and `kliping crawl` write) as an
 * Extraction, so lint can check an archived article as it checks a page. A record keeps no
 * page, so findings point at its fields ("caption[0]"), not at lines.
 */
import { parsePage } from '../parse/document.js';
import { plainSourced, type SourcedText } from '../parse/sourced-text.js';
import { SCHEMA_VERSION, type ArticleRecord, type Caption } from '../record.js';
import type { Extraction } from './article.js';

/** The record a parsed JSON value is, or why it is not one (one line). */
export function asArticleRecord(value: unknown): ArticleRecord | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not an article record (not a JSON object)';
  const v = value as Record<string, unknown>;
  if (v.schemaVersion !== SCHEMA_VERSION) {
    return v.schemaVersion === undefined
      ? 'not an article record (no schemaVersion)'
      : `an article record of schemaVersion ${JSON.stringify(v.schemaVersion)}, not ${SCHEMA_VERSION}`;
  }
  if (!Array.isArray(v.paragraphs) || !v.paragraphs.every((p) => typeof p === 'string')) return 'not an article record ("paragraphs" is not a list of texts)';
  if (v.headline !== null && v.headline !== undefined && typeof v.headline !== 'string') return 'not an article record ("headline" is not a text)';
  const captions = v.captions ?? [];
  if (!Array.isArray(captions) || !captions.every((c) => c && typeof c === 'object' && typeof (c as Caption).text === 'string')) {
    return 'not an article record ("captions" is not a list of captions)';
  }
  const paragraphs = v.paragraphs as string[];
  return {
    // The fields lint reads are checked above and set below; the others pass through as written.
    ...(v as unknown as ArticleRecord),
    headline: (v.headline as string | null | undefined) ?? null,
    published: typeof v.published === 'string' ? v.published : null,
    dateline: (v.dateline as ArticleRecord['dateline'] | undefined) ?? null,
    captions: (captions as Partial<Caption>[]).map((c, i) => ({
      text: c.text as string,
      credit: c.credit ?? null,
      date: c.date ?? null,
      image: c.image ?? null,
      alt: c.alt ?? null,
      paragraphIndex: typeof c.paragraphIndex === 'number' ? c.paragraphIndex : i,
    })),
    paragraphs,
    text: typeof v.text === 'string' ? v.text : paragraphs.join('\n\n'),
    findings: [],
  };
}

/** An Extraction of a record: its texts without source positions, an empty page. */
export function extractionFromRecord(record: ArticleRecord): Extraction {
  const fields = new Map<string, SourcedText>();
  if (record.headline) fields.set('headline', plainSourced(record.headline));
  record.paragraphs.forEach((p, i) => fields.set(`paragraphs[${i}]`, plainSourced(p)));
  record.captions.forEach((c, i) => fields.set(`caption[${i}]`, plainSourced(c.text)));
  return {
    record: { ...record, findings: [] },
    page: parsePage('', record.url),
    fields,
    method: 'record',
    publishedWhy: record.publishedFrom ? `the record (${record.publishedFrom})` : 'the record',
  };
}
