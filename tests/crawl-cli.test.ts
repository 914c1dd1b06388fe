/**
 * `kliping crawl` end to end: the built CLI (bin/kliping.js, after `npm run build`)
 * against the fake WordPress site. Exit codes, stdout for data only, one stderr line per
 * bad URL, and resuming: after SIGKILL the archive ends up exactly as an uninterrupted
 * run's, and after Ctrl-C (SIGINT) the requests in flight are finished and recorded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { schemaErrors } from './helpers/schema.js';
import { startFakeSite, type FakeSite } from './helpers/fake-wp-site.mjs';
import { startServer } from './helpers/http-server.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/kliping.js');

const sites: FakeSite[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(sites.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kliping-crawl-cli-'));
  dirs.push(d);
  return d;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], input = ''): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [bin, 'crawl', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  child.stdin?.end(input);
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const run = (args: string[], input = '') => start(args, input).done;

function lines(s: string): string[] {
  return s.split('\n').filter(Boolean);
}

function manifestLines(dir: string): Record<string, unknown>[] {
  const path = join(dir, 'manifest.jsonl');
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return []; // a line being written right now
      }
    });
}

function countLines(dir: string): number {
  const path = join(dir, 'manifest.jsonl');
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0;
}

/** Every file under articles/, by relative path, with its bytes. */
function articleFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const base = join(dir, 'articles');
  if (!existsSync(base)) return out;
  for (const f of readdirSync(base, { recursive: true })) {
    const rel = String(f);
    if (!/\.(json|md)$/.test(rel)) continue;
    out.set(rel, readFileSync(join(base, rel), 'utf8'));
  }
  return out;
}

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const path = (url: string) => new URL(url).pathname + new URL(url).search;

