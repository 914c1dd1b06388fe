/** Small readings of a date mention that several rules share. */
import type { DateMention } from '../dates/index.js';

const CLOSING = /^[^\S\r\n]*\)/;

/**
 * End of the weekday-and-date part of a mention: "Selasa (22/10/2023)" out of
 * "Selasa (22/10/2023) siang" — the time and time-of-day words are left out, the closing
 * parenthesis of an opened one is kept.
 */
export function expressionEnd(text: string, m: DateMention): number {
  const head = text.slice(m.index, m.dateEnd);
  if (head.includes('(')) {
    const close = CLOSING.exec(text.slice(m.dateEnd, m.end));
    if (close) return m.dateEnd + close[0].length;
  }
  return m.dateEnd;
}

/** The mention's expression with its date part (and/or weekday) replaced. */
export function rewriteExpression(text: string, m: DateMention, date: string | null, weekday: string | null): string {
  const end = expressionEnd(text, m);
  const before = text.slice(m.index, m.dateIndex);
  const after = text.slice(m.dateEnd, end);
  let head = before;
  if (weekday && m.weekday && m.weekdayRaw && head.startsWith(m.weekdayRaw)) head = weekday + head.slice(m.weekdayRaw.length);
  return head + (date ?? text.slice(m.dateIndex, m.dateEnd)) + after;
}
