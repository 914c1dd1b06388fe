import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, lintHtml, ofRule, readFixture, textAt } from './helpers.js';
import { captionCredit } from '../../src/extract/caption.js';

const RULE = 'missing-credit';

describe(RULE, () => {
  it('a caption without a credit among credited ones is a warning (not the one with "(Foto/Ist)")', () => {
    const path = 'fixtures/lint/missing-credit-caption.html';
    const findings = lintFixture(path);
    expect(findings.map((f) => [f.rule, f.where, f.severity, f.messageId])).toEqual([[RULE, 'caption[0]', 'warning', 'noCredit']]);
    expect(textAt(readFixture(path), findings[0])).toMatch(/^Antrean kendaraan/);
  });

  it('a site that credits none of its photos gets info; "Keterangan foto:" and "Ket. foto:" are labels, not credits', () => {
    const path = 'fixtures/lint/missing-credit-keterangan-foto.html';
    const findings = lintFixture(path);
    expect(findings.map((f) => [f.rule, f.where, f.severity, f.messageId])).toEqual([
      [RULE, 'caption[0]', 'info', 'noCreditOnPage'],
      [RULE, 'caption[1]', 'info', 'noCreditOnPage'],
    ]);
    expect(textAt(readFixture(path), findings[0])).toMatch(/^Keterangan foto: Warga/);
    // The option `uncredited` sets that severity: a house that wants credits everywhere says warning.
    const strict = lintFixture(path, { rules: { [RULE]: ['warning', { uncredited: 'warning' }] } });
    expect(strict.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(lintFixture(path, { rules: { [RULE]: ['warning', { uncredited: 'off' }] } })).toEqual([]);
  });

  it('"Foto:" opening a caption is a credit only when a credit follows it', () => {
    expect(captionCredit('Foto: Warga antre minyak goreng di Pasar Lama, Senin (4/11/2024).')).toBeNull();
    expect(captionCredit('Foto: Bupati meninjau posko banjir')).toBeNull();
    expect(captionCredit('Foto: Bupati meninjau posko. (Foto: Humas Pemkab)')).toBe('Humas Pemkab');
    expect(captionCredit('Foto: Humas Pemkab Banjar')).toBe('Humas Pemkab Banjar');
    expect(captionCredit('Foto: dok. pribadi')).toBe('dok. pribadi');
    expect(captionCredit('Keterangan foto: Warga melintasi jalan. Foto: ANTARA/Bayu Pratama S')).toBe('ANTARA/Bayu Pratama S');
    for (const label of ['Keterangan foto: Warga melintasi jalan.', 'Ket. foto: Warga melintasi jalan.', 'Ket: Warga melintasi jalan.']) {
      expect(captionCredit(label)).toBeNull();
    }
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
