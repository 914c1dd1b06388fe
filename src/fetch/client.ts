/**
 * The HTTP client: GET one page politely and safely. Each concern has its file: options and
 * defaults (options.ts), redirects (redirects.ts), retries (retry.ts), one request
 * (attempt.ts), decoding under a size limit (decode.ts), HTML sniffing (sniff.ts), errors
 * and their one-line reasons (errors.ts, messages.ts).
 */
import { resolveOptions, type FetchOptions, type FetchedResponse } from './options.js';
import { followRedirects, parseUrl } from './redirects.js';
import { hopWithRetries } from './retry.js';

export { DEFAULT_USER_AGENT, FETCH_DEFAULTS, closeDefaultAgents, type FetchOptions, type FetchedResponse, type FetchExchange } from './options.js';
export { parseRetryAfter } from './attempt.js';
export { sniffHtml } from './sniff.js';

/**
 * GET one page, following redirects, with timeouts, size limits, decompression
 * and retries. Throws {@link FetchError} only.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedResponse> {
  const o = resolveOptions(options);
  const start = parseUrl(url, undefined, url, false);
  return followRedirects(start, o, (current, headers, state) => hopWithRetries(current, headers, o, state));
}
