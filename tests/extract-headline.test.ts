/** The headline: what the page prints when <title> agrees with it, else structured data without site parts. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const BODY = '<p>BARABAI – Warga Haruyan kembali bisa menyeberangi sungai setelah jembatan gantung diperbaiki, Kamis (28/11/2024).</p>'.repeat(3);

function page(head: string, body: string): string {
  return `<html lang="id"><head>${head}</head><body>${body}<div class="isi">${BODY}</div></body></html>`;
}

const headline = (html: string) => extract(html, { lint: false }).headline;

describe('headline', () => {
  const H = 'Jembatan Gantung Haruyan Kembali Dibuka';

  it.each([
    ['leading', `<title>${H} | Suara Murakata</title>`],
    ['trailing', `<title>SUARA MURAKATA | ${H}</title>`],
    ['between site parts', `<title>Suara Murakata - ${H} - Berita Daerah</title>`],
    ['alone', `<title>${H}</title>`],
  ])('without an h1: the part of <title> the page prints (%s) is the headline', (_where, head) => {
    expect(headline(page(head, `<div class="judul">${H}</div>`))).toBe(H);
  });

  it('the h1 that agrees with <title> wins over a longer og:title variant', () => {
    const head = `<title>${H} - Suara Murakata</title><meta property="og:title" content="VIRAL! ${H}, Warga Tak Perlu Lagi Naik Perahu">`;
    expect(headline(page(head, `<h1>${H}</h1>`))).toBe(H);
  });

  it('the h1 keeps how the page prints it (case, dashes), when <title> agrees loosely', () => {
    const head = `<title>Harga Karet - Petani Tersenyum | Suara Murakata</title><meta property="og:title" content="Harga Karet - Petani Tersenyum">`;
    expect(headline(page(head, '<h1>Harga Karet – Petani Tersenyum</h1>'))).toBe('Harga Karet – Petani Tersenyum');
  });

  it('an h1 that is the site logo is not the headline', () => {
    const head = `<title>${H} | Suara Murakata</title><meta property="og:title" content="${H}">`;
    expect(headline(page(head, '<h1 class="logo">Suara Murakata</h1>'))).toBe(H);
  });

  it('structured data escaped twice is decoded', () => {
    const head = '<title>x</title><meta property="og:title" content="Rene Benko-Firma in Sorge &amp;#8211; Finanzdaten &amp;amp; Berater">';
    expect(headline(page(head, ''))).toBe('Rene Benko-Firma in Sorge – Finanzdaten & Berater');
  });
});
