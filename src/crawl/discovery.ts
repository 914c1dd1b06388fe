/**
 * Discovery: from a site to its article URLs. A --site seeds the well-known sitemaps,
 * the feed and the REST API's first page; robots.txt `Sitemap:` lines add more. Each
 * discovery document is a frontier entry like an article (polite, resumable), and
 * reading one yields new entries: child sitemaps, article URLs, further API pages.
 */
import { gunzipSync } from 'node:zlib';
import type { FetchedResponse } from '../fetch/index.js';
import {
  PLAIN_FORMS,
  WELL_KNOWN_FEEDS,
  WELL_KNOWN_SITEMAPS,
  WP_PER_PAGE,
  WP_POSTS_PATH,
  WP_POSTS_ROUTE,
  isArticleSitemap,
  isArticleUrl,
} from './discovery-rules.js';
import type { NewUrl, UrlKind } from './state/index.js';
import { hostOf, sameSite, siteOrigin, urlKey } from './url.js';
import { hintsExclude, type DateWindow } from './window.js';
import { MAX_ENTRIES, XmlRefused, parseFeed, parseSitemap } from './xml.js';

export const DISCOVERY_PRIORITY = 0;
export const ARTICLE_PRIORITY = 1;

/**
 * How deep sitemap indexes may nest below the sitemaps a site starts from (robots.txt's and
 * the well-known ones). The protocol allows no nesting at all; a few sites nest by year and
 * month. A site that generates ever new child indexes is a trap, and ends here.
 */
export const MAX_SITEMAP_DEPTH = 4;

/**
 * A sitemap's nesting depth travels in its frontier priority: depth d runs at priority
 * d/16 (0, 0.0625, …, 0.25), after the shallower discovery documents and before every
 * article (priority 1).
 */
export function sitemapPriority(depth: number): number {
  return DISCOVERY_PRIORITY + depth / 16;
}

export function sitemapDepth(priority: number): number {
  return Math.max(0, Math.round((priority - DISCOVERY_PRIORITY) * 16));
}

/** Sitemaps may be 50 MB uncompressed (sitemaps.org); a gzipped one must not inflate past that. */
export const MAX_DISCOVERY_BYTES = 50 * 1024 * 1024;

export class DiscoveryError extends Error {}

function entry(url: string, kind: UrlKind, site: string, extra: Partial<NewUrl> = {}): NewUrl {
  return { url, host: hostOf(url), kind, priority: kind === 'article' ? ARTICLE_PRIORITY : DISCOVERY_PRIORITY, site, ...extra };
}

/** The REST API page URL for `page`, limited to the window when there is one; `plain`: WordPress's `/?rest_route=` form. */
export function wpPostsUrl(origin: string, page: number, window: DateWindow, plain = false): string {
  const u = new URL(plain ? '/' : WP_POSTS_PATH, origin);
  if (plain) u.searchParams.set('rest_route', WP_POSTS_ROUTE);
  u.searchParams.set('per_page', String(WP_PER_PAGE));
  u.searchParams.set('page', String(page));
  u.searchParams.set('_fields', 'link,date,modified');
  if (window.since) u.searchParams.set('after', `${window.since}T00:00:00`);
  if (window.until) u.searchParams.set('before', `${window.until}T23:59:59`);
  return u.href;
}

/** The discovery documents every --site starts from. */
export function siteSeeds(origin: string, window: DateWindow): NewUrl[] {
  const urls: NewUrl[] = [];
  for (const path of WELL_KNOWN_SITEMAPS) urls.push(entry(new URL(path, origin).href, 'sitemap', origin));
  for (const path of WELL_KNOWN_FEEDS) urls.push(entry(new URL(path, origin).href, 'feed', origin));
  urls.push(entry(wpPostsUrl(origin, 1, window), 'wpjson', origin));
  return urls;
}

/**
 * The plain form of a well-known discovery document that was missing (`/feed/` →
 * `/?feed=rss2`, `/wp-sitemap.xml` → `/?sitemap=index`, the REST API's first page →
 * `/?rest_route=/wp/v2/posts…`): what a WordPress site without pretty permalinks answers.
 * Null for any other document (a plain form, a child sitemap, a later REST API page).
 */
export function plainFormOf(row: { url: string; kind: UrlKind; site: string | null }, window: DateWindow): NewUrl | null {
  if (!row.site) return null;
  const u = new URL(row.url);
  if (u.origin !== new URL(row.site).origin) return null;
  if (row.kind === 'wpjson') {
    if (u.pathname !== WP_POSTS_PATH || u.searchParams.get('page') !== '1') return null;
    return entry(wpPostsUrl(row.site, 1, window, true), 'wpjson', row.site);
  }
  const plain = u.search ? undefined : PLAIN_FORMS[u.pathname];
  return plain ? entry(new URL(plain, row.site).href, row.kind, row.site) : null;
}

