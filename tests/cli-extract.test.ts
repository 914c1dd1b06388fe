/**
 * `kliping extract` end to end: the built binary, real files, a local HTTP server.
 * Bad input gets one line on stderr naming the input and the reason; exit codes follow
 * design.md (0 all ok, 1 some failed, 2 none succeeded).
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from './helpers/schema.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/kliping.js');
const seed = 'fixtures/katajari-seed-anjangsana.html';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

let server: Server;
let base: string;
const seedHtml = readFileSync(join(root, seed));

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/artikel/dkisp-anjangsana/':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
        res.end(gzipSync(seedHtml));
        return;
      case '/hilang':
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not found</h1>');
        return;
      case '/foto.png':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
        return;
      case '/lama':
        res.writeHead(301, { location: '/artikel/dkisp-anjangsana/' });
        res.end();
        return;
      default:
        res.writeHead(500);
        res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

function lines(s: string): string[] {
  return s.split('\n').filter(Boolean);
}

describe('kliping extract', () => {
  it('prints the seed article record as JSON', async () => {
    const r = await run(['extract', seed]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [record] = JSON.parse(r.stdout);
    expect(record.headline).toBe('DKISP Kabupaten Banjar Anjangsana ke Surakarta');
    expect(record.captions).toHaveLength(2);
    expect(schemaErrors(record)).toEqual([]);
  });

  it('reads stdin for "-" and records the --url for relative links', async () => {
    const r = await run(['extract', '-', '--url', 'https://katajari.com/x/'], seedHtml);
    expect(r.code).toBe(0);
    const [record] = JSON.parse(r.stdout);
    expect(record.url).toBe('https://katajari.com/x/');
    expect(record.paragraphs.length).toBeGreaterThan(10);
  });

  it('fetches a gzip URL after a redirect and records the final URL', async () => {
    const r = await run(['extract', `${base}/lama`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [record] = JSON.parse(r.stdout);
    expect(record.url).toBe(`${base}/artikel/dkisp-anjangsana/`);
    expect(record.byline.initials).toBe('kjc');
  });

  it('writes JSON Lines, one record per input line', async () => {
    const r = await run(['extract', '-f', 'jsonl', seed, 'fixtures/wp-classic-wp-caption.html']);
    expect(r.code).toBe(0);
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    expect(records.map((x) => x.url)).toEqual([seed, 'fixtures/wp-classic-wp-caption.html']);
  });

  it('gives a JSON array for several inputs in json format', async () => {
    const r = await run(['extract', seed, 'fixtures/wp-classic-wp-caption.html']);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it('writes Markdown with front matter and captions where the images stood', async () => {
    const r = await run(['extract', '-f', 'md', seed]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('---\ntitle: DKISP Kabupaten Banjar Anjangsana ke Surakarta\n')).toBe(true);
    expect(r.stdout).toContain('\n# DKISP Kabupaten Banjar Anjangsana ke Surakarta\n');
    const image = r.stdout.indexOf('![Kunjungan kerja DKISP');
    expect(image).toBeGreaterThan(r.stdout.indexOf('aplikasi laporan masyarakat'));
    expect(image).toBeLessThan(r.stdout.indexOf('Sewaktu dipimpin Gibran'));
  });

  it('writes plain text: headline, blank line, paragraphs', async () => {
    const r = await run(['extract', '-f', 'text', seed]);
    expect(r.stdout.split('\n\n')[0]).toBe('DKISP Kabupaten Banjar Anjangsana ke Surakarta');
    expect(r.stdout).not.toContain('Tinggalkan Balasan');
  });

  it('writes -o FILE and leaves stdout empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-'));
    const out = join(dir, 'a.json');
    const r = await run(['extract', seed, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].headline).toContain('DKISP');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('--out-dir names files after the URL slug and never overwrites a different article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-'));
    const r1 = await run(['extract', '--out-dir', dir, `${base}/artikel/dkisp-anjangsana/`]);
    expect(r1.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['dkisp-anjangsana.json']);
    // Same article again: updated in place.
    await run(['extract', '--out-dir', dir, `${base}/artikel/dkisp-anjangsana/`]);
    expect(readdirSync(dir)).toEqual(['dkisp-anjangsana.json']);
    // A different article that slugs to the same name gets its own file.
    writeFileSync(join(dir, 'dkisp-anjangsana.json'), JSON.stringify({ url: 'https://elsewhere.example/dkisp-anjangsana/' }));
    await run(['extract', '--out-dir', dir, `${base}/artikel/dkisp-anjangsana/`]);
    expect(readdirSync(dir).sort()).toEqual(['dkisp-anjangsana-2.json', 'dkisp-anjangsana.json']);
    expect(JSON.parse(readFileSync(join(dir, 'dkisp-anjangsana.json'), 'utf8')).url).toBe('https://elsewhere.example/dkisp-anjangsana/');
  });

  it('--out-dir with local files uses the headline and Markdown extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-'));
    const r = await run(['extract', '--out-dir', dir, '-f', 'md', seed]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['dkisp-kabupaten-banjar-anjangsana-ke-surakarta.md']);
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kliping-bad-'));
  const empty = join(dir, 'kosong.html');
  const binary = join(dir, 'foto.html');
  const subdir = join(dir, 'folder');
  writeFileSync(empty, '');
  writeFileSync(binary, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]));
  mkdirSync(subdir);

  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'tidak-ada.html'), /no such file/],
    ['a folder with nothing to read in it', () => subdir, /a folder with no pages, drafts, records or web archives in it/],
    ['an empty file', () => empty, /empty/],
    ['a binary file', () => binary, /not an HTML page/],
    ['a URL that answers 404', () => `${base}/hilang`, /404/],
    ['a URL that answers non-HTML', () => `${base}/foto.png`, /not an HTML page/],
    ['an unreachable host', () => 'http://127.0.0.1:9/', /refused|unreachable|connect/i],
    ['a non-http URL', () => 'ftp://katajari.com/x', /http/],
  ];

  for (const [name, input, reason] of cases) {
    it(`${name}: one line naming the input and the reason, exit 2`, async () => {
      const target = input();
      const r = await run(['extract', target, '--timeout', '5']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const err = lines(r.stderr);
      expect(err).toHaveLength(1);
      expect(err[0].startsWith(`kliping: ${target}: `)).toBe(true);
      expect(err[0]).toMatch(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('goes on past bad inputs: exit 1, good records still printed', async () => {
    const r = await run(['extract', '-f', 'jsonl', join(dir, 'tidak-ada.html'), seed, empty]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(lines(r.stderr)).toHaveLength(2);
  });

  it('keeps what -o already holds when every input fails', async () => {
    const out = join(dir, 'keep.json');
    writeFileSync(out, '{"kept":true}');
    const r = await run(['extract', join(dir, 'tidak-ada.html'), '-o', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(true);
  });

  it('unknown options are usage errors: exit 2', async () => {
    const r = await run(['extract', '--no-such-option', seed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});

describe('option values are checked before any work', () => {
  const cases: [string[], string][] = [
    [['--timeout', 'abc'], "kliping: option '--timeout <seconds>' argument 'abc' is invalid. expected a number above 0"],
    [['--timeout', '0'], "kliping: option '--timeout <seconds>' argument '0' is invalid. expected a number above 0"],
    [['--max-size', '-1'], "kliping: option '--max-size <MiB>' argument '-1' is invalid. expected a number above 0"],
    [['--jobs', '0'], "kliping: option '--jobs <n>' argument '0' is invalid. expected a whole number from 1 to 64"],
    [['--jobs', '2.5'], "kliping: option '--jobs <n>' argument '2.5' is invalid. expected a whole number from 1 to 64"],
  ];
  for (const [args, message] of cases) {
    it(`extract ${args.join(' ')}: one line naming the option and the reason, exit 2, no output`, async () => {
      const r = await run(['extract', seed, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean)).toEqual([message]);
      expect(r.stdout).toBe('');
    });
  }

  it('a --max-size below one KiB is said in bytes, not as "0.0 MiB"', async () => {
    const r = await run(['extract', seed, '--max-size', '0.00001']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([`kliping: ${seed}: larger than 10 bytes (see --max-size)`]);
  });
});

describe('help and version', () => {
  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('extract --help shows examples', async () => {
    const r = await run(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--out-dir');
  });
});
