/** The crawl state's records: URLs to do, how each finished, what the manifest says. */
import type { ChangeSummary } from '../../diff/compare.js';

export type UrlKind = 'article' | 'sitemap' | 'feed' | 'wpjson';
/**
 * How an article URL ended. A re-crawl says `changed` (a new version was kept, the one before
 * it beside it) or `unchanged`; `not-modified` is what earlier versions wrote for a 304.
 */
export type ArticleStatus = 'ok' | 'changed' | 'unchanged' | 'error' | 'skipped' | 'duplicate' | 'not-modified';

export interface NewUrl {
  url: string;
  host: string;
  kind: UrlKind;
  /** Lower runs first: discovery documents before articles. */
  priority: number;
  /** The --site origin whose discovery found it, or null for listed URLs. */
  site: string | null;
  /** Sitemap <lastmod> (ISO), when known. */
  lastmod?: string | null;
  /** Publication date from a feed or the REST API (ISO), when known. */
  publishedHint?: string | null;
  /** The REST API's `modified` of the post, when known. */
  restModified?: string | null;
}

export interface FrontierRow {
  id: number;
  url: string;
  host: string;
  kind: UrlKind;
  priority: number;
  site: string | null;
  lastmod: string | null;
  publishedHint: string | null;
  status: ArticleStatus | null;
  file: string | null;
  sha256: string | null;
  contentHash: string | null;
  etag: string | null;
  lastModified: string | null;
  deferrals: number;
  finalUrl: string | null;
  findings: number | null;
  fetchedAt: string | null;
  restModified: string | null;
  /** The latest modification time the site's lists gave in pass `signalPass` (UTC ISO). */
  signal: string | null;
  signalPass: number | null;
  /** `signal` as it was when the article was last fetched. */
  seenSignal: string | null;
  /** Hash of the article's content (headline, paragraphs, captions, published, modified) as the page gave it. */
  revisionHash: string | null;
  /** When the version in the article's file was fetched. */
  contentAt: string | null;
  /** The record's `published`. */
  published: string | null;
}

/** What a finished URL ended as (stored on its row). */
export interface Outcome {
  status: ArticleStatus;
  reason: string | null;
  /** A short key to group reasons in the summary ("HTTP 404", "timeout", "robots.txt"). */
  reasonKey: string | null;
  finalUrl: string | null;
  file: string | null;
  sha256: string | null;
  contentHash: string | null;
  etag: string | null;
  lastModified: string | null;
  findings: number | null;
  findingRules: Record<string, number> | null;
  fetchedAt: string | null;
  /** What changed since the version before (status `changed`). */
  changes: ChangeSummary | null;
  /** Where the version before is kept (status `changed`). */
  previousVersion: string | null;
  /** Kept over the row's value when null (an error does not forget the article's versions). */
  revisionHash: string | null;
  contentAt: string | null;
  seenSignal: string | null;
  published: string | null;
}

export interface CommitExtras {
  /** Dedup keys (canonical and final URL keys) that now belong to this URL. */
  keys?: string[];
  /** Archive-relative file paths that now belong to this URL. */
  files?: string[];
  /** Runs inside the transaction after the row update: append the manifest line / WARC records. */
  sideEffects?: () => void;
}

export interface StatusCount {
  status: ArticleStatus;
  reasonKey: string | null;
  count: number;
}

/** What manifest.jsonl says of one URL. */
export interface ManifestEntry {
  url: string;
  finalUrl: string | null;
  status: ArticleStatus;
  reason: string | null;
  file: string | null;
  sha256: string | null;
  findings: number | null;
  fetchedAt: string | null;
  changes?: ChangeSummary | null;
  previousVersion?: string | null;
}

/** Another crawl holds the archive. */
export class StateLockedError extends Error {}
