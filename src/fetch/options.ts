/**
 * What a fetch can be asked to do, its defaults, and what it returns: the options, the
 * resolved form every step reads, the response, and the shared undici agents.
 */
import { Agent, type Dispatcher } from 'undici';
import { VERSION } from './version.js';

export const DEFAULT_USER_AGENT = `kliping/${VERSION} (+https://github.com/kliping/kliping)`;

export const MiB = 1024 * 1024;

export const FETCH_DEFAULTS = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  deadlineMs: 60_000,
  maxBytes: 10 * MiB,
  maxRedirects: 5,
  retries: 2,
  retryBaseMs: 500,
  maxRetryAfterMs: 60_000,
} as const;

export interface FetchOptions {
  /** Default `kliping/<version> (+https://github.com/kliping/kliping)`. */
  userAgent?: string;
  /** Extra request headers (e.g. If-None-Match / If-Modified-Since); they override the defaults. */
  headers?: Record<string, string>;
  /** Default 10 s. Applies to the default shared agent only (a given `dispatcher` has its own). */
  connectTimeoutMs?: number;
  /** Default 15 s: time to wait for the response headers. */
  headersTimeoutMs?: number;
  /** Default 15 s: longest idle time between two body chunks. */
  bodyTimeoutMs?: number;
  /** Default 60 s: total time for one request, headers and body (cuts off slow-drip servers). */
  deadlineMs?: number;
  /** Default 10 MiB; applies to the raw and to the decompressed body. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Default 2 (3 attempts), for network errors, timeouts, 500/502/503/504 and 429. */
  retries?: number;
  /** Default 500 ms; exponential backoff with full jitter. */
  retryBaseMs?: number;
  /** Default 60 s. A longer Retry-After is not waited: the error carries `retryAfterMs`. */
  maxRetryAfterMs?: number;
  /** Treat 304 as a success (status 304, empty body). */
  acceptNotModified?: boolean;
  /**
   * Default true: refuse a content-type that is not HTML (only text/html and
   * application/xhtml+xml pass); a missing, malformed or application/octet-stream
   * content-type passes if the body sniffs as HTML.
   */
  requireHtml?: boolean;
  signal?: AbortSignal;
  /** Default: a shared undici Agent (one per connect timeout). */
  dispatcher?: Dispatcher;
  /** Injectable for tests; default a real timer (cancelled by `signal`). */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Awaited before a redirect is followed, with its target: a crawl waits there for the
   * host's delay, as for any other request (a redirect is a request to the host too).
   */
  beforeRedirect?: (next: URL) => Promise<void>;
  /**
   * Called once for every HTTP response received (each redirect hop, each failed
   * attempt that got a status, and the final response), e.g. to write WARC records.
   * Not called for a response whose body broke off (too large, stalled, reset).
   */
  onExchange?: (exchange: FetchExchange) => void;
}

/** One request and the response it got, as seen on the wire (bodies decoded). */
export interface FetchExchange {
  /** The URL requested (without fragment). */
  url: string;
  method: 'GET';
  /** Request headers sent, lower-case names (undici adds `host` and connection headers). */
  requestHeaders: Record<string, string>;
  status: number;
  /** Response headers, lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /**
   * The body after content decoding (`headers['content-encoding']` still names the
   * coding it came in), or null when the body was not read (redirects, error statuses,
   * a refused content-type or Content-Length).
   */
  body: Buffer | null;
  /** ISO timestamp of when the response headers arrived. */
  date: string;
}

export interface FetchedResponse {
  /** Requested URL (normalised by the URL parser). */
  url: string;
  /** URL of the final response, after redirects. */
  finalUrl: string;
  status: number;
  /** Headers of the final response, lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Decompressed bytes (empty for 304). */
  body: Buffer;
  /** URLs that answered with a redirect, in order (the requested URL first, if it redirected). */
  redirects: string[];
  contentType: string | null;
  /** ISO timestamp of when the final response was complete. */
  fetchedAt: string;
  /** 1 + the number of retries performed (over all redirect hops). */
  attempts: number;
}

/** The options of one fetch with every default filled in. */
export interface Resolved {
  headers: Record<string, string>;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  deadlineMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  retryBaseMs: number;
  maxRetryAfterMs: number;
  acceptNotModified: boolean;
  requireHtml: boolean;
  signal: AbortSignal | undefined;
  dispatcher: Dispatcher;
  sleep: ((ms: number) => Promise<void>) | undefined;
  beforeRedirect: ((next: URL) => Promise<void>) | undefined;
  onExchange: ((exchange: FetchExchange) => void) | undefined;
}

const agents = new Map<number, Agent>();

function defaultAgent(connectTimeoutMs: number): Agent {
  let agent = agents.get(connectTimeoutMs);
  if (!agent) {
    agent = new Agent({ connect: { timeout: connectTimeoutMs } });
    agents.set(connectTimeoutMs, agent);
  }
  return agent;
}

/** Close the shared agents (their idle sockets are unref'd, so this is only needed for a tidy exit). */
export async function closeDefaultAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.allSettled(all.map((a) => a.close()));
}

function num(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && !Number.isNaN(value) && value >= 0 ? value : fallback;
}

export function resolveOptions(options: FetchOptions): Resolved {
  const connectTimeoutMs = num(options.connectTimeoutMs, FETCH_DEFAULTS.connectTimeoutMs);
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
    'accept-language': 'id,en;q=0.8',
    'accept-encoding': 'gzip, deflate, br',
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  return {
    headers,
    connectTimeoutMs,
    headersTimeoutMs: num(options.headersTimeoutMs, FETCH_DEFAULTS.headersTimeoutMs),
    bodyTimeoutMs: num(options.bodyTimeoutMs, FETCH_DEFAULTS.bodyTimeoutMs),
    deadlineMs: num(options.deadlineMs, FETCH_DEFAULTS.deadlineMs),
    maxBytes: num(options.maxBytes, FETCH_DEFAULTS.maxBytes),
    maxRedirects: Math.floor(num(options.maxRedirects, FETCH_DEFAULTS.maxRedirects)),
    retries: Math.floor(num(options.retries, FETCH_DEFAULTS.retries)),
    retryBaseMs: num(options.retryBaseMs, FETCH_DEFAULTS.retryBaseMs),
    maxRetryAfterMs: num(options.maxRetryAfterMs, FETCH_DEFAULTS.maxRetryAfterMs),
    acceptNotModified: options.acceptNotModified ?? false,
    requireHtml: options.requireHtml ?? true,
    signal: options.signal,
    dispatcher: options.dispatcher ?? defaultAgent(connectTimeoutMs),
    sleep: options.sleep,
    beforeRedirect: options.beforeRedirect,
    onExchange: options.onExchange,
  };
}

/** What one request ends in: a redirect to follow, or the final response. */
export type Hop = { kind: 'redirect'; status: number; location: string } | { kind: 'done'; status: number; headers: Record<string, string>; body: Buffer };
