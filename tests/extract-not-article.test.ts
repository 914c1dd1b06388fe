/**
 * Pages that are no article (src/extract/not-article.ts): each page of fixtures/not-article/
 * gives the reason fixtures/not-article/reasons.json names, every article fixture gives none,
 * and the weaker signals need what backs them (a list of entries, few paragraphs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { NOT_ARTICLE_REASONS } from '../src/extract/sites/not-article.js';
import { schemaErrors } from './helpers/schema.js';

const dir = new URL('../fixtures/not-article/', import.meta.url);
const reasons = JSON.parse(readFileSync(new URL('reasons.json', dir), 'utf8')) as Record<string, string>;
const articles = new URL('../fixtures/', import.meta.url);

describe('not an article: fixtures/not-article/', () => {
  it('names a reason for every page in the folder', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual(Object.keys(reasons).sort());
  });
  for (const [file, reason] of Object.entries(reasons)) {
    it(`${file}: ${reason}`, () => {
      const record = extract(readFileSync(new URL(file, dir)), { source: `fixtures/not-article/${file}`, lint: false });
      expect(record.notArticle).toBe(reason);
      expect(schemaErrors(record)).toEqual([]);
    });
  }
});

describe('articles stay articles', () => {
  const pages = readdirSync(articles).filter((f) => f.endsWith('.html'));
  it.each(pages)('%s', (file) => {
    const record = extract(readFileSync(new URL(file, articles)), { lint: false });
    expect(record.notArticle).toBeUndefined();
    expect('notArticle' in record).toBe(false);
  });
});

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraf ${i + 1}: Pemerintah Kabupaten Banjar menggelar rapat koordinasi bersama camat dan kepala desa se-Kabupaten Banjar di Martapura, membahas jalan desa, jembatan dan air bersih.</p>`,
  ).join('\n');
const teaser = (i: number) =>
  `<article class="post-${i} post type-post hentry"><h2 class="entry-title"><a href="/berita-${i}/">Berita ${i}</a></h2><p>Ringkasan berita ${i}.</p></article>`;
const page = (bodyClass: string | null, main: string, h1 = '<h1 class="entry-title">Rapat Koordinasi Camat</h1>') =>
  `<!doctype html><html lang="id"><head><title>Rapat Koordinasi Camat – Kabar Banua</title></head><body${bodyClass === null ? '' : ` class="${bodyClass}"`}><main>${h1}${main}</main></body></html>`;

describe('the signals and what backs them', () => {
  it('a single post with related posts and a widget holding a protected teaser is an article', () => {
    const html = page(
      'post-template-default single single-post postid-12',
      `<article class="post-12 post type-post hentry"><div class="entry-content">${prose(6)}</div></article>
       <aside class="widget"><article class="post-99 post-password-required"><form class="post-password-form" action="/wp-login.php?action=postpass"><p>This content is password protected. To view it please enter your password below:</p></form></article></aside>
       <section class="related">${[1, 2, 3, 4].map(teaser).join('')}</section>`,
    );
    expect(extract(html, { lint: false }).notArticle).toBeUndefined();
  });

  it('the core notice alone, as the only text: password-protected', () => {
    const html = page(
      '',
      '<div class="entry-content"><p>Konten ini dilindungi kata sandi. Untuk melihatnya, silakan masukkan kata sandi Anda di bawah ini:</p></div>',
    );
    expect(extract(html, { lint: false }).notArticle).toBe(NOT_ARTICLE_REASONS.password);
  });

  it('the class post_class() gives a protected post, on the body: password-protected', () => {
    expect(extract(page('single postid-5 post-password-required', prose(1)), { lint: false }).notArticle).toBe('password-protected');
  });

  it('an article quoting the notice among its paragraphs stays an article', () => {
    const html = page(
      'single postid-7',
      `<div class="entry-content">${prose(4)}<p>This content is password protected, the site said when readers tried to open it.</p></div>`,
    );
    expect(extract(html, { lint: false }).notArticle).toBeUndefined();
  });

  it('the front page is no article, a static one too', () => {
    expect(extract(page('home blog', `<div class="entry-content">${prose(5)}</div>`), { lint: false }).notArticle).toBe('not an article: home page');
    expect(extract(page('home page-template-default page page-id-2', `<div class="entry-content">${prose(5)}</div>`), { lint: false }).notArticle).toBe(
      'not an article: home page',
    );
  });

  it('blog and custom archives need a list: one entry is read as that entry', () => {
    for (const cls of ['blog', 'archive tax-product_categories']) {
      expect(
        extract(page(cls, `<article class="post-3 hentry"><div class="entry-content">${prose(5)}</div></article>`), { lint: false }).notArticle,
      ).toBeUndefined();
      expect(extract(page(cls, [1, 2, 3].map(teaser).join('')), { lint: false }).notArticle).toMatch(/^not an article: /);
    }
  });

  it('a static page with a "blog" class (a plugin adds it) is singular: an article', () => {
    const html = page('page-template-default page page-id-1648 blog', `<div class="entry-content">${prose(5)}</div>${[1, 2, 3].map(teaser).join('')}`);
    expect(extract(html, { lint: false }).notArticle).toBeUndefined();
  });

  it('an archive title without body classes needs several entries', () => {
    const title = '<h1 class="page-title">Kategori: <span>Banjar</span></h1>';
    expect(extract(page(null, [1, 2, 3].map(teaser).join(''), title), { lint: false }).notArticle).toBe('not an article: category archive');
    expect(extract(page(null, `<div class="entry-content">${prose(5)}</div>`, title), { lint: false }).notArticle).toBeUndefined();
  });

  it('an empty page: no text at all; a page with text but no paragraph found is not called empty', () => {
    expect(extract('<html><head><title>x</title></head><body><div id="app"></div></body></html>', { lint: false }).notArticle).toBe('empty page');
    expect(extract('', { lint: false }).notArticle).toBe('empty page');
    const menu = `<html><body><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/k${i}/">Kategori nomor ${i}</a>`).join(' ')}</nav></body></html>`;
    expect(extract(menu, { lint: false }).notArticle).toBeUndefined();
  });
});
