/**
 * crawl() against a fake WordPress site on 127.0.0.1 (tests/helpers/fake-wp-site.mjs):
 * discovery, politeness, faults, dedup, the date window, re-crawls with conditional
 * requests, WARC capture and the archive's layout.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WARCParser } from 'warcio';
import { crawl, Crawler, type CrawlEvent, type CrawlOptions } from '../src/crawl/index.js';
import { readWarcResponses } from '../src/warc/read.js';
import { StateLockedError } from '../src/crawl/state/index.js';
import { extract, type ArticleRecord } from '../src/index.js';
import { sha256, startFakeSite, type FakeSite, type FakeSiteOptions } from './helpers/fake-wp-site.mjs';

const sites: FakeSite[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(sites.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function site(options: FakeSiteOptions): Promise<FakeSite> {
  const s = await startFakeSite(options);
  sites.push(s);
  return s;
}

function archiveDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kliping-crawl-'));
  dirs.push(d);
  return d;
}

interface ManifestEntry {
  url: string;
  finalUrl: string | null;
  status: string;
  reason: string | null;
  file: string | null;
  sha256: string | null;
  findings: number | null;
  fetchedAt: string | null;
  previousVersion?: string | null;
}

function manifest(dir: string): ManifestEntry[] {
  const text = readFileSync(join(dir, 'manifest.jsonl'), 'utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ManifestEntry);
}

function byUrl(entries: ManifestEntry[]): Map<string, ManifestEntry> {
  return new Map(entries.map((e) => [e.url, e]));
}

async function run(options: CrawlOptions) {
  const events: CrawlEvent[] = [];
  const records: ArticleRecord[] = [];
  const summary = await crawl({
    delayMs: 0,
    ...options,
    onEvent: (e) => events.push(e),
    onRecord: (r) => void records.push(r),
  });
  const problems = events.filter((e): e is Extract<CrawlEvent, { type: 'problem' }> => e.type === 'problem');
  const notices = events.filter((e): e is Extract<CrawlEvent, { type: 'notice' }> => e.type === 'notice').map((e) => e.message);
  return { summary, events, records, problems, notices };
}

const path = (url: string) => new URL(url).pathname + new URL(url).search;

describe('crawl --site: discovery and the archive', () => {
  it('finds every article of a 1,000-article site through robots.txt and the sitemap index (gzipped child too), once each', async () => {
    const s = await site({ articles: 1000 });
    const out = archiveDir();
    const { summary, problems, records } = await run({ out, sites: [s.origin], contact: 'arsip@example.org' });

    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ total: 1000, ok: 1000, failed: 0, duplicates: 0, skipped: 0, pending: 0, exitCode: 0, interrupted: false });
    expect(records).toHaveLength(1000);

    const entries = manifest(out);
    expect(entries).toHaveLength(1000);
    expect(new Set(entries.map((e) => e.url))).toEqual(new Set(s.articleUrls));
    for (const e of entries) {
      expect(e.status).toBe('ok');
      const bytes = readFileSync(join(out, e.file as string));
      expect(sha256(bytes)).toBe(e.sha256);
      const record = JSON.parse(bytes.toString('utf8')) as ArticleRecord;
      expect(record.url).toBe(e.finalUrl);
      // articles/<host>/<yyyy>/<mm>/<slug>.json, yyyy/mm from the published date
      const ym = (record.published as string).slice(0, 7).replace('-', '/');
      expect(e.file).toMatch(new RegExp(`^articles/127\\.0\\.0\\.1/${ym}/[a-z0-9-]+\\.json$`));
      expect(e.findings).toBe(record.findings.length);
    }
    // one file per article, nothing else in articles/
    const files = readdirSync(join(out, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(files).toHaveLength(1000);

    // every article page fetched exactly once
    for (const u of s.articleUrls) expect(s.hits.get(path(u))).toBe(1);
    // sitemaps: robots.txt once, each child once (the last one is .xml.gz), no page/category sitemaps
    expect(s.hits.get('/robots.txt')).toBe(1);
    expect(s.hits.get('/post-sitemap1.xml')).toBe(1);
    expect(s.hits.get('/post-sitemap2.xml')).toBe(1);
    expect(s.hits.get('/post-sitemap3.xml.gz')).toBe(1);
    expect(s.hits.get('/page-sitemap.xml')).toBeUndefined();
    expect(s.hits.get('/category-sitemap.xml')).toBeUndefined();
    // polite by default: one request at a time, a User-Agent naming kliping and the contact
    expect(s.stats.maxInFlight).toBe(1);
    expect(
      s.log.every((l) => /^kliping\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/kliping\/kliping; arsip@example\.org\)$/.test(String(l.headers['user-agent']))),
    ).toBe(true);
    // A thousand fetches, extractions and commits: minutes on a machine busy with other work (a guard, not a speed check).
  }, 180_000);

  it('finds the articles through the REST API pages and the feed when there are no sitemaps', async () => {
    const s = await site({ articles: 250, sitemaps: false });
    const out = archiveDir();
    const { summary, problems } = await run({ out, sites: [s.origin], perHost: 2 });
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ ok: 250, failed: 0, exitCode: 0 });
    const api = [...s.hits.entries()].filter(([p]) => p.startsWith('/wp-json/wp/v2/posts'));
    expect(api.map(([p, n]) => [new URLSearchParams(p.split('?')[1]).get('page'), n]).sort()).toEqual([
      ['1', 1],
      ['2', 1],
      ['3', 1],
    ]);
    expect(s.hits.get('/feed/')).toBe(1);
  });

  it('does not count a blocked REST API as a failure', async () => {
    const s = await site({ articles: 60, restApi: 'blocked' });
    const out = archiveDir();
    const { summary, problems } = await run({ out, sites: [s.origin] });
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ ok: 60, discoveryFailed: [], exitCode: 0 });
  });

  it('keeps to --since/--until: out-of-window URLs are not fetched, or are skipped by their published date', async () => {
    const s = await site({ articles: 300 });
    const out = archiveDir();
    const since = '2023-03-01';
    const until = '2023-03-31';
    const { summary, records, problems } = await run({ out, sites: [s.origin], since, until });
    expect(problems).toEqual([]);
    const inWindow = s.articles.filter((a) => a.datedByTemplate && a.date >= since && a.date <= until);
    expect(inWindow.length).toBeGreaterThan(20);
    expect(new Set(records.map((r) => r.url))).toEqual(new Set(inWindow.map((a) => a.url)));
    for (const r of records) expect((r.published as string).slice(0, 10) >= since && (r.published as string).slice(0, 10) <= until).toBe(true);
    // Pages that keep their own date (2024) are fetched, then skipped as after --until.
    expect(summary.skippedBy['--until']).toBeGreaterThan(0);
    // Each URL left out once, though the sitemap, the feed and the REST API all list it.
    expect(summary.outsideWindow).toBeGreaterThan(200);
    const listedOutside = s.articles.filter((a) => a.date < since || a.date > until).length;
    expect(summary.outsideWindow).toBeLessThanOrEqual(listedOutside);
    // Far outside the window: never fetched.
    for (const a of s.articles) if (a.date < '2023-02-27' || a.date > '2023-04-02') expect(s.hits.get(path(a.url))).toBeUndefined();
    expect(summary.exitCode).toBe(0);
    for (const e of manifest(out)) expect(['ok', 'skipped']).toContain(e.status);
  });
});

describe('crawl: faults', () => {
  it('gives every bad URL one reason and goes on; the good ones come through retries, pauses and resets', async () => {
    const s = await site({ articles: 40, faults: true, slowMs: 300 });
    const out = archiveDir();
    const before = process.memoryUsage().rss;
    const { summary, problems, events } = await run({
      out,
      sites: [s.origin],
      perHost: 4,
      fetch: { deadlineMs: 1000, headersTimeoutMs: 1000, bodyTimeoutMs: 1000, retries: 2, retryBaseMs: 50 },
    });
    const m = byUrl(manifest(out));
    const st = (p: string) => m.get(s.origin + p);
    expect(st('/fault/429/')?.status).toBe('ok');
    expect(st('/fault/503/')?.status).toBe('ok');
    expect(st('/fault/reset/')?.status).toBe('ok');
    expect(st('/fault/slow/')?.status).toBe('ok');
    expect(st('/fault/gzip/')?.status).toBe('ok');
    expect(st('/fault/503-always/')).toMatchObject({ status: 'error', reason: 'HTTP 503 Service Unavailable' });
    expect(st('/fault/hang/')).toMatchObject({ status: 'error', reason: 'no complete response within 1 s' });
    expect(st('/fault/loop-a/')).toMatchObject({ status: 'error', reason: 'redirect loop' });
    expect(st('/fault/huge/')).toMatchObject({ status: 'error', reason: 'larger than 10 MiB' });
    expect(st('/fault/bomb/')).toMatchObject({ status: 'error', reason: 'larger than 10 MiB' });
    expect(st('/fault/404/')).toMatchObject({ status: 'error', reason: 'HTTP 404 Not Found' });
    expect(st('/fault/410/')).toMatchObject({ status: 'error', reason: 'HTTP 410 Gone' });
    expect(st('/private/rahasia-redaksi/')).toMatchObject({ status: 'skipped', reason: 'disallowed by robots.txt (for kliping)', file: null });
    expect(s.hits.get('/private/rahasia-redaksi/')).toBeUndefined();

    // The windows-1252 page comes out as correct text.
    const cp = st('/fault/cp1252/');
    expect(cp?.status).toBe('ok');
    const cpRecord = JSON.parse(readFileSync(join(out, cp?.file as string), 'utf8')) as ArticleRecord;
    expect(cpRecord.headline).toBe(s.cp1252Headline);
    expect(cpRecord.headline).toContain('‘Ngopi Bareng’ di Café');

    // One record per article: the AMP-like copy (same canonical) and the mirror (same text).
    for (const [copy, original, why] of [
      ['/fault/amp/', s.twins.canonical, 'same canonical URL'],
      ['/fault/mirror/', s.twins.text, 'same text'],
    ] as const) {
      const a = st(copy);
      const b = m.get(original);
      const statuses = [a?.status, b?.status].sort();
      expect(statuses).toEqual(['duplicate', 'ok']);
      const dup = a?.status === 'duplicate' ? a : b;
      const kept = a?.status === 'ok' ? a : b;
      expect(dup?.reason).toBe(`same article as ${kept?.url} (${why})`);
      expect(dup?.file).toBe(kept?.file);
      expect(dup?.sha256).toBe(kept?.sha256);
    }

    expect(summary).toMatchObject({ ok: 40 + 6 - 2 + 2, failed: 7, duplicates: 2, skipped: 1, exitCode: 1 });
    expect(summary.failedBy).toEqual({ 'HTTP 503': 1, timeout: 1, 'redirect loop': 1, 'too large': 2, 'HTTP 404': 1, 'HTTP 410': 1 });
    // one problem per failed URL, one line each, naming the URL
    expect(problems.map((p) => p.url).sort()).toEqual(
      ['/fault/503-always/', '/fault/hang/', '/fault/loop-a/', '/fault/huge/', '/fault/bomb/', '/fault/404/', '/fault/410/'].map((p) => s.origin + p).sort(),
    );
    for (const p of problems) expect(p.reason).not.toMatch(/\n|\bat .*:\d+:\d+/);
    // 429 + Retry-After paused the host: once the answer was in (requests sent alongside
    // it may still arrive), nothing was asked of it for a second, retries included.
    const t429 = s.log.find((l) => l.path === '/fault/429/')?.at as number;
    expect(s.log.filter((l) => l.at > t429 + 50 && l.at < t429 + 950)).toEqual([]);
    expect(s.log.filter((l) => l.at >= t429 + 950).length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'notice' && /429 Too Many Requests \(retry after 1 s\): pausing this host/.test(e.message))).toBe(true);
    // The 64 MiB page and the 256 MiB bomb were cut off, not held.
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('leaves a host that asks to wait longer than --max-pause for the next run, which finishes it', async () => {
    const s = await site({ articles: 5, faults: true, retryAfter: 3600 });
    const out = archiveDir();
    const urls = [s.origin + '/fault/429/', ...s.articleUrls];
    const first = await run({ out, urls, maxPauseMs: 5_000 });
    expect(first.summary).toMatchObject({ pending: 6, exitCode: 1 });
    expect(first.summary.hostsLeft).toEqual([{ host: new URL(s.origin).host, reason: expect.stringMatching(/^asked to wait 60 min \(HTTP 429/) }]);
    expect(first.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/its URLs are left for the next run$/)]);
    expect(existsSync(join(out, 'manifest.jsonl')) ? manifest(out) : []).toEqual([]);
    const second = await run({ out, urls: [] });
    expect(second.summary).toMatchObject({ ok: 6, pending: 0, exitCode: 0 });
    for (const u of s.articleUrls) expect(s.hits.get(path(u))).toBe(1);
  });
});

describe('crawl: politeness', () => {
  // Measured on the server's clock: from the end of one answer to the arrival of the next
  // request. The crawler counts its delay from the end of the response it read, which comes
  // after the server sent it, so no allowance for a busy machine is needed.
  const quiet = (s: FakeSite) =>
    s.log.slice(1).map((l, i) => {
      const before = s.log[i];
      expect(before.endedAt).not.toBeNull();
      return l.at - before.endedAt!;
    });

  it('waits --delay from the end of one answer to the next request to the host', async () => {
    const s = await site({ articles: 6 });
    const out = archiveDir();
    const { summary } = await run({ out, urls: s.articleUrls, delayMs: 150 });
    expect(summary.ok).toBe(6);
    expect(s.log).toHaveLength(7); // robots.txt + 6
    for (const q of quiet(s)) expect(q).toBeGreaterThanOrEqual(150);
  });

  it('waits --delay before following a redirect to the same host too (/wp-sitemap.xml → /sitemap_index.xml)', async () => {
    const s = await site({ articles: 3 });
    const out = archiveDir();
    const { summary } = await run({ out, sites: [s.origin], delayMs: 120 });
    expect(summary.ok).toBe(3);
    const redirect = s.log.findIndex((l) => l.path === '/wp-sitemap.xml');
    expect(redirect).toBeGreaterThanOrEqual(0);
    expect(s.log[redirect + 1].path).toBe('/sitemap_index.xml');
    for (const q of quiet(s)) expect(q).toBeGreaterThanOrEqual(120);
  });

  it('a slow answer does not eat into the delay', async () => {
    const s = await site({ articles: 4, articleAnswerMs: 200 });
    const out = archiveDir();
    const { summary } = await run({ out, urls: s.articleUrls, delayMs: 150 });
    expect(summary.ok).toBe(4);
    for (const q of quiet(s)) expect(q).toBeGreaterThanOrEqual(150);
  });

  it("waits the Crawl-delay of kliping's robots.txt group when it is longer", async () => {
    const s = await site({ articles: 5, crawlDelay: 0.2 });
    const out = archiveDir();
    const { summary } = await run({ out, urls: s.articleUrls, delayMs: 0 });
    expect(summary.ok).toBe(5);
    for (const q of quiet(s).slice(1)) expect(q).toBeGreaterThanOrEqual(200);
  });

  it('keeps to --per-host on each host while crawling hosts side by side', async () => {
    const a = await site({ articles: 40, label: 'A' });
    const b = await site({ articles: 40, label: 'B' });
    const out = archiveDir();
    const { summary } = await run({ out, urls: [...a.articleUrls, ...b.articleUrls], perHost: 2, concurrency: 8 });
    expect(summary.ok).toBe(80);
    expect(a.stats.maxInFlight).toBeLessThanOrEqual(2);
    expect(b.stats.maxInFlight).toBeLessThanOrEqual(2);
    // the two hosts were worked on at the same time, not one after the other
    const aSpan = [a.log[0].at, a.log[a.log.length - 1].at];
    const bSpan = [b.log[0].at, b.log[b.log.length - 1].at];
    expect(aSpan[0]).toBeLessThan(bSpan[1]);
    expect(bSpan[0]).toBeLessThan(aSpan[1]);
  });

  it('reads a missing robots.txt as no rules, and leaves a host whose robots.txt fails for the next run', async () => {
    const missing = await site({ articles: 3, robotsStatus: 404 });
    const a = await run({ out: archiveDir(), urls: missing.articleUrls });
    expect(a.summary).toMatchObject({ ok: 3, exitCode: 0 });

    const broken = await site({ articles: 3, robotsStatus: 503 });
    const b = await run({ out: archiveDir(), urls: broken.articleUrls, fetch: { retries: 1, retryBaseMs: 10 } });
    expect(b.summary).toMatchObject({ ok: 0, failed: 0, pending: 3, exitCode: 1 });
    expect(b.problems.map((p) => p.reason)).toEqual(['robots.txt unavailable (HTTP 503 Service Unavailable); its URLs are left for the next run']);
    for (const u of broken.articleUrls) expect(broken.hits.get(path(u))).toBeUndefined();
  });

  it('ignores robots.txt only when told to', async () => {
    const s = await site({ articles: 2, faults: true });
    const out = archiveDir();
    const { summary } = await run({ out, urls: [s.origin + '/private/rahasia-redaksi/'], robots: false });
    expect(summary.ok).toBe(1);
    expect(s.hits.get('/robots.txt')).toBeUndefined();
  });
});

describe('crawl: the archive over time', () => {
  it('re-crawls with conditional requests: a 304 is unchanged, a changed article rewritten (its version before kept)', async () => {
    const s = await site({ articles: 20 });
    const out = archiveDir();
    await run({ out, urls: s.articleUrls });
    const firstPass = byUrl(manifest(out));
    copyFileSync(join(out, firstPass.get(s.articleUrls[3])?.file as string), join(out, 'versions-of-3.json'));
    s.bump(3);
    s.resetHits();
    const { summary, records } = await run({ out, urls: [], recrawl: true });
    expect(summary).toMatchObject({ pass: 2, ok: 0, changed: 1, unchanged: 19, notModified: 0, failed: 0, exitCode: 0 });
    expect(records.map((r) => r.url)).toEqual([s.articleUrls[3]]);
    const articleRequests = s.log.filter((l) => l.path !== '/robots.txt');
    expect(articleRequests).toHaveLength(20);
    for (const l of articleRequests) expect(l.headers['if-none-match']).toMatch(/^"a\d+-v0"$/);
    const entries = manifest(out);
    expect(entries).toHaveLength(40);
    const second = byUrl(entries.slice(20));
    for (const [url, e] of second) {
      const before = firstPass.get(url) as ManifestEntry;
      expect(e.file).toBe(before.file);
      if (url === s.articleUrls[3]) {
        expect(e.status).toBe('changed');
        expect(e.sha256).not.toBe(before.sha256);
        expect(readFileSync(join(out, e.previousVersion as string))).toEqual(readFileSync(join(out, 'versions-of-3.json')));
        expect(readFileSync(join(out, e.file as string), 'utf8')).toContain('revisi 1');
      } else {
        expect(e).toMatchObject({ status: 'unchanged', reason: 'HTTP 304 Not Modified', sha256: before.sha256 });
      }
    }
  });

  it('finishes an interrupted re-crawl before starting another', async () => {
    const s = await site({ articles: 20 });
    const out = archiveDir();
    await run({ out, urls: s.articleUrls });
    s.resetHits();
    let finished = 0;
    const crawler = new Crawler({
      out,
      recrawl: true,
      delayMs: 0,
      onEvent: (e) => {
        if (e.type === 'finished' && ++finished === 5) crawler.stop();
      },
    });
    const first = await crawler.run();
    expect(first).toMatchObject({ pass: 2, interrupted: true });
    expect(first.pending).toBeGreaterThan(0);
    const again = await run({ out, urls: [], recrawl: true });
    expect(again.summary).toMatchObject({ pass: 2, unchanged: 20, pending: 0, exitCode: 0 });
    expect(again.notices.some((n) => /finishing pass 2 first/.test(n))).toBe(true);
    for (const u of s.articleUrls) expect(s.hits.get(path(u))).toBe(1);
    const third = await run({ out, urls: [], recrawl: true });
    expect(third.summary).toMatchObject({ pass: 3, unchanged: 20 });
  });

  it('reads the sitemaps again with rediscover, and fetches only the articles published since', async () => {
    const s = await site({ articles: 30 });
    const out = archiveDir();
    await run({ out, sites: [s.origin] });
    const fresh = s.publish(5);
    s.resetHits();
    const again = await run({ out, sites: [s.origin], rediscover: true });
    expect(again.summary).toMatchObject({ total: 35, ok: 35, pending: 0, exitCode: 0 });
    expect(again.records.map((r) => r.url).sort()).toEqual([...fresh].sort());
    expect(s.hits.get('/sitemap_index.xml')).toBeGreaterThanOrEqual(1);
    for (const u of s.articleUrls) expect(s.hits.get(path(u))).toBeUndefined();
    // without rediscover, a finished site is left as it is
    s.publish(1);
    s.resetHits();
    const idle = await run({ out, sites: [s.origin] });
    expect(idle.summary.total).toBe(35);
    expect(s.log).toEqual([]);
  });

  it('extracts on worker threads with the same archive as on the main thread', async () => {
    const s = await site({ articles: 30, faults: ['/fault/amp/', '/fault/mirror/', '/fault/404/'] });
    const one = archiveDir();
    const two = archiveDir();
    // The worker threads run the built code (dist/), as the CLI does: both runs use it.
    const distModule: string = '../dist/crawl/index.js';
    const built = (await import(distModule)) as typeof import('../src/crawl/index.js');
    const a = { summary: await built.crawl({ out: one, sites: [s.origin], delayMs: 0 }) };
    const b = { summary: await built.crawl({ out: two, sites: [s.origin], jobs: 2, delayMs: 0 }) };
    expect(b.summary).toMatchObject({ ok: a.summary.ok, duplicates: 2, failed: 1 });
    const strip = (e: ManifestEntry) => ({ ...e, fetchedAt: null });
    expect(new Map([...byUrl(manifest(two))].map(([k, v]) => [k, strip(v)]))).toEqual(new Map([...byUrl(manifest(one))].map(([k, v]) => [k, strip(v)])));
    for (const e of manifest(one))
      if (e.status === 'ok') expect(readFileSync(join(two, e.file as string), 'utf8')).toBe(readFileSync(join(one, e.file as string), 'utf8'));
  });

  it('writes Markdown beside the JSON with --format md', async () => {
    const s = await site({ articles: 4 });
    const out = archiveDir();
    await run({ out, urls: s.articleUrls, format: 'md' });
    for (const e of manifest(out)) {
      const md = readFileSync(join(out, (e.file as string).replace(/\.json$/, '.md')), 'utf8');
      expect(md.startsWith('---\n')).toBe(true);
      expect(md).toContain(`url: ${e.finalUrl}`);
    }
  });

  it('captures requests and responses as WARC 1.1, gzip per record, readable by warcio', async () => {
    const s = await site({ articles: 8 });
    const out = archiveDir();
    await run({ out, sites: [s.origin], warc: true });
    const files = readdirSync(join(out, 'warc'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^kliping-\d{14}-00001\.warc\.gz$/);
    const file = join(out, 'warc', files[0]);
    const bytes = readFileSync(file);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);

    const types: string[] = [];
    const responseIds = new Set<string>();
    const concurrentTo: string[] = [];
    for await (const record of new WARCParser([bytes])) {
      types.push(record.warcType ?? '');
      expect(record.warcHeaders.protocol).toBe('WARC/1.1');
      if (record.warcType === 'response') responseIds.add(record.warcHeader('WARC-Record-ID') ?? '');
      if (record.warcType === 'request') concurrentTo.push(record.warcHeader('WARC-Concurrent-To') ?? '');
      await record.skipFully();
    }
    expect(types[0]).toBe('warcinfo');
    expect(concurrentTo.length).toBe(responseIds.size);
    for (const id of concurrentTo) expect(responseIds.has(id)).toBe(true);
    // one gzip member per record
    let members = 0;
    for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0x1f && bytes[i + 1] === 0x8b && bytes[i + 2] === 0x08) members++;
    expect(members).toBeGreaterThanOrEqual(types.length);

    // Every kept article replays: its response record extracts to the archived record.
    const responses = new Map<string, { status: number; body: Buffer; headers: Record<string, string> }>();
    for await (const r of readWarcResponses(file)) responses.set(r.url, r);
    expect(responses.get(s.origin + '/wp-sitemap.xml')?.status).toBe(301);
    for (const e of manifest(out)) {
      const r = responses.get(e.url);
      expect(r?.status).toBe(200);
      const archived = JSON.parse(readFileSync(join(out, e.file as string), 'utf8')) as ArticleRecord;
      const replayed = extract(r?.body as Buffer, { url: e.url, contentType: r?.headers['content-type'] });
      // A modified date the page does not give is filled from the REST API's (or the sitemap's) in the archive.
      if (replayed.modified === null) expect(archived.modified).toMatch(/^\d{4}-\d{2}-\d{2}T10:00:00/);
      expect(replayed).toEqual({ ...archived, modified: replayed.modified ?? null });
    }
  });

  it('refuses a second crawl of an archive in use', async () => {
    const s = await site({ articles: 6 });
    const out = archiveDir();
    const first = new Crawler({ out, urls: s.articleUrls, delayMs: 100 });
    const running = first.run();
    await new Promise((r) => setTimeout(r, 150));
    await expect(crawl({ out, urls: s.articleUrls, delayMs: 0 })).rejects.toBeInstanceOf(StateLockedError);
    first.stop();
    const summary = await running;
    expect(summary.interrupted).toBe(true);
    const rest = await run({ out, urls: [] });
    expect(rest.summary).toMatchObject({ ok: 6, pending: 0, exitCode: 0 });
    for (const u of s.articleUrls) expect(s.hits.get(path(u))).toBe(1);
  });

  it('repairs a torn last manifest line, and rebuilds its state from the manifest when the database is lost', async () => {
    const s = await site({ articles: 12 });
    const out = archiveDir();
    await run({ out, urls: s.articleUrls });
    const good = readFileSync(join(out, 'manifest.jsonl'), 'utf8');
    appendFileSync(join(out, 'manifest.jsonl'), '{"url":"http://127.0.0.1/torn","sta');
    const again = await run({ out, urls: s.articleUrls });
    expect(again.notices.some((n) => /removed an unfinished last entry/.test(n))).toBe(true);
    expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8')).toBe(good);

    rmSync(join(out, 'state.sqlite'));
    rmSync(join(out, 'state.sqlite-wal'), { force: true });
    s.resetHits();
    const restored = await run({ out, urls: s.articleUrls });
    expect(restored.notices.some((n) => /restored 12 finished URLs from manifest\.jsonl/.test(n))).toBe(true);
    expect(restored.summary).toMatchObject({ ok: 12, pending: 0, exitCode: 0 });
    expect(s.log).toEqual([]);
    expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8')).toBe(good);
  });
});
