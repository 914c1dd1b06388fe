/**
 * Retries: network errors, timeouts, 500/502/503/504 and 429 are tried again, after the
 * server's Retry-After or an exponential backoff with full jitter; a Retry-After longer than
 * `maxRetryAfterMs` is not waited, so that a crawler can pause the host instead.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { FetchError, abortError, isRetryable } from './errors.js';
import type { Hop, Resolved } from './options.js';
import { attemptOnce } from './attempt.js';

/** Upper bound of one exponential-backoff wait (before jitter). */
const MAX_BACKOFF_MS = 30_000;

export async function hopWithRetries(url: URL, headers: Record<string, string>, o: Resolved, state: { retries: number }): Promise<Hop> {
  for (let retry = 0; ; retry++) {
    try {
      return await attemptOnce(url, headers, o);
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      if (!isRetryable(err) || retry >= o.retries || o.signal?.aborted) throw err;
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
