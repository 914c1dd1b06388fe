/**
 * impossible-date: "31/9/2024" (September has 30 days), "29/2/2023" (not a leap year).
 */
import type { LintContext } from '../context.js';
import { MONTHS_ID, daysInMonth, isLeapYear } from '../../dates/index.js';
import { formatDate, weekdayOfYmd, type Ymd } from '../dates.js';
import { styleOf } from '../dates.js';
import { expressionEnd, rewriteExpression } from '../mentions.js';
import type { Rule, RuleHit } from '../types.js';

const MESSAGES = {
  notLeapYear: '{{date}} does not exist: {{year}} is not a leap year',
  notLeapYearInYear: '{{date}} does not exist in {{year}}: {{year}} is not a leap year',
  pastMonthEnd: '{{date}} does not exist: {{month}} has {{days}} days',
  pastMonthEndInYear: '{{date}} does not exist in {{year}}: {{month}} has {{days}} days',
};

export const impossibleDate: Rule = {
  meta: {
    id: 'impossible-date',
    defaultSeverity: 'error',
    description: 'a date that does not exist, such as 31/9/2024 or 29/2/2023',
    docs:
      'A day past the end of its month ("31/9/2024", "31 April 2024", "30/2") or 29 February outside a leap year. ' +
      'A date without a year is checked in the year of the dateline (or of publication). The suggestion is the last day ' +
      'of the month or the first of the next; when a weekday is written, the one that falls on it. `found` is the date ' +
      'expression; `expected` the corrected expression when the weekday settles it, else null.',
    examples: [
      { text: 'Senin (31/9/2024)', note: '31/9/2024 does not exist: September has 30 days — did you mean "Senin (30/9/2024)"?' },
      { text: 'Kamis (29/2/2024)', note: 'quiet: 2024 is a leap year' },
    ],
    options: {},
    messages: MESSAGES,
  },
  check(ctx: LintContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const unit of ctx.units) {
      for (const m of ctx.dates(unit)) {
        if (m.valid) continue;
        const text = unit.text;
        const style = styleOf(text, m);
        const end = expressionEnd(text, m);
        const year = m.year;
        const monthName = MONTHS_ID[m.month - 1];
        const written = text.slice(m.dateIndex, m.dateEnd);
        // A year from context is named ("30/2 does not exist in 2024").
        const inYear = !m.yearWritten && year !== null ? 'InYear' : '';
        const leap = year !== null && m.month === 2 && m.day === 29 && !isLeapYear(year);
        const max = year !== null ? daysInMonth(year, m.month) : m.month === 2 ? 29 : daysInMonth(2000, m.month);
        const data = { date: written, year: year ?? '', month: monthName, days: max };
        let expected: string | null = null;
        let suggestion: string;
        if (year !== null) {
          const last: Ymd = { year, month: m.month, day: daysInMonth(year, m.month) };
          const next: Ymd = m.month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: m.month + 1, day: 1 };
          const options = [last, next];
          const fitting = m.weekday ? options.filter((d) => weekdayOfYmd(d) === m.weekday) : [];
          if (fitting.length === 1) {
            expected = rewriteExpression(text, m, formatDate(fitting[0], style), null);
            suggestion = `did you mean "${expected}"? ${formatDate(fitting[0], style, true)} is a ${m.weekday}`;
          } else {
            suggestion = `did you mean ${formatDate(last, style)} or ${formatDate(next, style)}?`;
          }
        } else suggestion = `check the day and the month`;
        hits.push({
          unit,
          start: m.index,
          end,
          found: text.slice(m.index, end),
          expected,
          messageId: (leap ? 'notLeapYear' : 'pastMonthEnd') + inYear,
          data,
          suggestion,
        });
      }
    }
    return hits;
  },
};
