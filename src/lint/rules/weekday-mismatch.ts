/**
 * weekday-mismatch: "Selasa (22/10/2023)" — 22 October 2023 was a Sunday (Minggu).
 */
import type { DateMention, WeekdayName } from '../../dates/index.js';
import type { LintContext, Reference, TextUnit } from '../context.js';
import { diffDays, formatDate, formatFull, isoOf, styleOf, weekdayIn, weekdayOfYmd, weekdayVerdict, type Ymd } from '../dates.js';
import { expressionEnd, rewriteExpression } from '../mentions.js';
import type { Rule, RuleHit } from '../types.js';

const MESSAGES = {
  weekdaySlip: '{{date}} {{tense}} a {{actual}}, not a {{weekday}} — did you mean {{actual}}?',
  weekdaySlipOnReference: '{{date}} {{tense}} a {{actual}}, not a {{weekday}}, {{reference}} — did you mean {{actual}}?',
  otherYear: '{{date}} {{tense}} a {{actual}}, not a {{weekday}}; {{candidate}} {{candidateTense}} a {{weekday}} — did you mean {{mean}}?',
  otherYearOnReference:
    '{{date}} {{tense}} a {{actual}}, not a {{weekday}}; {{candidate}} {{candidateTense}} a {{weekday}}, {{reference}} — did you mean {{mean}}?',
  otherDay: '{{date}} {{tense}} a {{actual}}, not a {{weekday}}; {{candidate}} {{candidateTense}} a {{weekday}} — did you mean {{mean}}?',
  otherDayOnReference:
    '{{date}} {{tense}} a {{actual}}, not a {{weekday}}; {{candidate}} {{candidateTense}} a {{weekday}}, {{reference}} — did you mean {{mean}}?',
  wrongWeekday: '{{date}} {{tense}} a {{actual}}, not a {{weekday}}',
};

export const weekdayMismatch: Rule = {
  meta: {
    id: 'weekday-mismatch',
    defaultSeverity: 'error',
    description: 'a weekday written with a date is not the weekday that date fell on',
    docs:
      'Every date written with its weekday ("Selasa (22/10/2024)", "Jumat, 8 November 2024", "Tuesday, October 22, 2024") ' +
      'is checked against the real calendar, in the headline, the dateline, captions and paragraphs. A date without a year ' +
      '("Senin (21/10)") is read in the year, next to the dateline\'s (or the publication\'s), in which it falls on its ' +
      'weekday, when that is within about 200 days; otherwise in the year that puts it nearest. The message names the ' +
      "weekday the date really fell on and the nearest consistent reading: the same day in the dateline's year, the year " +
      'before or after, or a day or a few off — whichever lies nearest the dateline; when the date as written is at least ' +
      "as near (it is the dateline's own date, say), the weekday is taken to be the slip. `found` is the weekday and date " +
      'as written, `expected` the same expression corrected. Where the weekday is the slip and the year is written, the ' +
      'finding carries a safe `fix`: the weekday word replaced by the real one (in the same language and capitalisation); ' +
      'a "did you mean 2024?" reading, or a date without a year, needs judgement and gets none.',
    examples: [
      {
        text: 'Jajaran DKISP … di depan Balaikota Surakarta, Selasa (22/10/2023) siang.',
        note: '22/10/2023 was a Minggu; with a dateline of Selasa (22/10/2024): "did you mean 2024?"',
      },
      { text: 'Rapat digelar Senin (21/10/2024).', note: 'quiet: 21/10/2024 was a Senin' },
    ],
    options: {},
    messages: MESSAGES,
  },
  check(ctx: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const unit of ctx.units) {
      for (const m of ctx.dates(unit)) {
        if (!m.weekday || !m.valid) continue;
        const ref = ctx.reference(unit, m);
        const date = ctx.dateOf(unit, m, ref?.date ?? null);
        if (!date) continue;
        const actual = weekdayOfYmd(date);
        if (actual === m.weekday) continue;
        const hit = mismatch(ctx, unit, m, date, actual, ref);
        // "did you mean 2024?" explains a year slip better than caption-date-conflict can.
        if (hit.messageId?.startsWith('otherYear')) ctx.claim(unit, hit.start, weekdayMismatch.meta.id);
        hits.push(hit);
      }
    }
    return hits;
  },
};

