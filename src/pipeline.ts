/**
 * The pipeline in one call, for every caller above the stages (the CLI, the crawl, the worker
 * pool, the library): bytes → document (charset) → parse → extract → lint. Stages import this
 * module, never the public barrel (src/index.ts), which only re-exports.
 */
import { parsePage } from './parse/document.js';
import { decodeHtml } from './fetch/charset.js';
import { extractArticle, type ExtractOptions, type Extraction } from './extract/article.js';
import { extractDraft } from './extract/draft.js';
import { lintArticle, type LintConfig, type LintConfigInput } from './lint/index.js';
import type { ArticleRecord, Finding } from './record.js';

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

export interface LintInputOptions extends ExtractInputOptions {
  /** Read the input as a Markdown or plain-text draft rather than an HTML page. */
  draft?: boolean;
  /** Rules and options (default: every rule at its default severity). */
  config?: LintConfig | LintConfigInput;
}

/** Lint findings of an HTML page, or of a Markdown/plain-text draft with `{ draft: true }`. */
export function lint(input: string | Uint8Array, options: LintInputOptions = {}): Finding[] {
  const extraction = options.draft
    ? extractDraft(typeof input === 'string' ? input : decodeHtml(input, options.contentType ?? null).html, options)
    : extractDetailed(input, { ...options, lint: false });
  return lintArticle(extraction, options.config);
}

/** The article record of an HTML page given as a string or as bytes. */
export function extract(input: string | Uint8Array, options: ExtractInputOptions = {}): ArticleRecord {
  return extractDetailed(input, options).record;
}
