/**
 * kliping as a library: `extract(html, { url })` gives the same article record as
 * `kliping extract`. This file only re-exports; the stages never import it.
 */
export { extract, extractDetailed, type ExtractInputOptions } from './pipeline.js';
export { lint, type LintInputOptions } from './pipeline-lint.js';
export { parsePage } from './parse/document.js';
export { decodeHtml } from './fetch/charset.js';
export { FetchError } from './fetch/errors.js';
export { extractArticle } from './extract/article.js';
export { ExtractPool } from './parallel/pool.js';
export type { ExtractOptions, Extraction } from './extract/article.js';
export { extractDraft, looksLikeHtml, type DraftOptions } from './extract/draft.js';
export * from './lint/index.js';
export * from './record.js';
export { toJson, toJsonLine } from './export/json.js';
export { toMarkdown } from './export/markdown.js';
export { toText } from './export/text.js';
export type { CrawlOptions, CrawlSummary, CrawlEvent, CrawlProgress, ArticleStatus } from './crawl/index.js';
export type { WarcResponse } from './warc/read.js';
export type { FetchOptions, FetchedResponse } from './fetch/client.js';
// The HTTP client (undici), the crawl machinery (SQLite, WARC) and warcio load on first use.
export { fetchUrl } from './fetch/lazy.js';
export { crawl } from './crawl/lazy.js';
export { readWarcResponses } from './warc/lazy.js';
