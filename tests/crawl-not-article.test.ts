/**
 * The crawl and pages that are no article, and WordPress sites without pretty permalinks:
 * a password-protected post, an archive, an attachment page or an empty page is `skipped`
 * with its reason and never kept; a --site whose pretty sitemaps, feed and REST API are
 * missing is read through WordPress's plain forms; a site that lists nothing says what was tried.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crawl, type CrawlEvent, type CrawlOptions } from '../src/crawl/index.js';
import { formatSummary } from '../src/crawl/summary.js';
import { plainFormOf } from '../src/crawl/discovery.js';
import { isArticleSitemap, isArticleUrl } from '../src/crawl/discovery-rules.js';
import { startFakeSite, type FakeSite } from './helpers/fake-wp-site.mjs';
import { startServer, type TestServer } from './helpers/http-server.js';

const closers: (() => Promise<void>)[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function archiveDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kliping-notarticle-'));
  dirs.push(d);
  return d;
}

async function run(options: CrawlOptions) {
  const events: CrawlEvent[] = [];
  const summary = await crawl({ delayMs: 0, ...options, onEvent: (e) => events.push(e) });
  return { summary, events };
}

function manifest(dir: string): { url: string; status: string; reason: string | null; file: string | null }[] {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

describe('crawl: pages that are no article', () => {
  it('are skipped with the reason, in the manifest and the summary, and no record is kept', async () => {
    const pages: Record<string, Buffer> = {
      '/2024/10/anjangsana/': fixture('katajari-seed-anjangsana.html'),
      '/2024/11/rencana-anggaran/': fixture('not-article/wp-password-protected-id.html'),
      '/2024/10/anjangsana/foto-dkisp/': fixture('not-article/wp-attachment-page.html'),
      '/arsip-banjar/': fixture('not-article/wp-category-archive.html'),
      '/app/': fixture('not-article/empty-page-app-shell.html'),
    };
    const server: TestServer = await startServer((req, res) => {
      const body = pages[req.url ?? ''];
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ?? '<h1>404</h1>');
    });
    closers.push(() => server.close());
    const out = archiveDir();
    const { summary } = await run({ out, urls: Object.keys(pages).map((p) => server.url(p)) });
    const byPath = new Map(manifest(out).map((e) => [new URL(e.url).pathname, e]));
    expect(byPath.get('/2024/10/anjangsana/')).toMatchObject({ status: 'ok' });
    expect(byPath.get('/2024/11/rencana-anggaran/')).toMatchObject({ status: 'skipped', reason: 'password-protected', file: null });
    expect(byPath.get('/2024/10/anjangsana/foto-dkisp/')).toMatchObject({ status: 'skipped', reason: 'not an article: attachment page', file: null });
    expect(byPath.get('/arsip-banjar/')).toMatchObject({ status: 'skipped', reason: 'not an article: category archive', file: null });
    expect(byPath.get('/app/')).toMatchObject({ status: 'skipped', reason: 'empty page', file: null });
    expect(summary).toMatchObject({ ok: 1, skipped: 4, failed: 0, exitCode: 0 });
    expect(summary.skippedBy).toEqual({
      'password-protected': 1,
      'not an article: attachment page': 1,
      'not an article: category archive': 1,
      'empty page': 1,
    });
    const records = readdirSync(join(out, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(records).toHaveLength(1);
  });
});

describe('discovery: WordPress without pretty permalinks', () => {
  it('reads the plain forms when the pretty ones are missing, and finds every article once', async () => {
    const s: FakeSite = await startFakeSite({ articles: 30, permalinks: 'plain', perSitemap: 20 });
    closers.push(() => s.close());
    const out = archiveDir();
    const { summary } = await run({ out, sites: [s.origin] });
    expect(summary).toMatchObject({ ok: 30, failed: 0, sitesWithoutArticles: [], exitCode: 0 });
    for (const u of s.articleUrls) expect(s.hits.get(new URL(u).pathname + new URL(u).search)).toBe(1);
    // The pretty forms were tried first, then the plain ones.
    for (const pretty of ['/wp-sitemap.xml', '/feed/']) expect(s.hits.get(pretty)).toBe(1);
    expect(s.hits.get('/?sitemap=index')).toBe(1);
    expect(s.hits.get('/?feed=rss2')).toBe(1);
    expect([...s.hits.keys()].filter((k) => k.startsWith('/?rest_route=%2Fwp%2Fv2%2Fposts'))).toHaveLength(1);
    expect(s.hits.get('/?sitemap=posts&sitemap-subtype=post&paged=2')).toBe(1);
    // The sitemaps of pages, categories and users are not read, nor the archives they list.
    for (const k of s.hits.keys()) expect(k).not.toMatch(/sitemap=(?:users|taxonomies)|sitemap-subtype=page|[?&](?:cat|author|page_id)=/);
  });

  it('does not ask for the plain forms when the pretty ones answer', async () => {
    const s = await startFakeSite({ articles: 12 });
    closers.push(() => s.close());
    const { summary } = await run({ out: archiveDir(), sites: [s.origin] });
    expect(summary).toMatchObject({ ok: 12, exitCode: 0 });
    for (const k of s.hits.keys()) expect(k).not.toMatch(/^\/\?(?:sitemap|feed|rest_route)=/);
  });

  it('a site that lists nothing: exit 1, and the summary says what was tried', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body><h1>404</h1></body></html>');
    });
    closers.push(() => server.close());
    const { summary } = await run({ out: archiveDir(), sites: [server.origin] });
    expect(summary.exitCode).toBe(1);
    expect(summary.sitesWithoutArticles).toEqual([server.origin]);
    expect(server.hits).toEqual(expect.arrayContaining(['/?sitemap=index', '/?feed=rss2']));
    expect(server.hits.some((h) => h.startsWith('/?rest_route=%2Fwp%2Fv2%2Fposts'))).toBe(true);
    const text = formatSummary(summary).join('\n');
    expect(text).toContain(`no article found: ${server.origin}: its sitemaps, feed and REST API listed none (give article URLs with --input)`);
    expect(text).toMatch(
      /tried \/wp-sitemap\.xml, .*\/feed\/, \/wp-json\/wp\/v2\/posts, and WordPress's plain forms .*\/\?sitemap=index, \/\?feed=rss2, \/\?rest_route=\/wp\/v2\/posts/,
    );
  });
});

describe('discovery rules: plain forms', () => {
  const site = 'https://kabarbanua.id';
  const window = { since: null, until: null };
  it('gives the plain form of the well-known pretty documents only', () => {
    expect(plainFormOf({ url: `${site}/feed/`, kind: 'feed', site }, window)?.url).toBe(`${site}/?feed=rss2`);
    expect(plainFormOf({ url: `${site}/wp-sitemap.xml`, kind: 'sitemap', site }, window)?.url).toBe(`${site}/?sitemap=index`);
    const rest = plainFormOf({ url: `${site}/wp-json/wp/v2/posts?per_page=100&page=1&_fields=link%2Cdate%2Cmodified`, kind: 'wpjson', site }, window);
    expect(rest).toMatchObject({ kind: 'wpjson', site });
    expect(new URL(rest!.url).searchParams.get('rest_route')).toBe('/wp/v2/posts');
    expect(new URL(rest!.url).searchParams.get('page')).toBe('1');
    for (const url of [
      `${site}/sitemap.xml`,
      `${site}/sitemap_index.xml`,
      `${site}/?feed=rss2`,
      `${site}/wp-json/wp/v2/posts?per_page=100&page=2`,
      `${site}/post-sitemap1.xml`,
    ]) {
      expect(plainFormOf({ url, kind: url.includes('wp-json') ? 'wpjson' : 'sitemap', site }, window)).toBeNull();
    }
  });

  it('plain archive, search and feed URLs are no articles; /?p=N is one', () => {
    expect(isArticleUrl(new URL(`${site}/?p=123`))).toBe(true);
    for (const q of ['cat=3', 'tag=banjir', 'author=1', 's=banjir', 'm=202411', 'feed=rss2', 'paged=2', 'attachment_id=9']) {
      expect(isArticleUrl(new URL(`${site}/?${q}`))).toBe(false);
    }
    // Other CMSs' query strings stay articles.
    expect(isArticleUrl(new URL(`${site}/berita.php?id=5&tag=banjir`))).toBe(true);
    expect(isArticleSitemap(`${site}/?sitemap=posts&sitemap-subtype=post&paged=1`)).toBe(true);
    expect(isArticleSitemap(`${site}/?sitemap=posts&sitemap-subtype=page&paged=1`)).toBe(false);
    expect(isArticleSitemap(`${site}/?sitemap=taxonomies&sitemap-subtype=category&paged=1`)).toBe(false);
    expect(isArticleSitemap(`${site}/?sitemap=users&paged=1`)).toBe(false);
  });
});
