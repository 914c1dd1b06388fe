/**
 * How a run begins its pass over the archive: --recrawl starts a new pass over every known URL
 * (after finishing the pass under way, if an interruption left one), --revisit one over the
 * discovery documents and the articles due by age (revisit.ts), --rediscover reads the
 * sitemaps, feed and REST API again, --retry-failed puts the URLs that failed back to do.
 */
import type { CrawlEvent } from './options.js';
import { isDue, parseRevisitPolicy } from './revisit.js';
import type { CrawlState } from './state/index.js';

export interface PassOptions {
  recrawl?: boolean;
  revisit?: string;
  rediscover?: boolean;
  retryFailed?: boolean;
}

export function beginPass(state: CrawlState, options: PassOptions, emit: (event: CrawlEvent) => void): void {
  if (options.recrawl || options.revisit) {
    const left = state.pendingArticles();
    if (left === 0 && options.revisit) {
      const rules = parseRevisitPolicy(options.revisit);
      const now = Date.now();
      let due = 0;
      const pass = state.newPass((row) => isDue(rules, row, now) && ++due > 0);
      emit({ type: 'notice', message: `revisit: pass ${pass} over ${due} articles due (${options.revisit}), and the sitemaps, feeds and REST API` });
    } else if (left === 0) {
      const pass = state.newPass();
      emit({
        type: 'notice',
        message: `re-crawl: pass ${pass} over every known URL: the site's dates first, then conditional requests and the content compared`,
      });
    } else {
      emit({ type: 'notice', message: `re-crawl: finishing pass ${state.pass} first (${left} URLs left to do); run again for a new pass` });
    }
    return;
  }
  if (options.rediscover) state.rediscover();
  if (options.retryFailed) {
    const n = state.requeueFailed();
    if (n > 0) emit({ type: 'notice', message: `retrying ${n} URLs that failed before` });
  }
}
