/**
 * URLs and redirects: what may be requested (http and https only), what is sent (no
 * fragment), and the walk from the requested URL to the final response — at most
 * `maxRedirects` hops, no loops, credentials never carried to another origin.
 */
import { errorMessage } from '../util/text.js';
import { FetchError } from './errors.js';
import type { FetchedResponse, Hop, Resolved } from './options.js';

/** Headers not carried over to a redirect target on another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export function parseUrl(input: string, base: URL | undefined, failUrl: string, redirect: boolean): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new FetchError('bad-url', redirect ? `redirect to an invalid URL (${input})` : 'not a valid absolute URL', { url: failUrl });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-scheme', redirect ? `redirect to a non-http(s) URL (${url.href})` : `not an http(s) URL (${url.protocol})`, { url: failUrl });
  }
  return url;
}

/** A URL without its fragment: what is actually requested. */
export function requestTarget(url: URL): string {
  if (!url.hash) return url.href;
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/**
 * Follow redirects from `start`, each hop made by `hop` (with its retries), to the final
 * response. Throws {@link FetchError} only, with `attempts` set.
 */
export async function followRedirects(
  start: URL,
  o: Resolved,
  hop: (url: URL, headers: Record<string, string>, state: { retries: number }) => Promise<Hop>,
): Promise<FetchedResponse> {
  const state = { retries: 0 };
  const redirects: string[] = [];
  const seen = new Set<string>([requestTarget(start)]);
  let current = start;
  let headers = o.headers;
  try {
    for (;;) {
      const answer = await hop(current, headers, state);
      if (answer.kind === 'done') {
        return {
          url: start.href,
          finalUrl: current.href,
          status: answer.status,
          headers: answer.headers,
          body: answer.body,
          redirects,
          contentType: answer.headers['content-type'] ?? null,
          fetchedAt: new Date().toISOString(),
          attempts: state.retries + 1,
        };
      }
      const next = parseUrl(answer.location, current, current.href, true);
      if (!next.hash && current.hash) next.hash = current.hash; // a redirect keeps the fragment
      if (seen.has(requestTarget(next))) {
        throw new FetchError('redirect-loop', 'redirect loop', { url: next.href, status: answer.status });
      }
      if (redirects.length >= o.maxRedirects) {
        throw new FetchError('too-many-redirects', `more than ${o.maxRedirects} redirects`, {
          url: current.href,
          status: answer.status,
        });
      }
      redirects.push(current.href);
      seen.add(requestTarget(next));
      if (next.origin !== current.origin && CREDENTIAL_HEADERS.some((h) => h in headers)) {
        headers = { ...headers };
        for (const h of CREDENTIAL_HEADERS) delete headers[h];
      }
      await o.beforeRedirect?.(next);
      current = next;
    }
  } catch (err) {
    const fe = err instanceof FetchError ? err : new FetchError('network', errorMessage(err), { url: current.href, cause: err });
    fe.attempts ??= state.retries + 1;
    throw fe;
  }
}
