import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, ofRule, readFixture, textAt } from './helpers.js';

const RULE = 'impossible-date';

describe(RULE, () => {
  it('catches 31 September and suggests the Monday that fits', () => {
    const path = 'fixtures/lint/impossible-date-31-september.html';
    const findings = lintFixture(path);
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      where: 'paragraphs[1]',
      found: 'Senin (31/9/2024)',
      expected: 'Senin (30/9/2024)',
      messageId: 'pastMonthEnd',
    });
    expect(textAt(readFixture(path), findings[0])).toBe('Senin (31/9/2024)');
  });

  it('29 February outside a leap year, written and taken from context', () => {
    const [a] = ofRule(lintDraft(draft({ published: '2023-03-01', body: ['BANJARBARU – Pasar murah digelar 29 Februari 2023.'] })), RULE);
    expect(a.messageId).toBe('notLeapYear');
    expect(a.message).toContain('29 Februari 2023');
    expect(a.suggestion).toBe('did you mean 28 Februari 2023 or 1 Maret 2023?');
    const [b] = ofRule(
      lintDraft(draft({ published: '2023-03-01', body: ['BANJARBARU – Pasar murah digelar Rabu (1/3/2023).', 'Persiapan dimulai Selasa (29/2).'] })),
      RULE,
    );
    expect(b.messageId).toBe('notLeapYearInYear');
    expect(b.expected).toBe('Selasa (28/2)');
  });

  it('stays quiet on a real leap day and on clean pages', () => {
    expect(lintFixture('fixtures/lint/impossible-date-leap-day.md')).toEqual([]);
    expect(ofRule(lintFixture('fixtures/wp-classic-wp-caption.html'), RULE)).toEqual([]); // Kamis (31/10/2024)
  });
});
