/**
 * Hostile sites for `kliping crawl --site`: sitemaps that loop, that nest for ever, that list
 * 100,000+ URLs, that declare XML entities ("billion laughs"), and gzipped children that are
 * not gzip. Each crawl ends in bounded time and memory; what is refused or left unread is
 * one clear line on stderr. And a WARC file from elsewhere whose record inflates to 256 MiB.
 *
 * Covered elsewhere: redirects to file:, ftp:, data: and javascript: (fetch-client.test.ts,
 * "refuses a redirect to …"), a body cut off while streaming past the size limit ("cuts a
 * chunked body once it passes maxBytes"), gzip, brotli and deflate bombs ("refuses a … bomb
 * without inflating it in memory"), slow drip ("cuts off a slow-drip body at the deadline"),
 * a gzipped sitemap inflating past 50 MiB (crawl-units.test.ts), a 64 MiB page and a gzip
 * bomb during a crawl (crawl-cli.test.ts "kliping crawl: limits").
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readDiscovery } from '../src/crawl/discovery.js';
import { WARC_MAX_BODY, readWarcResponses } from '../src/warc/read.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/kliping.js');

const servers: TestServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const sitemapIndex = (locs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`;
const urlset = (locs: string[], lastmod = '2024-10-22') =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<url><loc>${l}</loc><lastmod>${lastmod}</lastmod></url>`).join('')}</urlset>`;

/** An article page of its own (distinct headline and text, no canonical URL). */
function article(path: string): string {
  const n = path.replace(/\W+/g, ' ').trim();
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita ${n}</title></head><body><article class="post"><h1 class="entry-title">Berita ${n}</h1><div class="entry-content"><p>MARTAPURA, Katajari.com – Warga ${n} memadati Siring Tendean, Selasa (22/10/2024) siang, untuk menyaksikan lomba jukung hias.</p><p>Lomba yang digelar ${n} itu diikuti puluhan peserta dari berbagai kecamatan di Kabupaten Banjar. (kjc)</p></div></article></body></html>`;
}

/** A site on 127.0.0.1: robots.txt names `sitemap`; `docs` are the discovery documents; /2024/… are articles; the rest 404. */
async function site(sitemap: string, docs: (path: string, origin: string) => { type?: string; body: string | Buffer } | null): Promise<TestServer> {
  const s = await startServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`User-agent: *\nAllow: /\n\nSitemap: ${s.origin}${sitemap}\n`);
      return;
    }
    const doc = docs(path, s.origin);
    if (doc) {
      res.writeHead(200, { 'content-type': doc.type ?? 'application/xml' });
      res.end(doc.body);
      return;
    }
    if (/^\/2024\/10\/[\w-]+\/$/.test(path)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article(path));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>404</h1>');
  });
  servers.push(s);
  return s;
}

interface Run {
  code: number | null;
  stderr: string;
  ms: number;
  /** Peak resident memory of the process (VmHWM), in MiB, where /proc tells it. */
  peakMiB: number;
}

/** Samples a child's peak resident memory (VmHWM) until stopped; MiB, 0 where /proc does not tell. */
function watchPeak(pid: number | undefined): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // exited, or no /proc
    }
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

function crawl(origin: string, extra: string[] = []): Promise<Run> {
  const out = mkdtempSync(join(tmpdir(), 'kliping-hostile-crawl-'));
  dirs.push(out);
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [bin, 'crawl', '--site', origin, '--out', out, '--delay', '0', '--per-host', '2', ...extra], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const peak = watchPeak(child.pid);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    child.on('close', (code) => {
      resolve({ code, stderr, ms: Date.now() - t0, peakMiB: peak.stop() });
    });
    child.stdin.end();
  });
}

/** The per-URL lines ("kliping: <url>: <reason>"), without the summary. */
const problems = (stderr: string) => stderr.split('\n').filter((l) => /^kliping: https?:/.test(l));
const hitsOf = (s: TestServer, path: string) => s.hits.filter((h) => h === path).length;

describe('hostile sitemaps', () => {
  it('an index listing itself (under other spellings too) and a loop of two: each read once, the articles found, exit 0', async () => {
    const s = await site('/loop.xml', (path, o) => {
      if (path === '/loop.xml') {
        return {
          body: sitemapIndex([
            `${o}/loop.xml`,
            `${o}/loop.xml#lagi`,
            `${o}/loop.xml?utm_source=loop`,
            `${o.replace('http://', 'HTTP://')}/./loop.xml`,
            '/loop-b.xml',
            'file:///etc/passwd',
            'javascript:alert(1)',
            'data:application/xml,<urlset/>',
            'ftp://127.0.0.1/sitemap.xml',
            'https://lain.example/sitemap.xml',
          ]),
        };
      }
      if (path === '/loop-b.xml') return { body: sitemapIndex([`${o}/loop.xml`, `${o}/loop-b.xml`, `${o}/urls.xml`]) };
      if (path === '/urls.xml')
        return { body: urlset([`${o}/2024/10/satu/`, `${o}/2024/10/dua/`, '/2024/10/tiga/', 'file:///etc/passwd', 'javascript:alert(1)', `${o}/urls.xml`]) };
      return null;
    });
    const r = await crawl(s.origin);
    expect(problems(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    expect([hitsOf(s, '/loop.xml'), hitsOf(s, '/loop-b.xml'), hitsOf(s, '/urls.xml')]).toEqual([1, 1, 1]);
    expect(s.hits.filter((h) => h.startsWith('/2024/')).sort()).toEqual(['/2024/10/dua/', '/2024/10/satu/', '/2024/10/tiga/']);
    expect(r.stderr).toMatch(/ok\s+3\b/);
  });

  it('an index that makes up a new child index on every read: read 5 levels deep, then one line, and the crawl ends', async () => {
    const s = await site('/rantai/0.xml', (path, o) => {
      const m = /^\/rantai\/(\d+)\.xml$/.exec(path);
      // (The server gives up after 50, so that without a limit the test fails rather than runs for ever.)
      if (m && Number(m[1]) < 50) return { body: sitemapIndex([`${o}/rantai/${Number(m[1]) + 1}.xml`, `${o}/daftar-${m[1]}.xml`]) };
      const d = /^\/daftar-(\d+)\.xml$/.exec(path);
      if (d) return { body: urlset([`${o}/2024/10/berita-${d[1]}/`]) };
      return null;
    });
    const r = await crawl(s.origin);
    expect(s.hits.filter((h) => h.startsWith('/rantai/'))).toEqual(['/rantai/0.xml', '/rantai/1.xml', '/rantai/2.xml', '/rantai/3.xml', '/rantai/4.xml']);
    expect(problems(r.stderr)).toEqual([
      `kliping: ${s.origin}/rantai/4.xml: sitemap index nested more than 4 levels deep: the 2 sitemaps it lists are not read`,
    ]);
    // The articles of the levels read are crawled.
    expect(s.hits.filter((h) => h.startsWith('/2024/'))).toHaveLength(4);
    expect(r.code).toBe(0);
  });

  it('a sitemap of 560,000 URLs (45 MB): the first 50,000 read, one line, bounded time and memory', async () => {
    const locs = Array.from({ length: 560_000 }, (_, i) => `/2024/10/berita-nomor-${i}/`);
    const big = Buffer.from(urlset(locs, '2024-10-22'));
    expect(big.length).toBeGreaterThan(44_000_000);
    const s = await site('/besar.xml', (path) => (path === '/besar.xml' ? { body: big } : null));
    // --until before the lastmod: the URLs are read and left out by date, not fetched.
    const r = await crawl(s.origin, ['--until', '2001-01-01']);
    expect(problems(r.stderr)).toEqual([`kliping: ${s.origin}/besar.xml: lists more than 50,000 URLs (the sitemaps.org limit): the rest are not read`]);
    expect(s.hits.filter((h) => h.startsWith('/2024/'))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(20_000);
    if (r.peakMiB) expect(r.peakMiB).toBeLessThan(400);
  }, 60_000);

  it('readDiscovery on 100,000 URLs: 50,000 found and a warning, in well under a second', () => {
    const xml = urlset(Array.from({ length: 100_000 }, (_, i) => `https://k.id/2024/10/berita-${i}/`));
    const t0 = performance.now();
    const res = { url: 'https://k.id/s.xml', finalUrl: 'https://k.id/s.xml', status: 200, headers: {}, body: Buffer.from(xml) } as unknown as Parameters<
      typeof readDiscovery
    >[1];
    const result = readDiscovery('sitemap', res, 'https://k.id', { since: null, until: null });
    expect(result.found).toHaveLength(50_000);
    expect(result.warning).toBe('lists more than 50,000 URLs (the sitemaps.org limit): the rest are not read');
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('"billion laughs" in a sitemap and in the feed: refused at once, one line each, nothing expanded', async () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const laughs = (rootElement: string) => `<?xml version="1.0"?><!DOCTYPE ${rootElement} [${entities}]>`;
    const s = await site('/tawa.xml', (path, o) => {
      if (path === '/tawa.xml') return { body: `${laughs('urlset')}<urlset><url><loc>${o}/2024/10/&lol9;/</loc></url></urlset>` };
      if (path === '/feed/')
        return {
          type: 'application/rss+xml',
          body: `${laughs('rss')}<rss version="2.0"><channel><item><link>${o}/2024/10/&lol9;/</link></item></channel></rss>`,
        };
      return null;
    });
    const r = await crawl(s.origin);
    const reason = 'declares its own XML entities (<!ENTITY>), which kliping does not expand';
    expect(problems(r.stderr).sort()).toEqual([`kliping: ${s.origin}/feed/: ${reason}`, `kliping: ${s.origin}/tawa.xml: ${reason}`]);
    expect(s.hits.filter((h) => h.startsWith('/2024/'))).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    if (r.peakMiB) expect(r.peakMiB).toBeLessThan(300);
  });

  it('gzipped children that are not gzip, or cut short: one line each, the good child still read', async () => {
    const good = gzipSync(urlset(['/2024/10/baik/']));
    const s = await site('/indeks.xml', (path, o) => {
      if (path === '/indeks.xml') return { body: sitemapIndex([`${o}/rusak.xml.gz`, `${o}/terpotong.xml.gz`, `${o}/baik.xml.gz`]) };
      if (path === '/rusak.xml.gz')
        return {
          type: 'application/x-gzip',
          body: Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('ini bukan gzip sama sekali, hanya teks biasa')]),
        };
      if (path === '/terpotong.xml.gz')
        return { type: 'application/x-gzip', body: gzipSync(urlset(Array.from({ length: 500 }, (_, i) => `/2024/10/x-${i}/`))).subarray(0, 200) };
      if (path === '/baik.xml.gz') return { type: 'application/x-gzip', body: good };
      return null;
    });
    const r = await crawl(s.origin);
    const lines = problems(r.stderr).sort();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^kliping: ${s.origin}/rusak\\.xml\\.gz: could not decompress the gzip body \\([^)\\n]+\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^kliping: ${s.origin}/terpotong\\.xml\\.gz: could not decompress the gzip body \\(unexpected end of file\\)$`));
    expect(s.hits.filter((h) => h.startsWith('/2024/'))).toEqual(['/2024/10/baik/']);
    expect(r.code).toBe(1);
  });
});

/** `mib` MiB of spaces, gzipped, without holding them all. */
async function gzipBomb(mib: number): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => gz.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < mib; i++) if (!gz.write(block)) await new Promise((resolve) => gz.once('drain', resolve));
  gz.end();
  await done;
  return Buffer.concat(out);
}

/** A WARC response record (uncompressed WARC) with the given HTTP headers and payload. */
function warcResponse(url: string, httpHeaders: string[], payload: Buffer): Buffer {
  const http = Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\n${httpHeaders.map((h) => `${h}\r\n`).join('')}Content-Length: ${payload.length}\r\n\r\n`),
    payload,
  ]);
  const head = [
    'WARC/1.1',
    'WARC-Type: response',
    `WARC-Target-URI: ${url}`,
    'WARC-Date: 2024-10-22T06:05:00Z',
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(url.length).padStart(12, '0')}>`,
    'Content-Type: application/http;msgtype=response',
    `Content-Length: ${http.length}`,
  ];
  return Buffer.concat([Buffer.from(head.join('\r\n') + '\r\n\r\n'), http, Buffer.from('\r\n\r\n')]);
}

describe('hostile WARC files', () => {
  it('a record that inflates to 256 MiB is read to the limit, not into memory, and the next record is still read', async () => {
    const d = mkdtempSync(join(tmpdir(), 'kliping-hostile-warc-'));
    dirs.push(d);
    const bomb = await gzipBomb(256);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const page = Buffer.from(article('/2024/10/sesudah/'));
    const file = join(d, 'bom.warc');
    writeFileSync(
      file,
      Buffer.concat([
        warcResponse('https://katajari.com/2024/10/bom/', ['Content-Type: text/html', 'Content-Encoding: gzip'], bomb),
        warcResponse('https://katajari.com/2024/10/sesudah/', ['Content-Type: text/html; charset=utf-8'], page),
      ]),
    );
    const t0 = Date.now();
    const got: { url: string; size: number }[] = [];
    for await (const r of readWarcResponses(file)) got.push({ url: r.url, size: r.body.length });
    expect(got).toEqual([
      { url: 'https://katajari.com/2024/10/bom/', size: WARC_MAX_BODY + 1 },
      { url: 'https://katajari.com/2024/10/sesudah/', size: page.length },
    ]);
    expect(Date.now() - t0).toBeLessThan(10_000);

    // The command line on the same file: bounded memory, no stack trace, the good page extracted.
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string; peakMiB: number }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'extract', '-f', 'jsonl', file], { cwd: root });
      let stdout = '';
      let stderr = '';
      const peak = watchPeak(child.pid);
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', (code) => {
        resolve({ code, stdout, stderr, peakMiB: peak.stop() });
      });
    });
    expect(r.stderr).not.toMatch(/\n\s+at |heap|Error:/);
    // The oversized record is refused by name, like any page over --max-size.
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([`kliping: ${file}#https://katajari.com/2024/10/bom/: larger than 10 MiB (see --max-size)`]);
    expect(r.stdout).toContain('https://katajari.com/2024/10/sesudah/');
    if (r.peakMiB) expect(r.peakMiB).toBeLessThan(400);
  }, 60_000);
});
