import type { IncomingHttpHeaders } from 'node:http';

export interface FakeSiteOptions {
  /** Generated articles (default 1000). */
  articles?: number;
  /** Serve and list the fault pages (default false), or only the listed paths ("/fault/404/"…). */
  faults?: boolean | string[];
  /** "open" (default) or "blocked" (401, as many sites do). */
  restApi?: 'open' | 'blocked';
  /** URLs per child sitemap (default 400); the last child is gzipped. */
  perSitemap?: number;
  /** Every n-th article is sent gzip-encoded (default 3). */
  gzipEvery?: number;
  /** Keep a log of requests (default true). */
  record?: boolean;
  /** First article date (default 2023-01-01); article i is dated startDate + (i mod spanDays) days. */
  startDate?: string;
  spanDays?: number;
  /** Crawl-delay (seconds) in the kliping group of robots.txt (default 0). */
  crawlDelay?: number;
  /** More lines for the kliping group of robots.txt. */
  robotsExtra?: string[];
  /** Answer robots.txt with this status instead. */
  robotsStatus?: number;
  /** List sitemaps (default true); without, discovery must use the feed and the REST API. */
  sitemaps?: boolean;
  /** "pretty" (default) or "plain": articles at /?p=N, and only WordPress's plain forms of the sitemaps, feed and REST API. */
  permalinks?: 'pretty' | 'plain';
  /** Retry-After (seconds) of the first answer of /fault/429/ (default 1). */
  retryAfter?: number;
  /** Every article answers after this long (default 0: at once). */
  articleAnswerMs?: number;
  /** Delay of /fault/slow/ (default 400 ms). */
  slowMs?: number;
  /** Put into every headline ("Edisi <label><i>"), to make two sites' articles differ. */
  label?: string;
  port?: number;
  /** Send ETag and Last-Modified with article pages (default true; WordPress itself sends neither). */
  validators?: boolean;
}

export interface FakeArticle {
  url: string;
  /** The article's own date (YYYY-MM-DD), used in the sitemap, feed and REST API. */
  date: string;
  template: string;
  /** True when the template's published date was replaced by `date` (else the page keeps its own). */
  datedByTemplate: boolean;
  /** Whether edit(i, 'text') and edit(i, 'caption') can change this article (its template has such a word). */
  editable: { text: boolean; caption: boolean };
}

export interface FakeSite {
  origin: string;
  articleUrls: string[];
  articles: FakeArticle[];
  faultUrls: string[];
  /** The originals the two duplicate fault pages copy. */
  twins: { canonical: string; text: string };
  /** The headline the windows-1252 fault page must give. */
  cp1252Headline: string | null;
  /** Requests per path+query. */
  hits: Map<string, number>;
  /** Each request, by the server's clock: when it arrived, and when its answer was sent in full (null until then). */
  log: { path: string; at: number; endedAt: number | null; sentAt: number | null; headers: IncomingHttpHeaders }[];
  /** Requests being answered now, and the most at once since the last resetHits(). */
  stats: { inFlight: number; maxInFlight: number };
  resetHits(): void;
  /** Publish n more articles; returns their URLs. */
  publish(n: number): string[];
  bump(i: number): void;
  /**
   * Edit article i (a word of its body or of a caption, or its headline; 'ralat': a word of the body, and a
   * "Ralat:" paragraph put after the one it is in); its modified time in the sitemaps and REST API moves on.
   */
  edit(i: number, what: 'text' | 'caption' | 'headline' | 'ralat'): void;
  setArticleAnswerMs(ms: number): void;
  close(): Promise<void>;
}

export function startFakeSite(options?: FakeSiteOptions): Promise<FakeSite>;
export function templates(): {
  name: string;
  headline: string;
  tail: string | null;
  canonical: string | null;
  date: string | null;
  charset: string;
  textWord: string | null;
  captionWord: string | null;
}[];
export function sha256(data: string | Uint8Array): string;
