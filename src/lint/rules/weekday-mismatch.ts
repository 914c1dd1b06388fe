/**
 * weekday-mismatch: "Selasa (22/10/2023)" — 22 October 2023 was a Sunday (Minggu).
 */
import type { DateMention, WeekdayName } from '../../dates/index.js';
import type { LintContext, Reference, TextUnit } from '../context.js';
import { addDaysYmd, diffDays, formatDate, formatFull, isoOf, mentionDate, styleOf, weekdayIn, weekdayOfYmd, type Ymd } from '../dates.js';
import { expressionEnd, rewriteExpression } from '../mentions.js';
import { isValidDate } from '../../dates/index.js';
import type { Rule, RuleHit } from '../types.js';

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
      'as written, `expected` the same expression corrected.',
    examples: [
      {
        text: 'Jajaran DKISP … di depan Balaikota Surakarta, Selasa (22/10/2023) siang.',
        note: '22/10/2023 was a Minggu; with a dateline of Selasa (22/10/2024): "did you mean 2024?"',
      },
      { text: 'Rapat digelar Senin (21/10/2024).', note: 'quiet: 21/10/2024 was a Senin' },
    ],
    options: {},
  },
  check(ctx: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const unit of ctx.units) {
      for (const m of ctx.dates(unit)) {
        if (!m.weekday || !m.valid) continue;
        const ref = ctx.reference(unit, m);
        const date = mentionDate(m, ref?.date ?? null);
        if (!date) continue;
        const actual = weekdayOfYmd(date);
        if (actual === m.weekday) continue;
        hits.push(mismatch(ctx, unit, m, date, actual, ref));
      }
    }
    return hits;
  },
};

interface Candidate {
  date: Ymd;
  kind: 'year' | 'day';
  shift: number;
}

function mismatch(ctx: LintContext, unit: TextUnit, m: DateMention, date: Ymd, actualName: WeekdayName, ref: Reference | null): RuleHit {
  const text = unit.text;
  const style = styleOf(text, m);
  const writtenName = m.weekday!;
  // Weekdays are named in the language the date is written in.
  const written = weekdayIn(writtenName, m.language);
  const actual = weekdayIn(actualName, m.language);
  const end = expressionEnd(text, m);
  const found = text.slice(m.index, end);
  const now = ref?.date ?? ctx.published?.date ?? null;
  const tense = (d: Ymd) => (now && diffDays(d, now) > 0 ? 'was' : 'is');

  const keepDate = rewriteExpression(text, m, null, actual);
  let message = `${formatFull(date, style)} ${tense(date)} a ${actual}, not a ${written}`;
  // When the date as written is at least as near the reference as any date that falls on the
  // written weekday (it is the dateline's own date, say), the weekday is the slip.
  const candidate = nearestReading(m, date, writtenName, ref);
  if (ref && (!candidate || Math.abs(diffDays(ref.date, date)) <= Math.abs(diffDays(ref.date, candidate.date)))) {
    const same = isoOf(ref.date) === isoOf(date);
    const as = same ? (ref.kind === 'dateline' ? ', as the dateline says' : ', the day the page was published') : '';
    message += `${as} — did you mean ${actual}?`;
    const other = candidate
      ? `; if the weekday is right, the date is ${formatFull(candidate.date, style)}: "${rewriteExpression(text, m, formatDate(candidate.date, style), null)}"`
      : '';
    return { unit, start: m.index, end, found, expected: keepDate, message, suggestion: `write "${keepDate}"${other}` };
  }
  const expected = candidate ? rewriteExpression(text, m, formatDate(candidate.date, style), null) : null;
  if (candidate) {
    const same = ref && isoOf(candidate.date) === isoOf(ref.date);
    const as = same ? (ref.kind === 'dateline' ? ', as the dateline says' : ', the day the page was published') : '';
    const mean = candidate.kind === 'year' ? String(candidate.date.year) : formatDate(candidate.date, style);
    message += `; ${formatFull(candidate.date, style)} ${tense(candidate.date)} a ${written}${as} — did you mean ${mean}?`;
  }
  const suggestion = expected
    ? `write "${expected}"; if ${formatFull(date, style)} is right, the weekday is ${actual}: "${keepDate}"`
    : `the weekday of ${formatFull(date, style)} is ${actual}: "${keepDate}"`;
  return { unit, start: m.index, end, found, expected, message, suggestion };
}

/**
 * The nearest reading of the date that falls on the written weekday: another year (the
 * reference's, or one off) when the year is written, or a day or a few off. With a reference
 * date, the candidate nearest it wins; without one, a day off beats a year off beats two days off.
 */
function nearestReading(m: DateMention, date: Ymd, weekday: string, ref: Reference | null): Candidate | null {
  const candidates: Candidate[] = [];
  if (m.yearWritten) {
    const years = [ref && ref.date.year !== date.year ? ref.date.year : null, date.year - 1, date.year + 1];
    for (const year of years) {
      if (year === null || candidates.some((c) => c.date.year === year)) continue;
      if (!isValidDate(year, date.month, date.day)) continue;
      const d = { year, month: date.month, day: date.day };
      if (weekdayOfYmd(d) === weekday) candidates.push({ date: d, kind: 'year', shift: Math.abs(year - date.year) });
    }
  }
  for (const k of [1, -1, 2, -2, 3, -3]) {
    const d = addDaysYmd(date, k);
    if (weekdayOfYmd(d) === weekday) candidates.push({ date: d, kind: 'day', shift: Math.abs(k) });
  }
  if (!candidates.length) return null;
  if (ref) {
    let best = candidates[0];
    let bestDistance = Math.abs(diffDays(ref.date, best.date));
    for (const c of candidates.slice(1)) {
      const d = Math.abs(diffDays(ref.date, c.date));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }
  const score = (c: Candidate) => (c.kind === 'day' ? (c.shift === 1 ? 1 : c.shift + 1) : 2 + (c.shift - 1) * 10);
  return candidates.reduce((a, b) => (score(b) < score(a) ? b : a));
}
