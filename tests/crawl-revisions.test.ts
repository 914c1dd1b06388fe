/**
 * Revisions: a site crawled, some of its articles edited (a word of the body, of a caption,
 * the headline), the site crawled again. Exactly the edited ones are `changed`, with the
 * version before kept beside the current file; the others are `unchanged` — known from the
 * site's own dates (sitemap lastmod, REST API modified) without a request, from a 304, or from
 * the content fetched again. A re-crawl cut off at the worst moment loses no version.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { crawl, type CrawlOptions } from '../src/crawl/index.js';
import { versionsDirOf, fetchedAtOfVersion } from '../src/diff/versions.js';
import { isDue, parseRevisitPolicy } from '../src/crawl/revisit.js';
import { instantOf, recordStamp, signalOf } from '../src/crawl/signal.js';
import { startFakeSite, type FakeSite, type FakeSiteOptions } from './helpers/fake-wp-site.mjs';
import { ArticleArchive } from '../src/crawl/archive.js';
import { revisionHashOf } from '../src/crawl/outcomes.js';
import { writeVersion } from '../src/crawl/revisions.js';
import type { FrontierRow } from '../src/crawl/state/types.js';
import { extract } from '../src/pipeline.js';

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
  const d = mkdtempSync(join(tmpdir(), 'kliping-revisions-'));
  dirs.push(d);
  return d;
}

export interface Line {
  url: string;
  status: string;
  reason: string | null;
  file: string | null;
  sha256: string | null;
  fetchedAt: string | null;
  previousVersion?: string | null;
  changes?: {
    headline: boolean;
    paragraphs: { added: number; removed: number; edited: number };
    captions: { added: number; removed: number; edited: number };
    published: boolean;
    modified: boolean;
  } | null;
}

function manifest(dir: string): Line[] {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

const run = (options: CrawlOptions) => crawl({ delayMs: 0, ...options });
const path = (url: string) => new URL(url).pathname;

/** Five articles to edit, one edit each: two of the body, two headlines, one caption. */
function fiveEdits(s: FakeSite): Map<number, 'text' | 'caption' | 'headline'> {
  const edits = new Map<number, 'text' | 'caption' | 'headline'>();
  const caption = s.articles.findIndex((a, i) => i > 2 && a.editable.caption);
  edits.set(caption, 'caption');
  for (const i of [1, 7, 12, 20]) {
    let k = i;
    while (edits.has(k) || !s.articles[k].editable.text) k++;
    edits.set(k, edits.size % 2 ? 'text' : 'headline');
  }
  expect(edits.size).toBe(5);
  return edits;
}

