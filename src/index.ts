/**
 * kliping as a library: `extract(html, { url })` gives the same article record as
 * `kliping extract`.
 */
import { parsePage } from './parse/document.js';
import { decodeHtml } from './fetch/charset.js';
import { extractArticle, type ExtractOptions, type Extraction } from './extract/article.js';
import type { ArticleRecord } from './record.js';

export interface ExtractInputOptions extends ExtractOptions {
  /** The Content-Type header the bytes came with (for charset sniffing of a Buffer input). */
  contentType?: string | null;
}

/** Parse and extract: the full extraction with source positions (for linting). */
export function extractDetailed(input: string | Uint8Array, options: ExtractInputOptions = {}): Extraction {
  const html = typeof input === 'string' ? input : decodeHtml(input, options.contentType ?? null).html;
  const page = parsePage(html, options.url ?? null);
  return extractArticle(page, options);
}

/** The article record of an HTML page given as a string or as bytes. */
export function extract(input: string | Uint8Array, options: ExtractInputOptions = {}): ArticleRecord {
  return extractDetailed(input, options).record;
}

export { parsePage } from './parse/document.js';
export { decodeHtml } from './fetch/charset.js';
export { fetchUrl, FetchError } from './fetch/index.js';
export { extractArticle } from './extract/article.js';
export type { ExtractOptions, Extraction } from './extract/article.js';
export * from './record.js';