/** Sitemaps named in a site's robots.txt (same site only). */
export function robotsSitemaps(origin: string, sitemaps: string[]): NewUrl[] {
  const out: NewUrl[] = [];
  for (const s of sitemaps) {
    const key = urlKey(s, origin);
    if (key && sameSite(key, origin)) out.push(entry(key, 'sitemap', origin));
  }
  return out;
}

/** What reading one discovery document gave. */
export interface DiscoveryResult {
  found: NewUrl[];
  /** Article URLs left out because their dates lie outside --since/--until (a URL listed by several sources is counted once by the crawl). */
  outsideWindow: string[];
  /** A short note for the summary/logs: "sitemap index, 3 sitemaps". */
  note: string;
  /** Something left unread (too many entries, nested too deep), worth a line on stderr. */
  warning?: string;
}

/** The article URLs a discovery document lists: same-site article pages, less those its dates put outside the window. */
class Articles {
  readonly found: NewUrl[] = [];
  readonly outside: string[] = [];

  constructor(
    private readonly base: string,
    private readonly site: string,
    private readonly window: DateWindow,
  ) {}

  add(loc: string, hints: { lastmod?: string | null; published?: string | null }): void {
    const key = urlKey(loc, this.base);
    if (!key || !sameSite(key, this.site) || !isArticleUrl(new URL(key))) return;
    if (hintsExclude(this.window, { ...hints, url: key })) {
      this.outside.push(key);
      return;
    }
    this.found.push(entry(key, 'article', this.site, { lastmod: hints.lastmod ?? null, publishedHint: hints.published ?? null }));
  }
}

const tooMany = (what: string) => `lists more than ${MAX_ENTRIES.toLocaleString('en')} ${what} (the sitemaps.org limit): the rest are not read`;

/**
 * Turn a fetched discovery document into frontier entries. Throws DiscoveryError when it is
 * unreadable. `depth`: how deep below the site's first sitemaps this document is.
 */
export function readDiscovery(kind: UrlKind, res: FetchedResponse, site: string, window: DateWindow, depth = 0): DiscoveryResult {
  const articles = new Articles(res.finalUrl, site, window);
  if (kind === 'sitemap') return readSitemap(res, site, window, depth, articles);
  if (kind === 'feed') {
    const parsed = readXml(() => parseFeed(text(res)));
    if (parsed.kind === 'unknown') throw new DiscoveryError('not an RSS or Atom feed');
    for (const e of parsed.entries) articles.add(e.loc, { lastmod: e.lastmod, published: e.published });
    const { found, outside } = articles;
    return { found, outsideWindow: outside, note: `feed, ${found.length} URLs`, ...(parsed.truncated ? { warning: tooMany('entries') } : {}) };
  }
  if (kind === 'wpjson') return readRestApiPage(res, site, articles);
  throw new DiscoveryError(`cannot read a ${kind}`);
}

/** A sitemap index (its article sitemaps, not deeper than MAX_SITEMAP_DEPTH) or a urlset (its articles). */
function readSitemap(res: FetchedResponse, site: string, window: DateWindow, depth: number, articles: Articles): DiscoveryResult {
  const parsed = readXml(() => parseSitemap(text(res)));
  if (parsed.kind === 'urlset') {
    for (const e of parsed.entries) articles.add(e.loc, { lastmod: e.lastmod, published: e.published });
    const { found, outside } = articles;
    return { found, outsideWindow: outside, note: `sitemap, ${found.length} URLs`, ...(parsed.truncated ? { warning: tooMany('URLs') } : {}) };
  }
  if (parsed.kind !== 'index') throw new DiscoveryError('not a sitemap');
  const found: NewUrl[] = [];
  let tooDeep = 0;
  for (const e of parsed.entries) {
    const key = urlKey(e.loc, res.finalUrl);
    if (!key || !sameSite(key, site) || !isArticleSitemap(key)) continue;
    // A child last modified before --since lists nothing newer.
    if (hintsExclude(window, { lastmod: e.lastmod })) continue;
    if (depth >= MAX_SITEMAP_DEPTH) {
      tooDeep++;
      continue;
    }
    found.push(entry(key, 'sitemap', site, { priority: sitemapPriority(depth + 1) }));
  }
  const warning = tooDeep
    ? `sitemap index nested more than ${MAX_SITEMAP_DEPTH} levels deep: the ${tooDeep === 1 ? 'sitemap it lists is' : `${tooDeep} sitemaps it lists are`} not read`
    : parsed.truncated
      ? tooMany('sitemaps')
      : undefined;
  return { found, outsideWindow: [], note: `sitemap index, ${found.length} sitemaps`, ...(warning ? { warning } : {}) };
}

