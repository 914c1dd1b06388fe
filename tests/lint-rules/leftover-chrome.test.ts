import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, ofRule, readFixture, textAt } from './helpers.js';

const RULE = 'leftover-chrome';

describe(RULE, () => {
  it('catches a "Baca Juga" paragraph and a comment form glued to the last paragraph', () => {
    const path = 'fixtures/lint/leftover-chrome-draft.md';
    const findings = lintFixture(path);
    expect(findings.map((f) => [f.rule, f.where])).toEqual([
      [RULE, 'paragraphs[1]'],
      [RULE, 'paragraphs[3]'],
    ]);
    expect(findings[0].found).toBe('Baca Juga: Wisatawan Mancanegara Padati Loksado Jelang Akhir Tahun');
    expect(findings[1].found).toMatch(/^Tinggalkan Balasan Alamat email Anda/);
    expect(textAt(readFixture(path), findings[1])).toMatch(/^Tinggalkan Balasan/);
  });

  it('catches share bars, follow boxes and staff lines standing as paragraphs', () => {
    const text = draft({
      body: [
        'BANJARMASIN – Harga beras stabil, Senin (4/11/2024).',
        'Bagikan ke Facebook WhatsApp Telegram',
        'Ikuti kami di Google News untuk berita terbaru.',
        'Para pedagang berharap harga tetap stabil.',
      ],
    });
    expect(ofRule(lintDraft(text), RULE).map((f) => f.where)).toEqual(['paragraphs[1]', 'paragraphs[2]']);
  });

  it('ordinary sentences that mention reading are not chrome', () => {
    expect(lintFixture('fixtures/lint/leftover-chrome-clean.md')).toEqual([]);
  });

  it('what the extractor removed from pages does not come back', () => {
    expect(ofRule(lintFixture('fixtures/katajari-seed-anjangsana.html'), RULE)).toEqual([]);
    expect(ofRule(lintFixture('fixtures/paged-article-halaman.html'), RULE)).toEqual([]);
  });

  it('staff lines ("Editor:", "Pewarta:", "Reporter:", "Redaktur:", "Penulis:") wherever they stand in a draft, glued or alone', () => {
    const path = 'fixtures/lint/leftover-chrome-staff-lines.md';
    const findings = lintFixture(path);
    expect(findings.map((f) => [f.rule, f.where, f.found, f.messageId])).toEqual([
      [RULE, 'paragraphs[0]', 'Pewarta: Rina Marlina', 'chrome'],
      [RULE, 'paragraphs[1]', 'Editor: Budi Santoso', 'chrome'],
      [RULE, 'paragraphs[2]', 'Reporter: Yani / Redaktur: Dodi Irawan', 'chrome'],
      [RULE, 'paragraphs[5]', 'Penulis: Ahmad Rizali', 'chrome'],
    ]);
    expect(textAt(readFixture(path), findings[1])).toBe('Editor: Budi Santoso');
  });
});
