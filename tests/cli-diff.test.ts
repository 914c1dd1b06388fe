/**
 * `kliping diff`: two records written here, and an archive re-crawled after edits. Exit codes
 * (0 same, 1 differences, 2 bad input with one stderr line), the word marks, colour only when
 * asked or on a terminal without NO_COLOR, and JSON, Markdown and HTML output — the HTML
 * escaping what the page wrote.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { crawl } from '../src/crawl/index.js';
import { alignTexts, compareRecords } from '../src/diff/compare.js';
import { startFakeSite, type FakeSite } from './helpers/fake-wp-site.mjs';

const dirs: string[] = [];
const sites: FakeSite[] = [];
afterAll(async () => {
  await Promise.all(sites.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kliping-diff-'));
  dirs.push(d);
  return d;
}

class Capture extends Writable {
  text = '';
  isTTY: boolean;
  constructor(tty = false) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function diff(args: string[], options: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new Capture(options.tty);
  const stderr = new Capture();
  const code = await main(['node', 'kliping', 'diff', ...args], { stdout, stderr, stdin: new PassThrough(), env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const OLD = {
  schemaVersion: 1,
  url: 'https://berita.example/2024/12/jembatan/',
  headline: 'Gubernur meresmikan jembatan baru di Martapura',
  published: '2024-12-01T09:00:00+08:00',
  modified: null,
  captions: [{ text: 'Gubernur menggunting pita, Minggu (1/12/2024). (Foto: Humas)' }],
  paragraphs: [
    'MARTAPURA – Gubernur meresmikan jembatan baru pada Minggu (1/12/2024) pagi.',
    'Jembatan sepanjang 120 meter itu menghubungkan dua kecamatan.',
    'Warga menyambut gembira peresmian tersebut.',
  ],
};

const NEW = {
  ...OLD,
  headline: 'Gubernur membuka jembatan baru di Martapura',
  modified: '2024-12-02T10:00:00+08:00',
  captions: [{ text: 'Gubernur menggunting pita, Senin (2/12/2024). (Foto: Humas)' }],
  paragraphs: [
    OLD.paragraphs[0],
    'Jembatan sepanjang 150 meter itu menghubungkan dua kecamatan.',
    OLD.paragraphs[2],
    'Ralat: panjang jembatan 150 meter, bukan 120 meter.',
  ],
};

function records(a: object, b: object): [string, string] {
  const d = tmp();
  writeFileSync(join(d, 'old.json'), JSON.stringify(a));
  writeFileSync(join(d, 'new.json'), JSON.stringify(b));
  return [join(d, 'old.json'), join(d, 'new.json')];
}

describe('kliping diff OLD.json NEW.json', () => {
  it('exits 0 with no differences', async () => {
    const r = await diff(records(OLD, OLD));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/no change/);
  });

  it('shows each changed block word by word, and exits 1', async () => {
    const r = await diff(records(OLD, NEW));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('headline:\n  Gubernur [-meresmikan-]{+membuka+} jembatan baru di Martapura');
    expect(r.stdout).toContain('paragraph 2 (edited):\n  Jembatan sepanjang [-120-]{+150+} meter');
    expect(r.stdout).toContain('paragraph 4 (added):\n  {+Ralat: panjang jembatan 150 meter, bukan 120 meter.+}');
    expect(r.stdout).toContain('caption 1 (edited):');
    expect(r.stdout).toMatch(/modified:\n {2}\[-none-\] → \{\+2024-12-02T10:00:00\+08:00\+\}/);
    expect(r.stdout).toContain('headline changed; paragraphs: 1 edited, 1 added; captions: 1 edited; modified changed');
  });

  it('gives JSON, Markdown and HTML', async () => {
    const [a, b] = records(OLD, NEW);
    const json = await diff(['--format', 'json', a, b]);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { changed: boolean; summary: unknown; paragraphs: { kind: string }[] };
    expect(parsed.changed).toBe(true);
    expect(parsed.summary).toEqual({
      headline: true,
      paragraphs: { added: 1, removed: 0, edited: 1 },
      captions: { added: 0, removed: 0, edited: 1 },
      published: false,
      modified: true,
    });
    expect(parsed.paragraphs.map((p) => p.kind)).toEqual(['edited', 'added']);
    const md = await diff(['--format', 'md', a, b]);
    expect(md.stdout).toContain('Gubernur ~~meresmikan~~**membuka** jembatan');
    const html = await diff(['--format', 'html', a, b]);
    expect(html.code).toBe(1);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('Gubernur <del>meresmikan</del><ins>membuka</ins> jembatan');
    expect(html.stdout).not.toMatch(/<(?:script|link)\b|src=|href=/i); // self-contained
  });

  it('escapes markup the page wrote in the HTML (and in Markdown)', async () => {
    const hostile = {
      ...NEW,
      headline: 'Judul <script>alert("x")</script> baru',
      paragraphs: [...NEW.paragraphs, '<img src=x onerror=alert(1)> & <b>tebal</b>'],
    };
    const [a, b] = records(OLD, hostile);
    const html = await diff(['--format', 'html', a, b]);
    expect(html.stdout).not.toMatch(/<script|<img|<b>/i);
    expect(html.stdout).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html.stdout).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;tebal&lt;/b&gt;');
    const md = await diff(['--format', 'md', a, b]);
    expect(md.stdout).not.toMatch(/<script|<img/i);
  });

  it('colours on a terminal, and with --color; never with NO_COLOR or --no-color; strips escapes the page wrote', async () => {
    const [a, b] = records({ ...OLD, headline: 'Judul \u001b[31mmerah\u001b[0m lama' }, { ...OLD, headline: 'Judul \u001b[31mmerah\u001b[0m baru' });
    const tty = await diff([a, b], { tty: true });
    expect(tty.stdout).toMatch(/\u001b\[\d+m/);
    expect(tty.stdout).not.toContain('\u001b[31mmerah');
    expect((await diff([a, b], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b');
    expect((await diff(['--no-color', a, b], { tty: true })).stdout).not.toContain('\u001b');
    expect((await diff(['--color', a, b])).stdout).toMatch(/\u001b\[\d+m/);
    expect((await diff([a, b])).stdout).toContain('Judul merah [-lama-]{+baru+}');
  });

  it('bad input: exit 2 and one line naming the input, never a stack trace', async () => {
    const d = tmp();
    writeFileSync(join(d, 'broken.json'), '{"headline": ');
    writeFileSync(join(d, 'list.json'), '[1, 2]');
    const [a] = records(OLD, NEW);
    const cases: [string[], RegExp][] = [
      [[join(d, 'nope.json'), a], /^kliping: .*nope\.json: no such file or folder\n$/],
      [[a, join(d, 'broken.json')], /^kliping: .*broken\.json: not JSON \(.+\)\n$/],
      [[a, join(d, 'list.json')], /^kliping: .*list\.json: not an article record \(no paragraphs\)\n$/],
      [[a], /^kliping: .*old\.json: give a second record to compare it with/],
      [['--since', '2024-12-01', a, a], /^kliping: --since: needs an archive folder as the first argument\n$/],
    ];
    for (const [args, message] of cases) {
      const r = await diff(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says its exit codes in --help', async () => {
    const r = await diff(['--help']);
    expect(r.stdout).toMatch(/Exit status: 0 no differences \(or no changed article\), 1 differences, 2 bad input/);
  });
});

describe('kliping diff ARCHIVE', () => {
  it('compares the current version of an article with the one before, or one named by --from; lists the changed articles --since a date', async () => {
    const s = await startFakeSite({ articles: 6, validators: false });
    sites.push(s);
    const out = tmp();
    await crawl({ out, sites: [s.origin], delayMs: 0 });
    s.edit(1, 'headline');
    s.edit(4, 'text');
    await crawl({ out, sites: [s.origin], delayMs: 0, recrawl: true });

    const r = await diff([out, s.articleUrls[1]]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^--- articles\/.+\.versions\/.+\.json \(fetched .+\)\n\+\+\+ articles\/.+\.json \(fetched .+\)/);
    expect(r.stdout).toContain('{+revisi 1+}');
    expect(r.stdout).toMatch(/headline changed/);

    const lines = readFileSync(join(out, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { url: string; fetchedAt: string });
    const firstFetch = lines.find((l) => l.url === s.articleUrls[4])?.fetchedAt as string;
    const from = await diff(['--format', 'json', '--from', firstFetch, out, s.articleUrls[4]]);
    expect(from.code).toBe(1);
    expect(JSON.parse(from.stdout)).toMatchObject({ summary: { headline: false, paragraphs: { edited: expect.any(Number) } } });

    const unchanged = await diff([out, s.articleUrls[0]]);
    expect(unchanged).toMatchObject({ code: 2, stdout: '' });
    expect(unchanged.stderr).toMatch(/has one version only in .*: nothing to compare\n$/);

    const today = new Date().toISOString().slice(0, 10);
    const list = await diff([out, '--since', today]);
    expect(list.code).toBe(1);
    expect(list.stdout).toContain(s.articleUrls[1]);
    expect(list.stdout).toContain(s.articleUrls[4]);
    expect(list.stdout).not.toContain(s.articleUrls[0]);
    const json = JSON.parse((await diff([out, '--since', today, '--format', 'json'])).stdout) as { url: string }[];
    expect(json.map((e) => e.url).sort()).toEqual([s.articleUrls[1], s.articleUrls[4]].sort());
    expect(await diff([out, '--since', '2999-01-01'])).toMatchObject({ code: 0, stdout: '' });

    for (const [args, message] of [
      [[out, 'https://elsewhere.example/x/'], /^kliping: https:\/\/elsewhere\.example\/x\/: not an article of the archive/],
      [[out, '--since', '1.12.2024'], /^kliping: --since: must be a date like 2024-12-01/],
      [[out, s.articleUrls[4], '--from', 'kemarin'], /^kliping: kemarin: not a time/],
      [[out, s.articleUrls[4], '--from', '2001-01-01T00:00:00Z'], /^kliping: 2001-01-01T00:00:00Z: no version of the article was fetched then/],
      [[tmp(), '--since', today], /not a kliping archive \(no manifest\.jsonl\)/],
    ] as [string[], RegExp][]) {
      const bad = await diff(args);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(message);
    }
  }, 60_000);
});

describe('kliping diff ARCHIVE: a manifest that points outside the archive', () => {
  it('reads nothing outside it', async () => {
    const out = tmp();
    const line = (file: string) => JSON.stringify({ url: 'https://berita.example/a/', status: 'changed', file, fetchedAt: '2024-12-02T00:00:00.000Z' });
    writeFileSync(join(out, 'manifest.jsonl'), line('../../../etc/passwd.json') + '\n');
    const r = await diff([out, 'https://berita.example/a/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kliping: .*passwd\.versions: outside the archive\n$/);
  });
});

describe('the comparison', () => {
  it('lines paragraphs up: one inserted is one added, not every later one edited; an unlike replacement is removed + added', () => {
    const a = ['satu dua tiga', 'empat lima enam', 'tujuh delapan sembilan'];
    expect(alignTexts(a, [a[0], 'baru sama sekali', a[1], a[2]]).map((c) => [c.kind, c.oldIndex, c.newIndex])).toEqual([['added', null, 1]]);
    expect(alignTexts(a, [a[0], 'sesuatu yang lain', a[2]]).map((c) => c.kind)).toEqual(['removed', 'added']);
    expect(alignTexts(a, [a[0], 'empat lima tujuh', a[2]]).map((c) => c.kind)).toEqual(['edited']);
    expect(alignTexts(a, [a[0]]).map((c) => c.kind)).toEqual(['removed', 'removed']);
  });

  it('counts caption and stamp changes', () => {
    const d = compareRecords(
      { headline: 'a', paragraphs: [], captions: [{ text: 'foto satu' }], published: '2024-12-01', modified: null },
      { headline: 'a', paragraphs: [], captions: [{ text: 'foto satu' }, { text: 'foto dua' }], published: '2024-12-02', modified: null },
    );
    expect(d.summary).toEqual({
      headline: false,
      paragraphs: { added: 0, removed: 0, edited: 0 },
      captions: { added: 1, removed: 0, edited: 0 },
      published: true,
      modified: false,
    });
  });
});
