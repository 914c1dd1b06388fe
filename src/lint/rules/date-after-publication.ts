/**
 * date-after-publication: a photo or a reported event dated after the page was published.
 */
import type { DateMention } from '../../dates/index.js';
import type { LintContext, TextUnit } from '../context.js';
import { diffDays, formatDate, formatFull, isoOf, styleOf, weekdayOfYmd, type Ymd } from '../dates.js';
import { expressionEnd, rewriteExpression } from '../mentions.js';
import { wordListRegex } from '../words.js';
import { FUTURE_MARKERS, PAST_MARKERS } from '../data/markers.js';
import { isValidDate } from '../../dates/index.js';
import type { Rule, RuleHit } from '../types.js';

const FUTURE = wordListRegex(FUTURE_MARKERS);
const PAST = wordListRegex(PAST_MARKERS);

const MESSAGES = {
  photo: 'dated {{date}}, after the page was published on {{published}} — a photo cannot be taken after its page went out',
  dateline: 'dated {{date}}, after the page was published on {{published}} — the lead reports it as done',
  reported: 'dated {{date}}, after the page was published on {{published}} — the sentence reports it as done',
};

export const dateAfterPublication: Rule = {
  meta: {
    id: 'date-after-publication',
    defaultSeverity: 'warning',
    description: 'a photo, the dateline or a reported past event is dated after the page was published',
    docs:
      "Needs the publication date (page metadata, or `published` in a draft's front matter). A date later than the " +
      'publication day — taken in eastern Indonesia (WIT), so a page stamped in UTC is not caught out by its offset — is ' +
      'reported in a caption (a photo cannot be taken after its page went out) and in the dateline, unless the sentence ' +
      'announces something to come ("akan", "dijadwalkan", "mendatang", "hingga", "mulai"); in other paragraphs only when ' +
      'the sentence says the event already happened ("telah", "sudah", "lalu", "kemarin") and announces nothing. ' +
      'The headline is not checked (headlines announce). `found` is the date expression; `expected` the same expression in ' +
      'the publication year when that reading is on or before publication, else null.',
    examples: [
      {
        text: 'Published 2024-10-21; caption "… Balaikota Surakarta, Selasa (22/10/2024)."',
        note: 'dated 22/10/2024, after the page was published on 21/10/2024',
      },
      { text: 'Published 2024-11-20; "relokasi … yang dijadwalkan mulai Senin (2/12/2024)."', note: 'quiet: a scheduled event' },
    ],
    options: {},
    messages: MESSAGES,
  },
  check(ctx: LintContext): RuleHit[] {
    const pub = ctx.published;
    if (!pub) return [];
    const hits: RuleHit[] = [];
    for (const unit of ctx.units) {
      if (unit.kind === 'headline') continue;
      for (const m of ctx.dates(unit)) {
        const ref = ctx.reference(unit, m);
        const date = ctx.dateOf(unit, m, ref?.date ?? pub.date);
        if (!date || diffDays(pub.latest, date) <= 0) continue;
        const sentence = ctx.sentenceAt(unit, m.index).text;
        if (FUTURE.test(sentence)) continue;
        const dateline = ctx.isDatelineMention(unit, m);
        if (unit.kind === 'paragraph' && !dateline && !PAST.test(sentence)) continue;
        hits.push(hit(unit, m, date, pub.date, dateline));
      }
    }
    return hits;
  },
};

function hit(unit: TextUnit, m: DateMention, date: Ymd, published: Ymd, dateline: boolean): RuleHit {
  const text = unit.text;
  const style = styleOf(text, m);
  const end = expressionEnd(text, m);
  const messageId = unit.kind === 'caption' ? 'photo' : dateline ? 'dateline' : 'reported';
  // The same day and month in the publication year, if that is on or before publication.
  let expected: string | null = null;
  let suggestion = 'check the date; if the event is still to come, say so (e.g. "akan", "dijadwalkan")';
  if (m.yearWritten && date.year !== published.year && isValidDate(published.year, date.month, date.day)) {
    const fixed = { year: published.year, month: date.month, day: date.day };
    const weekdayOk = !m.weekday || weekdayOfYmd(fixed) === m.weekday;
    if (diffDays(fixed, published) >= 0 && weekdayOk) {
      expected = rewriteExpression(text, m, formatDate(fixed, style), null);
      suggestion = `did you mean ${fixed.year}? write "${expected}"`;
    }
  }
  return {
    unit,
    start: m.index,
    end,
    found: text.slice(m.index, end),
    expected,
    messageId,
    data: { date: formatFull(date, style), published: formatFull(published) },
    suggestion: expected ? suggestion : suggestion + ` (published ${isoOf(published)})`,
  };
}