/** The weekday word as the fix writes it: the real weekday, in the written word's capitalisation. */
function weekdayWord(raw: string, name: string): string {
  if (raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return name.toUpperCase();
  if (raw[0] === raw[0].toLowerCase()) return name.toLowerCase();
  return name;
}

/** "as the dateline says" when the reading is the reference's own date. */
function onReference(date: Ymd, ref: Reference | null): string | null {
  if (!ref || isoOf(ref.date) !== isoOf(date)) return null;
  return ref.kind === 'dateline' ? 'as the dateline says' : 'the day the page was published';
}

function mismatch(ctx: LintContext, unit: TextUnit, m: DateMention, date: Ymd, actualName: WeekdayName, ref: Reference | null): RuleHit {
  const text = unit.text;
  const style = styleOf(text, m);
  // Weekdays are named in the language the date is written in.
  const weekday = weekdayIn(m.weekday!, m.language);
  const actual = weekdayIn(actualName, m.language);
  const end = expressionEnd(text, m);
  const found = text.slice(m.index, end);
  const now = ref?.date ?? ctx.published?.date ?? null;
  const tense = (d: Ymd) => (now && diffDays(d, now) > 0 ? 'was' : 'is');
  const data: Record<string, string> = { date: formatFull(date, style), tense: tense(date), actual, weekday };
  const keepDate = rewriteExpression(text, m, null, actual);
  const verdict = weekdayVerdict(m, date, m.weekday!, ref?.date ?? null);
  const candidate = verdict.candidate;
  if (verdict.kind === 'weekday') {
    // The date as written is at least as near the reference as any date on the written
    // weekday (it is the dateline's own date, say): the weekday is the slip.
    const reference = onReference(date, ref);
    const other = candidate
      ? `; if the weekday is right, the date is ${formatFull(candidate.date, style)}: "${rewriteExpression(text, m, formatDate(candidate.date, style), null)}"`
      : '';
    const hit: RuleHit = {
      unit,
      start: m.index,
      end,
      found,
      expected: keepDate,
      messageId: reference ? 'weekdaySlipOnReference' : 'weekdaySlip',
      data: reference ? { ...data, reference } : data,
      suggestion: `write "${keepDate}"${other}`,
    };
    // Safe only for a date with its year written: the one weekday it can have.
    const raw = m.weekdayRaw;
    if (m.yearWritten && raw && text.startsWith(raw, m.index)) {
      hit.fix = { start: m.index, end: m.index + raw.length, text: weekdayWord(raw, actual) };
    }
    return hit;
  }
  const expected = candidate ? rewriteExpression(text, m, formatDate(candidate.date, style), null) : null;
  const suggestion = expected
    ? `write "${expected}"; if ${formatFull(date, style)} is right, the weekday is ${actual}: "${keepDate}"`
    : `the weekday of ${formatFull(date, style)} is ${actual}: "${keepDate}"`;
  const hit: RuleHit = { unit, start: m.index, end, found, expected, messageId: 'wrongWeekday', data, suggestion };
  if (candidate) {
    const reference = onReference(candidate.date, ref);
    const mean = candidate.kind === 'year' ? String(candidate.date.year) : formatDate(candidate.date, style);
    const id = candidate.kind === 'year' ? 'otherYear' : 'otherDay';
    hit.messageId = reference ? `${id}OnReference` : id;
    hit.data = { ...data, candidate: formatFull(candidate.date, style), candidateTense: tense(candidate.date), mean, ...(reference ? { reference } : {}) };
  }
  return hit;
}
