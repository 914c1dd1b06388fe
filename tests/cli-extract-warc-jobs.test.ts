/**
 * `kliping extract` reads WARC files (as `kliping crawl --warc` writes them) and extracts on
 * worker threads with --jobs, keeping the input order.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/kliping.js');
const pages: Record<string, string> = {
  '/dkisp-anjangsana/': 'fixtures/katajari-seed-anjangsana.html',
  '/harga-cabai/': 'fixtures/wp-classic-wp-caption.html',
};

// Asynchronous: the HTTP server of this test runs in this process and must keep answering.
function kliping(args: string[], cwd = root): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const file = pages[req.url ?? ''];
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nAllow: /\n');
    } else if (file) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(root, file)));
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>404</h1>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('extract from WARC', () => {
  it('gives the same records as extracting the pages directly, one per archived HTML response', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-warc-'));
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `${base}/dkisp-anjangsana/\n${base}/harga-cabai/\n${base}/hilang/\n`);
    const crawl = await kliping(['crawl', '--input', list, '--out', join(dir, 'arsip'), '--warc', '--delay', '0']);
    expect(crawl.stderr).toContain('/hilang/');
    const warcs = readdirSync(join(dir, 'arsip', 'warc')).map((f) => join(dir, 'arsip', 'warc', f));
    expect(warcs.length).toBeGreaterThan(0);

    const fromWarc = await kliping(['extract', '-f', 'jsonl', ...warcs]);
    expect(fromWarc.stderr).toBe('');
    expect(fromWarc.status).toBe(0);
    const records = fromWarc.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.url).sort()).toEqual([`${base}/dkisp-anjangsana/`, `${base}/harga-cabai/`]);

    const direct = await kliping(['extract', '-f', 'jsonl', `${base}/dkisp-anjangsana/`]);
    const seed = records.find((r) => r.url.endsWith('/dkisp-anjangsana/'));
    expect(seed).toEqual(JSON.parse(direct.stdout));
  });

  it('a broken WARC file is one line on stderr, and other inputs go on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-warc-'));
    const broken = join(dir, 'rusak.warc');
    writeFileSync(broken, 'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\npotong');
    const r = await kliping(['extract', '-f', 'jsonl', broken, 'fixtures/katajari-seed-anjangsana.html']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^kliping: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#\\S*)?: (damaged|not a readable)`));
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('extract --jobs', () => {
  it('gives the same output, in the same order, on worker threads', async () => {
    const files = readdirSync(join(root, 'fixtures'))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => `fixtures/${f}`);
    const one = await kliping(['extract', '-f', 'jsonl', ...files, 'fixtures/missing.html']);
    const two = await kliping(['extract', '-f', 'jsonl', '--jobs', '2', ...files, 'fixtures/missing.html']);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout.trim().split('\n')).toHaveLength(files.length);
  });
});
