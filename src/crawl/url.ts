/**
 * URL keys for the crawl frontier and for deduplication: one spelling per page, so the
 * same article reached as `…/slug/#respond` or `…/slug/?utm_source=wa` is one URL.
 */

/** Query parameters that only track where a reader came from; never part of a page's identity. */
const TRACKING_PARAM = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|amp_js_v|usqp)$/i;

/**
 * The key of a URL: parsed and re-serialised (lower-case scheme and host, default port
 * dropped, percent-encoding normalised by the WHATWG parser), without fragment and
 * without tracking parameters. Null for anything that is not an absolute http(s) URL.
 */
export function urlKey(input: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname) return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  if (u.search) {
    const kept = [...u.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
    if (kept.length !== [...u.searchParams].length) {
      u.search = kept.length ? new URLSearchParams(kept).toString() : '';
    }
  }
  return u.href;
}

/** `host[:port]` of a URL key, lower case: the unit of politeness. */
export function hostOf(url: string): string {
  return new URL(url).host;
}

/** Host name without a leading "www.", for "same site" comparisons. */
export function siteHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** True when two URLs belong to the same site (same host, "www." or not, any scheme). */
export function sameSite(a: string, b: string): boolean {
  try {
    return siteHost(a) === siteHost(b);
  } catch {
    return false;
  }
}

/** The origin of a site given as `katajari.com`, `https://katajari.com/` or a page URL on it. */
export function siteOrigin(input: string): string | null {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`;
  const key = urlKey(text);
  return key ? new URL(key).origin : null;
}
