/**
 * What `kliping lint` and `kliping extract` read: kliping's own records (.json, .jsonl,
 * stdin), web archives (WARC, WACZ), drafts, folders (a crawl archive: its records) and
 * quoted patterns — each article as what it is, each bad part one line naming it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { warcOf, waczOf } from './helpers/archives.js';
import { runKliping as run } from './helpers/cli.js';

const root = new URL('..', import.meta.url).pathname;
const SEED = join(root, 'fixtures/katajari-seed-anjangsana.html');
const OTHER = join(root, 'fixtures/wp-classic-wp-caption.html');
const SEED_URL = 'https://katajari.com/2024/10/dkisp-anjangsana/';
const OTHER_URL = 'https://katajari.com/2024/10/harga-cabai/';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kliping-inputs-'));
  dirs.push(d);
  return d;
}
const lines = (s: string) => s.split('\n').filter(Boolean);

interface JsonReport {
  input: string;
  kind: string;
  findings: { rule: string; where: string; line: number | null; severity: string }[];
}
const lintJson = async (args: string[], options: { input?: string; cwd?: string } = {}) => {
  const r = await run(['lint', '-f', 'json', ...args], options);
  return { ...r, reports: r.stdout ? (JSON.parse(r.stdout) as JsonReport[]) : [] };
};
const rulesOf = (r: JsonReport) => r.findings.map((f) => `${f.rule}@${f.where}`).sort();

describe('lint reads records', () => {
  it('a record written by extract -o is linted as the article it holds, with the findings of its page', async () => {
    const d = tmp();
    const record = join(d, 'anjangsana.json');
    expect((await run(['extract', SEED, '-o', record])).code).toBe(0);
    const page = await lintJson([SEED]);
    const fromRecord = await lintJson([record]);
    expect(fromRecord.stderr).toBe('');
    expect(fromRecord.reports).toHaveLength(1);
    expect(fromRecord.reports[0]).toMatchObject({ input: record, kind: 'record' });
    expect(rulesOf(fromRecord.reports[0])).toEqual(rulesOf(page.reports[0]));
    // No finding points inside the record's own "findings" array: records have fields, not lines.
    for (const f of fromRecord.reports[0].findings) expect(f.line).toBeNull();
    expect(fromRecord.code).toBe(1);
  });

  it('extract -f jsonl … | kliping lint -: every record linted, exit 1 on errors', async () => {
    const jsonl = await run(['extract', '-f', 'jsonl', SEED, OTHER]);
    const r = await lintJson(['-'], { input: jsonl.stdout });
    expect(r.stderr).toBe('');
    expect(r.reports.map((x) => [x.input, x.kind])).toEqual([
      ['-:1', 'record'],
      ['-:2', 'record'],
    ]);
    expect(r.reports[0].findings.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });

  it('a JSON Lines file with a line that is no record: that line named, the others linted', async () => {
    const d = tmp();
    const jsonl = (await run(['extract', '-f', 'jsonl', SEED])).stdout;
    const file = join(d, 'campur.jsonl');
    writeFileSync(file, `${jsonl}{"url":"x"}\nbukan json\n`);
    const r = await lintJson([file]);
    expect(lines(r.stderr)).toEqual([
      `kliping: ${file}:2: not an article record (no schemaVersion)`,
      expect.stringMatching(new RegExp(`^kliping: ${file}:3: not JSON \\(`)),
    ]);
    expect(r.reports.map((x) => x.input)).toEqual([`${file}:1`]);
    expect(r.code).toBe(1);
  });

  it('a .json file that is not JSON is one line, not one per line', async () => {
    const d = tmp();
    const file = join(d, 'rusak.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "headline": \n');
    const r = await run(['lint', file]);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/rusak\.json: not JSON \(/);
    expect(r.code).toBe(2);
  });
});

describe('lint and extract read web archives', () => {
  const archive = () =>
    warcOf([
      { url: SEED_URL, html: readFileSync(SEED) },
      { url: 'https://katajari.com/robots.txt', html: 'User-agent: *\n', contentType: 'text/plain' },
      { url: OTHER_URL, html: readFileSync(OTHER) },
    ]);

  it('a WARC file: its HTML responses linted as pages (not "not an HTML page")', async () => {
    const d = tmp();
    const file = join(d, 'arsip.warc');
    writeFileSync(file, archive());
    const r = await lintJson([file]);
    expect(r.stderr).toBe('');
    expect(r.reports.map((x) => [x.input, x.kind])).toEqual([
      [`${file}#${SEED_URL}`, 'html'],
      [`${file}#${OTHER_URL}`, 'html'],
    ]);
    const direct = await lintJson([SEED, '--url', SEED_URL]);
    expect(rulesOf(r.reports[0])).toEqual(rulesOf(direct.reports[0]));
  });

  it('a WACZ: the WARC files in its archive/ folder, for lint and extract alike', async () => {
    const d = tmp();
    const file = join(d, 'koleksi.wacz');
    writeFileSync(file, waczOf([{ name: 'data.warc', data: archive() }]));
    const r = await lintJson([file]);
    expect(r.stderr).toBe('');
    expect(r.reports.map((x) => x.input)).toEqual([`${file}#${SEED_URL}`, `${file}#${OTHER_URL}`]);
    const extracted = await run(['extract', '-f', 'jsonl', file]);
    expect(extracted.code).toBe(0);
    expect(lines(extracted.stdout).map((l) => JSON.parse(l).url)).toEqual([SEED_URL, OTHER_URL]);
  });

  it('a ZIP that holds no WARC file is one line naming it', async () => {
    const d = tmp();
    const file = join(d, 'kosong.wacz');
    writeFileSync(file, waczOf([]));
    const r = await run(['lint', file]);
    expect(lines(r.stderr)).toEqual([`kliping: ${file}: not a readable WACZ file (no WARC file in its archive/ folder)`]);
    expect(r.code).toBe(2);
  });
});

describe('folders and patterns', () => {
  it('a folder: every page, draft and record in it, in name order; hidden folders left out', async () => {
    const d = tmp();
    mkdirSync(join(d, 'halaman'));
    mkdirSync(join(d, '.git'));
    copyFileSync(SEED, join(d, 'halaman', 'a.html'));
    copyFileSync(OTHER, join(d, 'halaman', 'b.htm'));
    writeFileSync(join(d, 'draf.md'), '# Judul\n\nMARTAPURA – Bupati meresmikan jembatan, Senin (22/10/2024).\n');
    writeFileSync(join(d, '.git', 'c.html'), readFileSync(SEED));
    writeFileSync(join(d, 'gambar.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const r = await lintJson([d]);
    expect(r.stderr).toBe('');
    expect(r.reports.map((x) => [x.input.slice(d.length + 1), x.kind])).toEqual([
      ['draf.md', 'draft'],
      ['halaman/a.html', 'html'],
      ['halaman/b.htm', 'html'],
    ]);
  });

  it('a crawl archive: its article records only (not the manifest, not the WARC files)', async () => {
    const d = tmp();
    mkdirSync(join(d, 'articles', 'katajari.com'), { recursive: true });
    mkdirSync(join(d, 'warc'));
    writeFileSync(join(d, 'manifest.jsonl'), '{"url":"https://katajari.com/a/","status":"ok"}\n');
    writeFileSync(join(d, 'state.sqlite'), '');
    writeFileSync(join(d, 'warc', 'kliping-0.warc'), warcOf([{ url: SEED_URL, html: readFileSync(SEED) }]));
    await run(['extract', SEED, '--out-dir', join(d, 'articles', 'katajari.com')]);
    const r = await lintJson([d]);
    expect(r.stderr).toBe('');
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0].kind).toBe('record');
    expect(r.reports[0].input).toMatch(/articles\/katajari\.com\/.+\.json$/);
  });

  it('an empty folder, and a pattern that matches nothing, are one line each', async () => {
    const d = tmp();
    const r = await run(['lint', d, join(d, '*.html')]);
    expect(lines(r.stderr)).toEqual([
      `kliping: ${d}: a folder with no pages, drafts, records or web archives in it`,
      `kliping: ${join(d, '*.html')}: no such file`,
    ]);
    expect(r.code).toBe(2);
  });

  it('a quoted pattern gives the files it matches, in name order', async () => {
    const d = tmp();
    copyFileSync(SEED, join(d, 'b.html'));
    copyFileSync(OTHER, join(d, 'a.html'));
    const r = await lintJson(['*.html'], { cwd: d });
    expect(r.reports.map((x) => x.input)).toEqual(['a.html', 'b.html']);
  });
});

describe('lint and pages that are no article', () => {
  it('a category archive or a password-protected post is one line with the reason, the other inputs linted', async () => {
    const archive = join(root, 'fixtures/not-article/wp-category-archive.html');
    const locked = join(root, 'fixtures/not-article/wp-password-protected-id.html');
    const r = await run(['lint', '-f', 'json', archive, locked, SEED]);
    expect(r.stderr).toContain(`kliping: ${archive}: not an article: category archive`);
    expect(r.stderr).toContain(`kliping: ${locked}: password-protected`);
    expect(JSON.parse(r.stdout).map((x: { input: string }) => x.input)).toEqual([SEED]);
    expect(r.code).toBe(1);
  });
});

describe('extract reads what lint reads', () => {
  it('a draft gives its record (not "no article found")', async () => {
    const d = tmp();
    const draft = join(d, 'draf.md');
    writeFileSync(
      draft,
      '---\ntitle: Jembatan Baru Diresmikan\n---\n\nMARTAPURA – Bupati Banjar meresmikan jembatan baru, Selasa (22/10/2024).\n\nWarga menyambut gembira.\n',
    );
    const r = await run(['extract', draft]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [record] = JSON.parse(r.stdout);
    expect(record.headline).toBe('Jembatan Baru Diresmikan');
    expect(record.dateline.place).toBe('MARTAPURA');
    expect(record.paragraphs).toHaveLength(2);
  });

  it('-f json is a list whether one input or two are given', async () => {
    const one = JSON.parse((await run(['extract', SEED])).stdout);
    const two = JSON.parse((await run(['extract', SEED, OTHER])).stdout);
    expect(Array.isArray(one)).toBe(true);
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(2);
    expect(two[0]).toEqual(one[0]);
  });

  it('a record read back and written as Markdown', async () => {
    const d = tmp();
    const record = join(d, 'anjangsana.json');
    await run(['extract', SEED, '-o', record]);
    const md = await run(['extract', '-f', 'md', record]);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe((await run(['extract', '-f', 'md', SEED])).stdout);
  });
});

describe('lint reports for people and tools', () => {
  it('--quiet shows errors only', async () => {
    const d = tmp();
    const draft = join(d, 'draf.md');
    // An error (the weekday) and a warning-level finding (the caption without a credit).
    writeFileSync(draft, '# Judul\n\nMARTAPURA – Rapat digelar Senin (22/10/2024).\n\n![](a.jpg)\nFoto: Bupati meninjau jembatan.\n');
    const all = await lintJson([draft]);
    const quiet = await lintJson([draft, '--quiet']);
    const severities = (r: { reports: JsonReport[] }) => r.reports.flatMap((x) => x.findings.map((f) => f.severity));
    expect(severities(all)).toContain('error');
    expect(new Set(severities(all)).size).toBeGreaterThan(1);
    expect(new Set(severities(quiet))).toEqual(new Set(['error']));
  });

  it('-o FILE writes the report there, without colour, and nothing on stdout', async () => {
    const d = tmp();
    const out = join(d, 'laporan.txt');
    const r = await run(['lint', SEED, '-o', out], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('error[weekday-mismatch]');
    expect(text).not.toContain('\x1b[');
  });

  it('--color and --no-color decide over the terminal and NO_COLOR', async () => {
    expect((await run(['lint', SEED, '--color'])).stdout).toContain('\x1b[');
    expect((await run(['lint', SEED, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });

  it('-v says what each input was read as', async () => {
    const r = await run(['lint', SEED, '-v']);
    expect(lines(r.stderr)).toEqual([`kliping: ${SEED}: read as a page, 2 findings`]);
  });

  it('"1 warning", not "1 warnings"', async () => {
    const d = tmp();
    const draft = join(d, 'draf.md');
    writeFileSync(draft, '# Judul\n\nMARTAPURA – Rapat digelar Selasa (22/10/2024).\n\n![](a.jpg)\nFoto: Bupati meninjau jembatan.\n');
    // A site that never credits photos gets info; its house rule makes an uncredited caption a warning.
    const r = await run(['lint', draft, '--max-warnings', '0', '--rule', 'missing-credit=["warning",{"uncredited":"warning"}]']);
    expect(r.stderr).toContain('kliping: 1 warning, more than --max-warnings 0');
  });
});
