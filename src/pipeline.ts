/**
 * The pipeline in one call, for every caller above the stages (the CLI, the crawl, the worker
 * pool, the library): bytes → document (charset) → parse → extract → lint. Stages import this
 * module, never the public barrel (src/index.ts), which only re-exports.
 */
import { parsePage } from './parse/document.js';
import { decodeHtml } from './fetch/charset.js';
import { extractArticle, type ExtractOptions, type Extraction } from './extract/article.js';
import { lintArticle, type LintConfig, type LintConfigInput } from './lint/index.js';
import type { ArticleRecord } from './record.js';

export interface ExtractInputOptions extends ExtractOptions {
  /** The Content-Type header the bytes came with (for charset sniffing of a Buffer input). */
  contentType?: string | null;
  /**
   * Lint the article and put the findings in `record.findings`: true (the default) runs every
   * rule at its default severity, a config chooses rules and options, false skips linting.
   */
  lint?: boolean | LintConfig | LintConfigInput;
}

/** Parse and extract: the full extraction with source positions (for linting). */
export function extractDetailed(input: string | Uint8Array, options: ExtractInputOptions = {}): Extraction {
  const html = typeof input === 'string' ? input : decodeHtml(input, options.contentType ?? null).html;
  const page = parsePage(html, options.url ?? null);
  return withFindings(extractArticle(page, options), options.lint);
}

function withFindings(extraction: Extraction, lint: ExtractInputOptions['lint']): Extraction {
  if (lint === false) return extraction;
  extraction.record.findings = lintArticle(extraction, lint === true ? undefined : lint);
  return extraction;
}

/**
 * The article record of an HTML page given as a string or as bytes. A page that is no article
 * (an empty one, an archive, a password-protected post) still gives a record, with
 * `notArticle` saying why; what is neither a string nor bytes throws a TypeError.
 */
export function extract(input: string | Uint8Array, options: ExtractInputOptions = {}): ArticleRecord {
  requireInput(input, 'extract');
  return extractDetailed(input, options).record;
}

/** Throws a TypeError for what is no input at all (not a string or bytes: a caller's mistake, not a page). */
export function requireInput(input: unknown, what: string): void {
  if (typeof input !== 'string' && !(input instanceof Uint8Array))
    throw new TypeError(`kliping.${what}: expected a string or bytes, got ${input === null ? 'null' : typeof input}`);
}
