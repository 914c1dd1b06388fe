/**
 * The crawl machinery (SQLite, WARC, undici) loads on first use, so that
 * `import { extract } from 'kliping'` stays light.
 */
import type { CrawlOptions, CrawlSummary, SharedStateOptions } from './options.js';

/** Crawl sites or URL lists into an archive (`state: 'postgres://…'`: as one worker of a shared crawl); resolves with the summary. */
export async function crawl(options: CrawlOptions & SharedStateOptions & { signal?: AbortSignal }): Promise<CrawlSummary> {
  const { crawl: run } = await import('./crawler.js');
  return run(options);
}
