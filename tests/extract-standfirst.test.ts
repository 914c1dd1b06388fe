/** The lead between the headline and the body: found by class or under the headline, said once. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const BODY = `<div class="entry-content">
<p>BANJARMASIN – Dinas Perhubungan memasang lampu lalu lintas baru di simpang empat Jalan Ahmad Yani kilometer enam, Senin (18/11/2024).</p>
<p>Pemasangan dilakukan setelah warga mengeluhkan kemacetan panjang setiap pagi dan sore di persimpangan tersebut.</p>
<p>Lampu baru itu dilengkapi penghitung waktu mundur agar pengendara bisa bersiap sebelum lampu berganti.</p></div>`;

function page(between: string, header = ''): string {
  return `<html lang="id"><head><title>Lampu Lalu Lintas Baru di Simpang Km 6</title></head><body>
<article><header class="entry-header"><h1 class="entry-title">Lampu Lalu Lintas Baru di Simpang Km 6</h1>${header}</header>
${between}${BODY}</article>
<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Harga cabai naik lagi di pasar tradisional</a></li></ul></aside></body></html>`;
}

const LEAD = 'Simpang empat Km 6 selama ini menjadi titik kemacetan terparah di jalur utama Banjarmasin menuju Martapura.';

describe('standfirst', () => {
  it.each([
    ['a lead class between the header and the body', page(`<div class="td-post-sub-title">${LEAD}</div>`)],
    ['TYPO3 news "teaser-text"', page(`<div class="teaser-text"><p>${LEAD}</p></div>`)],
    ['a French "chapo"', page(`<p class="article__chapo">${LEAD}</p>`)],
    ['a paragraph under the headline in the article header', page('', `<p>${LEAD}</p>`)],
  ])('%s is the first paragraph', (_name, html) => {
    const r = extract(html, { lint: false });
    expect(r.paragraphs[0]).toBe(LEAD);
    expect(r.paragraphs).toHaveLength(4);
    expect(r.dateline?.place).toBe('BANJARMASIN');
  });

  it('a lead the body repeats as its first paragraph is said once', () => {
    const first = 'BANJARMASIN – Dinas Perhubungan memasang lampu lalu lintas baru di simpang empat Jalan Ahmad Yani kilometer enam, Senin (18/11/2024).';
    const r = extract(page(`<div class="entry-summary"><p>${first}</p></div>`), { lint: false });
    expect(r.paragraphs.filter((p) => p === first)).toHaveLength(1);
  });

  it('not a lead: the lead photo, a byline line, section headings, a run of teasers', () => {
    const cases = [
      page(`<div class="lead-image"><img src="/a.jpg" alt=""><span>Foto arsip simpang empat Km 6 yang selalu padat pada jam sibuk.</span></div>`),
      page('', '<p>Oleh Rahmat</p>'),
      page(`<h3 class="subtitle">Simpang empat Km 6 selama ini menjadi titik kemacetan terparah</h3>`),
      page(
        ['satu', 'dua', 'tiga']
          .map((n) => `<div class="teaser"><p>Teaser ${n}: berita lain yang tidak ada hubungannya dengan lampu lalu lintas.</p></div>`)
          .join(''),
      ),
    ];
    for (const html of cases) expect(extract(html, { lint: false }).paragraphs[0]).toMatch(/^BANJARMASIN – /);
  });
});
