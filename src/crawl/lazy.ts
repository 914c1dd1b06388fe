/**
 * The crawl machinery (SQLite, WARC, undici) loads on first use, so that
 * `import { extract } from 'kliping'` stays light.
 */
import type { CrawlOptions, CrawlSummary } from './options.js';

/** Crawl sites or URL lists into an archive; resolves with the summary. */
export async function crawl(options: CrawlOptions & { signal?: AbortSignal }): Promise<CrawlSummary> {
  const { crawl: run } = await import('./crawler.js');
  return run(options);
}
