/**
 * One request: GET with the deadline, the caller's signal and undici's header and body
 * timeouts; the status decides (a redirect, a 304, an error, a page); the content-type and
 * the size are checked before the body is read, the body is decoded under the size limit,
 * and a vague content-type is settled by sniffing the bytes.
 */
import type { Readable } from 'node:stream';
import { request } from 'undici';
import { errorMessage } from '../util/text.js';
import { parseContentType } from './content-type.js';
import { FetchError, abortError, markRetryable, type FetchErrorCode, type FetchErrorInit } from './errors.js';
import type { Hop, Resolved } from './options.js';
import { requestTarget } from './redirects.js';
import { makeDecoders, readLimited } from './decode.js';
import { sniffHtml } from './sniff.js';
import { formatBytes, formatMs, isZlibError, mapNetworkError, statusLine } from './messages.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Content-types that say nothing: the body is sniffed instead. */
const VAGUE_TYPES = new Set(['application/octet-stream', 'application/unknown', 'unknown/unknown', '*/*']);
/** How much of an unused response body we read to keep the connection reusable. */
const DISCARD_LIMIT = 64 * 1024;

class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

type Fail = (code: FetchErrorCode, message: string, extra?: Omit<FetchErrorInit, 'url'>, retry?: boolean) => FetchError;

/** The errors of one request to `url`: a FetchError, marked retryable when another attempt may help. */
function failFor(url: URL): Fail {
  return (code, message, extra = {}, retry = false) => {
    const e = new FetchError(code, message, { url: url.href, ...extra });
    if (retry) markRetryable(e);
    return e;
  };
}

/** The request's own signal: aborted by the deadline (total time) or by the caller's signal. */
function guard(o: Resolved, url: URL): { signal: AbortSignal; deadlineHit: () => boolean; release: () => void } {
  const controller = new AbortController();
  let hit = false;
  const timer =
    Number.isFinite(o.deadlineMs) && o.deadlineMs > 0
      ? setTimeout(
          () => {
            hit = true;
            controller.abort(new DeadlineExceeded(`deadline of ${o.deadlineMs} ms`));
          },
          Math.min(o.deadlineMs, 2 ** 31 - 1),
        )
      : undefined;
  const caller = o.signal;
  const onCallerAbort = () => controller.abort(caller?.reason);
  if (caller) {
    if (caller.aborted) {
      if (timer) clearTimeout(timer);
      throw abortError(caller.reason, url);
    }
    caller.addEventListener('abort', onCallerAbort, { once: true });
  }
  return {
    signal: controller.signal,
    deadlineHit: () => hit,
    release: () => {
      if (timer) clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}

export async function attemptOnce(url: URL, headers: Record<string, string>, o: Resolved): Promise<Hop> {
  const g = guard(o, url);
  const fail = failFor(url);
  let body: Readable | undefined;
  let bodyHandled = false;
  let contentEncoding = '';
  try {
    const res = await request(requestTarget(url), {
      method: 'GET',
      headers,
      dispatcher: o.dispatcher,
      signal: g.signal,
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
    const early = answerWithoutBody(status, h, o, fail);
    if (early) {
      bodyHandled = early.keepConnection ? discard(body) : destroy(body);
      report(early.report);
      if (early.error) throw early.error;
      return early.hop!;
    }
    contentEncoding = h['content-encoding'] ?? '';
    const decoders = makeDecoders(contentEncoding, url, status);
    bodyHandled = true;
    const bytes = await readLimited(body, decoders, o.maxBytes, () => fail('too-large', `larger than ${formatBytes(o.maxBytes)}`, { status }));
    report(bytes);
    if (o.requireHtml && mustSniff(h) && !sniffHtml(bytes)) {
      const what = h['content-type'] === undefined ? 'no content-type' : `content-type ${h['content-type']}`;
      throw fail('not-html', `not an HTML page (${what}, and the body does not look like HTML)`, { status });
    }
    return { kind: 'done', status, headers: h, body: bytes };
  } catch (err) {
    throw failure(err, { url, o, fail, deadlineHit: g.deadlineHit(), contentEncoding });
  } finally {
    g.release();
    if (body && !bodyHandled) destroy(body);
  }
}

/** The content-type says nothing (missing, malformed, octet-stream): the body decides. */
function mustSniff(h: Record<string, string>): boolean {
  const essence = parseContentType(h['content-type'])?.essence ?? null;
  return essence === null || VAGUE_TYPES.has(essence);
}

interface EarlyAnswer {
  /** The hop to return (a redirect, a 304), or an error to throw. */
  hop?: Hop;
  error?: FetchError;
  /** What the exchange records as the body. */
  report: Buffer | null;
  /** Read a little of the body so the connection is reused (else it is dropped). */
  keepConnection: boolean;
}

/**
 * What the status line and the headers decide before any body is read: a redirect, a 304, an
 * HTTP error (with its Retry-After), a content-type that is not HTML, a declared size over the
 * limit. Null when the body is to be read.
 */
function answerWithoutBody(status: number, h: Record<string, string>, o: Resolved, fail: Fail): EarlyAnswer | null {
  if (REDIRECT_STATUSES.has(status) && h.location !== undefined) {
    return { hop: { kind: 'redirect', status, location: h.location }, report: null, keepConnection: true };
  }
  if (status === 304 && o.acceptNotModified) {
    return { hop: { kind: 'done', status, headers: h, body: Buffer.alloc(0) }, report: Buffer.alloc(0), keepConnection: true };
  }
  if (status < 200 || status > 299) {
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(h['retry-after']) : undefined;
    let message = statusLine(status);
    if (retryAfterMs !== undefined) message += ` (retry after ${formatMs(retryAfterMs)})`;
    return { error: fail('http-status', message, { status, retryAfterMs }, RETRY_STATUSES.has(status)), report: null, keepConnection: true };
  }
  const essence = parseContentType(h['content-type'])?.essence ?? null;
  if (o.requireHtml && !mustSniff(h) && !HTML_TYPES.has(essence!)) {
    return { error: fail('not-html', `not an HTML page (content-type ${essence})`, { status }), report: null, keepConnection: false };
  }
  const declared = h['content-length'];
  if (declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) > o.maxBytes) {
    const message = `larger than ${formatBytes(o.maxBytes)} (Content-Length ${declared.trim()})`;
    return { error: fail('too-large', message, { status }), report: null, keepConnection: false };
  }
  return null;
}

/** Whatever went wrong, as the FetchError to throw: a timeout, the caller's abort, a bad compression, a network error. */
function failure(err: unknown, c: { url: URL; o: Resolved; fail: Fail; deadlineHit: boolean; contentEncoding: string }): FetchError {
  if (err instanceof FetchError) return err;
  if (c.deadlineHit) return c.fail('timeout', `no complete response within ${formatMs(c.o.deadlineMs)}`, {}, true);
  if (c.o.signal?.aborted) return abortError(c.o.signal.reason, c.url);
  if (isZlibError(err)) {
    return c.fail('decompression', `could not decompress the ${c.contentEncoding.trim()} body (${errorMessage(err)})`, { cause: err });
  }
  const mapped = mapNetworkError(err, c.url, c.o);
  return c.fail(mapped.code, mapped.message, { cause: err }, mapped.retry);
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
