/**
 * The library's `lint()`: an HTML page or a Markdown/plain-text draft in, findings out. Apart
 * from src/pipeline.ts so that reading pages does not load the Markdown parser.
 */
import { decodeHtml } from './fetch/charset.js';
import { extractDraft, looksLikeHtml } from './extract/draft.js';
import { lintArticle, type LintConfig, type LintConfigInput, type PreviousVersion } from './lint/index.js';
import { extractDetailed, requireInput, type ExtractInputOptions } from './pipeline.js';
import type { Finding } from './record.js';

export interface LintInputOptions extends ExtractInputOptions {
  /**
   * Read the input as a Markdown or plain-text draft (true) or as an HTML page (false).
   * Unset, the text decides: a draft unless it begins like an HTML document.
   */
  draft?: boolean;
  /** Rules and options (default: every rule at its default severity). */
  config?: LintConfig | LintConfigInput;
  /** The article's earlier version, for `silent-edit` (see lintArticle). */
  previous?: PreviousVersion | null;
}

/** Lint findings of an HTML page or of a Markdown/plain-text draft (told apart by the text unless `draft` says). */
export function lint(input: string | Uint8Array, options: LintInputOptions = {}): Finding[] {
  const text = typeof input === 'string' ? input : decodeHtml(input, options.contentType ?? null).html;
  requireInput(text, 'lint');
  const extraction = (options.draft ?? !looksLikeHtml(text)) ? extractDraft(text, options) : extractDetailed(text, { ...options, lint: false });
  return lintArticle(extraction, options.config, { previous: options.previous });
}
