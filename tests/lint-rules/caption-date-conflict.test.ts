import { describe, expect, it } from 'vitest';
import { figure, lintFixture, lintHtml, ofRule, page, readFixture, textAt } from './helpers.js';

const RULE = 'caption-date-conflict';

describe(RULE, () => {
  it('a caption a year off whose weekday fits the other year is left to weekday-mismatch (the seed): one slip, one report', () => {
    expect(ofRule(lintFixture('fixtures/katajari-seed-anjangsana.html'), RULE)).toEqual([]);
    const html = page({
      published: '2024-10-22T14:05:00+08:00',
      blocks: [
        '<p>MARTAPURA – Bupati meninjau pasar, Selasa (22/10/2024) siang. Pedagang menyambut rombongan dengan ramah.</p>',
        figure('https://x.id/a.jpg', 'Bupati meninjau pasar, Selasa (22/10/2023) siang. (Foto: Humas)'),
        figure('https://x.id/b.jpg', 'Bupati meninjau pasar, Minggu (22/10/2023) siang. (Foto: Humas)'),
        '<p>Harga bahan pokok terpantau stabil menjelang akhir bulan, kata kepala dinas.</p>',
      ],
    });
    const findings = lintHtml(html);
    // caption[0]: "did you mean 2024?" from weekday-mismatch only; caption[1]: the weekday fits 2023, so the year is a conflict.
    expect(findings.map((f) => [f.rule, f.where, f.messageId])).toEqual([
      ['weekday-mismatch', 'caption[0]', 'otherYearOnReference'],
      [RULE, 'caption[1]', 'conflict'],
    ]);
    expect(findings[1]).toMatchObject({ severity: 'error', found: 'Minggu (22/10/2023)', expected: '2024-10-22' });
    expect(findings[1].message).toContain('22/10/2023');
    expect(findings[1].message).toContain('1 year earlier');
  });

  it('reports the year slip itself when the run has weekday-mismatch off', () => {
    const findings = lintFixture('fixtures/katajari-seed-anjangsana.html', { rules: { 'weekday-mismatch': 'off', 'name-variant': 'off' } });
    expect(findings.map((f) => [f.rule, f.where, f.found, f.messageId])).toEqual([[RULE, 'caption[0]', 'Selasa (22/10/2023)', 'conflict']]);
    expect(findings[0].message).toContain('1 year earlier');
  });

  it('catches a caption three weeks off, and only that', () => {
    const path = 'fixtures/lint/caption-date-conflict-month.html';
    const findings = lintFixture(path);
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    expect(findings[0]).toMatchObject({ found: 'Kamis (17/10/2024)', expected: '2024-11-07' });
    expect(findings[0].messageId).toBe('conflict');
    expect(findings[0].message).toContain('21 days earlier');
    expect(findings[0].suggestion).toContain('"Kamis (7/11/2024)"');
    expect(textAt(readFixture(path), findings[0])).toBe('Kamis (17/10/2024)');
  });

  it('maxDays sets how far apart is too far', () => {
    const path = 'fixtures/lint/caption-date-conflict-month.html';
    expect(ofRule(lintFixture(path, { rules: { [RULE]: ['error', { maxDays: 21 }] } }), RULE)).toEqual([]);
    expect(ofRule(lintFixture(path, { rules: { [RULE]: ['error', { maxDays: 20 }] } }), RULE)).toHaveLength(1);
  });

  it('leaves archive photos alone', () => {
    expect(lintFixture('fixtures/lint/caption-date-conflict-archive-photo.md')).toEqual([]);
  });

  it('is quiet when the caption is within maxDays, or the lead has no dated dateline', () => {
    const near = page({
      published: '2024-11-07T11:20:00+07:00',
      blocks: [
        '<p>PALANGKA RAYA – Bus sekolah gratis mulai beroperasi, Kamis (7/11/2024).</p>',
        figure('https://x.id/a.jpg', 'Uji coba bus sekolah, Senin (4/11/2024). (Foto: Prokom)'),
        '<p>Layanan ini gratis.</p>',
      ],
    });
    expect(ofRule(lintHtml(near), RULE)).toEqual([]);
    const undated = page({
      published: '2024-11-07T11:20:00+07:00',
      blocks: [
        '<p>Bus sekolah gratis mulai beroperasi di Palangka Raya.</p>',
        figure('https://x.id/a.jpg', 'Uji coba bus sekolah, Senin (4/11/2023). (Foto: Prokom)'),
        '<p>Layanan ini gratis.</p>',
      ],
    });
    expect(ofRule(lintHtml(undated), RULE)).toEqual([]);
  });
});
