/**
 * Pages from strangers: each gives a record or one clear error, never a throw or a hang.
 * (Time limits here are hang guards, generous on purpose; speed is measured by npm run bench.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { schemaErrors } from './helpers/schema.js';

const root = new URL('..', import.meta.url).pathname;
const PARA = '<p>Warga Banjarmasin memadati Siring Tendean, Selasa (22/10/2024) siang, untuk menyaksikan lomba jukung hias.</p>';

function valid(html: string | Buffer) {
  const record = extract(html);
  expect(schemaErrors(record)).toEqual([]);
  return record;
}

function cli(args: string[], input?: Buffer) {
  return spawnSync(process.execPath, [join(root, 'bin/kliping.js'), ...args], { input, encoding: 'utf8', timeout: 60_000 });
}

describe('hostile pages', () => {
  it('100,000 nested <div>s parse in bounded time and keep the text around them', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}dalam${'</div>'.repeat(100_000)}<article>${PARA.repeat(3)}</article></body></html>`;
    const r = valid(html);
    expect(r.paragraphs.length).toBeGreaterThanOrEqual(3);
  }, 20_000);

  it('an unclosed <script> swallowing the rest of the page gives a record, not a throw', () => {
    const r = valid(`<html><head><title>Judul Berita Hari Ini</title></head><body><h1>Judul Berita Hari Ini</h1><script>var x = "${PARA}`);
    expect(r.headline).toBe('Judul Berita Hari Ini');
    expect(r.text).not.toContain('var x');
  });

  it('NUL bytes and other control characters never reach the record', () => {
    const r = valid(`<html><body><article>${PARA.replace('Siring', 'Sir\u0000ing\u0007')}${PARA}</article></body></html>`);
    expect(r.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    expect(r.text).toContain('Siring');
  });

  it('invalid UTF-8 bytes decode to replacement characters, not a crash', () => {
    const bytes = Buffer.concat([
      Buffer.from(`<html><head><meta charset="utf-8"></head><body><article>${PARA}`),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from(`${PARA}</article></body></html>`),
    ]);
    const r = valid(bytes);
    expect(r.paragraphs.length).toBeGreaterThanOrEqual(1);
  });

  it('a page with 10,000 captioned images gives every caption, in bounded time', () => {
    const figure = (i: number) => `<figure><img src="/f/${i}.jpg"><figcaption>Foto ke-${i}, Selasa (22/10/2024). (Foto: Humas)</figcaption></figure>`;
    const html = `<html><body><article class="post"><div class="entry-content">${PARA}${Array.from({ length: 10_000 }, (_, i) => figure(i)).join('')}${PARA}</div></article></body></html>`;
    const r = extract(html, { url: 'https://example.id/berita/' });
    expect(r.captions).toHaveLength(10_000);
    expect(r.captions[9_999].image).toBe('https://example.id/f/9999.jpg');
  }, 30_000);

  it('deeply nested JSON-LD is skipped, not a stack overflow', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const r = valid(
      `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul JSON-LD"}</script></head><body><article>${PARA}</article></body></html>`,
    );
    expect(r.headline).toBe('Judul JSON-LD');
  });
});

describe('hostile inputs at the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kliping-hostile-'));

  it('a page larger than --max-size is refused with one line, before it is parsed', () => {
    const big = join(dir, 'besar.html');
    writeFileSync(big, Buffer.alloc(11 * 1024 * 1024, PARA));
    const r = cli(['extract', big]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`kliping: ${big}: larger than 10 MiB (see --max-size)`);
  });

  it('stdin larger than --max-size is refused too', () => {
    const r = cli(['extract', '-', '--max-size', '1'], Buffer.alloc(2 * 1024 * 1024, PARA));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('kliping: -: larger than 1 MiB');
  });

  it('a page of only whitespace is one clear error', () => {
    const blank = join(dir, 'kosong.html');
    writeFileSync(blank, ' \n\t\r\n'.repeat(5000));
    const r = cli(['extract', blank]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`kliping: ${blank}: empty file (only whitespace)`);
  });

  it('a PDF named .html is refused as not HTML', () => {
    const pdf = join(dir, 'laporan.html');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0)]));
    const r = cli(['extract', pdf]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`kliping: ${pdf}: not an HTML page (PDF document)`);
  });
});
