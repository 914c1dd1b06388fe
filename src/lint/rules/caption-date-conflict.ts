/**
 * caption-date-conflict: a caption dated 22/10/2023 under a story whose dateline says 22/10/2024.
 */
import type { LintContext } from '../context.js';
import { describeGap, diffDays, formatDate, formatFull, styleOf, weekdayOfYmd, weekdayVerdict, type Ymd } from '../dates.js';
import type { DateMention } from '../../dates/index.js';
import { expressionEnd, rewriteExpression } from '../mentions.js';
import { wordListRegex } from '../words.js';
import { ARCHIVE_PHOTO_MARKERS } from '../data/markers.js';
import type { Rule, RuleHit } from '../types.js';

const ARCHIVE = wordListRegex(ARCHIVE_PHOTO_MARKERS);

const MESSAGES = {
  conflict: 'caption dated {{date}}, but the dateline says {{dateline}} — {{gap}}',
};

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
      "`expected` the dateline's ISO date. A caption whose weekday does not fit its written year but puts it in the " +
      'dateline\'s year ("Selasa (22/10/2023)" under a Selasa (22/10/2024) dateline) is left to weekday-mismatch, whose ' +
      '"did you mean 2024?" says more: one slip, one report (when weekday-mismatch is off, this rule reports it).',
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
    messages: MESSAGES,
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
        date = ctx.dateOf(unit, candidate, dateline.date);
        if (date) {
          m = candidate;
          break;
        }
      }
      if (!m || !date) continue;
      const gap = diffDays(dateline.date, date);
      if (Math.abs(gap) <= options.maxDays) continue;
      if (ARCHIVE.test(unit.text)) continue;
      // weekday-mismatch (run before this rule) named it "did you mean 2024?": one slip, one report.
      if (ctx.claimedBy(unit, m.index) === 'weekday-mismatch' && weekdayTellsTheYear(m, date, dateline.date, options.maxDays)) continue;
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
        messageId: 'conflict',
        data: { date: formatFull(date, style), dateline: formatFull(dateline.date, datelineStyle), gap: describeGap(dateline.date, date) },
        suggestion: `if the photo is from the event in the story, write "${fixed}"; if it is an older photo, say so (e.g. "foto arsip")`,
      });
    }
    return hits;
  },
};

/**
 * The caption's weekday does not fit its written year, and weekday-mismatch reads it as the
 * same day in another year near the dateline ("did you mean 2024?"): that report names the
 * slip more precisely, so this rule stays quiet.
 */
function weekdayTellsTheYear(m: DateMention, date: Ymd, dateline: Ymd, maxDays: number): boolean {
  if (!m.weekday || !m.yearWritten || weekdayOfYmd(date) === m.weekday) return false;
  const verdict = weekdayVerdict(m, date, m.weekday, dateline);
  return verdict.kind === 'candidate' && verdict.candidate.kind === 'year' && Math.abs(diffDays(dateline, verdict.candidate.date)) <= maxDays;
}
