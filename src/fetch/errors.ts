/**
 * The one error type the fetch layer throws. `message` is a single short
 * human line naming the reason (the CLI prints `kliping: <input>: <message>`),
 * so it never repeats the URL and never carries a stack worth showing.
 */
export type FetchErrorCode =
  | 'http-status'
  | 'not-html'
  | 'too-large'
  | 'timeout'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'bad-scheme'
  | 'bad-url'
  | 'network'
  | 'decompression'
  /** The caller's AbortSignal fired (not one of our own timeouts). */
  | 'aborted';

export interface FetchErrorInit {
  /** The URL whose request failed (after redirects, if any were followed). */
  url: string;
  status?: number;
  retryAfterMs?: number;
  attempts?: number;
  cause?: unknown;
}

export class FetchError extends Error {
  override name = 'FetchError';
  code: FetchErrorCode;
  /** The URL whose request failed: the input, or the redirect target that failed. */
  url: string;
  /** HTTP status of the failing response, when there was one. */
  status?: number;
  /**
   * How long the server asked us to wait (Retry-After on 429/503). Set when the
   * wait was longer than `maxRetryAfterMs` (not waited) or when retries ran out,
   * so a crawler can pause the host.
   */
  retryAfterMs?: number;
  /** Attempts made: 1 + the number of retries performed before giving up. */
  attempts?: number;

  constructor(code: FetchErrorCode, message: string, init: FetchErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.url = init.url;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.attempts !== undefined) this.attempts = init.attempts;
  }
}

export function isFetchError(value: unknown): value is FetchError {
  return value instanceof FetchError;
}

/** Errors that are worth another attempt. */
const retryable = new WeakSet<FetchError>();

export function markRetryable(err: FetchError): FetchError {
  retryable.add(err);
  return err;
}

export function isRetryable(err: FetchError): boolean {
  return retryable.has(err);
}

/** The caller's AbortSignal fired: a timeout of theirs, or an abort. */
export function abortError(reason: unknown, url: URL): FetchError {
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    return new FetchError('timeout', 'timed out (aborted by the caller)', { url: url.href, cause: reason });
  }
  return new FetchError('aborted', 'aborted', { url: url.href, cause: reason });
}
