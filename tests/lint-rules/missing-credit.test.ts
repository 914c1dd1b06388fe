import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, lintHtml, ofRule, readFixture, textAt } from './helpers.js';

const RULE = 'missing-credit';

describe(RULE, () => {
  it('catches the caption without a credit, not the one with "(Foto/Ist)"', () => {
    const path = 'fixtures/lint/missing-credit-caption.html';
    const findings = lintFixture(path);
    expect(findings.map((f) => [f.rule, f.where])).toEqual([[RULE, 'caption[0]']]);
    expect(findings[0].message).toBe('caption has no photo credit');
    expect(textAt(readFixture(path), findings[0])).toMatch(/^Antrean kendaraan/);
  });

  it('every credit style the extractor knows counts', () => {
    for (const page of ['caption-em-under-image', 'paged-article-halaman', 'gutenberg-figure-figcaption', 'blogger-tr-caption']) {
      expect(ofRule(lintFixture(`fixtures/${page}.html`), RULE)).toEqual([]);
    }
  });

  it('checks Indonesian articles only: other languages credit photos in ways it cannot read', () => {
    const html = readFixture('fixtures/lint/missing-credit-caption.html');
    expect(ofRule(lintHtml(html.replace('<html lang="id">', '<html lang="en">')), RULE)).toEqual([]);
    expect(ofRule(lintHtml(html), RULE)).toHaveLength(1);
  });

  it('in drafts: a "Foto:" line with a credit, a credit line under an image, and a caption without', () => {
    const text = draft({
      body: [
        'BANJARMASIN – Harga beras stabil, Senin (4/11/2024).',
        'Foto: Pedagang menata beras di Pasar Lama. (Foto: Humas Pemko)',
        '![Pasar Lama](https://x.id/pasar.jpg)\nFoto: Humas Pemko Banjarmasin',
        '![Gudang Bulog](https://x.id/gudang.jpg)\n*Petugas memeriksa stok beras di gudang Bulog.*',
      ],
    });
    expect(ofRule(lintDraft(text), RULE).map((f) => [f.where, f.found])).toEqual([['caption[2]', 'Petugas memeriksa stok beras di gudang Bulog.']]);
  });
});
