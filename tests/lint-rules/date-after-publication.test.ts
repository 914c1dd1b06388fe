import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, ofRule, readFixture } from './helpers.js';

const RULE = 'date-after-publication';

describe(RULE, () => {
  it('catches a photo dated the day after the page went out', () => {
    const findings = lintFixture('fixtures/lint/date-after-publication-caption.html');
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    expect(findings[0]).toMatchObject({ severity: 'warning', where: 'caption[0]', found: 'Selasa (5/11/2024)', expected: null });
    expect(findings[0].messageId).toBe('photo');
    expect(findings[0].message).toContain('5/11/2024, after the page was published on 4/11/2024');
  });

  it('knows the publication date from a labelled line when the page has no date metadata (the date engine)', () => {
    // Only "Diposting: Senin, 4 November 2024 - 10:30 WITA" in a plain div, no h1, no metadata.
    const findings = lintFixture('fixtures/lint/date-after-publication-diposting-line.html');
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    expect(findings[0]).toMatchObject({ where: 'caption[0]', found: 'Selasa (5/11/2024)' });
    expect(findings[0].message).toContain('after the page was published on 4/11/2024');
  });

  it('catches a dateline a year ahead, suggesting the publication year', () => {
    const [f] = ofRule(
      lintDraft(draft({ published: '2024-10-22T14:05:00+08:00', body: ['MARTAPURA – Bupati meresmikan jembatan, Selasa (22/10/2025) pagi.'] })),
      RULE,
    );
    expect(f.where).toBe('dateline');
    expect(f.expected).toBe('Selasa (22/10/2024)');
    expect(f.messageId).toBe('dateline');
  });

  it('catches a paragraph that reports a later date as done', () => {
    const [f] = ofRule(
      lintDraft(
        draft({
          published: '2024-11-04',
          body: ['BARABAI – Siswa belajar di teras, Senin (4/11/2024).', 'Atap kelas telah diperbaiki pada Kamis (7/11/2024).'],
        }),
      ),
      RULE,
    );
    expect(f.where).toBe('paragraphs[1]');
    expect(f.found).toBe('Kamis (7/11/2024)');
  });

  it('does not count a UTC timestamp as the day before in Indonesia', () => {
    // 2024-11-04T20:00Z is 5 November in WITA and WIT.
    const text = draft({ published: '2024-11-04T20:00:00+00:00', body: ['BARABAI – Siswa belajar di teras, Selasa (5/11/2024).'] });
    expect(ofRule(lintDraft(text), RULE)).toEqual([]);
  });

  it('leaves scheduled events and unmarked body dates alone', () => {
    expect(lintFixture('fixtures/lint/date-after-publication-scheduled.md')).toEqual([]);
    expect(ofRule(lintFixture('fixtures/amp-article.html'), RULE)).toEqual([]); // "dijadwalkan … hingga Selasa (12/11/2024)"
    expect(ofRule(lintFixture('fixtures/paged-article-halaman.html'), RULE)).toEqual([]); // "dijadwalkan mulai Senin (2/12/2024)"
  });

  it('a caption or lead that announces what is to come is not a slip', () => {
    const text = draft({
      published: '2024-11-14T09:00:00+08:00',
      body: [
        'BANJARMASIN – Pemkot Banjarmasin akan menggelar pasar murah di halaman Balai Kota, Sabtu (16/11/2024).',
        'Foto: Poster pasar murah yang dijadwalkan digelar Sabtu (16/11/2024). (Foto: Humas Pemko)',
        'Sebelumnya pasar murah telah digelar di Kecamatan Banjarmasin Utara.',
      ],
    });
    expect(ofRule(lintDraft(text), RULE)).toEqual([]);
    // Without the announcing words, both are reported.
    const slip = text.replace(' akan menggelar', ' menggelar').replace('yang dijadwalkan digelar', 'di');
    expect(ofRule(lintDraft(slip), RULE).map((f) => f.where)).toEqual(['dateline', 'caption[0]']);
  });

  it('needs a publication date', () => {
    expect(ofRule(lintDraft(draft({ body: ['BARABAI – Siswa belajar di teras, Selasa (5/11/2024).', 'Atap telah ambruk Kamis (7/11/2024).'] })), RULE)).toEqual(
      [],
    );
  });

  it('a date without its year followed by "lalu" points back: 23 Maret lalu in a story of 4 November 2015 is March 2015', () => {
    const path = 'fixtures/lint/date-after-publication-yearless-lalu.md';
    expect(lintFixture(path)).toEqual([]);
    // Without the word, 23 March 2016 lies nearer the story than 23 March 2015, and the sentence reports a past event.
    const text = readFixture(path).replace('23 Maret lalu', '23 Maret');
    expect(ofRule(lintDraft(text), RULE).map((f) => [f.found, f.messageId])).toEqual([['23 Maret', 'reported']]);
  });
});