describe('kliping crawl: usage', () => {
  it.each([
    [[], /^kliping: crawl: --out ARCHIVE is required/],
    [['--out', 'x', '--since', '2024-02-30', 'http://127.0.0.1:9/a/'], /^kliping: crawl: --since must be a date like 2024-10-01 \(got "2024-02-30"\)/],
    [['--out', 'x', '--since', '2024-03-01', '--until', '2024-02-01', 'http://127.0.0.1:9/a/'], /--since 2024-03-01 is after --until 2024-02-01/],
    [['--out', 'x', '--concurrency', '0', 'http://127.0.0.1:9/a/'], /^kliping: crawl: --concurrency must be a whole number of at least 1 \(got "0"\)/],
    [['--out', 'x', '--input', '/nonexistent/urls.txt'], /^kliping: \/nonexistent\/urls\.txt: no such file$/m],
    [['--out', 'x', 'urls.txt'], /^kliping: urls\.txt: not an http\(s\) URL \(use --input for a file of URLs\)/],
    [['--out', 'x', '--frobnicate'], /unknown option '--frobnicate'/],
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an archive path that is a file, with exit 2', async () => {
    const d = tmp();
    writeFileSync(join(d, 'file'), 'x');
    const r = await run(['--out', join(d, 'file'), 'http://127.0.0.1:9/a/']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kliping: ${join(d, 'file')}: not a directory`]);
  });
});

describe('kliping crawl: data and logs', () => {
  it('reads a URL list from stdin, streams records with --jsonl, and gives one line per bad URL', async () => {
    const s = await startFakeSite({ articles: 6, faults: ['/fault/404/', '/fault/410/'] });
    sites.push(s);
    const out = tmp();
    const list = ['# my list', ...s.articleUrls, '', s.origin + '/fault/404/', 'bukan-url', s.origin + '/fault/410/'].join('\n');
    const r = await run(['--out', out, '--delay', '0', '--jsonl'], list);
    expect(r.code).toBe(1);
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    expect(records.map((x) => x.url).sort()).toEqual([...s.articleUrls].sort());
    for (const record of records) expect(schemaErrors(record)).toEqual([]);
    const errLines = lines(r.stderr).filter((l) => !l.startsWith('  ') && !l.startsWith('kliping crawl:'));
    expect(errLines).toEqual([
      'kliping: bukan-url: not an http(s) URL',
      `kliping: ${s.origin}/fault/404/: HTTP 404 Not Found`,
      `kliping: ${s.origin}/fault/410/: HTTP 410 Gone`,
    ]);
    expect(r.stderr).toMatch(/^kliping crawl: done: 8 article URLs in /m);
    expect(r.stderr).toMatch(/^ {2}failed +2 {2}\(HTTP 404 1, HTTP 410 1\)$/m);
  });

  it('exits 0 with nothing on stdout when every URL is ok or skipped by rule', async () => {
    const s = await startFakeSite({ articles: 5, faults: ['/private/rahasia-redaksi/', '/fault/mirror/'] });
    sites.push(s);
    const out = tmp();
    const listFile = join(out, '..', `${out.split('/').pop()}-urls.txt`);
    writeFileSync(listFile, [...s.articleUrls, ...s.faultUrls].join('\n') + '\n');
    const r = await run(['--out', out, '--delay', '0', '--input', listFile, '--format', 'md']);
    rmSync(listFile);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/duplicates +1 {2}\(same text 1\)/);
    expect(r.stderr).toMatch(/skipped +1 {2}\(robots\.txt 1\)/);
    expect([...articleFiles(out).keys()].filter((f) => f.endsWith('.md'))).toHaveLength(5);
  });

  it('shows a progress line on a terminal only, and clears it before the summary', async () => {
    const s = await startFakeSite({ articles: 30 });
    sites.push(s);
    const out = tmp();
    let err = '';
    const stderr = Object.assign(
      new Writable({
        write(chunk, _enc, cb) {
          err += chunk;
          cb();
        },
      }),
      { isTTY: true, columns: 100 },
    );
    const stdout = new PassThrough();
    const code = await main(['node', 'kliping', 'crawl', '--out', out, '--delay', '0', ...s.articleUrls], {
      stdout,
      stderr,
      stdin: new PassThrough(),
      env: {},
    });
    expect(code).toBe(0);
    expect(err).toMatch(/\r\x1b\[2K[█░]{24} +\d+\.\d% \d+\/30 {2}\d+\.\d pages\/s {2}0 errors {2}ETA /);
    expect(err).toMatch(/\r\x1b\[2Kkliping crawl: done: 30 article URLs/);
    // Before the first article, the line says what discovery is doing.
    err = '';
    expect(
      await main(['node', 'kliping', 'crawl', '--out', tmp(), '--delay', '0', '--site', s.origin], { stdout, stderr, stdin: new PassThrough(), env: {} }),
    ).toBe(0);
    expect(err).toMatch(/\r\x1b\[2Kdiscovering: 0 of \d+ sitemaps, feeds and API pages read, 0 article URLs found/);
    expect(err).toMatch(/\r\x1b\[2Kdiscovering: [1-9]\d* of \d+ sitemaps, feeds and API pages read, [1-9]\d* article URLs found/);
    let plain = '';
    const quiet = new Writable({
      write(chunk, _enc, cb) {
        plain += chunk;
        cb();
      },
    });
    await main(['node', 'kliping', 'crawl', '--out', tmp(), '--delay', '0', ...s.articleUrls], { stdout, stderr: quiet, stdin: new PassThrough(), env: {} });
    expect(plain).not.toMatch(/\r|█/);
  });
});

describe('kliping crawl: a site where discovery finds nothing', () => {
  it('says so by site and exits 1', async () => {
    // A site with no sitemap, no feed and a blocked REST API: every well-known document is a 404.
    const server = await startServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body><h1>404</h1></body></html>');
    });
    try {
      const out = tmp();
      const r = await run(['--site', server.origin, '--out', out, '--delay', '0']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('kliping crawl: done: 0 article URLs');
      expect(r.stderr).toContain(`no article found: ${server.origin}: its sitemaps, feed and REST API listed none (give article URLs with --input)`);
    } finally {
      await server.close();
    }
  });
});

describe('kliping crawl: interrupted and resumed', () => {
  it('after kill -9 (twice) and a rerun, the archive equals an uninterrupted run, and no finished URL is fetched again', async () => {
    // Small enough to finish well inside the test timeout on a busy machine; three sitemaps so
    // that the first kill lands during discovery.
    const s = await startFakeSite({
      articles: 400,
      perSitemap: 150,
      faults: ['/fault/404/', '/fault/410/', '/private/rahasia-redaksi/', '/fault/amp/', '/fault/mirror/', '/fault/gzip/', '/fault/cp1252/'],
    });
    sites.push(s);
    const args = (out: string) => ['--site', s.origin, '--out', out, '--delay', '0'];

    const whole = tmp();
    const a = await run(args(whole));
    expect(a.code).toBe(1); // the 404 and the 410
    const expected = manifestLines(whole);
    expect(expected.length).toBe(400 + 7);

    s.resetHits();
    const resumed = tmp();
    // Killed once during discovery (reading the sitemaps), once in the middle of the articles.
    const early = start(args(resumed));
    await until(() => s.hits.has('/post-sitemap2.xml'));
    early.child.kill('SIGKILL');
    expect((await early.done).signal).toBe('SIGKILL');
    expect(countLines(resumed)).toBe(0);
    const first = start(args(resumed));
    await until(() => countLines(resumed) >= 120);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const finishedBeforeKill = new Set(manifestLines(resumed).map((l) => l.url as string));
    expect(finishedBeforeKill.size).toBeGreaterThanOrEqual(120);
    expect(finishedBeforeKill.size).toBeLessThan(400);

    s.resetHits();
    const b = await run(args(resumed));
    expect(b.code).toBe(1);

    // The same files, byte for byte.
    const filesA = articleFiles(whole);
    const filesB = articleFiles(resumed);
    expect([...filesB.keys()].sort()).toEqual([...filesA.keys()].sort());
    for (const [rel, text] of filesA) expect(filesB.get(rel)).toBe(text);

    // The same manifest, one line per URL (fetch times aside).
    const strip = (l: Record<string, unknown>) => ({ ...l, fetchedAt: null });
    const got = manifestLines(resumed);
    expect(got).toHaveLength(expected.length);
    expect(new Set(got.map((l) => l.url)).size).toBe(got.length);
    const byUrl = new Map(expected.map((l) => [l.url, strip(l)]));
    for (const l of got) expect(strip(l)).toEqual(byUrl.get(l.url));

    // After the kill, no URL finished before it was asked for again.
    for (const u of finishedBeforeKill) expect(s.hits.get(path(u)) ?? 0).toBe(0);
    // Each URL not finished was fetched once more, except those robots.txt rules out.
    for (const l of got) {
      if (finishedBeforeKill.has(l.url as string)) continue;
      expect(s.hits.get(path(l.url as string)) ?? 0).toBe(l.status === 'skipped' ? 0 : 1);
    }
    expect(b.stderr).toMatch(/kliping crawl: done: 407 article URLs/);
    // Four crawls of one site: the timeout guards against a hang, it does not time the crawl.
  }, 180_000);

  it('on Ctrl-C finishes the requests in flight, prints the summary, exits 130; the rerun finishes the job', async () => {
    const s = await startFakeSite({ articles: 120, slowMs: 100 });
    sites.push(s);
    const out = tmp();
    const args = ['--out', out, '--delay', '5', '--per-host', '3', '--input', '-'];
    const first = start(args, s.articleUrls.join('\n'));
    await until(() => countLines(out) >= 15);
    first.child.kill('SIGINT');
    const r = await first.done;
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kliping: stopping: finishing the requests in flight/m);
    expect(r.stderr).toMatch(/^kliping crawl: interrupted: 120 article URLs/m);
    expect(r.stderr).toMatch(/^ {2}left to do +\d+$/m);
    expect(r.stderr).toMatch(/run the same command again to finish/);
    const done = manifestLines(out).length;
    expect(done).toBeGreaterThanOrEqual(15);
    expect(done).toBeLessThan(120);
    // every request that was sent got recorded: none is asked again
    const sent = [...s.hits.entries()].filter(([p]) => p !== '/robots.txt');
    expect(sent.length).toBe(done);

    const again = await run(args, s.articleUrls.join('\n'));
    expect(again.code).toBe(0);
    const all = manifestLines(out);
    expect(all).toHaveLength(120);
    expect(new Set(all.map((l) => l.url)).size).toBe(120);
    for (const u of s.articleUrls) expect(s.hits.get(path(u))).toBe(1);
  });
});

describe('kliping crawl: limits', () => {
  it('refuses a 64 MiB page and a gzip bomb without the process growing', async () => {
    const s = await startFakeSite({ articles: 1, faults: ['/fault/huge/', '/fault/bomb/'] });
    sites.push(s);
    const out = tmp();
    const job = start(['--out', out, '--delay', '0', '--per-host', '2', ...s.faultUrls]);
    let peakKiB = 0;
    const pid = job.child.pid as number;
    const timer = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) peakKiB = Math.max(peakKiB, Number(m[1]));
      } catch {
        // exited
      }
    }, 5);
    const r = await job.done;
    clearInterval(timer);
    expect(r.code).toBe(1);
    expect(
      lines(r.stderr)
        .filter((l) => l.startsWith('kliping: http'))
        .sort(),
    ).toEqual([`kliping: ${s.origin}/fault/bomb/: larger than 10 MiB`, `kliping: ${s.origin}/fault/huge/: larger than 10 MiB`]);
    expect(peakKiB).toBeGreaterThan(0);
    expect(peakKiB).toBeLessThan(200 * 1024);
  });
});
