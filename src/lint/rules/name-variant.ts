/**
 * name-variant: one person spelled two ways ("Heny Ermawati" / "Heni Ermawati"), and one
 * office under two short names ("Diskominfo SP" / "Kominfo SP" for Surakarta's).
 * The people and the offices are read in ./name-variant/.
 */
import type { LintContext } from '../context.js';
import type { Rule, RuleHit, RuleSeverity } from '../types.js';
import { personVariants } from './name-variant/people.js';
import { institutionVariants } from './name-variant/offices.js';

export { oneEditApart } from './name-variant/word-pairs.js';

const MESSAGES = {
  person: '"{{found}}" here, but "{{expected}}" in {{where}} — one name spelled two ways?',
  personRepeated: '"{{found}}" here, but "{{expected}}" in {{where}} ({{count}} times) — one name spelled two ways?',
  office: '"{{found}}" here, but "{{expected}}" in {{where}} for the same office in {{region}}',
  officeAcronym: '"{{found}}" here, but the article introduced the office in {{region}} as "{{expected}}" in {{where}}',
};

export const nameVariant: Rule<{ institutions: RuleSeverity }> = {
  meta: {
    id: 'name-variant',
    defaultSeverity: 'warning',
    description: 'one person, or one office, spelled two ways in one article',
    docs:
      'Names are runs of two to four capitalised words. Two runs with the same words but one, and that one a single ' +
      'letter off (added, dropped, changed or swapped: "Heny"/"Heni", "Muhammad"/"Muhamad"), are one name spelled two ' +
      'ways; a long name (12 letters or more) may carry two slips, one in each of two words ("Rahmat Hidayatullah"/' +
      '"Rahmad Hidayatulah"), as long as each slipped word keeps its first letter and has five letters or more (so ' +
      '"Siti Rahmawati" and "Siti Rahmadani", or "Andi Rizal" and "Andri Rizali", stay two people). The spelling used less often (or later) is ' +
      'reported at each place it stands, with the other as `expected`. Honorifics and titles are not part of a name ' +
      '(H., Hj., HM, dr, Ir., S.Pd, M.Si), nor are offices, places and calendar words before it ("Kepala", "Kota", ' +
      '"Selasa"), so "H. Saidi Mansyur" and "Saidi Mansyur, S.Sos" agree. Head-of-office titles and their offices ' +
      '("Kajari"/"Kejari", "Kapolres"/"Polres", "Kadis"/"Dinas": src/lint/data/titles.ts) and two accepted spellings ' +
      'of a common word ("Jamaah"/"Jemaah": spelling-variant) are never variants. Offices are checked too, at the ' +
      'severity of the option `institutions` (default "info"): two short names of one kind of office for one region ' +
      '("Diskominfo SP Kota Surakarta" and "Kominfo SP Kota Surakarta"), or an acronym the article introduced after the ' +
      'full name ("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Banjar") and a shorter or longer acronym ' +
      'starting with the same letters for the same region later ("Dinas PU Banjar"; not "BPD Banjar" after "BPBD"). ' +
      'The spelling introduced first is `expected`; offices of different regions (or a Kabupaten and a Kota of one ' +
      'name) never match.',
    examples: [
      {
        text: '"Kepala Diskominfo SP Surakarta, Heny Ermawati …" and later "… kata Heni Ermawati."',
        note: '"Heni Ermawati" here, but "Heny Ermawati" in paragraphs[3]',
      },
      { text: '"H. Saidi Mansyur" and "Saidi Mansyur, S.Sos"', note: 'quiet: the honorific and the title are not part of the name' },
      { text: '"Diskominfo SP Kota Surakarta" and later "Kominfo SP Kota Surakarta"', note: 'info: one office, two short names' },
      {
        text: '"Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Banjar" and later "Dinas PU Banjar"',
        note: 'info: "Dinas PU" here, but "Dinas PUPR" …',
      },
      { text: '"Kajari Banjar" and "Kejari Banjar"', note: 'quiet: the head of an office and the office' },
    ],
    options: {
      institutions: {
        type: 'severity',
        default: 'info',
        description: 'severity for two short names of one office (off, info, warning, error)',
      },
    },
    messages: MESSAGES,
  },
  check(ctx: LintContext, options): RuleHit[] {
    const hits = personVariants(ctx);
    const level = options.institutions ?? 'info';
    if (level !== 'off') hits.push(...institutionVariants(ctx, level));
    return hits;
  },
};
