/**
 * `kliping crawl --warc` writes a CDXJ index of its WARC files, and `kliping pack` makes a
 * WACZ 1.1.1 package of the archive that validates: every WARC response record is in the
 * CDXJ and its offset and length point at that record, datapackage.json's hashes and sizes
 * are the files', pages.jsonl lists the articles with their headlines — and the package opens
 * again with `kliping extract`, giving the archive's articles.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import yauzl, { type Entry } from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { archiveIndex, cdxjLines, sortCdxj } from '../src/warc/cdxj.js';
import { startFakeSite, type FakeSite } from './helpers/fake-wp-site.mjs';

let site: FakeSite;
const dirs: string[] = [];

beforeAll(async () => {
  site = await startFakeSite({ articles: 8, faults: ['/fault/404/'], gzipEvery: 3 });
});
afterAll(async () => {
  await site.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kliping-pack-'));
  dirs.push(d);
  return d;
}

async function kliping(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(['node', 'kliping', ...args], { stdout, stderr, stdin: new PassThrough(), env: { NO_COLOR: '1' } });
  return { code, stdout: out, stderr: err };
}

interface Cdx {
  key: string;
  ts: string;
  url: string;
  mime: string;
  status: string;
  digest: string;
  length: number;
  offset: number;
  filename: string;
}

function parseCdxj(text: string): Cdx[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^(\S+) (\d{14}) (\{.*\})$/.exec(line);
      expect(m, line).not.toBeNull();
      const j = JSON.parse((m as RegExpExecArray)[3]);
      return { key: m![1], ts: m![2], ...j, length: Number(j.length), offset: Number(j.offset) };
    });
}

/** Every response record of a WARC file (gzip per record): where it starts, its URL and date. */
async function responseRecords(bytes: Buffer): Promise<{ offset: number; url: string; date: string }[]> {
  const parser = new WARCParser([bytes]);
  const out: { offset: number; url: string; date: string }[] = [];
  for await (const record of parser) {
    if (record.warcType === 'response') out.push({ offset: parser.offset, url: record.warcTargetURI ?? '', date: record.warcDate ?? '' });
    await record.skipFully();
  }
  return out;
}

/** The one WARC record at [offset, offset + length) of a .warc.gz. */
async function recordAt(bytes: Buffer, offset: number, length: number) {
  const member = gunzipSync(bytes.subarray(offset, offset + length));
  const parser = new WARCParser([member]);
  const records = [];
  for await (const r of parser) {
    const payload = await r.readFully(true);
    records.push({ type: r.warcType, url: r.warcTargetURI, date: r.warcDate, digest: r.warcPayloadDigest, payload });
  }
  return records;
}

/** Checks a CDXJ index against the WARC files it names: a line per response record, each pointing at it. */
async function expectIndexMatches(cdx: Cdx[], warcs: Map<string, Buffer>): Promise<void> {
  const lines = new Set(cdx.map((c) => `${c.filename} ${c.offset}`));
  let responses = 0;
  for (const [name, bytes] of warcs) {
    for (const r of await responseRecords(bytes)) {
      responses++;
      expect(lines.has(`${name} ${r.offset}`), `${name} @${r.offset} ${r.url}`).toBe(true);
    }
  }
  expect(cdx.length).toBe(responses);
  for (const c of cdx) {
    const bytes = warcs.get(c.filename) as Buffer;
    expect(bytes, c.filename).toBeDefined();
    const [record, ...rest] = await recordAt(bytes, c.offset, c.length);
    expect(rest).toEqual([]);
    expect(record.type).toBe('response');
    expect(record.url).toBe(c.url);
    expect(record.date?.replace(/\D/g, '').slice(0, 14)).toBe(c.ts);
    expect(record.digest).toBe(`sha256:${c.digest}`);
    expect(c.key).toMatch(/^1,0,0,127:\d+\)\//);
  }
  expect(cdx.map((c) => `${c.key} ${c.ts}`)).toEqual(
    cdx
      .map((c) => `${c.key} ${c.ts}`)
      .slice()
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

function warcFolder(archive: string): Map<string, Buffer> {
  const dir = join(archive, 'warc');
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

async function unzip(path: string): Promise<Map<string, { data: Buffer; method: number }>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const out = new Map<string, { data: Buffer; method: number }>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', async (entry: Entry) => {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      out.set(entry.fileName, { data: Buffer.concat(chunks), method: entry.compressionMethod });
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', reject);
    zip.readEntry();
  });
  return out;
}

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

