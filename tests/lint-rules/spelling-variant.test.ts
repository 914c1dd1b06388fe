import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, ofRule, readFixture, textAt } from './helpers.js';
import { SPELLING_GROUPS, spellingGroupOf } from '../../src/lint/data/spellings.js';

const RULE = 'spelling-variant';

describe(RULE, () => {
  it('reports the later spellings of a word the article spells two ways, with the first as expected', () => {
    const path = 'fixtures/lint/spelling-variant-jemaah-ramadhan.md';
    const findings = lintFixture(path);
    expect(findings.map((f) => [f.rule, f.severity, f.where, f.found, f.expected, f.messageId])).toEqual([
      [RULE, 'info', 'paragraphs[1]', 'Ramadhan', 'Ramadan', 'variant'],
      [RULE, 'info', 'paragraphs[1]', 'jamaah', 'Jemaah', 'variant'],
      [RULE, 'info', 'paragraphs[2]', 'praktek', 'praktik', 'variant'],
    ]);
    expect(findings[1].message).toContain('in headline');
    expect(findings[1].message).toContain('(KBBI: jemaah)');
    expect(textAt(readFixture(path), findings[0])).toBe('Ramadhan');
  });

  it('is quiet on one spelling throughout, on weekday spellings, and across case', () => {
    const text = draft({
      body: [
        "BANJARMASIN – Jemaah haji tiba Jumat (25/10/2024). Jum'at depan, jemaah kloter berikutnya tiba.",
        'JEMAAH diminta menjaga kesehatan selama Idul Fitri, dan Idul Fitri dirayakan bersama keluarga.',
      ],
    });
    expect(ofRule(lintDraft(text), RULE)).toEqual([]);
  });

  it("a spelling inside a person's name is the name's own (Muhammad Ramadhan)", () => {
    const text = draft({
      body: [
        'BANJARMASIN – Pasar wadai Ramadan dibuka, Senin (11/3/2024).',
        'Ketua panitia Muhammad Ramadhan mengatakan, Ramadhan Syah ikut berjualan.',
        'Selama Ramadhan, pasar buka sore hari.',
      ],
    });
    expect(ofRule(lintDraft(text), RULE).map((f) => [f.where, f.found])).toEqual([['paragraphs[2]', 'Ramadhan']]);
  });

  it('multi-word spellings match across a space or hyphen (Idul Fitri / Idulfitri)', () => {
    const text = draft({ body: ['BANJARMASIN – Warga bersiap menyambut Idulfitri.', 'Pasar ramai menjelang Idul Fitri.'] });
    expect(ofRule(lintDraft(text), RULE).map((f) => [f.found, f.expected])).toEqual([['Idul Fitri', 'Idulfitri']]);
  });

  it('the table: each spelling in one group only, the KBBI form first', () => {
    const seen = new Set<string>();
    for (const g of SPELLING_GROUPS) {
      for (const s of [g.standard, ...g.variants]) {
        expect(seen.has(s.toLowerCase()), s).toBe(false);
        seen.add(s.toLowerCase());
        expect(spellingGroupOf(s)).toBe(SPELLING_GROUPS.indexOf(g));
      }
    }
    expect(spellingGroupOf('Jumat')).toBeNull();
  });
});
