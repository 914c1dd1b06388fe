/**
 * `kliping report`: one self-contained HTML page of an archive, read back with cheerio — the
 * chart (a bar per month, a colour per site), the findings by rule with relative links to the
 * records, changed articles with their word diff, failed and skipped URLs by reason, and
 * every text from the archive escaped.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { buildReport } from '../src/report/report.js';
import type { ArticleRecord, Finding } from '../src/record.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quoted"';

function finding(rule: string, severity: Finding['severity'], where: string, message: string): Finding {
  return { rule, severity, where, found: '', expected: null, message, line: null, column: null };
}

function record(url: string, headline: string, published: string | null, paragraphs: string[], findings: Finding[] = []): ArticleRecord {
  return {
    schemaVersion: 1,
    url,
    canonicalUrl: null,
    siteName: null,
    language: 'id',
    headline,
    published,
    modified: null,
    dateline: null,
    byline: { author: null, initials: null },
    category: null,
    tags: [],
    captions: [],
    paragraphs,
    text: paragraphs.join('\n\n'),
    findings,
  } as unknown as ArticleRecord;
}

interface Fixture {
  root: string;
  lines: object[];
}

function write(root: string, rel: string, data: unknown): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), JSON.stringify(data, null, 2));
}

/** An archive folder as a crawl leaves it: two sites over three months (one without articles), findings, an edited article, failures. */
function archive(): Fixture {
  const root = join(mkdtempSync(join(tmpdir(), 'kliping-report-')), 'arsip');
  dirs.push(dirname(root));
  const lines: object[] = [];
  const add = (url: string, file: string, r: ArticleRecord, status = 'ok', reason: string | null = null) => {
    write(root, file, r);
    lines.push({ url, finalUrl: url, status, reason, file, sha256: 'x', findings: r.findings.length, fetchedAt: '2024-12-20T01:00:00.000Z' });
  };
  const a = 'https://katajari.com';
  const b = 'https://kalsel.antaranews.com';
  add(
    `${a}/dkisp/`,
    'articles/katajari.com/2024/10/dkisp.json',
    record(
      `${a}/dkisp/`,
      'DKISP Kabupaten Banjar Anjangsana ke Surakarta',
      '2024-10-22T14:05:00+08:00',
      ['Satu.'],
      [
        finding('caption-date-conflict', 'error', 'caption[0]', 'caption dated 22/10/2023, but the dateline says 22/10/2024'),
        finding('weekday-mismatch', 'warning', 'caption[0]', '22/10/2023 was a Minggu'),
      ],
    ),
  );
  add(`${a}/cabai/`, 'articles/katajari.com/2024/10/cabai.json', record(`${a}/cabai/`, 'Harga Cabai Naik', '2024-10-02', ['Dua.']));
  add(`${a}/banjir/`, 'articles/katajari.com/2024/12/banjir.json', {
    ...record(
      `${a}/banjir/`,
      'Banjir Rendam Ratusan Rumah di Martapura',
      '2024-12-01',
      ['Banjir merendam 300 rumah warga.', 'Warga mengungsi ke masjid.', 'Paragraf baru.'],
      [finding('weekday-mismatch', 'warning', 'dateline', 'Senin is not 1/12/2024')],
    ),
    modified: '2024-12-20T09:00:00+08:00',
    byline: { author: 'Rina Wati', initials: 'rw' },
    captions: [{ text: 'Rumah terendam banjir di Martapura.' }, { text: HOSTILE }],
  } as unknown as ArticleRecord);
  // An earlier version, as the crawl names it (its fetch time, colons made dashes).
  write(root, 'articles/katajari.com/2024/12/banjir.versions/2024-12-01T02-00-00.000Z.json', {
    ...record(`${a}/banjir/`, 'Banjir Rendam Rumah di Martapura', '2024-12-01', [
      'Banjir merendam 200 rumah warga.',
      'Warga mengungsi ke masjid.',
      'Paragraf lama yang dihapus.',
    ]),
    byline: { author: null, initials: 'rw' },
    captions: [{ text: 'Rumah terendam di Martapura.' }],
  });
  add(
    `${b}/hostile/`,
    'articles/kalsel.antaranews.com/2024/09/hostile.json',
    record(`${b}/hostile/`, HOSTILE, '2024-09-30', ['x'], [finding('x<y>', 'info', 'headline', HOSTILE)]),
  );
  add(
    `${b}/undated/`,
    'articles/kalsel.antaranews.com/2024/12/undated.json',
    record(`${b}/undated/`, 'Tanpa Tanggal', null, ['y']),
    'changed',
    'paragraphs edited: 1',
  );
  lines.push({ url: `${a}/hilang/`, status: 'error', reason: 'HTTP 404 Not Found', file: null });
  lines.push({ url: `${a}/hilang-juga/`, status: 'error', reason: 'HTTP 404 Not Found', file: null });
  lines.push({ url: 'javascript:alert(3)', status: 'error', reason: 'timeout (after 30 s)', file: null });
  lines.push({ url: `${a}/private/`, status: 'skipped', reason: 'disallowed by robots.txt', file: null });
  lines.push({ url: `${a}/dkisp-amp/`, status: 'duplicate', reason: `same canonical URL as ${a}/dkisp/`, file: null });
  // The first line of a URL crawled again is not the one that counts.
  lines.unshift({ url: `${a}/cabai/`, status: 'error', reason: 'HTTP 503', file: null });
  writeFileSync(join(root, 'manifest.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return { root, lines };
}

describe('report data and page', () => {
  let fx: Fixture;
  let $: cheerio.CheerioAPI;
  let html: string;
  beforeAll(() => {
    fx = archive();
    html = buildReport(fx.root, join(fx.root, 'report.html'), new Date('2024-12-24T00:00:00Z')).html;
    $ = cheerio.load(html);
  });

  it('is self-contained: no script, no external resource, a policy that forbids loading any', () => {
    expect($('script, link, img, iframe, object, embed, base').length).toBe(0);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/url\(|@import/);
    for (const el of $('[src]').toArray()) throw new Error(`src on ${el.tagName}`);
    for (const el of $('a[href]').toArray()) {
      const href = $(el).attr('href') as string;
      if ($(el).hasClass('url')) expect(href).toMatch(/^https?:\/\//);
      else expect(href, href).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
    }
  });

  it('charts articles per month per site: a bar per month from the first to the last, empty months included', () => {
    const bars = $('svg.chart g.bar')
      .toArray()
      .map((g) => [$(g).attr('data-month'), Number($(g).attr('data-count'))]);
    expect(bars).toEqual([
      ['2024-09', 1],
      ['2024-10', 2],
      ['2024-11', 0],
      ['2024-12', 1],
      ['no date', 1],
    ]);
    const tips = $('svg.chart rect title')
      .toArray()
      .map((t) => $(t).text());
    expect(tips).toContain('katajari.com — 2024-10: 2 articles');
    expect(tips).toContain('kalsel.antaranews.com — 2024-09: 1 article');
    expect(
      $('ul.legend li')
        .toArray()
        .map((li) => $(li).text()),
    ).toEqual(['katajari.com', 'kalsel.antaranews.com']);
    expect($('svg.chart rect').first().attr('fill')).toMatch(/^#[0-9a-f]{6}$/);
    expect($('[data-card="articles"] b').text()).toBe('5');
    expect($('[data-card="failed"] b').text()).toBe('3');
    expect($('header .meta').text()).toMatch(/URLs by status: ok 4, error 3, changed 1, skipped 1, duplicate 1$/);
  });

  it('lists findings by rule, errors first, each with a relative link to its article record', () => {
    const rules = $('table.rules tbody tr')
      .toArray()
      .map((tr) =>
        $(tr)
          .find('td')
          .toArray()
          .map((td) => $(td).text()),
      );
    expect(rules).toEqual([
      ['caption-date-conflict', 'error', '1', '1'],
      ['weekday-mismatch', 'warning', '2', '2'],
      ['x<y>', 'info', '1', '1'],
    ]);
    const weekday = $('table.findings[data-rule="weekday-mismatch"] tbody tr');
    expect(weekday.length).toBe(2);
    const link = weekday.first().find('a.record');
    expect(link.text()).toBe('DKISP Kabupaten Banjar Anjangsana ke Surakarta');
    expect(link.attr('href')).toBe('articles/katajari.com/2024/10/dkisp.json');
    for (const a of $('a.record').toArray()) expect(existsSync(resolve(fx.root, decodeURIComponent($(a).attr('href') as string)))).toBe(true);
    expect($(`#${$('table.rules a').last().attr('href')?.slice(1)}`).length).toBe(1);
  });

  it('links records relative to where the report is written', () => {
    const elsewhere = buildReport(fx.root, join(dirname(fx.root), 'reports', 'r.html')).html;
    expect(cheerio.load(elsewhere)('a.record').first().attr('href')).toMatch(/^\.\.\/arsip\/articles\//);
  });

  it('shows changed articles with a word diff of their last earlier version, and says so when none is kept', () => {
    const changes = $('#changed article.change');
    expect(changes.length).toBe(2);
    const banjir = changes.filter((_, el) => $(el).find('a.record').text().startsWith('Banjir'));
    expect(banjir.find('p.meta').first().text()).toMatch(/^1 earlier version: v1/);
    const v1 = banjir.find('p.meta a');
    expect(v1.attr('href')).toBe('articles/katajari.com/2024/12/banjir.versions/2024-12-01T02-00-00.000Z.json');
    expect(v1.attr('title')).toBe('fetched 2024-12-01T02:00:00.000Z');
    // The headline word by word, the spaces kept.
    expect(banjir.find('.diff.headline').text()).toBe('headline Banjir Rendam Ratusan Rumah di Martapura');
    expect(banjir.find('.diff.headline ins').text()).toBe('Ratusan ');
    expect(banjir.find('.diff.headline del').length).toBe(0);
    // Paragraphs: the one kept is not shown, the edited one word by word.
    expect(banjir.find('.diff.paragraph').length).toBe(3);
    expect(banjir.text()).not.toContain('Warga mengungsi');
    const edited = banjir.find('.diff.paragraph.edited');
    expect(edited.length).toBe(1);
    expect(edited.find('.what').text()).toBe('paragraph 1 (edited)');
    expect(edited.find('del').text()).toBe('200');
    expect(edited.find('ins').text()).toBe('300');
    expect(edited.text()).toContain('Banjir merendam');
    // Too different to be one paragraph edited: one removed, one added.
    expect(banjir.find('.diff.paragraph.removed del').text()).toBe('Paragraf lama yang dihapus.');
    expect(banjir.find('.diff.paragraph.added ins').text()).toBe('Paragraf baru.');
    // Captions too, word by word; an added one whole (and escaped).
    expect(banjir.find('.diff.caption.edited ins').text()).toBe('banjir ');
    expect(banjir.find('.diff.caption.added ins').text()).toBe(HOSTILE);
    // The stamps old → new; the fields not compared word by word named.
    const modified = banjir.find('.diff.stamp[data-field="modified"]');
    expect([modified.find('del').text(), modified.find('ins').text()]).toEqual(['none', '2024-12-20T09:00:00+08:00']);
    expect(banjir.find('.diff.stamp[data-field="published"]').length).toBe(0);
    expect(banjir.find('p.meta').last().text()).toBe('also changed: byline');
    const undated = changes.filter((_, el) => $(el).find('a.record').text() === 'Tanpa Tanggal');
    expect(undated.text()).toContain('paragraphs edited: 1');
    expect(undated.find('.empty').text()).toMatch(/not kept/);
  });

  it('shows a changed stamp alone, names a caption credit changed and an earlier version it cannot read; other files beside the versions are none', () => {
    const fx2 = archive();
    const dkisp = 'articles/katajari.com/2024/10/dkisp.versions';
    write(fx2.root, `${dkisp}/2024-11-01T00-00-00.000Z.json`, record('https://katajari.com/dkisp/', 'Lama', null, ['Satu.']));
    writeFileSync(join(fx2.root, dkisp, '2024-12-10T00-00-00.000Z.json'), '{"torn');
    writeFileSync(join(fx2.root, dkisp, 'notes.json'), '{}');
    write(
      fx2.root,
      'articles/katajari.com/2024/10/cabai.versions/2024-11-01T00-00-00.000Z.json',
      record('https://katajari.com/cabai/', 'Harga Cabai Naik', '2024-10-01', ['Dua.']),
    );
    // A caption whose credit alone changed is named.
    const undated = 'articles/kalsel.antaranews.com/2024/12/undated';
    const now = JSON.parse(readFileSync(join(fx2.root, `${undated}.json`), 'utf8'));
    write(fx2.root, `${undated}.json`, { ...now, captions: [{ text: 'Foto.', credit: 'ANTARA/Bayu' }] });
    write(fx2.root, `${undated}.versions/2024-11-01T00-00-00.000Z.json`, { ...now, captions: [{ text: 'Foto.', credit: null }] });
    const { data, html } = buildReport(fx2.root, join(fx2.root, 'report.html'));
    const $$ = cheerio.load(html);
    const block = (start: string) => $$('#changed article.change').filter((_, el) => $$(el).find('a.record').text().startsWith(start));
    const cabai = block('Harga Cabai');
    expect(cabai.find('.diff').length).toBe(1);
    const published = cabai.find('.diff.stamp[data-field="published"]');
    expect([published.find('del').text(), published.find('ins').text()]).toEqual(['2024-10-01', '2024-10-02']);
    const broken = block('DKISP');
    expect(broken.find('p.meta').first().text()).toMatch(/^2 earlier versions: v1 v2$/);
    expect(broken.find('.empty').text()).toMatch(/^The latest earlier version could not be read: not JSON/);
    const credit = block('Tanpa Tanggal');
    expect(credit.find('.diff').length).toBe(0);
    expect(credit.find('p.meta').last().text()).toBe('also changed: captions');
    expect(data.problems).toEqual([expect.stringMatching(new RegExp(`^${dkisp}/2024-12-10T00-00-00\\.000Z\\.json: not JSON`))]);
    expect($$('#problems li').text()).toMatch(/not JSON/);
  });

  it('says so when an earlier version does not differ in what is compared', () => {
    const fx2 = archive();
    const file = 'articles/katajari.com/2024/10/cabai.json';
    write(fx2.root, file.replace('.json', '.versions/2024-11-01T00-00-00.000Z.json'), JSON.parse(readFileSync(join(fx2.root, file), 'utf8')));
    const $$ = cheerio.load(buildReport(fx2.root, join(fx2.root, 'report.html')).html);
    const cabai = $$('#changed article.change').filter((_, el) => $$(el).find('a.record').text() === 'Harga Cabai Naik');
    expect(cabai.find('.empty').text()).toBe('No difference in the text.');
  });

  it('groups failed and skipped URLs by reason, the last manifest line of a URL counting', () => {
    const rows = (id: string) =>
      $(`#${id} table.reasons tbody tr`)
        .toArray()
        .map((tr) => [$(tr).find('td').eq(0).text(), $(tr).find('td').eq(1).text(), $(tr).find('li').length]);
    expect(rows('failed')).toEqual([
      ['HTTP 404', '2', 2],
      ['timeout', '1', 1],
    ]);
    expect(rows('skipped')).toEqual([
      ['duplicate: same canonical URL', '1', 1],
      ['robots.txt', '1', 1],
    ]);
    expect($('#failed a.url').first().attr('href')).toBe('https://katajari.com/hilang/');
    // A URL that is not http(s) is shown, never linked.
    expect($('#failed code').text()).toBe('javascript:alert(3)');
    expect($('a[href^="javascript"]').length).toBe(0);
  });

  it('escapes every text from the archive', () => {
    expect($('a.record').filter((_, a) => $(a).text() === HOSTILE).length).toBe(1);
    // (a selector holding "<" would be read by cheerio as markup to create)
    const table = $('table.findings').filter((_, t) => $(t).attr('data-rule') === 'x<y>');
    expect(table.find('td').eq(2).text()).toBe(HOSTILE);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('kliping report', () => {
  async function kliping(...args: string[]) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (d) => (out += d));
    stderr.on('data', (d) => (err += d));
    const code = await main(['node', 'kliping', ...args], { stdout, stderr, stdin: new PassThrough(), env: {} });
    return { code, stdout: out, stderr: err };
  }

  it('writes the page, one line on stderr, nothing on stdout', async () => {
    const fx = archive();
    const out = join(fx.root, 'report.html');
    const run = await kliping('report', fx.root, '-o', out);
    expect(run.stderr).toBe(`kliping: wrote ${out}: 5 article(s), 4 finding(s), 2 changed, 3 failed\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    expect(cheerio.load(readFileSync(out, 'utf8'))('svg.chart').length).toBe(1);
    const toStdout = await kliping('report', fx.root, '-o', '-');
    expect(toStdout.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(toStdout.code).toBe(0);
  });

  it('exits 2 with one line: no --out, not an archive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-report-'));
    dirs.push(dir);
    expect(await kliping('report', dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^kliping: report: --out <file> is required/) });
    expect(await kliping('report', dir, '-o', join(dir, 'r.html'))).toEqual({
      code: 2,
      stdout: '',
      stderr: `kliping: ${dir}: not a kliping archive (no manifest.jsonl in it)\n`,
    });
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  });

  it('reads no record outside the archive, and names what it could not read', async () => {
    const fx = archive();
    writeFileSync(join(dirname(fx.root), 'secret.json'), JSON.stringify(record('https://evil.example/', 'Secret', '2024-01-01', ['s'])));
    const lines = [
      ...fx.lines,
      { url: 'https://evil.example/', status: 'ok', file: '../secret.json' },
      { url: 'https://katajari.com/gone/', status: 'ok', file: 'articles/katajari.com/2024/10/gone.json' },
    ];
    writeFileSync(join(fx.root, 'manifest.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n{"torn');
    const out = join(fx.root, 'report.html');
    const run = await kliping('report', fx.root, '-o', out);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      `kliping: ${fx.root}: manifest.jsonl line ${lines.length + 1}: not a manifest entry`,
      `kliping: ${fx.root}: ../secret.json: outside the archive`,
      `kliping: ${fx.root}: articles/katajari.com/2024/10/gone.json: missing`,
    ]);
    const $ = cheerio.load(readFileSync(out, 'utf8'));
    expect($('body').text()).not.toContain('Secret');
    expect($('#problems li').length).toBe(3);
  });

  it('an archive without articles still gives a page that says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-report-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'manifest.jsonl'), '');
    const $ = cheerio.load(buildReport(dir, join(dir, 'r.html')).html);
    expect($('#months .empty').text()).toBe('No articles in the archive.');
    expect($('#findings .empty').text()).toBe('No findings.');
  });
});
