/**
 * Names of files written into an output folder come from page text and URLs, which are
 * untrusted: they never escape the folder and never overwrite a different article.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBaseName, pathInside, slugify, urlSlug } from '../src/sink/filenames.js';
import { OutDir } from '../src/sink/out-dir.js';
import { SCHEMA_VERSION, type ArticleRecord } from '../src/record.js';

function record(url: string, headline: string | null): ArticleRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    url,
    canonicalUrl: null,
    siteName: null,
    language: 'id',
    headline,
    published: null,
    publishedFrom: null,
    modified: null,
    dateline: null,
    byline: { author: null, initials: null },
    category: null,
    tags: [],
    captions: [],
    paragraphs: ['isi'],
    text: 'isi',
    findings: [],
  };
}

describe('file names from untrusted text', () => {
  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['/etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['Pemkab  Banjar: Rapat?*<>|"', 'pemkab-banjar-rapat'],
    ['Café Ünïcödé', 'cafe-unicode'],
    ['', ''],
  ])('slugify(%j) → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('very long names are cut at a word boundary, at most 80 characters', () => {
    const slug = slugify('kata '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('URL slugs never carry a path: dot segments and encoded slashes are just text', () => {
    expect(urlSlug('https://katajari.com/berita/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBe('etc-passwd');
    expect(urlSlug('https://katajari.com/2024/10/dkisp-anjangsana.html')).toBe('dkisp-anjangsana');
    expect(urlSlug('file:///etc/passwd')).toBeNull();
  });

  it.each(['con', 'nul', 'aux', 'prn', 'com1', 'lpt9'])('Windows device name %s gets a prefix', (name) => {
    expect(articleBaseName(`https://x.id/${name}`, null)).toBe(`article-${name}`);
  });

  it('pathInside refuses anything that resolves outside the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-paths-'));
    expect(pathInside(dir, 'a.json')).toBe(resolve(dir, 'a.json'));
    expect(() => pathInside(dir, '../a.json')).toThrow(/outside/);
    expect(() => pathInside(dir, '/etc/passwd')).toThrow(/outside/);
    expect(() => pathInside(dir, 'sub/a.json')).toThrow(/outside/);
  });
});

describe('OutDir', () => {
  it('a hostile headline lands inside the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-out-'));
    const out = new OutDir(dir, 'json');
    const path = await out.write(record('-', '../../../tmp/owned'), '{}');
    expect(path.startsWith(resolve(dir) + '/')).toBe(true);
    expect(readdirSync(dir)).toEqual(['tmp-owned.json']);
  });

  it('names that differ only in case or Unicode normalisation do not overwrite each other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-out-'));
    const out = new OutDir(dir, 'json');
    await out.write(record('https://a.id/1', 'Café Banjar'), JSON.stringify({ url: 'https://a.id/1' }));
    await out.write(record('https://a.id/2', 'CAFE\u0301 BANJAR'), JSON.stringify({ url: 'https://a.id/2' }));
    await out.write(record('https://a.id/3', 'cafe banjar'), JSON.stringify({ url: 'https://a.id/3' }));
    expect(readdirSync(dir).sort()).toEqual(['cafe-banjar-2.json', 'cafe-banjar-3.json', 'cafe-banjar.json']);
    expect(JSON.parse(readFileSync(join(dir, 'cafe-banjar.json'), 'utf8')).url).toBe('https://a.id/1');
  });

  it('an existing file of another article is never overwritten; the same article is updated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-out-'));
    writeFileSync(join(dir, 'rapat.json'), JSON.stringify({ url: 'https://lain.id/rapat' }));
    const out = new OutDir(dir, 'json');
    await out.write(record('https://a.id/rapat', 'Rapat'), JSON.stringify({ url: 'https://a.id/rapat', v: 1 }));
    await new OutDir(dir, 'json').write(record('https://a.id/rapat', 'Rapat'), JSON.stringify({ url: 'https://a.id/rapat', v: 2 }));
    expect(readdirSync(dir).sort()).toEqual(['rapat-2.json', 'rapat.json']);
    expect(JSON.parse(readFileSync(join(dir, 'rapat.json'), 'utf8')).url).toBe('https://lain.id/rapat');
    expect(JSON.parse(readFileSync(join(dir, 'rapat-2.json'), 'utf8')).v).toBe(2);
  });

  it('a folder where nothing can be written (even by root: /proc) is an error, not a crash', async () => {
    await expect(new OutDir('/proc/kliping-arsip', 'json').write(record('https://a.id/b', 'Baru'), '{}')).rejects.toThrow();
  });

  it('a folder path that is a file is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-out-'));
    const file = join(dir, 'bukan-folder');
    writeFileSync(file, 'x');
    mkdirSync(join(dir, 'ok'));
    await expect(new OutDir(file, 'json').write(record('https://a.id/b', 'Baru'), '{}')).rejects.toThrow();
  });
});