describe('kliping crawl --warc: the CDXJ index', () => {
  let archive: string;
  beforeAll(async () => {
    archive = join(tmp(), 'arsip');
    const crawl = await kliping('crawl', '--site', site.origin, '--out', archive, '--warc', '--delay', '0', '--no-progress');
    expect(crawl.code).toBe(1); // the 404 fault page
  });

  it('lists every response record of the WARC files, each line pointing at its record (warcio/pywb CDXJ)', async () => {
    const cdx = parseCdxj(readFileSync(join(archive, 'indexes/index.cdxj'), 'utf8'));
    expect(cdx.length).toBeGreaterThan(8);
    await expectIndexMatches(cdx, warcFolder(archive));
    for (const url of site.articleUrls) expect(cdx.find((c) => c.url === url && c.status === '200' && c.mime === 'text/html')).toBeDefined();
    expect(cdx.find((c) => c.url.endsWith('/fault/404/'))?.status).toBe('404');
  });

  it('is brought up to date by the next run, reading only what was appended', async () => {
    const before = [...warcFolder(archive)].map(([name, bytes]) => [name, bytes.length] as const);
    expect(before).toHaveLength(1);
    const part = (name: string) => JSON.parse(readFileSync(join(archive, 'indexes/parts', `${name}.json`), 'utf8'));
    expect(part(before[0][0]).bytes).toBe(before[0][1]);
    const recrawl = await kliping('crawl', '--out', archive, '--warc', '--recrawl', '--delay', '0', '--no-progress', ...site.articleUrls.slice(0, 3));
    expect(recrawl.code).toBe(1); // the 404 of the first run is still a failure of the archive
    expect(recrawl.stderr).not.toMatch(/index\.cdxj/);
    const text = readFileSync(join(archive, 'indexes/index.cdxj'), 'utf8');
    const warcs = warcFolder(archive);
    const fresh: string[] = [];
    for (const name of warcs.keys()) fresh.push(...(await cdxjLines(join(archive, 'warc', name), name)));
    expect(text).toBe(sortCdxj(fresh).join('\n') + '\n');
    await expectIndexMatches(parseCdxj(text), warcs);
    const grown = warcs.get(before[0][0]) as Buffer;
    expect(grown.length).toBeGreaterThan(before[0][1]); // appended to the same file…
    expect(part(before[0][0]).bytes).toBe(grown.length); // …whose kept part now covers it all
  });

  it('indexes anew a file whose kept part belongs to another file of that name', async () => {
    const [name] = [...warcFolder(archive).keys()];
    const partPath = join(archive, 'indexes/parts', `${name}.json`);
    const kept = JSON.parse(readFileSync(partPath, 'utf8'));
    writeFileSync(partPath, JSON.stringify({ ...kept, head: 'another file', lines: ['bogus 20240101000000 {}'] }));
    const text = await archiveIndex(archive, { write: true });
    expect(text).not.toContain('bogus');
    expect(text).toBe(readFileSync(join(archive, 'indexes/index.cdxj'), 'utf8'));
    await expectIndexMatches(parseCdxj(text), warcFolder(archive));
  });
});

