/**
 * missing-credit: a photo caption that does not say whose photo it is.
 */
import type { LintContext } from '../context.js';
import type { Rule, RuleHit } from '../types.js';

export const missingCredit: Rule = {
  meta: {
    id: 'missing-credit',
    defaultSeverity: 'warning',
    description: 'a photo caption has no photo credit',
    docs:
      'Every caption should say whose photo it is. A credit is what the extractor reads as `captions[i].credit`: ' +
      '"(Foto: Humas Pemkab Banjar)", "(Foto/Ist)", "Foto: ANTARA/Istimewa", "(Dok. Humas)", "ANTARA FOTO/Bayu Pratama S", ' +
      '"(Ahmad/Katajari)". A caption with none of these is reported. These are Indonesian conventions, so only articles ' +
      'in Indonesian (or of undetermined language) are checked. `found` is the caption, `expected` null.',
    examples: [
      { text: 'Warga melintasi jalan yang terendam banjir di Kecamatan Alalak, Selasa (12/11/2024).', note: 'caption has no photo credit' },
      { text: 'Warga melintasi jalan yang terendam banjir di Kecamatan Alalak, Selasa (12/11/2024). (Foto: BPBD Batola)', note: 'quiet' },
    ],
    options: {},
  },
  check(ctx: LintContext): RuleHit[] {
    // The credit forms it knows are Indonesian newsroom conventions: other languages credit
    // photos in ways it cannot read ("Credit…", "Getty Images" in a separate line).
    const language = ctx.record.language;
    if (language && language !== 'id') return [];
    const hits: RuleHit[] = [];
    ctx.captions.forEach((unit, i) => {
      if (ctx.record.captions[i].credit) return;
      hits.push({
        unit,
        start: 0,
        end: unit.text.length,
        found: unit.text,
        expected: null,
        message: 'caption has no photo credit',
        suggestion: 'end the caption with whose photo it is, e.g. "(Foto: Humas Pemkab Banjar)" or "(Foto: Ist)"',
      });
    });
    return hits;
  },
};
