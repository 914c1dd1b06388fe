/** Photos in containers of any class, galleries, and caption labels. */
import { describe, expect, it } from 'vitest';
import { captionCredit, looksLikeCaption } from '../src/extract/caption.js';
import { extract } from '../src/index.js';

const P = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraf ${i + 1}: warga Kelayan bergotong royong membersihkan sungai setiap bulan sejak banjir besar awal tahun ini.</p>`,
  ).join('');

function record(body: string) {
  return extract(
    `<html lang="id"><head><link rel="canonical" href="https://example.id/a/"></head><body><article><h1>Gotong Royong di Kelayan</h1>${body}</article></body></html>`,
    { lint: false },
  );
}

describe('a photo in a small container', () => {
  it('its short text beside or under it is the caption, whatever the class names', () => {
    const r = record(
      `<div class="x1"><div class="x2"><img src="/foto/a.jpg"></div><div class="x3">Warga mengangkut sampah dari sungai, Minggu (3/11/2024).</div></div>${P(4)}`,
    );
    expect(r.captions).toHaveLength(1);
    expect(r.captions[0]).toMatchObject({ text: 'Warga mengangkut sampah dari sungai, Minggu (3/11/2024).', image: 'https://example.id/foto/a.jpg' });
    expect(r.paragraphs).toHaveLength(4);
  });

  it('not an icon or a logo beside a line, nor a paragraph with an inline image', () => {
    const icon = record(
      `${P(3)}<div class="info"><img src="/icons/info.png" width="16" height="16"> Berita ini diperbarui pada pukul 10.00 WITA.</div>${P(1)}`,
    );
    expect(icon.captions).toHaveLength(0);
    const inline = record(`${P(2)}<p><img src="/foto/b.jpg"> Warga juga menanam pohon di bantaran sungai agar tanahnya tidak longsor.</p>${P(2)}`);
    expect(inline.captions).toHaveLength(0);
    expect(inline.paragraphs).toHaveLength(5);
  });

  it('not a short article beside its one photo', () => {
    const r = extract(
      `<html lang="id"><body><div class="berita"><img src="https://example.id/c.jpg"><p>Warga Kelayan bergotong royong membersihkan sungai, Minggu (3/11/2024).</p></div></body></html>`,
      { lint: false },
    );
    expect(r.paragraphs).toEqual(['Warga Kelayan bergotong royong membersihkan sungai, Minggu (3/11/2024).']);
  });

  it('not a teaser: a linked title beside a thumbnail', () => {
    const r = record(`${P(4)}<div class="baca"><a href="/b"><img src="/t.jpg"></a><a href="/b">Banjir rob rendam permukiman di Pagatan Besar</a></div>`);
    expect(r.captions).toHaveLength(0);
  });
});

describe('galleries', () => {
  it('a slide without a caption element is captioned by its alt, else its title; a file name is no caption', () => {
    const r = record(`${P(2)}<div class="owl-carousel">
      <div class="item"><img data-src="https://example.id/1.jpg" src="data:image/gif;base64,R0lGOD" alt="Warga menanam bibit mangrove di tepi sungai"></div>
      <div class="item"><img data-original="https://example.id/2.jpg" alt="IMG_2041.jpg" title="Relawan memilah sampah plastik di posko"></div>
      <div class="item"><img data-src="https://example.id/3.jpg" alt="foto3"></div></div>`);
    expect(r.captions.map((c) => [c.text, c.image])).toEqual([
      ['Warga menanam bibit mangrove di tepi sungai', 'https://example.id/1.jpg'],
      ['Relawan memilah sampah plastik di posko', 'https://example.id/2.jpg'],
    ]);
  });

  it('outside a gallery, an alt is no caption', () => {
    const r = record(`${P(2)}<p><img src="/x.jpg" alt="Warga menanam bibit mangrove di tepi sungai"></p>${P(2)}`);
    expect(r.captions).toHaveLength(0);
  });
});

describe('caption labels', () => {
  it('"Keterangan foto:" opens the caption; it is never the credit', () => {
    expect(captionCredit('Keterangan foto: Bupati meninjau banjir di Barabai')).toBeNull();
    expect(captionCredit('Ket. foto: Bupati meninjau banjir di Barabai')).toBeNull();
    expect(captionCredit('Keterangan foto: Bupati meninjau banjir. (Foto: Humas Pemkab HST)')).toBe('Humas Pemkab HST');
    expect(looksLikeCaption('Keterangan foto: Bupati meninjau banjir di Barabai', 0)).toBe(true);
  });

  it('an outlet/name line after the caption is its credit', () => {
    expect(captionCredit('Petugas memeriksa motor, Minggu (3/4/2016) malam. Banjarmasin Post/Rahmat Hidayat')).toBe('Banjarmasin Post/Rahmat Hidayat');
  });
});