/** One page of the WordPress REST API's posts; the first page also queues the others (X-WP-TotalPages). */
function readRestApiPage(res: FetchedResponse, site: string, articles: Articles): DiscoveryResult {
  let posts: unknown;
  try {
    posts = JSON.parse(res.body.toString('utf8'));
  } catch {
    throw new DiscoveryError('not a REST API answer (not JSON)');
  }
  if (!Array.isArray(posts)) throw new DiscoveryError('not a REST API answer (not a list of posts)');
  for (const p of posts) {
    if (p && typeof p === 'object' && typeof (p as { link?: unknown }).link === 'string') {
      const post = p as { link: string; date?: unknown; modified?: unknown };
      articles.add(post.link, {
        published: typeof post.date === 'string' ? post.date : null,
        lastmod: typeof post.modified === 'string' ? post.modified : null,
      });
    }
  }
  const { found, outside } = articles;
  const page = Number(new URL(res.url).searchParams.get('page') ?? '1');
  const totalPages = Number(res.headers['x-wp-totalpages'] ?? '1');
  if (page === 1 && Number.isInteger(totalPages) && totalPages > 1) {
    const api = new URL(res.url);
    for (let n = 2; n <= Math.min(totalPages, 100_000); n++) {
      api.searchParams.set('page', String(n));
      found.push(entry(api.href, 'wpjson', site));
    }
  }
  return { found, outsideWindow: outside, note: `REST API page ${page}/${Number.isFinite(totalPages) ? totalPages : '?'}` };
}

function readXml<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof XmlRefused) throw new DiscoveryError(err.message);
    throw err;
  }
}

/** The body as text; a gzipped body (a .xml.gz served as is) is inflated, within the size limit. */
function text(res: FetchedResponse): string {
  let body = res.body;
  if (body[0] === 0x1f && body[1] === 0x8b) {
    try {
      body = gunzipSync(body, { maxOutputLength: MAX_DISCOVERY_BYTES });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw new DiscoveryError(`larger than ${MAX_DISCOVERY_BYTES / 1024 / 1024} MiB after decompression`);
      }
      throw new DiscoveryError(`could not decompress the gzip body (${(err as Error).message.split('\n')[0]})`);
    }
  }
  return body.toString('utf8');
}

/**
 * The lines of a URL list (a file, stdin, an array) as article URLs to queue, in batches;
 * blank lines and `#` comments are skipped, other lines that are not http(s) URLs reported.
 */
export async function readListedUrls(
  urls: Iterable<string> | AsyncIterable<string>,
  add: (batch: NewUrl[]) => unknown,
  invalid: (line: string) => void,
): Promise<void> {
  let batch: NewUrl[] = [];
  for await (const raw of urls as AsyncIterable<string>) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const key = /^https?:\/\//i.test(line) ? urlKey(line) : null;
    if (!key) {
      invalid(line);
      continue;
    }
    batch.push({ url: key, host: hostOf(key), kind: 'article', priority: ARTICLE_PRIORITY, site: null });
    if (batch.length >= 1000) {
      await add(batch);
      batch = [];
    }
  }
  if (batch.length) await add(batch);
}

/**
 * The inputs of a run queued: every --site's discovery documents, then the listed URLs. Each
 * site's origin is pushed to `sites` before its documents are added (the host is then known as
 * a site's); an input that is neither a site address nor an http(s) URL is told to `invalid`.
 */
export async function queueInputs(
  input: { sites?: string[]; urls?: Iterable<string> | AsyncIterable<string> },
  window: DateWindow,
  sites: string[],
  add: (batch: NewUrl[]) => unknown,
  invalid: (input: string, reason: string) => void,
): Promise<void> {
  for (const site of input.sites ?? []) {
    const origin = siteOrigin(site);
    if (!origin) {
      invalid(site, 'not a site address (expected https://host or host)');
      continue;
    }
    sites.push(origin);
    await add(siteSeeds(origin, window));
  }
  if (input.urls) await readListedUrls(input.urls, add, (line) => invalid(line, 'not an http(s) URL'));
}
