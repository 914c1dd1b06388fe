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

export async function attemptOnce(url: URL, headers: Record<string, string>, o: Resolved): Promise<Hop> {
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
    if (retry) markRetryable(e);
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
    if (o.requireHtml && mustSniff && !sniffHtml(bytes)) {
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
      throw fail('decompression', `could not decompress the ${contentEncoding.trim()} body (${errorMessage(err)})`, {
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
