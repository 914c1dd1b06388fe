import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, ofRule, readFixture, textAt } from './helpers.js';
import { oneEditApart } from '../../src/lint/rules/name-variant.js';
import type { LintConfigInput } from '../../src/lint/config.js';

const RULE = 'name-variant';
const INSTITUTIONS: LintConfigInput = { rules: { [RULE]: ['warning', { institutions: 'info' }] } };

describe(RULE, () => {
  it('catches one person spelled two ways, at the rarer spelling', () => {
    const path = 'fixtures/lint/name-variant-heny-heni.md';
    const findings = lintFixture(path);
    expect(findings.map((f) => f.rule)).toEqual([RULE]);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      where: 'paragraphs[2]',
      found: 'Heni Ermawati',
      expected: 'Heny Ermawati',
      message: '"Heni Ermawati" here, but "Heny Ermawati" in paragraphs[1] (2 times) — one name spelled two ways?',
    });
    expect(textAt(readFixture(path), findings[0])).toBe('Heni Ermawati');
  });

  it('reports each occurrence once, with the longest name around it', () => {
    const text = draft({
      published: '2024-10-23',
      body: [
        'SURAKARTA – Sub Koordinator Prokopim, Anang Dwi Darwanto, menjelaskan kontrak media.',
        'Menurut Anang Dwi Darwinto, media dikurasi.',
        'Anang Dwi Darwanto menambahkan, jumpa pers rutin digelar.',
      ],
    });
    const findings = ofRule(lintDraft(text), RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ found: 'Anang Dwi Darwinto', expected: 'Anang Dwi Darwanto', where: 'paragraphs[1]' });
  });

  it('honorifics, titles, plurals and different names are not variants', () => {
    expect(lintFixture('fixtures/lint/name-variant-titles-clean.md')).toEqual([]);
    const text = draft({ body: ['Relawan Rahma Wati dan Rahman Wati membagikan makanan.', 'Warga Sungai Tabuk dan Sungai Tabuks?'] });
    expect(ofRule(lintDraft(text), RULE)).toEqual([]);
  });

  it('institutions are off by default, and info when asked — one office, two short names', () => {
    const path = 'fixtures/lint/name-variant-institution.md';
    expect(lintFixture(path)).toEqual([]);
    const findings = lintFixture(path, INSTITUTIONS);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, severity: 'info', where: 'caption[0]', found: 'Kominfo SP', expected: 'Diskominfo SP' });
    expect(findings[0].message).toBe('"Kominfo SP" here, but "Diskominfo SP" in headline (3 times) for the same office in Surakarta');
  });

  it('offices of different regions are not variants (DKISP Banjar, Diskominfo SP Surakarta)', () => {
    const text = draft({
      body: [
        'Katajari.com – DKISP Kabupaten Banjar berkunjung ke Diskominfo SP Kota Surakarta, Selasa (22/10/2024).',
        'Diskominfo Tala dan Dinkominfo Banjarbaru juga hadir.',
      ],
    });
    expect(ofRule(lintDraft(text, INSTITUTIONS), RULE)).toEqual([]);
  });

  it('the seed page has the institution variant, which is why it is opt-in', () => {
    const findings = ofRule(lintFixture('fixtures/katajari-seed-anjangsana.html', INSTITUTIONS), RULE);
    expect(findings.map((f) => [f.where, f.found, f.severity])).toEqual([['caption[1]', 'Kominfo SP', 'info']]);
    expect(ofRule(lintFixture('fixtures/katajari-seed-anjangsana.html'), RULE)).toEqual([]);
  });

  it('one edit apart: changed, added, dropped or swapped letters', () => {
    expect(oneEditApart('Heny', 'Heni')).toBe(true);
    expect(oneEditApart('Muhammad', 'Muhamad')).toBe(true);
    expect(oneEditApart('Aisyah', 'Aisayh')).toBe(true);
    expect(oneEditApart('Nur', 'Noor')).toBe(false);
    expect(oneEditApart('Heny', 'Heny')).toBe(false);
  });
});
