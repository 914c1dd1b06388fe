/**
 * The crawl's parts, one by one: URL keys, robots.txt matching, the date window, the
 * sitemap and feed readers, discovery rules, the append-only log's repairs, article
 * paths, and the summary.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppendLog } from '../src/sink/appendlog.js';
import { ArticleArchive, hostDir, yearMonth } from '../src/crawl/archive.js';
import { manifestLine } from '../src/crawl/manifest.js';
import { dedupKeys, contentHashOf } from '../src/crawl/outcomes.js';
import { formatDuration } from '../src/crawl/summary.js';
import { isArticleSitemap, isArticleUrl } from '../src/crawl/discovery-rules.js';
import { readDiscovery, siteSeeds, robotsSitemaps, wpPostsUrl } from '../src/crawl/discovery.js';
import { progressLine, formatEta } from '../src/crawl/progress.js';
import { parseRobots } from '../src/crawl/robots.js';
import { CrawlState } from '../src/crawl/state/index.js';
import { formatSummary } from '../src/crawl/summary.js';
import { hostOf, sameSite, siteOrigin, urlKey } from '../src/crawl/url.js';
import { dateOf, hintsExclude, outsideWindow, parseDateOption, urlMonth } from '../src/crawl/window.js';
import { parseFeed, parseSitemap } from '../src/crawl/xml.js';
import type { FetchedResponse } from '../src/fetch/index.js';
import { extract } from '../src/index.js';
import type { CrawlSummary } from '../src/crawl/index.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kliping-crawl-unit-'));

function response(url: string, body: string | Buffer, headers: Record<string, string> = {}): FetchedResponse {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  return {
    url,
    finalUrl: url,
    status: 200,
    headers,
    body: buf,
    redirects: [],
    contentType: headers['content-type'] ?? null,
    fetchedAt: '2024-11-01T00:00:00.000Z',
    attempts: 1,
  };
}

describe('urlKey', () => {
  it('drops the fragment, tracking parameters and default port, and lower-cases the host', () => {
    expect(urlKey('HTTPS://Katajari.COM:443/berita/a/?utm_source=wa&fbclid=x#respond')).toBe('https://katajari.com/berita/a/');
    expect(urlKey('https://katajari.com/?p=123&utm_medium=x')).toBe('https://katajari.com/?p=123');
    expect(urlKey('/b/', 'https://katajari.com/a/')).toBe('https://katajari.com/b/');
  });

  it('refuses what is not an absolute http(s) URL', () => {
    expect(urlKey('javascript:alert(1)')).toBeNull();
    expect(urlKey('ftp://katajari.com/')).toBeNull();
    expect(urlKey('not a url')).toBeNull();
  });

  it('knows hosts and sites', () => {
    expect(hostOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(sameSite('https://www.katajari.com/a', 'http://katajari.com/')).toBe(true);
    expect(sameSite('https://katajari.com/a', 'https://evil.example/')).toBe(false);
    expect(siteOrigin('katajari.com')).toBe('https://katajari.com');
    expect(siteOrigin('http://127.0.0.1:9/x/y')).toBe('http://127.0.0.1:9');
    expect(siteOrigin('::')).toBeNull();
  });
});

describe('robots.txt', () => {
  const text = [
    'User-agent: *',
    'Disallow: /',
    'Crawl-delay: 30',
    '',
    'User-agent: Kliping',
    'Disallow: /private/',
    'Allow: /private/open/',
    'Crawl-delay: 2.5',
    '',
    'Sitemap: https://katajari.com/sitemap_index.xml',
  ].join('\n');

  it("uses kliping's own group, not *, for rules and Crawl-delay", () => {
    const r = parseRobots('https://katajari.com/robots.txt', text);
    expect(r.isAllowed('https://katajari.com/2024/10/berita/')).toBe(true);
    expect(r.isAllowed('https://katajari.com/private/x/')).toBe(false);
    expect(r.isAllowed('https://katajari.com/private/open/x/')).toBe(true);
    expect(r.crawlDelayMs).toBe(2500);
    expect(r.sitemaps).toEqual(['https://katajari.com/sitemap_index.xml']);
  });

  it('falls back to the * group when there is no kliping group', () => {
    const r = parseRobots('https://katajari.com/robots.txt', 'User-agent: *\nDisallow: /wp-admin/\nCrawl-delay: 1\n');
    expect(r.isAllowed('https://katajari.com/wp-admin/x')).toBe(false);
    expect(r.isAllowed('https://katajari.com/berita/')).toBe(true);
    expect(r.crawlDelayMs).toBe(1000);
  });

  it('does not take the * Crawl-delay when the kliping group sets none', () => {
    const r = parseRobots('https://katajari.com/robots.txt', 'User-agent: *\nCrawl-delay: 30\n\nUser-agent: kliping\nDisallow: /x/\n');
    expect(r.crawlDelayMs).toBeNull();
  });
});

describe('the date window', () => {
  it('parses --since/--until dates and refuses impossible ones', () => {
    expect(parseDateOption('2024-10-01')).toBe('2024-10-01');
    expect(parseDateOption('2024-10-01T08:00:00+08:00')).toBe('2024-10-01');
    expect(parseDateOption('2024-02-30')).toBeNull();
    expect(parseDateOption('01/10/2024')).toBeNull();
  });

  it('takes the date of a timestamp as written, RSS dates in UTC', () => {
    expect(dateOf('2024-10-22T00:30:00+08:00')).toBe('2024-10-22');
    expect(dateOf('Tue, 22 Oct 2024 06:05:00 +0000')).toBe('2024-10-22');
    expect(dateOf('kemarin')).toBeNull();
  });

  it('is inclusive at both ends', () => {
    const w = { since: '2024-10-01', until: '2024-10-31' };
    expect(outsideWindow(w, '2024-10-01')).toBeNull();
    expect(outsideWindow(w, '2024-10-31')).toBeNull();
    expect(outsideWindow(w, '2024-09-30')).toBe('before');
    expect(outsideWindow(w, '2024-11-01')).toBe('after');
    expect(outsideWindow(w, null)).toBeNull();
  });

  it('rules a URL out from discovery dates only when clearly outside (a day of margin)', () => {
    const w = { since: '2024-10-01', until: '2024-10-31' };
    expect(hintsExclude(w, { published: '2024-09-30T23:00:00+08:00' })).toBe(false);
    expect(hintsExclude(w, { published: '2024-09-29' })).toBe(true);
    expect(hintsExclude(w, { published: '2024-11-02' })).toBe(true);
    expect(hintsExclude(w, { lastmod: '2024-09-01' })).toBe(true);
    // modified after the window says nothing about when it was published
    expect(hintsExclude(w, { lastmod: '2024-12-01' })).toBe(false);
    expect(hintsExclude({ since: null, until: null }, { published: '1999-01-01' })).toBe(false);
    // a date permalink gives the month
    expect(hintsExclude(w, { url: 'https://k.id/2024/09/berita/' })).toBe(true);
    expect(hintsExclude(w, { url: 'https://k.id/2024/11/05/berita/' })).toBe(true);
    expect(hintsExclude(w, { url: 'https://k.id/2024/10/berita/' })).toBe(false);
    expect(hintsExclude(w, { url: 'https://k.id/berita/2024-09/' })).toBe(false);
    expect(urlMonth('https://k.id/2024/13/x/')).toBeNull();
    expect(urlMonth('https://k.id/2024/10/')).toBeNull();
  });
});

describe('sitemaps and feeds', () => {
  it('reads a sitemap index', () => {
    const xml = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://k.id/post-sitemap.xml</loc><lastmod>2024-10-01</lastmod></sitemap>
      <sitemap><loc><![CDATA[https://k.id/post-sitemap2.xml.gz]]></loc></sitemap></sitemapindex>`;
    expect(parseSitemap(xml)).toEqual({
      kind: 'index',
      entries: [
        { loc: 'https://k.id/post-sitemap.xml', lastmod: '2024-10-01', published: null },
        { loc: 'https://k.id/post-sitemap2.xml.gz', lastmod: null, published: null },
      ],
    });
  });

  it("reads a urlset's own <loc>, not the image's, entities decoded, with news dates", () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="x" xmlns:news="y">
      <url><loc>https://k.id/a/?x=1&amp;y=2</loc><image:image><image:loc>https://k.id/foto.jpg</image:loc></image:image>
      <news:news><news:publication_date>2024-10-22T14:05:00+08:00</news:publication_date></news:news></url>
      <url><image:image><image:loc>https://k.id/only-image.jpg</image:loc></image:image></url></urlset>`;
    expect(parseSitemap(xml).entries).toEqual([{ loc: 'https://k.id/a/?x=1&y=2', lastmod: null, published: '2024-10-22T14:05:00+08:00' }]);
  });

  it('says unknown for an HTML page', () => {
    expect(parseSitemap('<!doctype html><html><body><a href="/x">x</a></body></html>').kind).toBe('unknown');
  });

  it('reads RSS items and Atom entries', () => {
    const rss = `<rss version="2.0"><channel><link>https://k.id/</link>
      <item><title>A</title><link>https://k.id/a/</link><pubDate>Tue, 22 Oct 2024 06:05:00 +0000</pubDate><guid isPermaLink="false">https://k.id/?p=1</guid></item>
      <item><guid>https://k.id/b/</guid></item></channel></rss>`;
    expect(parseFeed(rss)).toEqual({
      kind: 'rss',
      entries: [
        { loc: 'https://k.id/a/', lastmod: null, published: 'Tue, 22 Oct 2024 06:05:00 +0000' },
        { loc: 'https://k.id/b/', lastmod: null, published: null },
      ],
    });
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://k.id/"/>
      <entry><link rel="replies" href="https://k.id/a/#comments"/><link rel="alternate" href="https://k.id/a/"/>
      <published>2024-10-22T14:05:00+08:00</published><updated>2024-10-23T00:00:00+08:00</updated></entry></feed>`;
    expect(parseFeed(atom).entries).toEqual([{ loc: 'https://k.id/a/', lastmod: '2024-10-23T00:00:00+08:00', published: '2024-10-22T14:05:00+08:00' }]);
  });
});

describe('discovery', () => {
  const site = 'https://k.id';
  const none = { since: null, until: null };

  it('seeds the well-known sitemaps, the feed and the REST API', () => {
    const urls = siteSeeds(site, none).map((s) => `${s.kind} ${s.url}`);
    expect(urls).toEqual([
      'sitemap https://k.id/wp-sitemap.xml',
      'sitemap https://k.id/sitemap_index.xml',
      'sitemap https://k.id/sitemap.xml',
      'feed https://k.id/feed/',
      'wpjson https://k.id/wp-json/wp/v2/posts?per_page=100&page=1&_fields=link%2Cdate%2Cmodified',
    ]);
    expect(wpPostsUrl(site, 2, { since: '2024-10-01', until: null })).toContain('after=2024-10-01T00%3A00%3A00');
  });

  it('keeps robots.txt sitemaps of the same site only', () => {
    expect(robotsSitemaps(site, ['https://k.id/a.xml', 'https://cdn.other.example/b.xml', '/c.xml']).map((u) => u.url)).toEqual([
      'https://k.id/a.xml',
      'https://k.id/c.xml',
    ]);
  });

  it('skips sitemaps and URLs that list no articles', () => {
    expect(isArticleSitemap('https://k.id/post-sitemap.xml')).toBe(true);
    expect(isArticleSitemap('https://k.id/post-sitemap3.xml.gz')).toBe(true);
    expect(isArticleSitemap('https://k.id/wp-sitemap-posts-post-1.xml')).toBe(true);
    expect(isArticleSitemap('https://k.id/page-sitemap.xml')).toBe(false);
    expect(isArticleSitemap('https://k.id/wp-sitemap-taxonomies-category-1.xml')).toBe(false);
    expect(isArticleSitemap('https://k.id/wp-sitemap-users-1.xml')).toBe(false);
    expect(isArticleUrl(new URL('https://k.id/'))).toBe(false);
    expect(isArticleUrl(new URL('https://k.id/?p=12'))).toBe(true);
    expect(isArticleUrl(new URL('https://k.id/category/banjar/'))).toBe(false);
    expect(isArticleUrl(new URL('https://k.id/wp-content/uploads/a.jpg'))).toBe(false);
    expect(isArticleUrl(new URL('https://k.id/2024/10/berita/'))).toBe(true);
  });

  it('reads a gzipped sitemap served as is, same-site URLs only', () => {
    const xml = `<urlset><url><loc>https://k.id/a/</loc><lastmod>2024-10-01</lastmod></url><url><loc>https://evil.example/b/</loc></url></urlset>`;
    const r = readDiscovery('sitemap', response('https://k.id/s.xml.gz', gzipSync(xml)), site, none);
    expect(r.found.map((f) => [f.kind, f.url, f.lastmod])).toEqual([['article', 'https://k.id/a/', '2024-10-01']]);
  });

  it('refuses a gzipped sitemap that inflates past the limit', () => {
    const bomb = gzipSync(Buffer.alloc(60 * 1024 * 1024, 0x20));
    expect(() => readDiscovery('sitemap', response('https://k.id/s.xml.gz', bomb), site, none)).toThrow(/larger than 50 MiB/);
  });

  it('leaves out URLs whose discovery dates are outside the window', () => {
    const xml = `<urlset><url><loc>https://k.id/old/</loc><lastmod>2020-01-01</lastmod></url><url><loc>https://k.id/new/</loc><lastmod>2024-10-05</lastmod></url></urlset>`;
    const r = readDiscovery('sitemap', response('https://k.id/s.xml', xml), site, { since: '2024-10-01', until: null });
    expect(r.found.map((f) => f.url)).toEqual(['https://k.id/new/']);
    expect(r.outsideWindow).toEqual(['https://k.id/old/']);
  });

  it('reads REST API posts and queues the other pages from X-WP-TotalPages', () => {
    const body = JSON.stringify([{ link: 'https://k.id/a/', date: '2024-10-22T14:05:00' }, { nope: 1 }]);
    const url = wpPostsUrl(site, 1, none);
    const r = readDiscovery('wpjson', response(url, body, { 'x-wp-totalpages': '3' }), site, none);
    expect(r.found.map((f) => `${f.kind} ${new URL(f.url).searchParams.get('page') ?? f.url}`)).toEqual(['article https://k.id/a/', 'wpjson 2', 'wpjson 3']);
    expect(r.found[0].publishedHint).toBe('2024-10-22T14:05:00');
    expect(() => readDiscovery('wpjson', response(url, '<html>'), site, none)).toThrow(/not JSON/);
  });
});

describe('AppendLog', () => {
  it('cuts a file back to its committed length', () => {
    const dir = tmp();
    const path = join(dir, 'm.jsonl');
    writeFileSync(path, '{"a":1}\n{"a":2}\n{"a":');
    const { log, repair, cut } = AppendLog.open(path, 16);
    expect(repair).toBe('truncated');
    expect(cut).toBe(5);
    log.appendSync('{"a":3}\n');
    log.close();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"a":2}\n{"a":3}\n');
  });

  it('without a committed length, cuts an unterminated last line', () => {
    const dir = tmp();
    const path = join(dir, 'm.jsonl');
    writeFileSync(path, '{"a":1}\n{"a":');
    const { log, repair } = AppendLog.open(path, null, { lineBased: true });
    expect(repair).toBe('truncated');
    expect(log.size).toBe(8);
    log.close();
  });

  it('reports a file shorter than committed', () => {
    const dir = tmp();
    const path = join(dir, 'm.jsonl');
    writeFileSync(path, '{"a":1}\n');
    const { log, repair } = AppendLog.open(path, 100);
    log.close();
    expect(repair).toBe('short');
  });
});

describe('article files', () => {
  it('derive safe directory names', () => {
    expect(hostDir('https://WWW.Katajari.com/x')).toBe('www.katajari.com');
    expect(hostDir('http://[::1]:8080/x')).toBe('1');
    expect(hostDir('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(yearMonth('2024-10-22T14:05:00+08:00', '2026-01-01T00:00:00Z')).toEqual(['2024', '10']);
    expect(yearMonth(null, '2026-01-05T00:00:00Z')).toEqual(['2026', '01']);
    expect(yearMonth('2024-13-01', '2026-01-05T00:00:00Z')).toEqual(['2026', '01']);
  });

  it('never reuse a name that holds another article, and never leave the archive', async () => {
    const root = tmp();
    const state = CrawlState.open(join(root, 'state.sqlite'), false);
    try {
      const archive = new ArticleArchive(root, state, 'json');
      const html = readFileSync(new URL('../fixtures/katajari-seed-anjangsana.html', import.meta.url));
      const record = extract(html, { url: 'https://katajari.com/dkisp-kabupaten-banjar-anjangsana-ke-surakarta/' });
      // A file left there by someone else, naming another URL.
      const dir = join(root, 'articles/katajari.com/2024/10');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'dkisp-kabupaten-banjar-anjangsana-ke-surakarta.json'), JSON.stringify({ url: 'https://katajari.com/other/' }));
      const p = archive.place(record, 1, record.url, null, '2026-01-01T00:00:00Z');
      expect(p.file).toBe('articles/katajari.com/2024/10/dkisp-kabupaten-banjar-anjangsana-ke-surakarta-2.json');
      // Another task in flight may not take the same name.
      const q = archive.place(
        { ...record, url: 'https://katajari.com/dkisp-kabupaten-banjar-anjangsana-ke-surakarta/?amp' },
        2,
        record.url,
        null,
        '2026-01-01T00:00:00Z',
      );
      expect(q.file).toBe('articles/katajari.com/2024/10/dkisp-kabupaten-banjar-anjangsana-ke-surakarta-3.json');
      const sha = await archive.write(p, record);
      expect(sha).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.parse(readFileSync(join(root, p.file), 'utf8')).url).toBe(record.url);
      // An unfinished write of the same URL (file there, no commit) is taken over.
      archive.release(p);
      archive.release(q);
      expect(archive.place(record, 1, record.url, null, '2026-01-01T00:00:00Z').file).toBe(p.file);
      expect(() => archive.absolute('../escape.json')).toThrow(/outside the archive/);
      expect(() => archive.absolute('/etc/passwd')).toThrow(/outside the archive/);
      // Page text cannot choose the path: a hostile headline and URL make an ordinary slug.
      const hostile = { ...record, url: 'https://katajari.com/..%2F..%2Fetc/', headline: '../../../etc/passwd', published: '../../2024-10' };
      const h = archive.place(hostile, 3, hostile.url, null, '2026-01-01T00:00:00Z');
      expect(h.file).toMatch(/^articles\/katajari\.com\/2026\/01\/[a-z0-9-]+\.json$/);
    } finally {
      state.close();
    }
  });
});

describe('dedup keys', () => {
  const html = readFileSync(new URL('../fixtures/katajari-seed-anjangsana.html', import.meta.url));

  it('are the canonical URL and the final URL; a canonical home page or another site is ignored', () => {
    const record = extract(html, { url: 'https://katajari.com/?p=5' });
    expect(dedupKeys(record, 'https://katajari.com/?p=5')).toEqual([
      'https://katajari.com/dkisp-kabupaten-banjar-anjangsana-ke-surakarta/',
      'https://katajari.com/?p=5',
    ]);
    expect(dedupKeys({ ...record, canonicalUrl: 'https://katajari.com/' }, 'https://katajari.com/a/')).toEqual(['https://katajari.com/a/']);
    expect(dedupKeys({ ...record, canonicalUrl: 'https://evil.example/a/' }, 'https://katajari.com/a/')).toEqual(['https://katajari.com/a/']);
  });

  it('hash the headline and the text', () => {
    const record = extract(html, { url: 'https://katajari.com/a/' });
    expect(contentHashOf(record)).toBe(contentHashOf({ ...record, url: 'https://katajari.com/b/', captions: [] }));
    expect(contentHashOf(record)).not.toBe(contentHashOf({ ...record, headline: 'Lain' }));
  });
});

describe('output', () => {
  it('writes manifest lines with the fields in order', () => {
    const line = manifestLine({ url: 'u', finalUrl: 'f', status: 'ok', reason: null, file: 'articles/x.json', sha256: 'ab', findings: 2, fetchedAt: 't' });
    expect(line).toBe('{"url":"u","finalUrl":"f","status":"ok","reason":null,"file":"articles/x.json","sha256":"ab","findings":2,"fetchedAt":"t"}\n');
  });

  it('formats the progress line and durations', () => {
    const line = progressLine({ done: 50, total: 200, ok: 48, failed: 2, rate: 12.5, etaMs: 12_000 }, 120);
    expect(line).toContain('25.0% 50/200');
    expect(line).toContain('12.5 pages/s');
    expect(line).toContain('2 errors');
    expect(line).toContain('ETA 12s');
    expect(formatEta(3_723_000)).toBe('1h02m');
    // Before the first article, the line says what discovery is doing.
    const discovering = progressLine({ done: 0, total: 1234, ok: 0, failed: 0, rate: 0, etaMs: null, discovery: { read: 7, left: 3 } }, 120);
    expect(discovering).toBe('discovering: 7 of 10 sitemaps, feeds and API pages read, 1,234 article URLs found');
    const both = progressLine({ done: 10, total: 1234, ok: 10, failed: 0, rate: 2, etaMs: null, discovery: { read: 7, left: 3 } }, 120);
    expect(both).toContain('10/1234 (discovering)');
    expect(formatEta(null)).toBe('--');
    expect(formatDuration(90_000)).toBe('2 min');
  });

  it('summarises a crawl on one screen', () => {
    const s: CrawlSummary = {
      archive: '/arsip',
      pass: 1,
      total: 10,
      pending: 0,
      ok: 6,
      changed: 0,
      unchanged: 0,
      unchangedBy: {},
      notModified: 0,
      duplicates: 1,
      skipped: 1,
      failed: 2,
      skippedBy: { 'robots.txt': 1 },
      failedBy: { 'HTTP 404': 1, timeout: 1 },
      duplicatesBy: { 'same text': 1 },
      findings: 3,
      findingsByRule: { 'caption-date-conflict': 3 },
      discoveryFailed: [],
      invalidInputs: 0,
      outsideWindow: 0,
      sitesWithoutArticles: [],
      hostsLeft: [],
      run: { fetched: 9, requests: 12, elapsedMs: 3000 },
      interrupted: false,
      fatal: null,
      exitCode: 1,
    };
    const text = formatSummary(s).join('\n');
    expect(text).toContain('10 article URLs in /arsip');
    expect(text).toMatch(/failed\s+2 {2}\(HTTP 404 1, timeout 1\)/);
    expect(text).toMatch(/skipped\s+1 {2}\(robots\.txt 1\)/);
    expect(text).toMatch(/findings\s+3 {2}\(caption-date-conflict 3\)/);
    expect(text).toContain('3.0 pages/s');
    expect(formatSummary({ ...s, total: 10, pending: 4, interrupted: true }).join('\n')).toMatch(
      /interrupted[\s\S]*left to do\s+4[\s\S]*run the same command again/,
    );
  });
});

describe('CrawlState', () => {
  it('keeps one row per URL and serves a host queue in priority order', () => {
    const root = tmp();
    const state = CrawlState.open(join(root, 'state.sqlite'), false);
    try {
      const h = 'k.id';
      state.addUrls([
        { url: 'https://k.id/a/', host: h, kind: 'article', priority: 1, site: null },
        { url: 'https://k.id/s.xml', host: h, kind: 'sitemap', priority: 0, site: null },
        { url: 'https://k.id/a/', host: h, kind: 'article', priority: 1, site: null, lastmod: '2024-01-01' },
      ]);
      const rows = state.nextBatch(h, null, 10);
      expect(rows.map((r) => r.url)).toEqual(['https://k.id/s.xml', 'https://k.id/a/']);
      expect(rows[1].lastmod).toBe('2024-01-01');
      expect(state.nextBatch(h, { priority: rows[0].priority, id: rows[0].id }, 10).map((r) => r.url)).toEqual(['https://k.id/a/']);
      expect(() => CrawlState.open(join(root, 'state.sqlite'), true)).toThrow(/in use/);
    } finally {
      state.close();
    }
    expect(statSync(join(root, 'state.sqlite')).size).toBeGreaterThan(0);
  });
});
