/** The crawl state: what the job knows and has done, behind one class (SQLite, embedded). */
export { CrawlState } from './sqlite.js';
export * from './types.js';