describe('kliping pack', () => {
  let archive: string;
  let wacz: string;
  let entries: Map<string, { data: Buffer; method: number }>;
  beforeAll(async () => {
    const dir = tmp();
    archive = join(dir, 'arsip');
    await kliping('crawl', '--site', site.origin, '--out', archive, '--warc', '--delay', '0', '--no-progress');
    wacz = join(dir, 'arsip.wacz');
    const pack = await kliping('pack', archive, '-o', wacz);
    expect(pack.stderr).toMatch(/^kliping: wrote .*arsip\.wacz \([\d.]+ KiB\): 8 page\(s\), 1 WARC file\(s\)/);
    expect(pack.stdout).toBe('');
    expect(pack.code).toBe(0);
    entries = await unzip(wacz);
  });

  it('holds the WACZ 1.1.1 layout, every entry stored', () => {
    const names = [...entries.keys()].sort();
    expect(names.filter((n) => n.startsWith('archive/'))).toEqual(readdirSync(join(archive, 'warc')).map((f) => `archive/${f}`));
    expect(names).toEqual(expect.arrayContaining(['datapackage.json', 'datapackage-digest.json', 'indexes/index.cdxj', 'pages/pages.jsonl']));
    for (const [name, e] of entries) expect(e.method, name).toBe(0);
  });

  it('has datapackage.json hashes and sizes that match the files, and a digest that matches it', () => {
    const dp = JSON.parse(entries.get('datapackage.json')!.data.toString('utf8'));
    expect(dp.profile).toBe('data-package');
    expect(dp.wacz_version).toBe('1.1.1');
    expect(Number.isNaN(Date.parse(dp.created))).toBe(false);
    const paths = dp.resources.map((r: { path: string }) => r.path).sort();
    expect(paths).toEqual([...entries.keys()].filter((n) => !n.startsWith('datapackage')).sort());
    for (const r of dp.resources) {
      const e = entries.get(r.path)!;
      expect(r.bytes, r.path).toBe(e.data.length);
      expect(r.hash, r.path).toBe(sha256(e.data));
    }
    const digest = JSON.parse(entries.get('datapackage-digest.json')!.data.toString('utf8'));
    expect(digest).toEqual({ path: 'datapackage.json', hash: sha256(entries.get('datapackage.json')!.data) });
  });

  it('has a CDXJ index whose every line points at its response record in archive/', async () => {
    const warcs = new Map([...entries].filter(([n]) => n.startsWith('archive/')).map(([n, e]) => [n.slice('archive/'.length), e.data]));
    await expectIndexMatches(parseCdxj(entries.get('indexes/index.cdxj')!.data.toString('utf8')), warcs);
  });

  it('lists the articles in pages.jsonl with their headlines and capture times', () => {
    const [header, ...pages] = entries
      .get('pages/pages.jsonl')!
      .data.toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(header).toEqual({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' });
    const manifest = readFileSync(join(archive, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const ok = manifest.filter((m) => m.status === 'ok');
    expect(pages.map((p) => p.url).sort()).toEqual(ok.map((m) => m.finalUrl ?? m.url).sort());
    for (const m of ok) {
      const record = JSON.parse(readFileSync(join(archive, m.file), 'utf8'));
      const page = pages.find((p) => p.url === (m.finalUrl ?? m.url));
      expect(page.title).toBe(record.headline);
      expect(page.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(typeof page.id).toBe('string');
    }
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
  });

  it('opens again with kliping extract, giving the archive articles', async () => {
    const extracted = await kliping('extract', '-f', 'jsonl', wacz);
    expect(extracted.stderr).toBe('');
    expect(extracted.code).toBe(0);
    const records = extracted.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const manifest = readFileSync(join(archive, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const archived = manifest.filter((m) => m.status === 'ok').map((m) => JSON.parse(readFileSync(join(archive, m.file), 'utf8')));
    const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : 1);
    // The crawl fills `modified` from the site's REST API or sitemap when the page gives none;
    // the page alone, read back, cannot know it. Everything else is the same.
    const pageOnly = ({ modified, ...rest }: { modified: string | null; url: string }) => ({ ...rest, modifiedOnPage: modified });
    const fromPages = records.sort(byUrl).map(pageOnly);
    const kept = archived.sort(byUrl).map(pageOnly);
    expect(fromPages.map(({ modifiedOnPage: _m, ...r }) => r)).toEqual(kept.map(({ modifiedOnPage: _m, ...r }) => r));
    fromPages.forEach((r, i) => expect([null, kept[i].modifiedOnPage]).toContain(r.modifiedOnPage));
  });

  it('says in one line what is wrong, exit 2: no --out, not an archive, no WARC files', async () => {
    const noOut = await kliping('pack', archive);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^kliping: pack: --out <file> is required/);
    const dir = tmp();
    const notArchive = await kliping('pack', dir, '-o', join(dir, 'x.wacz'));
    expect(notArchive.code).toBe(2);
    expect(notArchive.stderr).toBe(`kliping: ${dir}: not a kliping archive (no manifest.jsonl in it)\n`);
    const plain = join(dir, 'plain');
    await kliping('crawl', '--out', plain, '--delay', '0', '--no-progress', site.articleUrls[0]);
    const noWarc = await kliping('pack', plain, '-o', join(dir, 'plain.wacz'));
    expect(noWarc.code).toBe(2);
    expect(noWarc.stderr).toMatch(/no WARC files in its warc\/ folder \(crawl with --warc/);
    expect(existsSync(join(dir, 'plain.wacz'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('kliping-tmp'))).toEqual([]);
  });
});
