/** When the chosen container is tiny or mostly links, the next candidate holding the article wins. */
import { describe, expect, it } from 'vitest';
import { extract, extractDetailed } from '../src/index.js';

const ARTICLE = [
  'MARTAPURA – Ratusan warga antre membeli beras murah dalam operasi pasar yang digelar Pemkab Banjar di halaman kantor kecamatan, Kamis (21/11/2024).',
  'Operasi pasar digelar untuk menekan harga beras medium yang dua pekan terakhir naik hingga Rp15.000 per kilogram di pasar tradisional Martapura.',
  'Setiap warga boleh membeli paling banyak sepuluh kilogram dengan harga Rp11.500 per kilogram, lebih murah dari harga di pasar.',
  'Kepala Dinas Perdagangan Banjar mengatakan operasi pasar akan digelar bergiliran di seluruh kecamatan hingga akhir Desember.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

describe('fallback from a thin container', () => {
  it('a line of text whose class the scorer likes does not beat the article', () => {
    const html = `<html lang="id"><body><div class="detail-headline-text">Operasi Pasar Beras Murah</div>
      <div class="kolom"><div class="isi">${ARTICLE}</div></div></body></html>`;
    const r = extractDetailed(html, { lint: false });
    expect(r.record.paragraphs).toHaveLength(4);
  });

  it('an empty theme container (the body printed elsewhere by a page builder) falls back to the scorer', () => {
    const html = `<html lang="id"><body><article><h1>Operasi Pasar Beras Murah di Martapura</h1>
      <div class="entry-content"><ul><li><a href="/a">Harga cabai rawit naik lagi di pasar tradisional Martapura</a></li>
        <li><a href="/b">Jalan rusak di Kertak Hanyar dikeluhkan pengendara</a></li><li><a href="/c">Festival pasar terapung digelar akhir pekan ini</a></li></ul></div>
      <div class="builder-row"><div class="builder-text">${ARTICLE}</div></div></article></body></html>`;
    const r = extractDetailed(html, { lint: false });
    expect(r.method).toBe('scorer (fallback)');
    expect(r.record.paragraphs[0]).toMatch(/^MARTAPURA – /);
  });

  it('a short article in its theme container stays as it is', () => {
    const html = `<html lang="id"><body><article><h1>Operasi Pasar</h1><div class="entry-content">
      <p>MARTAPURA – Pemkab Banjar menggelar operasi pasar beras murah, Kamis (21/11/2024).</p></div></article>
      <div class="komentar-list">${ARTICLE}</div></body></html>`;
    const r = extract(html, { lint: false });
    expect(r.paragraphs).toEqual(['MARTAPURA – Pemkab Banjar menggelar operasi pasar beras murah, Kamis (21/11/2024).']);
  });
});
