/**
 * Page patterns the real-world corpus taught, each as a small page of our own: what must be
 * in the body, and what must not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

function load(name: string) {
  return extract(readFileSync(new URL(`../fixtures/patterns/${name}`, import.meta.url)), { source: name });
}

describe('extraction patterns', () => {
  it('a page wrapped whole in an ASP.NET <form> still has its body', () => {
    const r = load('aspnet-whole-page-form.html');
    expect(r.paragraphs).toHaveLength(4);
    expect(r.paragraphs[0]).toMatch(/^KOTABARU – Sebanyak 40 nelayan/);
    expect(r.dateline?.place).toBe('KOTABARU');
  });

  it('a body split into chunks around ads is one article; the next article is not part of it', () => {
    const r = load('body-in-chunks-around-ads.html');
    expect(r.paragraphs).toHaveLength(5);
    expect(r.text).toContain('penerangan jalan');
    expect(r.text).not.toContain('Advertisement');
    expect(r.text).not.toContain('Harga beras');
  });

  it('loose text between blocks is a paragraph; the date/byline line is not', () => {
    const r = load('loose-text-between-blocks.html');
    expect(r.paragraphs.some((p) => p.startsWith('Puskesmas Kuin membuka posyandu'))).toBe(true);
    expect(r.text).not.toContain('Oktober 2024');
    expect(r.text).not.toContain('Facebook');
  });

  it('JSON-LD articleBody is used when the markup carries only a teaser', () => {
    const r = load('jsonld-articlebody-only.html');
    expect(r.paragraphs).toHaveLength(5);
    expect(r.paragraphs[4]).toMatch(/^BPS memperkirakan inflasi/);
    expect(r.text).not.toContain('Memuat artikel');
  });

  it('a related box mid-body is dropped and the body goes on; the one at the end closes it', () => {
    const r = load('related-box-mid-body.html');
    expect(r.paragraphs).toEqual([
      expect.stringMatching(/^BANJARMASIN – Festival Pasar Terapung/),
      expect.stringMatching(/^Panitia menyiapkan/),
      expect.stringMatching(/^Dinas Pariwisata menargetkan/),
      expect.stringMatching(/^Pengunjung diimbau/),
    ]);
  });

  it('captions in camel-case classes are captions, their credit line joins them, and a closing bio goes', () => {
    const r = load('caption-camelcase-and-credit-line.html');
    expect(r.captions).toHaveLength(1);
    expect(r.captions[0].text).toBe('Warga melintasi genangan rob di Desa Pagatan Besar, Jumat (15/11/2024). Foto: BPBD Tanah Bumbu');
    expect(r.captions[0].credit).toBe('BPBD Tanah Bumbu');
    expect(r.captions[0].paragraphIndex).toBe(1);
    expect(r.text).not.toContain('Pagatan Besar');
    expect(r.text).not.toContain('kontributor');
    expect(r.paragraphs[r.paragraphs.length - 1]).toMatch(/^BPBD setempat/);
  });
});

describe('Indonesian portal standing lines', () => {
  it('ads, channel plugs, video teasers, syndication notes and pagers are not paragraphs; sentences that start alike are', () => {
    const r = load('portal-standing-lines.html');
    expect(r.paragraphs).toEqual([
      'BANJARMASIN - Ribuan pelari dari berbagai daerah mengikuti Banjarmasin Half Marathon, Minggu (17/11/2024) pagi.',
      'Lomba lari sejauh 21 kilometer itu dimulai dari Siring Menara Pandang dan melintasi jembatan-jembatan di tengah kota.',
      'Panitia mencatat lebih dari 4.000 peserta, termasuk pelari dari Malaysia dan Brunei Darussalam.',
      'Simak juga penjelasan panitia: rute tahun ini dibuat lebih datar agar pelari pemula dapat menyelesaikan lomba.',
    ]);
  });
});

describe('captions and dates the corpus got wrong', () => {
  it('a lightbox copy of a caption is one caption (with its image); an ad slot is no caption; a 0001-01-01 date is none', () => {
    const r = load('captions-lightbox-copy-and-ad-slot.html');
    expect(r.captions).toHaveLength(1);
    expect(r.captions[0].image).toBe('https://example.id/foto/pasar-murah.jpg');
    expect(r.captions[0].credit).toBe('Humas Pemko');
    expect(r.published).toBeNull();
    expect(r.modified).toBe('2024-11-12T09:00:00+08:00');
    expect(r.paragraphs).toHaveLength(2);
  });
});

describe('"you may also like" boxes', () => {
  it('end the article even when the teasers below them are long paragraphs', () => {
    const r = load('you-may-like-teasers.html');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.text).not.toContain('lomba kampung bersih');
  });
});
