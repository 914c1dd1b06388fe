// Correction and update notes ("Ralat: …", "(Update 14.00 WIB)"): recognised as such, and their
// dates — the date of the correction — left alone by every date rule.
import { describe, expect, it } from 'vitest';
import { correctionLabelOf, isCorrectionNote } from '../src/lint/corrections.js';
import { LintContext } from '../src/lint/context.js';
import { draft, extractFixture, lintDraft, lintFixture } from './lint-rules/helpers.js';
import { extractDraft } from '../src/extract/draft.js';

describe('correction notes', () => {
  it('recognises the labels, bracketed and starred forms, and a time between label and colon', () => {
    const notes: [string, string][] = [
      ['Ralat: berita ini telah diperbarui pada 02/12/2026.', 'correction'],
      ['Koreksi: nama narasumber sebelumnya salah tulis.', 'correction'],
      ['Pembaruan: korban bertambah menjadi lima orang.', 'update'],
      ['Catatan redaksi: artikel ini telah diubah.', 'editor-note'],
      ['Catatan Redaksi : artikel ini telah diubah.', 'editor-note'],
      ['Klarifikasi — PT Maju menyampaikan bantahan.', 'clarification'],
      ['Hak Jawab: Kepala Dinas membantah tudingan itu.', 'reply'],
      ['[Ralat] Sebelumnya tertulis Rp2 miliar.', 'correction'],
      ['*Ralat: nama camat yang benar Ahmad Fauzi.', 'correction'],
      ['**Koreksi:** jumlah korban tiga orang.', 'correction'],
      ['(Update 14.00 WIB) Air mulai surut.', 'update'],
      ['Update (Rabu, 2/12/2026 pukul 10.00 WIB): air surut.', 'update'],
      ['UPDATE: polisi menetapkan dua tersangka.', 'update'],
      ['Updated on Dec. 2, 2026: adds comment from the mayor.', 'update'],
      ['Correction: An earlier version misstated the budget.', 'correction'],
      ["Editor's note: This story has been updated.", 'editor-note'],
    ];
    for (const [text, kind] of notes) expect(correctionLabelOf(text)?.kind, text).toBe(kind);
  });

  it('a paragraph that merely begins with such a word is no note', () => {
    for (const text of [
      'Pembaruan sistem irigasi: warga menyambut baik.',
      'Koreksi dari warga diterima panitia, Senin (4/11/2024).',
      'Ralat) tidak ada.',
      'Update aplikasi itu dirilis pekan lalu.',
      'Kepala dinas mengatakan ralat akan dimuat: besok.',
    ]) {
      expect(isCorrectionNote(text), text).toBe(false);
    }
  });

  it('flags the note as a correction unit in the lint context, and gives the rules none of its dates', () => {
    const ctx = new LintContext(extractFixture('fixtures/lint/correction-note-ralat.html'));
    expect(ctx.paragraphs.map((p) => p.correction)).toEqual([false, false, false, true]);
    expect(ctx.dates(ctx.paragraphs[3])).toEqual([]);
    expect(ctx.dates(ctx.paragraphs[0]).length).toBeGreaterThan(0);
  });

  it('a "Ralat:" paragraph dated after publication is no date error (a WordPress page)', () => {
    // Published 24/11/2026; "Ralat: berita ini telah diperbarui pada 02/12/2026." at the end.
    expect(lintFixture('fixtures/lint/correction-note-ralat.html')).toEqual([]);
  });

  it("an update note at the start and an editor's note at the end of a draft are no date errors", () => {
    expect(lintFixture('fixtures/lint/correction-note-update-first.md')).toEqual([]);
    // The extractor reads the note's date as the lead's dateline; lint takes no reference date from it.
    const extraction = extractFixture('fixtures/lint/correction-note-update-first.md');
    expect(extraction.record.dateline?.date).toBe('2026-12-02');
    const ctx = new LintContext(extraction);
    expect([ctx.paragraphs[0].correction, ctx.dateline, ctx.datelineEnd, ctx.year]).toEqual([true, null, 0, 2026]);
  });

  it('the same sentence without its label is still reported', () => {
    const body = (label: string) => [
      'MARTAPURA – Pemerintah Kabupaten Banjar memperbaiki jembatan, Senin (23/11/2026).',
      `${label}Berita ini telah diperbarui pada 02/12/2026.`,
    ];
    const published = '2026-11-24T09:15:00+08:00';
    expect(lintDraft(draft({ published, body: body('') })).map((f) => [f.rule, f.where])).toEqual([['date-after-publication', 'paragraphs[1]']]);
    expect(lintDraft(draft({ published, body: body('Ralat: ') }))).toEqual([]);
    // Any date rule: a weekday slip in the note ("Senin (2/12)": 2/12/2026 was a Rabu) is the note's, too.
    const slip = (label: string) => [body('')[0], `${label}Judul diubah pada Senin (2/12) pukul 10.00 WIB.`];
    expect(lintDraft(draft({ published, body: slip('') })).map((f) => f.rule)).toContain('weekday-mismatch');
    expect(lintDraft(draft({ published, body: slip('Catatan Redaksi: ') }))).toEqual([]);
    const ctx = new LintContext(extractDraft(draft({ published, body: body('') }), { source: 'draft.md' }));
    expect(ctx.paragraphs.some((p) => p.correction)).toBe(false);
  });
});
