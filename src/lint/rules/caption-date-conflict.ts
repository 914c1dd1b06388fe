/**
 * caption-date-conflict: a caption dated 22/10/2023 under a story whose dateline says 22/10/2024.
 */
import type { LintContext } from '../context.js';
import { describeGap, diffDays, formatDate, formatFull, mentionDate, styleOf, weekdayOfYmd } from '../dates.js';
import { expressionEnd, rewriteExpression } from '../mentions.js';
import { wordListRegex } from '../words.js';
import { ARCHIVE_PHOTO_MARKERS } from '../data/markers.js';
import type { Rule, RuleHit } from '../types.js';

const ARCHIVE = wordListRegex(ARCHIVE_PHOTO_MARKERS);

export const captionDateConflict: Rule<{ maxDays: number }> = {
  meta: {
    id: 'caption-date-conflict',
    defaultSeverity: 'error',
    description: "a photo caption's date is more than maxDays away from the dateline's",
    docs:
      "A caption's first date (the one the record keeps as `captions[i].date`) is compared with the dateline's date. " +
      'More than `maxDays` apart (default 7) is reported — typically a slip in the year ("22/10/2023" under a 2024 story) ' +
      'or the month. A caption that says its photo is older ("foto arsip", "ilustrasi", "… tahun lalu") is left alone, ' +
      "and so is every caption when the lead has no dated dateline. `found` is the caption's date expression, " +
      "`expected` the dateline's ISO date.",
    examples: [
      {
        text: 'Dateline "Selasa (22/10/2024)", caption "… Balaikota Surakarta, Selasa (22/10/2023) siang."',
        note: 'caption dated 22/10/2023, but the dateline says 22/10/2024 — 1 year earlier',
      },
      { text: 'Caption "Foto arsip: banjir di Alalak, Senin (6/2/2023)."', note: 'quiet: an archive photo' },
    ],
    options: {
      maxDays: { type: 'integer', default: 7, minimum: 0, description: 'days a caption date may differ from the dateline date' },
    },
  },
  check(ctx: LintContext, options): RuleHit[] {
    const dateline = ctx.dateline;
    if (!dateline) return [];
    const hits: RuleHit[] = [];
    for (const unit of ctx.captions) {
      const mentions = ctx.dates(unit);
      let date = null;
      let m = null;
      for (const candidate of mentions) {
        date = mentionDate(candidate, dateline.date);
        if (date) {
          m = candidate;
          break;
        }
      }
      if (!m || !date) continue;
      const gap = diffDays(dateline.date, date);
      if (Math.abs(gap) <= options.maxDays) continue;
      if (ARCHIVE.test(unit.text)) continue;
      const text = unit.text;
      const style = styleOf(text, m);
      const end = expressionEnd(text, m);
      const datelineStyle = dateline.style ?? style;
      const fixed = rewriteExpression(text, m, formatDate(dateline.date, style), m.weekday ? weekdayOfYmd(dateline.date) : null);
      hits.push({
        unit,
        start: m.index,
        end,
        found: text.slice(m.index, end),
        expected: dateline.iso,
        message: `caption dated ${formatFull(date, style)}, but the dateline says ${formatFull(dateline.date, datelineStyle)} — ${describeGap(dateline.date, date)}`,
        suggestion: `if the photo is from the event in the story, write "${fixed}"; if it is an older photo, say so (e.g. "foto arsip")`,
      });
    }
    return hits;
  },
};
