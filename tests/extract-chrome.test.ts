/**
 * What is page chrome: the kind a class names (bar, box, discussion), and what the element
 * holds deciding the rest.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { chromeKind } from '../src/extract/chrome.js';
import { PageAnalysis } from '../src/extract/scorer.js';
import { parsePage } from '../src/parse/document.js';

function el(html: string): Element {
  const page = parsePage(`<html><body>${html}</body></html>`);
  return page.index.tag('body')[0].children.find((c) => c.type === 'tag') as Element;
}

const PROSE = '<p>Warga bergotong royong membersihkan bantaran sungai setiap bulan sejak banjir awal tahun, ketika sampah menumpuk di kolong jembatan.</p>';

describe('chromeKind', () => {
  it.each([
    ['<div class="social-share"></div>', 'bar'],
    ['<div class="td-post-sharing-top"></div>', 'bar'],
    ['<section class="report__section--ads"></section>', 'bar'],
    ['<div class="entry-meta"></div>', 'bar'],
    ['<div class="jp-relatedposts"></div>', 'box'],
    ['<div class="widget widget_recent_entries"></div>', 'box'],
    ['<aside></aside>', 'box'],
    ['<div id="comments" class="comments-area"></div>', 'discussion'],
  ])('%s is a %s', (html, kind) => {
    expect(chromeKind(el(html))).toBe(kind);
  });

  it.each([
    '<div class="entry-content no-share"></div>',
    '<main class="layout has-sidebar"></main>',
    '<body class="without-ads"></body>',
    '<div class="content hide-comments"></div>',
    '<div class="tag-iklan category-sosial post-123"></div>',
    '<div class="elementor-widget elementor-widget-text-editor"></div>',
    '<div class="isi-berita"></div>',
  ])('%s names no chrome', (html) => {
    expect(chromeKind(el(html))).toBeNull();
  });
});

describe('PageAnalysis.isChrome: what the element holds decides', () => {
  function analyse(body: string): { analysis: PageAnalysis; find: (cls: string) => Element } {
    const page = parsePage(`<html><body>${body}</body></html>`);
    return { analysis: new PageAnalysis(page.document), find: (cls) => page.index.byClass.get(cls)![0] };
  }
  const SIDEBAR = `<div class="sidebar">${'<a href="/x">Berita lain yang panjang judulnya sekali</a> '.repeat(12)}</div>`;

  it('a bar holding paragraphs of prose is a wrapper; one holding buttons is a bar', () => {
    const { analysis, find } = analyse(`<div class="entry share">${PROSE.repeat(3)}</div><div class="social-share"><a href="#">Facebook</a></div>${SIDEBAR}`);
    expect(analysis.isChrome(find('entry'))).toBe(false);
    expect(analysis.isChrome(find('social-share'))).toBe(true);
  });

  it('a box is chrome whatever it holds, unless it holds most of the page', () => {
    const small = analyse(`<div class="article">${PROSE.repeat(6)}</div><div class="related-posts">${PROSE}</div>${SIDEBAR}`);
    expect(small.analysis.isChrome(small.find('related-posts'))).toBe(true);
    const whole = analyse(`<aside class="kolom-utama">${PROSE.repeat(6)}</aside>${SIDEBAR}`);
    expect(whole.analysis.isChrome(whole.find('kolom-utama'))).toBe(false);
  });

  it('a box holding most of the prose is no box; a discussion (comments under a short post) still is', () => {
    const list = `<ul>${'<li>Jadwal layanan posyandu di kelurahan</li>'.repeat(20)}</ul>`;
    const page = (cls: string) => analyse(`<div class="article">${PROSE.repeat(3)}${list}</div><div class="${cls}">${PROSE.repeat(5)}</div>`);
    const box = page('related-posts');
    expect(box.analysis.isChrome(box.find('related-posts'))).toBe(false);
    const discussion = page('comments');
    expect(discussion.analysis.isChrome(discussion.find('comments'))).toBe(true);
  });
});
