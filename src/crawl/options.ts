/**
 * What a crawl can be asked to do and what it reports: the options (with their defaults),
 * the events it emits on the way, and the summary it ends with.
 */
import type { Dispatcher } from 'undici';
import type { Zone } from '../dates/index.js';
import type { FetchOptions } from '../fetch/index.js';
import { DEFAULT_USER_AGENT } from '../fetch/index.js';
import type { ArticleRecord } from '../record.js';
import type { ArticleFormat } from './archive.js';
import type { ArticleStatus } from './state/index.js';

export const CRAWL_DEFAULTS = {
  concurrency: 8,
  perHost: 1,
  delayMs: 1000,
  /** A Retry-After longer than this leaves the host for the next run. */
  maxPauseMs: 10 * 60_000,
  /** How many times one URL may be put back because its host asked to wait. */
  maxDeferrals: 5,
} as const;

export const STATE_FILE = 'state.sqlite';
export const MANIFEST_FILE = 'manifest.jsonl';

export interface CrawlOptions {
  /** The archive folder (created if missing). */
  out: string;
  /** Sites to discover articles on ("https://katajari.com", "katajari.com"). */
  sites?: string[];
  /** Article URLs to crawl (a list; lines that are not http(s) URLs are reported). */
  urls?: Iterable<string> | AsyncIterable<string>;
  /** "json" (default) writes <slug>.json; "md" also writes <slug>.md beside it. */
  format?: ArticleFormat;
  /** Only articles published on or after this date (YYYY-MM-DD). */
  since?: string | null;
  /** Only articles published on or before this date (YYYY-MM-DD). */
  until?: string | null;
  /** Requests in flight over all hosts. Default 8. */
  concurrency?: number;
  /** Requests in flight per host. Default 1. */
  perHost?: number;
  /** Least time from the end of one answer to the next request to a host, in ms (raised to its Crawl-delay). Default 1000. */
  delayMs?: number;
  /** Honour robots.txt (rules and Crawl-delay). Default true. */
  robots?: boolean;
  userAgent?: string;
  /** An e-mail address or URL for site owners, added to the User-Agent. */
  contact?: string;
  /** Timeouts, size limit, redirects and retries of each request. */
  fetch?: Pick<
    FetchOptions,
    'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'deadlineMs' | 'maxBytes' | 'maxRedirects' | 'retries' | 'retryBaseMs'
  >;
  maxPauseMs?: number;
  maxDeferrals?: number;
  /** Extract on this many worker threads (default 1: on the main thread). */
  jobs?: number;
  /** The site's time zone, for local times printed without one (see ExtractOptions.zone). */
  zone?: Zone | null;
  /** Also write the raw requests and responses as WARC 1.1 into ARCHIVE/warc/. */
  warc?: boolean;
  /**
   * Start a new pass over every known URL: the sitemaps, feed and REST API are read again, an
   * article whose modification time there is the same as at its last fetch is `unchanged`
   * without a request, the others are fetched (conditionally, with the ETag/Last-Modified of
   * the last answer) and compared by content: `changed` (the version before kept beside the
   * file, in `<slug>.versions/`) or `unchanged`.
   */
  recrawl?: boolean;
  /**
   * A re-crawl of only the articles due by age, e.g. "7d:1d,30d:7d": articles published less
   * than 7 days ago when last fetched over a day ago, less than 30 days ago when over a week
   * ago; older ones not at all (`*:30d` adds: any age, monthly). See revisit.ts.
   */
  revisit?: string;
  /** Read the sitemaps, feeds and REST API again for new articles (finished articles are not fetched again). */
  rediscover?: boolean;
  /** Put the URLs that ended in an error back in the queue. */
  retryFailed?: boolean;
  /** Called with each article record kept (after it is committed). */
  onRecord?: (record: ArticleRecord, info: { url: string; file: string }) => void | Promise<void>;
  /** Progress, problems and notices. */
  onEvent?: (event: CrawlEvent) => void;
  /** For tests: the undici dispatcher to use (default: an Agent owned by the crawl). */
  dispatcher?: Dispatcher;
}

