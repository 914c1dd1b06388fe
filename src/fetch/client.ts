import { STATUS_CODES } from 'node:http';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import * as zlib from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import { parseContentType } from './content-type.js';
import { FetchError, type FetchErrorCode, type FetchErrorInit } from './errors.js';
import { VERSION } from './version.js';

export const DEFAULT_USER_AGENT = `kliping/${VERSION} (+https://github.com/kliping/kliping)`;

const MiB = 1024 * 1024;

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

/** Upper bound of one exponential-backoff wait (before jitter). */
const MAX_BACKOFF_MS = 30_000;
/** How much of an unused response body we read to keep the connection reusable. */
const DISCARD_LIMIT = 64 * 1024;

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

interface Resolved {
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
  onExchange: ((exchange: FetchExchange) => void) | undefined;
}

type Hop =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'done'; status: number; headers: Record<string, string>; body: Buffer };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Content-types that say nothing: the body is sniffed instead. */
const VAGUE_TYPES = new Set(['application/octet-stream', 'application/unknown', 'unknown/unknown', '*/*']);
/** Headers not carried over to a redirect target on another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Errors that are worth another attempt. */
const retryable = new WeakSet<FetchError>();

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

function resolveOptions(options: FetchOptions): Resolved {
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
    onExchange: options.onExchange,
  };
}

// ---------------------------------------------------------------------------
// formatting

