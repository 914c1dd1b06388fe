/**
 * missing-credit: a photo caption that does not say whose photo it is.
 */
import type { LintContext } from '../context.js';
import type { Rule, RuleHit, RuleSeverity } from '../types.js';

const MESSAGES = {
  noCredit: 'caption has no photo credit, though other captions here have one',
  noCreditOnPage: 'caption has no photo credit',
};

export const missingCredit: Rule<{ uncredited: RuleSeverity }> = {
  meta: {
    id: 'missing-credit',
    defaultSeverity: 'warning',
    description: 'a photo caption has no photo credit',
    docs:
      'Every caption should say whose photo it is. A credit is what the extractor reads as `captions[i].credit`: ' +
      '"(Foto: Humas Pemkab Banjar)", "(Foto/Ist)", "Foto: ANTARA/Istimewa", "(Dok. Humas)", "ANTARA FOTO/Bayu Pratama S", ' +
      '"(Ahmad/Katajari)". A caption with none of these is reported: at the configured severity (warning) when other ' +
      'captions of the article carry credits, at the severity of the option `uncredited` (default `info`) when none ' +
      'does (a site that never credits its photos). A ' +
      'caption label ("Keterangan foto:", "Ket. foto:", "Ket:") is not a credit. These are Indonesian conventions, so only articles ' +
      'in Indonesian (or of undetermined language) are checked. `found` is the caption, `expected` null.',
    examples: [
      {
        text: 'Warga melintasi jalan yang terendam banjir di Kecamatan Alalak, Selasa (12/11/2024). — under a caption ending "(Foto: BPBD Batola)"',
        note: 'warning: caption has no photo credit, though other captions here have one',
      },
      { text: 'Keterangan foto: Warga melintasi jalan yang terendam banjir, the only caption', note: 'info: caption has no photo credit' },
      { text: 'Warga melintasi jalan yang terendam banjir di Kecamatan Alalak, Selasa (12/11/2024). (Foto: BPBD Batola)', note: 'quiet' },
    ],
    options: {
      uncredited: {
        type: 'severity',
        default: 'info',
        description: 'severity when no caption of the article has a credit (a site that never credits photos)',
      },
    },
    messages: MESSAGES,
  },
  check(ctx: LintContext, options): RuleHit[] {
    // The credit forms it knows are Indonesian newsroom conventions: other languages credit
    // photos in ways it cannot read ("Credit…", "Getty Images" in a separate line).
    const language = ctx.record.language;
    if (language && language !== 'id') return [];
    // A site that never credits its photos is told once it might (info); a caption without a
    // credit among credited ones is a slip (the configured severity).
    const credited = ctx.record.captions.some((c) => c.credit);
    const uncredited = options.uncredited ?? 'info';
    if (!credited && uncredited === 'off') return [];
    const hits: RuleHit[] = [];
    ctx.captions.forEach((unit, i) => {
      if (ctx.record.captions[i].credit) return;
      hits.push({
        unit,
        start: 0,
        end: unit.text.length,
        found: unit.text,
        expected: null,
        messageId: credited ? 'noCredit' : 'noCreditOnPage',
        ...(credited || uncredited === 'off' ? {} : { severity: uncredited }),
        suggestion: 'end the caption with whose photo it is, e.g. "(Foto: Humas Pemkab Banjar)" or "(Foto: Ist)"',
      });
    });
    return hits;
  },
};