/** A crawl shared by many workers: its state in PostgreSQL (see docs/shared-crawl.md). */
export interface SharedStateOptions {
  /** postgres://… (the password may come from PGPASSWORD or ~/.pgpass). Without it, state.sqlite in the archive. */
  state?: string;
  /** The crawl's name in the database (default: the archive folder's name). */
  crawlName?: string;
  /** How long a worker holds a host without a heartbeat, in ms. Default 30 s. */
  leaseMs?: number;
}

export interface CrawlProgress {
  /** Articles finished in this pass (any status). */
  done: number;
  /** Articles known to the job. */
  total: number;
  ok: number;
  failed: number;
  /** Pages fetched per second in this run. */
  rate: number;
  /** Estimated ms to go, or null. */
  etaMs: number | null;
  /** While sitemaps, feeds and REST API pages are still to read: how many were read in this run, how many are left. */
  discovery?: { read: number; left: number };
}

export type CrawlEvent =
  | { type: 'problem'; url: string; reason: string }
  | { type: 'notice'; message: string }
  | { type: 'finished'; url: string; status: ArticleStatus; reason: string | null; file: string | null }
  | { type: 'discovered'; url: string; note: string; added: number }
  | { type: 'progress'; progress: CrawlProgress };

export interface CrawlSummary {
  archive: string;
  pass: number;
  /** Article URLs in the job. */
  total: number;
  /** Article URLs not finished (interrupted, or their host asked to wait too long). */
  pending: number;
  ok: number;
  /** Re-crawled articles with a new version (the one before kept), and without. */
  changed: number;
  unchanged: number;
  /** How the unchanged ones were known: "the site's dates" (no request), "HTTP 304", "same content". */
  unchangedBy: Record<string, number>;
  /** 304s recorded by kliping before revisions (now `unchanged`). */
  notModified: number;
  duplicates: number;
  skipped: number;
  failed: number;
  skippedBy: Record<string, number>;
  failedBy: Record<string, number>;
  duplicatesBy: Record<string, number>;
  findings: number;
  findingsByRule: Record<string, number>;
  discoveryFailed: { url: string; reason: string }[];
  /** Listed lines that were not http(s) URLs. */
  invalidInputs: number;
  /** Discovered URLs left out because their dates were outside --since/--until. */
  outsideWindow: number;
  /** --site origins whose sitemaps, feed and REST API listed no article (exit status 1). */
  sitesWithoutArticles: string[];
  /** Hosts left for a later run, and why. */
  hostsLeft: { host: string; reason: string }[];
  /** This run: article pages fetched, requests of all kinds, elapsed ms. */
  run: { fetched: number; requests: number; elapsedMs: number };
  interrupted: boolean;
  /** Set when the crawl stopped on an error it cannot go on from (the archive cannot be written). */
  fatal: string | null;
  /** 0 when every URL ended ok or was skipped by rule, else 1. */
  exitCode: 0 | 1;
}

/** The options with every default filled in. */
export type ResolvedCrawlOptions = Required<Pick<CrawlOptions, 'concurrency' | 'perHost' | 'delayMs' | 'maxPauseMs' | 'maxDeferrals'>> & CrawlOptions;

export function resolveCrawlOptions(options: CrawlOptions): ResolvedCrawlOptions {
  return {
    ...options,
    concurrency: positive(options.concurrency, CRAWL_DEFAULTS.concurrency),
    perHost: positive(options.perHost, CRAWL_DEFAULTS.perHost),
    delayMs: nonNegative(options.delayMs, CRAWL_DEFAULTS.delayMs),
    maxPauseMs: nonNegative(options.maxPauseMs, CRAWL_DEFAULTS.maxPauseMs),
    maxDeferrals: nonNegative(options.maxDeferrals, CRAWL_DEFAULTS.maxDeferrals),
  };
}

/** Tell a listener an event; a listener's failure is not the crawl's. */
export function tell(listener: ((event: CrawlEvent) => void) | undefined, event: CrawlEvent): void {
  try {
    listener?.(event);
  } catch {
    // the listener's own business
  }
}

/** The User-Agent, with the contact address the user gave. */
export function userAgent(ua: string | undefined, contact: string | undefined): string {
  const base = ua ?? DEFAULT_USER_AGENT;
  if (!contact) return base;
  return base.endsWith(')') ? `${base.slice(0, -1)}; ${contact})` : `${base} (${contact})`;
}

function positive(v: number | undefined, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : fallback;
}

function nonNegative(v: number | undefined, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}
