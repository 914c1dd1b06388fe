import { describe, expect, it } from 'vitest';
import { draft, lintDraft, lintFixture, ofRule, readFixture, textAt } from './helpers.js';
import { oneEditApart } from '../../src/lint/rules/name-variant.js';
import type { LintConfigInput } from '../../src/lint/config.js';

const RULE = 'name-variant';
const NO_INSTITUTIONS: LintConfigInput = { rules: { [RULE]: ['warning', { institutions: 'off' }] } };

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
      messageId: 'personRepeated',
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

  it('offices are checked by default, at info — one office, two short names, the first-introduced one expected', () => {
    const path = 'fixtures/lint/name-variant-institution.md';
    const findings = lintFixture(path);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULE,
      severity: 'info',
      where: 'caption[0]',
      found: 'Kominfo SP',
      expected: 'Diskominfo SP',
      messageId: 'office',
    });
    expect(findings[0].message).toContain('for the same office in Surakarta');
    expect(findings[0].suggestion).toBe('use one short name for the office in Surakarta: "Diskominfo SP"');
    expect(lintFixture(path, NO_INSTITUTIONS)).toEqual([]);
  });

  it('offices of different regions are not variants (DKISP Banjar, Diskominfo SP Surakarta)', () => {
    const text = draft({
      body: [
        'Katajari.com – DKISP Kabupaten Banjar berkunjung ke Diskominfo SP Kota Surakarta, Selasa (22/10/2024).',
        'Diskominfo Tala dan Dinkominfo Banjarbaru juga hadir.',
        'Dinkes Kabupaten Malang bekerja sama dengan Diskes Kota Malang.',
      ],
    });
    expect(ofRule(lintDraft(text), RULE)).toEqual([]);
  });

  it('the seed page: exactly one info for Kominfo SP / Diskominfo SP Surakarta', () => {
    const findings = ofRule(lintFixture('fixtures/katajari-seed-anjangsana.html'), RULE);
    expect(findings.map((f) => [f.where, f.found, f.expected, f.severity, f.messageId])).toEqual([
      ['caption[1]', 'Kominfo SP', 'Diskominfo SP', 'info', 'office'],
    ]);
  });

  it('an acronym introduced in parentheses sets the office short name; another of its letters, same region, is reported', () => {
    const path = 'fixtures/lint/name-variant-office-acronym.md';
    const offices = lintFixture(path).filter((f) => f.messageId === 'officeAcronym');
    expect(offices.map((f) => [f.where, f.found, f.expected, f.severity])).toEqual([['paragraphs[3]', 'Dinas PU', 'Dinas PUPR', 'info']]);
    expect(offices[0].message).toContain('in Banjar as "Dinas PUPR" in dateline');
    expect(textAt(readFixture(path), offices[0])).toBe('Dinas PU');
    // Another region, another office's letters, or a title before the acronym: quiet.
    const quiet = draft({
      body: [
        'MARTAPURA – Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Banjar memperbaiki jalan, Rabu (6/11/2024).',
        'Dinas PU Tapin dan BPBD Banjar ikut membantu; Kadis PU Banjar meninjau lokasi bersama DPRD Banjar.',
        'Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Banjar menggandeng BPD Banjar dan PDAM Banjar.',
      ],
    });
    expect(ofRule(lintDraft(quiet), RULE)).toEqual([]);
  });

  it('long names tolerate two slips (Rahmat Hidayatullah / Rahmad Hidayatulah); people sharing a first name stay apart', () => {
    const findings = ofRule(lintFixture('fixtures/lint/name-variant-office-acronym.md'), RULE).filter((f) => f.messageId?.startsWith('person'));
    expect(findings.map((f) => [f.where, f.found, f.expected])).toEqual([['paragraphs[2]', 'Rahmad Hidayatulah', 'Rahmat Hidayatullah']]);
    const short = draft({
      body: ['Warga Andi Rizal dan Andri Rizali hadir.', 'Siti Rahmawati dan Siti Rahmadani membuka acara bersama Ahmad Fauzi dan Ahmad Fauzan.'],
    });
    expect(ofRule(lintDraft(short), RULE)).toEqual([]);
  });

  it('a head-of-office title and its office are never variants (Kajari/Kejari, Kapolres/Polres, Kadis/Dinas)', () => {
    const text = draft({
      body: [
        'MARTAPURA – Kajari Banjar dan Kapolres Banjar meninjau gudang, Rabu (6/11/2024).',
        'Kejari Banjar dan Polres Banjar menyegel gudang itu. Kapolsek Martapura dan Polsek Martapura berjaga.',
        'Kakanwil Kemenkumham dan Kanwil Kemenkumham memantau. Kasi Intel Kejari Banjar hadir.',
      ],
    });
    expect(ofRule(lintDraft(text), RULE)).toEqual([]);
  });

  it("two accepted spellings of a common word are spelling-variant's, not a name variant (Jamaah/Jemaah)", () => {
    const text = draft({ body: ['Jemaah Masjid Agung berkumpul, kata Jemaah Haji Banjar.', 'Jamaah Haji Banjar berangkat besok.'] });
    expect(ofRule(lintDraft(text), RULE)).toEqual([]);
    expect(ofRule(lintDraft(text), 'spelling-variant').map((f) => f.found)).toEqual(['Jamaah']);
  });

  it('one edit apart: changed, added, dropped or swapped letters', () => {
    expect(oneEditApart('Heny', 'Heni')).toBe(true);
    expect(oneEditApart('Muhammad', 'Muhamad')).toBe(true);
    expect(oneEditApart('Aisyah', 'Aisayh')).toBe(true);
    expect(oneEditApart('Nur', 'Noor')).toBe(false);
    expect(oneEditApart('Heny', 'Heny')).toBe(false);
  });
});
