import { describe, expect, it } from 'vitest';
import { figure, lintFixture, lintHtml, ofRule, page, readFixture, textAt } from './helpers.js';

const RULE = 'caption-date-conflict';

describe(RULE, () => {
  it('catches the seed caption dated a year before the dateline', () => {
    const findings = ofRule(lintFixture('fixtures/katajari-seed-anjangsana.html'), RULE);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        where: 'caption[0]',
        found: 'Selasa (22/10/2023)',
        expected: '2024-10-22',
        message: 'caption dated 22/10/2023, but the dateline says 22/10/2024 — 1 year earlier',
        line: 125,
        column: 397,
      }),
    ]);
  });

  it('catches a caption three weeks off, and only that', () => {
    const path = 'fixtures/lint/caption-date-conflict-month.html';
    const findings = lintFixture(path);
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    expect(findings[0]).toMatchObject({ found: 'Kamis (17/10/2024)', expected: '2024-11-07' });
    expect(findings[0].message).toBe('caption dated 17/10/2024, but the dateline says 7/11/2024 — 21 days earlier');
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
