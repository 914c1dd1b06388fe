/**
 * dateline-publication-gap: the lead is dated long before the page was published.
 */
import type { LintContext } from '../context.js';
import { describeGap, diffDays, formatDate, formatFull, isoOf, styleOf, weekdayOfYmd } from '../dates.js';
import { expressionEnd, rewriteExpression } from '../mentions.js';
import { wordListRegex } from '../words.js';
import { PAST_MARKERS } from '../data/markers.js';
import type { Rule, RuleHit } from '../types.js';

const PAST = wordListRegex(PAST_MARKERS);

const MESSAGES = {
  stale: 'the dateline says {{date}}, {{gap}} than the publication date ({{published}})',
};

export const datelinePublicationGap: Rule<{ maxDays: number }> = {
  meta: {
    id: 'dateline-publication-gap',
    defaultSeverity: 'warning',
    description: 'the dateline is dated more than maxDays before the page was published',
    docs:
      "The dateline's date is compared with the publication date (taken in western Indonesia, WIB, the earliest local " +
      'day). More than `maxDays` (default 7) earlier is reported: a stale story, or a slip in the year or month of the ' +
      'dateline. Only a dateline proper counts: one that names a place or an outlet ("MARTAPURA, Katajari.com –") or ' +
      'writes the weekday with its date; a lead that says the event is past ("… lalu", "… silam") is left alone. A dateline after the ' +
      "publication date is date-after-publication's business. `found` is the dateline's date expression, `expected` " +
      'the publication date (ISO).',
    examples: [
      {
        text: 'Published 2024-10-22; lead "Katajari.com … Selasa (22/10/2023) siang."',
        note: 'the dateline says 22/10/2023, 1 year earlier than the publication date (22/10/2024)',
      },
      { text: 'Published 2024-11-20; lead "BANJARMASIN – Kasus yang terjadi Sabtu (12/10/2024) lalu …"', note: 'quiet: the lead says it is past' },
    ],
    options: {
      maxDays: { type: 'integer', default: 7, minimum: 0, description: 'days the dateline may precede publication' },
    },
    messages: MESSAGES,
  },
  check(ctx: LintContext, options): RuleHit[] {
    const dateline = ctx.dateline;
    const pub = ctx.published;
    const lead = ctx.paragraphs[0];
    if (!dateline || !pub || !lead) return [];
    // A dateline proper names a place or an outlet, or the weekday with the date; a date that
    // merely opens the lead ("In a statement published Oct. 25, …") is not one.
    const d = ctx.record.dateline;
    if (!d?.place && !d?.source && !dateline.mention?.weekday) return [];
    const gap = diffDays(dateline.date, pub.earliest);
    if (gap <= options.maxDays) return [];
    const m = dateline.mention;
    const text = lead.text;
    const start = m ? m.index : 0;
    const end = m ? expressionEnd(text, m) : ctx.datelineEnd;
    if (PAST.test(ctx.sentenceAt(lead, start).text)) return [];
    const style = m ? styleOf(text, m) : undefined;
    let suggestion = 'check the dateline; if the story reports an earlier event, say so (e.g. "… lalu")';
    if (m) {
      const fixed = rewriteExpression(text, m, formatDate(pub.date, style), m.weekday ? weekdayOfYmd(pub.date) : null);
      suggestion = `if the story is current, write "${fixed}"; if it reports an earlier event, say so (e.g. "… lalu")`;
    }
    return [
      {
        unit: lead,
        start,
        end,
        found: text.slice(start, end),
        expected: isoOf(pub.date),
        messageId: 'stale',
        data: { date: formatFull(dateline.date, style), gap: describeGap(pub.date, dateline.date), published: formatFull(pub.date, style) },
        suggestion,
      },
    ];
  },
};
