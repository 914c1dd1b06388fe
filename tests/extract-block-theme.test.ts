/**
 * WordPress block themes (Twenty Twenty-Three/Four/Five): the post-title block is the headline
 * over a site-title h1, the post-terms block of categories gives the category and no tags, the
 * post-author(-name) blocks give the author. The whole pages are fixtures/wp-block-theme-*.html.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const body = Array.from(
  { length: 4 },
  (_, i) => `<p>Paragraf ${i + 1}: warga Desa Lok Buntar membersihkan saluran irigasi bersama kelompok tani, pemuda dan aparat desa sepanjang pagi.</p>`,
).join('');

const page = (meta: string, header = '<p class="wp-block-site-title"><a href="/">Warta Desa</a></p>') =>
  `<!doctype html><html lang="id"><head><title>Gotong Royong Irigasi – Warta Desa</title></head><body class="single single-post postid-9"><div class="wp-site-blocks"><header class="wp-block-template-part">${header}</header><main class="wp-block-group"><h1 class="wp-block-post-title">Gotong Royong Irigasi</h1><div class="entry-content wp-block-post-content">${body}</div><div class="wp-block-template-part">${meta}</div></main></div></body></html>`;

describe('block themes', () => {
  it('the post title, not a site title printed as h1 (a child theme at the default level)', () => {
    const r = extract(page('', '<h1 class="wp-block-site-title"><a href="/">Warta Desa</a></h1>'), { lint: false });
    expect(r.headline).toBe('Gotong Royong Irigasi');
  });

  it('categories from their post-terms block; with no tags block, no tags', () => {
    const meta =
      '<div class="taxonomy-category wp-block-post-terms"><a href="/category/desa/" rel="tag">Desa</a><span class="wp-block-post-terms__separator">, </span><a href="/category/tani/" rel="tag">Pertanian</a></div>';
    const r = extract(page(meta), { lint: false });
    expect(r.category).toBe('Desa');
    expect(r.tags).toEqual([]);
  });

  it('tags from the post_tag block; another taxonomy block (a custom one) gives none', () => {
    const meta =
      '<div class="taxonomy-category wp-block-post-terms"><a href="/category/desa/" rel="tag">Desa</a></div><div class="taxonomy-wilayah wp-block-post-terms"><a href="/wilayah/banjar/" rel="tag">Banjar</a></div><div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/irigasi/" rel="tag">irigasi</a></div>';
    const r = extract(page(meta), { lint: false });
    expect(r.category).toBe('Desa');
    expect(r.tags).toEqual(['irigasi']);
  });

  it('the author from the post-author-name block (linked or not) and from the post-author block', () => {
    expect(extract(page('<div class="wp-block-post-author-name">Rahmadi</div>'), { lint: false }).byline.author).toBe('Rahmadi');
    expect(
      extract(page('<div class="wp-block-post-author-name"><a class="wp-block-post-author-name__link" href="/author/r/">Rahmadi</a></div>'), { lint: false })
        .byline.author,
    ).toBe('Rahmadi');
    const block =
      '<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__byline">Penulis</p><p class="wp-block-post-author__name">Nurul Hidayah</p></div></div>';
    expect(extract(page(block), { lint: false }).byline.author).toBe('Nurul Hidayah');
  });
});