function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function formatBytes(n: number): string {
  if (n >= MiB) return `${Number((n / MiB).toFixed(1))} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

function statusLine(status: number): string {
  const text = STATUS_CODES[status];
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

function hostPort(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

// ---------------------------------------------------------------------------
// URLs

function parseUrl(input: string, base: URL | undefined, failUrl: string, redirect: boolean): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new FetchError(
      'bad-url',
      redirect ? `redirect to an invalid URL (${input})` : 'not a valid absolute URL',
      { url: failUrl },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      'bad-scheme',
      redirect ? `redirect to a non-http(s) URL (${url.href})` : `not an http(s) URL (${url.protocol})`,
      { url: failUrl },
    );
  }
  return url;
}

/** A URL without its fragment: what is actually requested. */
function requestTarget(url: URL): string {
  if (!url.hash) return url.href;
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

// ---------------------------------------------------------------------------
// the public entry point

/**
 * GET one page, following redirects, with timeouts, size limits, decompression
 * and retries. Throws {@link FetchError} only.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedResponse> {
  const o = resolveOptions(options);
  const start = parseUrl(url, undefined, url, false);
  const state = { retries: 0 };
  const redirects: string[] = [];
  const seen = new Set<string>([requestTarget(start)]);
  let current = start;
  let headers = o.headers;
  try {
    for (;;) {
      const hop = await hopWithRetries(current, headers, o, state);
      if (hop.kind === 'done') {
        return {
          url: start.href,
          finalUrl: current.href,
          status: hop.status,
          headers: hop.headers,
          body: hop.body,
          redirects,
          contentType: hop.headers['content-type'] ?? null,
          fetchedAt: new Date().toISOString(),
          attempts: state.retries + 1,
        };
      }
      const next = parseUrl(hop.location, current, current.href, true);
      if (!next.hash && current.hash) next.hash = current.hash; // a redirect keeps the fragment
      if (seen.has(requestTarget(next))) {
        throw new FetchError('redirect-loop', 'redirect loop', { url: next.href, status: hop.status });
      }
      if (redirects.length >= o.maxRedirects) {
        throw new FetchError('too-many-redirects', `more than ${o.maxRedirects} redirects`, {
          url: current.href,
          status: hop.status,
        });
      }
      redirects.push(current.href);
      seen.add(requestTarget(next));
      if (next.origin !== current.origin && CREDENTIAL_HEADERS.some((h) => h in headers)) {
        headers = { ...headers };
        for (const h of CREDENTIAL_HEADERS) delete headers[h];
      }
      current = next;
    }
  } catch (err) {
    const fe =
      err instanceof FetchError
        ? err
        : new FetchError('network', oneLine(err), { url: current.href, cause: err });
    fe.attempts ??= state.retries + 1;
    throw fe;
  }
}

async function hopWithRetries(
  url: URL,
  headers: Record<string, string>,
  o: Resolved,
  state: { retries: number },
): Promise<Hop> {
  for (let retry = 0; ; retry++) {
    try {
      return await attemptOnce(url, headers, o);
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      if (!retryable.has(err) || retry >= o.retries || o.signal?.aborted) throw err;
      let wait: number;
      if (err.retryAfterMs !== undefined) {
        if (err.retryAfterMs > o.maxRetryAfterMs) throw err; // the crawler should pause this host
        wait = err.retryAfterMs;
      } else {
        wait = Math.random() * Math.min(MAX_BACKOFF_MS, o.retryBaseMs * 2 ** retry);
      }
      state.retries++;
      await pause(Math.round(wait), o, url);
    }
  }
}

async function pause(ms: number, o: Resolved, url: URL): Promise<void> {
  const signal = o.signal;
  const abortedError = () => abortError(signal?.reason, url);
  if (signal?.aborted) throw abortedError();
  if (!o.sleep) {
    try {
      await delay(ms, undefined, signal ? { signal } : undefined);
    } catch {
      throw abortedError();
    }
    return;
  }
  if (!signal) return o.sleep(ms);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortedError());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([o.sleep(ms), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

function abortError(reason: unknown, url: URL): FetchError {
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    return new FetchError('timeout', 'timed out (aborted by the caller)', { url: url.href, cause: reason });
  }
  return new FetchError('aborted', 'aborted', { url: url.href, cause: reason });
}

// ---------------------------------------------------------------------------
// one request

class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

async function attemptOnce(url: URL, headers: Record<string, string>, o: Resolved): Promise<Hop> {
  const controller = new AbortController();
  let deadlineHit = false;
  const timer =
    Number.isFinite(o.deadlineMs) && o.deadlineMs > 0
      ? setTimeout(
          () => {
            deadlineHit = true;
            controller.abort(new DeadlineExceeded(`deadline of ${o.deadlineMs} ms`));
          },
          Math.min(o.deadlineMs, 2 ** 31 - 1),
        )
      : undefined;
  const signal = o.signal;
  const onUserAbort = () => controller.abort(signal?.reason);
  if (signal) {
    if (signal.aborted) throw abortError(signal.reason, url);
    signal.addEventListener('abort', onUserAbort, { once: true });
  }
  let body: Readable | undefined;
  let bodyHandled = false;
  const fail = (code: FetchErrorCode, message: string, extra: Omit<FetchErrorInit, 'url'> = {}, retry = false) => {
    const e = new FetchError(code, message, { url: url.href, ...extra });
    if (retry) retryable.add(e);
    return e;
  };
  let contentEncoding = '';
  try {
    const res = await request(requestTarget(url), {
      method: 'GET',
      headers,
      dispatcher: o.dispatcher,
      signal: controller.signal,
      headersTimeout: o.headersTimeoutMs,
      bodyTimeout: o.bodyTimeoutMs,
    });
    body = res.body;
    const status = res.statusCode;
    const h = normalizeHeaders(res.headers);
    const date = new Date().toISOString();
    const report = (bytes: Buffer | null) => {
      try {
        o.onExchange?.({ url: requestTarget(url), method: 'GET', requestHeaders: headers, status, headers: h, body: bytes, date });
      } catch {
        // the caller's hook failing is not this request failing
      }
    };

    if (REDIRECT_STATUSES.has(status) && h.location !== undefined) {
      bodyHandled = discard(body);
      report(null);
      return { kind: 'redirect', status, location: h.location };
    }
    if (status === 304 && o.acceptNotModified) {
      bodyHandled = discard(body);
      report(Buffer.alloc(0));
      return { kind: 'done', status, headers: h, body: Buffer.alloc(0) };
    }
    if (status < 200 || status > 299) {
      bodyHandled = discard(body);
      report(null);
      const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(h['retry-after']) : undefined;
      let message = statusLine(status);
      if (retryAfterMs !== undefined) message += ` (retry after ${formatMs(retryAfterMs)})`;
      throw fail('http-status', message, { status, retryAfterMs }, RETRY_STATUSES.has(status));
    }

    const type = parseContentType(h['content-type']);
    const essence = type?.essence ?? null;
    const mustSniff = essence === null || VAGUE_TYPES.has(essence);
    if (o.requireHtml && !mustSniff && !HTML_TYPES.has(essence)) {
      bodyHandled = destroy(body);
      report(null);
      throw fail('not-html', `not an HTML page (content-type ${essence})`, { status });
    }

    const declared = h['content-length'];
    if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) > o.maxBytes) {
      bodyHandled = destroy(body);
      report(null);
      throw fail('too-large', `larger than ${formatBytes(o.maxBytes)} (Content-Length ${declared.trim()})`, {
        status,
      });
    }

    contentEncoding = h['content-encoding'] ?? '';
    const decoders = makeDecoders(contentEncoding, url, status);
    bodyHandled = true;
    const bytes = await readLimited(body, decoders, o.maxBytes, () =>
      fail('too-large', `larger than ${formatBytes(o.maxBytes)}`, { status }),
    );

    report(bytes);
    if (o.requireHtml && mustSniff && !looksLikeHtml(bytes)) {
      const what = h['content-type'] === undefined ? 'no content-type' : `content-type ${h['content-type']}`;
      throw fail('not-html', `not an HTML page (${what}, and the body does not look like HTML)`, { status });
    }
    return { kind: 'done', status, headers: h, body: bytes };
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (deadlineHit) {
      throw fail('timeout', `no complete response within ${formatMs(o.deadlineMs)}`, {}, true);
    }
    if (signal?.aborted) throw abortError(signal.reason, url);
    if (isZlibError(err)) {
      throw fail('decompression', `could not decompress the ${contentEncoding.trim()} body (${oneLine(err)})`, {
        cause: err,
      });
    }
    const mapped = mapNetworkError(err, url, o);
    throw fail(mapped.code, mapped.message, { cause: err }, mapped.retry);
  } finally {
    if (timer) clearTimeout(timer);
    if (signal) signal.removeEventListener('abort', onUserAbort);
    if (body && !bodyHandled) destroy(body);
  }
}

function normalizeHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Read a little of an unused body in the background (so the socket can be reused), else drop it. */
function discard(body: Readable): true {
  const b = body as Readable & { dump?: (opts?: { limit?: number; signal?: AbortSignal }) => Promise<unknown> };
  if (typeof b.dump === 'function') {
    b.dump({ limit: DISCARD_LIMIT, signal: AbortSignal.timeout(5_000) }).catch(() => {});
  } else {
    destroy(body);
  }
  return true;
}

function destroy(body: Readable): true {
  body.on('error', () => {}); // undici emits an AbortError when a body is destroyed unread
  body.destroy();
  return true;
}

/** Retry-After: delay-seconds or an HTTP date. Returns milliseconds, or undefined if unparsable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

// ---------------------------------------------------------------------------
// body decoding with a byte limit

function makeDecoders(contentEncoding: string | undefined, url: URL, status: number): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  // Codings are listed in the order they were applied: undo them in reverse.
  return codings.reverse().map((coding): Transform => {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      case 'br':
        return zlib.createBrotliDecompress({
          flush: zlib.constants.BROTLI_OPERATION_FLUSH,
          finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
        });
      case 'deflate':
      case 'x-deflate':
        return new InflateAuto();
      default:
        throw new FetchError('decompression', `unsupported content-encoding (${coding})`, { url: url.href, status });
    }
  });
}

async function readLimited(
  body: Readable,
  decoders: Transform[],
  maxBytes: number,
  tooLarge: () => FetchError,
): Promise<Buffer> {
  let raw = 0;
  let total = 0;
  const chunks: Buffer[] = [];
  const countRaw = async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      raw += chunk.length;
      if (raw > maxBytes) throw tooLarge();
      yield chunk;
    }
  };
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  };
  // pipeline() destroys every stage (the undici body included) as soon as one fails.
  const run = pipeline as unknown as (...stages: unknown[]) => Promise<void>;
  await run(body, countRaw, ...decoders, collect);
  return Buffer.concat(chunks, total);
}

/**
 * `Content-Encoding: deflate` is meant to be zlib-wrapped, but some servers send
 * raw deflate: look at the first two bytes and pick the right inflater. Honours
 * backpressure, so a deflate bomb is not inflated into memory.
 */
class InflateAuto extends Transform {
  #inner: zlib.Inflate | zlib.InflateRaw | null = null;
  #head: Buffer | null = null;
  #flushCallback: TransformCallback | null = null;

  #start(head: Buffer): zlib.Inflate | zlib.InflateRaw {
    const b0 = head[0] ?? 0;
    const b1 = head[1] ?? 0;
    const zlibWrapped = (b0 & 0x0f) === 8 && b0 >> 4 <= 7 && ((b0 << 8) | b1) % 31 === 0;
    const opts = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    const inner = zlibWrapped ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
    inner.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) inner.pause();
    });
    inner.on('error', (err) => this.destroy(err));
    inner.on('end', () => {
      const cb = this.#flushCallback;
      this.#flushCallback = null;
      cb?.();
    });
    this.#inner = inner;
    return inner;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let inner = this.#inner;
    if (!inner) {
      const head = this.#head ? Buffer.concat([this.#head, chunk]) : chunk;
      if (head.length < 2) {
        this.#head = head;
        callback();
        return;
      }
      this.#head = null;
      inner = this.#start(head);
      chunk = head;
    }
    inner.write(chunk, (err) => {
      if (!err) callback(); // on error the 'error' listener destroys this stream
    });
  }

  override _read(size: number): void {
    this.#inner?.resume();
    super._read(size);
  }

  override _flush(callback: TransformCallback): void {
    let inner = this.#inner;
    if (!inner) {
      if (!this.#head) {
        callback();
        return;
      }
      inner = this.#start(this.#head);
      inner.write(this.#head);
      this.#head = null;
    }
    this.#flushCallback = callback;
    inner.end();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.#inner?.destroy();
    this.#inner = null;
    callback(err);
  }
}

// ---------------------------------------------------------------------------
// HTML sniffing (WHATWG MIME sniffing, "HTML" patterns, plus a few common tags)

const HTML_OPENINGS = [
  '<!doctype html', '<html', '<head', '<script', '<iframe', '<h1', '<div', '<font', '<table', '<a',
  '<style', '<title', '<b', '<body', '<br', '<p', '<!--', '<meta', '<link', '<section', '<article',
  '<header', '<main', '<nav', '<span', '<img', '<ul', '<form',
];

export function looksLikeHtml(body: Buffer): boolean {
  let i = 0;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) i = 3;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x09 || body[i] === 0x0a || body[i] === 0x0c || body[i] === 0x0d)) i++;
  const head = body.subarray(i, i + 512).toString('latin1').toLowerCase();
  if (head.startsWith('<?xml')) return /<html[\s>]/.test(head) || /<!doctype html/.test(head);
  return HTML_OPENINGS.some((open) => {
    if (!head.startsWith(open)) return false;
    if (open === '<!--') return true;
    const next = head.charCodeAt(open.length);
    return next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x0c || next === 0x2f;
  });
}

// ---------------------------------------------------------------------------
// network errors

const CERT_CODES = new Set([
  'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_REVOKED', 'CERT_UNTRUSTED', 'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH', 'INVALID_CA', 'PATH_LENGTH_EXCEEDED',
]);

function errorCodes(err: unknown, depth = 0): string[] {
  if (err === null || typeof err !== 'object' || depth > 4) return [];
  const codes: string[] = [];
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') codes.push(e.code);
  if (Array.isArray(e.errors)) for (const inner of e.errors) codes.push(...errorCodes(inner, depth + 1));
  if (e.cause !== undefined) codes.push(...errorCodes(e.cause, depth + 1));
  return codes;
}

/** Errors raised by node:zlib decoders (zlib: Z_DATA_ERROR, Z_BUF_ERROR…; brotli: ERR__ERROR_…). */
function isZlibError(err: unknown): boolean {
  if (err === null || typeof err !== 'object') return false;
  const { code, errno } = err as { code?: unknown; errno?: unknown };
  return typeof errno === 'number' && typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR__'));
}

function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n')[0] ?? '').trim() || 'unknown error';
}

function mapNetworkError(
  err: unknown,
  url: URL,
  o: Resolved,
): { code: FetchErrorCode; message: string; retry: boolean } {
  const codes = errorCodes(err);
  const has = (c: string) => codes.includes(c);
  const host = url.hostname;
  if (has('UND_ERR_HEADERS_TIMEOUT')) {
    return { code: 'timeout', message: `no response headers within ${formatMs(o.headersTimeoutMs)}`, retry: true };
  }
  if (has('UND_ERR_BODY_TIMEOUT')) {
    return { code: 'timeout', message: `body stalled for more than ${formatMs(o.bodyTimeoutMs)}`, retry: true };
  }
  if (has('UND_ERR_CONNECT_TIMEOUT')) {
    return { code: 'timeout', message: `could not connect within ${formatMs(o.connectTimeoutMs)} (${hostPort(url)})`, retry: true };
  }
  if (has('ETIMEDOUT')) return { code: 'timeout', message: `connection timed out (${hostPort(url)})`, retry: true };
  if (has('ECONNREFUSED')) return { code: 'network', message: `connection refused (${hostPort(url)})`, retry: true };
  if (has('ENOTFOUND')) return { code: 'network', message: `host not found (${host})`, retry: false };
  if (has('EAI_AGAIN')) return { code: 'network', message: `host not found (${host}; temporary DNS failure)`, retry: true };
  if (has('EHOSTUNREACH') || has('ENETUNREACH') || has('EHOSTDOWN') || has('ENETDOWN')) {
    return { code: 'network', message: `host unreachable (${host})`, retry: true };
  }
  if (has('ECONNRESET') || has('EPIPE')) return { code: 'network', message: 'connection reset', retry: true };
  const cert = codes.find((c) => CERT_CODES.has(c));
  if (cert) {
    return { code: 'network', message: `TLS certificate problem: ${describeCause(err, cert)} (${cert})`, retry: false };
  }
  const tls = codes.find((c) => c.startsWith('ERR_SSL') || c.startsWith('ERR_TLS') || c === 'EPROTO');
  if (tls) return { code: 'network', message: `TLS handshake failed (${tls})`, retry: false };
  if (has('UND_ERR_SOCKET')) return { code: 'network', message: 'connection closed by the server', retry: true };
  if (has('UND_ERR_RES_CONTENT_LENGTH_MISMATCH')) {
    return { code: 'network', message: 'response body shorter than its Content-Length', retry: true };
  }
  if (has('UND_ERR_HEADERS_OVERFLOW')) return { code: 'network', message: 'response headers too large', retry: false };
  const parser = codes.find((c) => c.startsWith('HPE_'));
  if (parser) return { code: 'network', message: `malformed HTTP response (${parser})`, retry: false };
  if (has('UND_ERR_INVALID_ARG')) return { code: 'bad-url', message: `invalid request (${oneLine(err)})`, retry: false };
  return { code: 'network', message: oneLine(err), retry: true };
}

function describeCause(err: unknown, code: string): string {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const x = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (x.code === code && typeof x.message === 'string') return x.message.split('\n')[0] ?? code;
    e = x.cause;
  }
  return 'invalid certificate';
}
