import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, ofRule } from './helpers.js';

const RULE = 'dateline-publication-gap';

describe(RULE, () => {
  it('catches a dateline two weeks before publication', () => {
    const findings = lintFixture('fixtures/lint/dateline-publication-gap-stale.md');
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      where: 'dateline',
      found: 'Selasa (5/11/2024)',
      expected: '2024-11-20',
      messageId: 'stale',
      line: 8,
      column: 141,
    });
    expect(findings[0].suggestion).toContain('"Rabu (20/11/2024)"');
  });

  it('maxDays is configurable', () => {
    expect(lintFixture('fixtures/lint/dateline-publication-gap-stale.md', { rules: { [RULE]: ['warn', { maxDays: 15 }] } })).toEqual([]);
  });

  it('a year-old dateline says it is a year', () => {
    const [f] = ofRule(lintDraft(draft({ published: '2024-10-22', body: ['MARTAPURA – Bupati meninjau pasar, Minggu (22/10/2023) pagi.'] })), RULE);
    expect(f.messageId).toBe('stale');
    expect(f.message).toContain('1 year earlier than the publication date (22/10/2024)');
  });

  it('leaves a lead that says the event is past alone, and a date that merely opens the lead', () => {
    expect(lintFixture('fixtures/lint/dateline-publication-gap-lalu.md')).toEqual([]);
    expect(
      ofRule(lintDraft(draft({ published: '2024-11-20', body: ['In a statement published Oct. 25, 2024, the ministry said the plan would go ahead.'] })), RULE),
    ).toEqual([]);
  });

  it('is quiet within maxDays and on every clean page', () => {
    expect(ofRule(lintFixture('fixtures/penulis-editor-footer.html'), RULE)).toEqual([]);
  });
});
