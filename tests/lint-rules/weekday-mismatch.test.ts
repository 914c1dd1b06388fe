import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, ofRule, readFixture, textAt } from './helpers.js';
import type { Finding } from '../../src/record.js';

/** The source with a finding's fix applied. */
function applyFix(source: string, f: Finding): string {
  if (!f.fix) throw new Error('no fix');
  return source.slice(0, f.fix.start) + f.fix.text + source.slice(f.fix.end);
}

const RULE = 'weekday-mismatch';

describe(RULE, () => {
  it('catches the seed slip: Selasa (22/10/2023) was a Minggu, and suggests the dateline year', () => {
    const [f, ...rest] = ofRule(lintFixture('fixtures/katajari-seed-anjangsana.html'), RULE);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error',
      where: 'caption[0]',
      found: 'Selasa (22/10/2023)',
      expected: 'Selasa (22/10/2024)',
      messageId: 'otherYearOnReference',
      line: 125,
      column: 397,
      length: 19,
    });
    expect(f.message).toContain('22/10/2023 was a Minggu');
    expect(f.message).toContain('did you mean 2024?');
    expect(f.suggestion).toContain('Minggu (22/10/2023)');
  });

  it("a caption whose date is the dateline's, with the wrong weekday: the weekday is the slip", () => {
    const path = 'fixtures/lint/weekday-mismatch-caption.md';
    const findings = lintFixture(path);
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    const [f] = findings;
    expect(f).toMatchObject({ where: 'caption[0]', found: 'Minggu (28/10/2024)', expected: 'Senin (28/10/2024)' });
    expect(f.messageId).toBe('weekdaySlipOnReference');
    expect(textAt(readFixture(path), f)).toBe('Minggu (28/10/2024)');
  });

  it('offers the day off that fits the weekday as the other reading', () => {
    const [f] = ofRule(
      lintDraft(draft({ published: '2024-10-22', body: ['BANJARMASIN – Rapat digelar Selasa (22/10/2024).', 'Persiapan dimulai Senin (23/10/2024) pagi.'] })),
      RULE,
    );
    expect(f.where).toBe('paragraphs[1]');
    // 21/10 (a Senin) and the date as written are both one day from the dateline: the weekday is the slip.
    expect(f.messageId).toBe('weekdaySlip');
    expect(f.message).toContain('did you mean Rabu?');
    expect(f.expected).toBe('Rabu (23/10/2024)');
    expect(f.suggestion).toContain('"Senin (21/10/2024)"');
  });

  it('suggests a day off when that lies nearer the dateline than the date as written', () => {
    const [f] = ofRule(
      lintDraft(draft({ published: '2024-10-22', body: ['BANJARMASIN – Rapat digelar Selasa (22/10/2024).', 'Persiapan dimulai Senin (24/10/2024) pagi.'] })),
      RULE,
    );
    expect(f.messageId).toBe('otherDay');
    expect(f.message).toContain('did you mean 21/10/2024?');
    expect(f.expected).toBe('Senin (21/10/2024)');
  });

  it('checks the dateline against the publication date', () => {
    const [f] = ofRule(
      lintDraft(draft({ published: '2024-10-22T10:00:00+08:00', body: ['MARTAPURA – Bupati meninjau pasar, Selasa (22/10/2023) pagi.'] })),
      RULE,
    );
    expect(f.where).toBe('dateline');
    expect(f.messageId).toBe('otherYearOnReference');
    expect(f.message).toContain('22/10/2024 is a Selasa, the day the page was published — did you mean 2024?');
  });

  it('names weekdays in English for English dates', () => {
    const [f] = ofRule(lintDraft(draft({ published: '2024-10-22', body: ['JAKARTA – The meeting was held on Monday, October 22, 2024.'] })), RULE);
    expect(f.message).toMatch(/^October 22, 2024 is a Tuesday, not a Monday/);
    expect(f.expected).toBe('Tuesday, October 22, 2024');
  });

  it('a date without a year takes the year in which its weekday fits', () => {
    const text = draft({
      published: '2025-01-02',
      body: ['BANJARMASIN – Rapat evaluasi digelar Kamis (2/1/2025).', 'Sebelumnya, tim turun ke lapangan Senin (30/12) lalu.'],
    });
    expect(ofRule(lintDraft(text), RULE)).toEqual([]);
    const wrong = draft({
      published: '2025-01-02',
      body: ['BANJARMASIN – Rapat evaluasi digelar Kamis (2/1/2025).', 'Sebelumnya, tim turun ke lapangan Selasa (30/12) lalu.'],
    });
    const [f] = ofRule(lintDraft(wrong), RULE);
    expect(f.message).toMatch(/^30\/12\/2024 was a Senin, not a Selasa/);
    expect(f.expected).toBe('Selasa (31/12)');
  });

  it('stays quiet on consistent copy, with and without years', () => {
    expect(ofRule(lintFixture('fixtures/lint/weekday-consistent-yearless.md'), RULE)).toEqual([]);
    expect(ofRule(lintFixture('fixtures/jnews-theme.html'), RULE)).toEqual([]);
    expect(ofRule(lintFixture('fixtures/windows-1252-encoded.html'), RULE)).toEqual([]); // Jum’at
  });

  describe('fix', () => {
    it('replaces just the weekday word where the weekday is the slip and the year is written', () => {
      const path = 'fixtures/lint/weekday-mismatch-caption.md';
      const source = readFixture(path);
      const [f] = lintFixture(path);
      expect(f.fix).toBeTruthy();
      expect(source.slice(f.fix!.start, f.fix!.end)).toBe('Minggu');
      expect(f.fix!.text).toBe('Senin');
      const fixed = applyFix(source, f);
      expect(fixed).toContain('Senin (28/10/2024)');
      expect(fixed.length).toBe(source.length - 1);
      expect(ofRule(lintDraft(fixed), RULE)).toEqual([]);
    });

    it("keeps the written capitalisation, names the canonical weekday (Jum'at → Kamis), and English for English", () => {
      const fixes = (text: string) => ofRule(lintDraft(text), RULE).map((f) => [f.found, f.fix && text.slice(f.fix.start, f.fix.end), f.fix?.text]);
      const dateline = draft({ published: '2024-10-24', body: ["BANJARMASIN – Rapat digelar Jum'at (24/10/2024) pagi."] });
      expect(fixes(dateline)).toEqual([["Jum'at (24/10/2024)", "Jum'at", 'Kamis']]);
      const upper = draft({
        published: '2024-10-24',
        body: ['BANJARMASIN – Rapat digelar Kamis (24/10/2024) pagi.', 'Warga berkumpul di balai desa, SABTU (24/10/2024) siang, kata panitia.'],
      });
      expect(fixes(upper)).toEqual([['SABTU (24/10/2024)', 'SABTU', 'KAMIS']]);
      const english = draft({ published: '2024-10-22', body: ['JAKARTA – The meeting was held on Monday, October 22, 2024.'] });
      const [e] = ofRule(lintDraft(english), RULE);
      expect(e.fix?.text).toBe('Tuesday');
    });

    it('gives no fix for "did you mean 2024?" (the seed): that needs judgement', () => {
      const [f] = ofRule(lintFixture('fixtures/katajari-seed-anjangsana.html'), RULE);
      expect(f.messageId).toBe('otherYearOnReference');
      expect(f.fix).toBeUndefined();
    });

    it('gives no fix for a date without its year', () => {
      const text = draft({
        published: '2024-10-22',
        body: ['BANJARMASIN – Rapat digelar Selasa (22/10/2024).', 'Persiapan dimulai Minggu (21/10) pagi.'],
      });
      const [f] = ofRule(lintDraft(text), RULE);
      expect(f).toMatchObject({ found: 'Minggu (21/10)', messageId: 'weekdaySlip' });
      expect(f.fix).toBeUndefined();
    });
  });
});
