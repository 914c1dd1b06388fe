/** `kliping crawl` as a library: polite, resumable crawling of sites and URL lists into an archive. */
export { crawl, Crawler } from './crawler.js';
export {
  CRAWL_DEFAULTS,
  MANIFEST_FILE,
  STATE_FILE,
  type CrawlEvent,
  type CrawlOptions,
  type CrawlProgress,
  type CrawlSummary,
  type SharedStateOptions,
} from './options.js';
export type { ArticleFormat } from './archive.js';
export type { ArticleStatus } from './state/index.js';
export { StateLockedError } from './state/index.js';
export { readWarcResponses, type WarcResponse } from '../warc/read.js';
export { parseDateOption } from './window.js';
export { parseRevisitPolicy } from './revisit.js';