describe('re-crawl: revisions of silently edited articles', () => {
  it('a WordPress-like site (no ETag, dates in the sitemaps and the REST API): exactly the 5 edited are changed, both versions kept, the others unchanged without a request', async () => {
    const s = await site({ articles: 30, validators: false });
    const out = archiveDir();
    const first = await run({ out, sites: [s.origin] });
    expect(first).toMatchObject({ ok: 30, failed: 0, exitCode: 0 });
    const before = new Map(manifest(out).map((l) => [l.url, l]));
    const originals = new Map([...before.values()].map((l) => [l.url, readFileSync(join(out, l.file as string), 'utf8')]));

    const edits = fiveEdits(s);
    for (const [i, what] of edits) s.edit(i, what);
    const edited = new Set([...edits.keys()].map((i) => s.articleUrls[i]));
    s.resetHits();
    const second = await run({ out, sites: [s.origin], recrawl: true });
    expect(second).toMatchObject({ pass: 2, ok: 0, changed: 5, unchanged: 25, failed: 0, pending: 0, exitCode: 0 });
    // Known from the site's dates without a request — all but an article or two started while
    // the host's last sitemap was still being read (its dates not in yet): those are fetched and compared.
    const byDates = second.unchangedBy["the site's dates"];
    expect(byDates).toBeGreaterThanOrEqual(22);
    expect(byDates + (second.unchangedBy['same content'] ?? 0)).toBe(25);

    const lines = manifest(out).slice(30);
    expect(lines).toHaveLength(30);
    for (const l of lines) {
      const old = before.get(l.url) as Line;
      expect(l.file).toBe(old.file);
      if (!edited.has(l.url)) {
        expect(l).toMatchObject({ status: 'unchanged', sha256: old.sha256 });
        if (/not modified since it was last fetched/.test(l.reason as string)) expect(s.hits.get(path(l.url))).toBeUndefined();
        else expect(l.reason).toBe('fetched again: the same content');
        expect(existsSync(join(out, versionsDirOf(l.file as string)))).toBe(false);
        continue;
      }
      expect(l.status).toBe('changed');
      expect(s.hits.get(path(l.url))).toBe(1);
      // Both versions on disk: the one before, byte for byte, named after its fetch time.
      const dir = join(out, versionsDirOf(l.file as string));
      const versions = readdirSync(dir);
      expect(versions).toHaveLength(1);
      expect(fetchedAtOfVersion(versions[0])).toBe(new Date(old.fetchedAt as string).toISOString());
      expect(l.previousVersion).toBe(`${versionsDirOf(l.file as string)}/${versions[0]}`);
      expect(readFileSync(join(dir, versions[0]), 'utf8')).toBe(originals.get(l.url));
      const current = readFileSync(join(out, l.file as string), 'utf8');
      expect(current).not.toBe(originals.get(l.url));
      const what = edits.get(s.articleUrls.indexOf(l.url));
      const c = l.changes!;
      if (what === 'headline') expect(c.headline).toBe(true);
      if (what === 'text') expect(c).toMatchObject({ headline: false, paragraphs: { edited: expect.any(Number) } });
      if (what === 'text') expect(c.paragraphs.edited).toBeGreaterThan(0);
      if (what === 'caption') expect(c).toMatchObject({ headline: false, paragraphs: { added: 0, removed: 0, edited: 0 }, captions: { edited: 1 } });
      // record.modified: the page gives none in most fixtures; then the REST API's.
      const record = JSON.parse(current) as { modified: string | null };
      expect(record.modified).not.toBeNull();
    }

    // A third pass with nothing edited: every article unchanged, nearly none fetched.
    s.resetHits();
    const third = await run({ out, sites: [s.origin], recrawl: true });
    expect(third).toMatchObject({ pass: 3, changed: 0, unchanged: 30 });
    expect(s.articleUrls.filter((u) => s.hits.has(path(u))).length).toBeLessThanOrEqual(3);
  }, 60_000);

  it('a URL list (no site dates): 304s and same content are unchanged, edits changed', async () => {
    const s = await site({ articles: 12 });
    const out = archiveDir();
    await run({ out, urls: s.articleUrls });
    s.edit(3, 'text');
    s.edit(8, 'headline');
    const second = await run({ out, urls: [], recrawl: true });
    expect(second).toMatchObject({ changed: 2, unchanged: 10, unchangedBy: { 'HTTP 304': 10 }, notModified: 0 });
    const lines = manifest(out).slice(12);
    for (const l of lines) {
      if (l.url === s.articleUrls[3] || l.url === s.articleUrls[8]) expect(l.status).toBe('changed');
      else expect(l).toMatchObject({ status: 'unchanged', reason: 'HTTP 304 Not Modified' });
    }

    // Without validators the page is fetched again and its content compared.
    const w = await site({ articles: 6, validators: false });
    const out2 = archiveDir();
    await run({ out: out2, urls: w.articleUrls });
    w.edit(2, 'text');
    const again = await run({ out: out2, urls: [], recrawl: true });
    expect(again).toMatchObject({ changed: 1, unchanged: 5, unchangedBy: { 'same content': 5 } });
    for (const l of manifest(out2).slice(6)) {
      if (l.url === w.articleUrls[2]) expect(l.status).toBe('changed');
      else expect(l).toMatchObject({ status: 'unchanged', reason: 'fetched again: the same content' });
    }
  }, 60_000);

  it('loses no version when killed after the copy and the new file but before the commit', async () => {
    const s = await site({ articles: 4, validators: false });
    const out = archiveDir();
    await run({ out, urls: s.articleUrls });
    const [line] = manifest(out).filter((l) => l.url === s.articleUrls[1]);
    const file = join(out, line.file as string);
    const original = readFileSync(file, 'utf8');
    s.edit(1, 'text');
    // What a run killed at the worst moment leaves: the version copied, the new record in place, nothing committed.
    const version = join(out, versionsDirOf(line.file as string), `${new Date(line.fetchedAt as string).toISOString().replace(/:/g, '-')}.json`);
    mkdirSync(dirname(version), { recursive: true });
    copyFileSync(file, version);
    writeFileSync(file, original.replace(/"headline": "/, '"headline": "UNCOMMITTED '));
    const again = await run({ out, urls: [], recrawl: true });
    expect(again).toMatchObject({ changed: 1, unchanged: 3 });
    expect(readdirSync(dirname(version))).toEqual([version.split('/').pop()]);
    expect(readFileSync(version, 'utf8')).toBe(original);
    const changed = manifest(out).find((l) => l.status === 'changed') as Line;
    // What changed is said against the version kept, not against the uncommitted file.
    expect(changed.changes).toMatchObject({ headline: false });
    expect(changed.changes!.paragraphs.edited).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).not.toContain('UNCOMMITTED');
  }, 60_000);

  it('an archive of an older kliping (schema 1), and one whose state was lost: the same content is unchanged, an edit changed', async () => {
    const s = await site({ articles: 8, validators: false });
    const old = archiveDir();
    await run({ out: old, sites: [s.origin] });
    // What kliping wrote before revisions: no revision columns, schema 1.
    const db = new Database(join(old, 'state.sqlite'));
    for (const c of ['rest_modified', 'signal', 'signal_pass', 'seen_signal', 'revision_hash', 'content_at', 'published', 'changes', 'previous_version']) {
      db.exec(`ALTER TABLE urls DROP COLUMN ${c}`);
    }
    db.exec(`UPDATE meta SET value = '1' WHERE key = 'schema'`);
    db.close();
    const lost = archiveDir();
    await run({ out: lost, sites: [s.origin] });
    rmSync(join(lost, 'state.sqlite'));
    s.edit(2, 'text');
    for (const out of [old, lost]) {
      const again = await run({ out, sites: [s.origin], recrawl: true });
      expect(again).toMatchObject({ changed: 1, unchanged: 7, failed: 0 });
      const changed = manifest(out).filter((l) => l.status === 'changed');
      expect(changed.map((l) => l.url)).toEqual([s.articleUrls[2]]);
      expect(existsSync(join(out, changed[0].previousVersion as string))).toBe(true);
    }
  }, 60_000);

  it('revisits by age: only the articles due are fetched', async () => {
    const s = await site({ articles: 10, validators: false, startDate: new Date(Date.now() - 9 * 86_400_000).toISOString().slice(0, 10), spanDays: 10 });
    const out = archiveDir();
    await run({ out, urls: s.articleUrls });
    s.resetHits();
    // Younger than 8 days: due after 0 minutes (now); older: never.
    const again = await run({ out, urls: [], revisit: '8d:0m' });
    // An article's age is from its published date (the template's own, when the page keeps it; now, when it has none).
    const published = (l: Line) => (JSON.parse(readFileSync(join(out, l.file as string), 'utf8')) as { published: string | null }).published;
    const due = manifest(out)
      .slice(0, 10)
      .filter((l) => {
        const p = published(l);
        return p === null || Date.now() - Date.parse(p.length === 10 ? `${p}T00:00:00Z` : p) < 8 * 86_400_000;
      })
      .map((l) => l.url);
    expect(due.length).toBeGreaterThan(0);
    expect(due.length).toBeLessThan(10);
    expect(again).toMatchObject({ pass: 2, unchanged: due.length });
    for (const u of s.articleUrls) expect(s.hits.get(path(u)) ?? 0).toBe(due.includes(u) ? 1 : 0);
  }, 60_000);
});

describe('revisions: the pieces', () => {
  it('reads the site dates as instants, and as record stamps', () => {
    expect(instantOf('2024-10-22T10:00:00')).toBe('2024-10-22T10:00:00.000Z');
    expect(instantOf('2024-10-22T10:00:00+08:00')).toBe('2024-10-22T02:00:00.000Z');
    expect(instantOf('2024-10-22')).toBe('2024-10-22T00:00:00.000Z');
    expect(instantOf('nonsense')).toBeNull();
    expect(signalOf(null, '2024-10-22T10:00:00+08:00', '2024-10-22T10:00:00')).toBe('2024-10-22T10:00:00.000Z');
    expect(recordStamp('2024-10-22T10:00:00')).toBe('2024-10-22T10:00:00');
    expect(recordStamp('2024-10-22T10:00Z')).toBe('2024-10-22T10:00:00+00:00');
    expect(recordStamp('2024-10-22T10:00:00+0800')).toBe('2024-10-22T10:00:00+08:00');
    expect(recordStamp('Tue, 22 Oct 2024 10:00:00 GMT')).toBeNull();
  });

  it('parses a revisit policy and says which articles are due', () => {
    const rules = parseRevisitPolicy('30d:7d, 7d:1d');
    expect(rules.map((r) => r.youngerThanMs)).toEqual([7 * 86_400_000, 30 * 86_400_000]);
    const now = Date.parse('2024-12-10T00:00:00Z');
    const row = (published: string, fetchedAt: string) => ({ published, publishedHint: null, contentAt: null, fetchedAt });
    expect(isDue(rules, row('2024-12-08', '2024-12-08T12:00:00Z'), now)).toBe(true); // 2 days old, fetched 1.5 days ago
    expect(isDue(rules, row('2024-12-08', '2024-12-09T12:00:00Z'), now)).toBe(false);
    expect(isDue(rules, row('2024-11-20', '2024-12-05T00:00:00Z'), now)).toBe(false); // 20 days old, fetched 5 days ago
    expect(isDue(rules, row('2024-11-20', '2024-12-01T00:00:00Z'), now)).toBe(true);
    expect(isDue(rules, row('2024-01-01', '2024-01-02T00:00:00Z'), now)).toBe(false); // older than every rule
    expect(isDue(parseRevisitPolicy('*:30d'), row('2024-01-01', '2024-01-02T00:00:00Z'), now)).toBe(true);
    expect(() => parseRevisitPolicy('7d')).toThrow(/AGE:EVERY/);
    expect(() => parseRevisitPolicy('7x:1d')).toThrow(/AGE:EVERY/);
  });
});

describe('revisions without a hash in the state: the file is compared', () => {
  it("leaves out a modified date the site's lists filled in, when the page gives none: unchanged, not changed", async () => {
    const root = archiveDir();
    const archive = new ArticleArchive(root, { fileOwner: () => null }, 'json');
    const html = readFileSync(join(new URL('..', import.meta.url).pathname, 'fixtures/katajari-seed-anjangsana.html'));
    const record = extract(html, { url: 'https://katajari.com/x/' });
    const pageOnly = revisionHashOf(record);
    expect(record.modified).toBeNull(); // the page gives none
    // Fetched first when only the sitemap had dated it; now the REST API says another time.
    const placement = { file: 'articles/katajari.com/2024/10/x.json', files: ['articles/katajari.com/2024/10/x.json'] };
    await archive.write(placement, { ...record, modified: '2024-10-22T01:00:00Z' });
    const row = { ...baseRow(), status: 'ok' as const, file: placement.file, revisionHash: null };
    const refetched = { ...record, modified: '2024-10-22T03:30:00Z' };
    const facts = { finalUrl: 'https://katajari.com/x/', fetchedAt: '2024-11-01T00:00:00.000Z', etag: null, lastModified: null };
    const outcome = await writeVersion(archive, placement, row, refetched, 'h', { hash: pageOnly, signal: null }, facts);
    expect(outcome.status).toBe('unchanged');
    // An edit of the text is still a change.
    const edited = { ...refetched, paragraphs: [...refetched.paragraphs, 'Paragraf baru.'] };
    const again = await writeVersion(archive, placement, row, edited, 'h', { hash: revisionHashOf({ ...edited, modified: null }), signal: null }, facts);
    expect(again.status).toBe('changed');
  });
});

function baseRow(): FrontierRow {
  return {
    id: 1,
    url: 'https://katajari.com/x/',
    host: 'katajari.com',
    kind: 'article',
    priority: 1,
    site: null,
    lastmod: null,
    publishedHint: null,
    status: null,
    file: null,
    sha256: null,
    contentHash: null,
    etag: null,
    lastModified: null,
    deferrals: 0,
    finalUrl: null,
    findings: null,
    fetchedAt: '2024-10-23T00:00:00.000Z',
    restModified: null,
    signal: null,
    signalPass: null,
    seenSignal: null,
    revisionHash: null,
    contentAt: null,
    published: null,
  };
}
