/**
 * Correction and update notes: a paragraph that opens with a label of data/corrections.ts —
 * "Ralat:", "Catatan Redaksi:", "[Ralat]", "*Ralat:", "(Update 14.00 WIB)", "Update 2/12/2026:".
 * The label ends at a colon, a dash, or the bracket it opened with; between the label and that
 * end only when-words may stand (digits, dates, times, month and weekday names, "pukul", "WIB").
 */
import { MONTHS_EN, MONTHS_ID, WEEKDAYS_EN, WEEKDAYS_ID } from '../dates/index.js';
import { CORRECTION_LABELS, CORRECTION_TIME_WORDS, type CorrectionLabel } from './data/corrections.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const LABEL = `(${alternation(CORRECTION_LABELS.map((l) => l.label))})(?![\\p{L}\\p{N}])`;
const WHEN_WORD = alternation([...CORRECTION_TIME_WORDS, ...MONTHS_ID, ...MONTHS_EN, ...WEEKDAYS_ID, ...WEEKDAYS_EN, 'Jumat', "Jum'at"]);
/** One when-token: a number, a date or a time ("14.00", "2/12/2026"), or a when-word (a month abbreviated: "Dec."). */
const WHEN = `(?:\\d{1,4}(?:[.:/-]\\d{1,4})*|(?:${WHEN_WORD})(?![\\p{L}])\\.?|\\p{Lu}\\p{Ll}{2}\\.)`;
const QUALIFIER = `(?:[\\s,]*\\(?${WHEN}(?:[\\s,]+${WHEN})*\\)?)?`;
const NOTE = new RegExp(`^[\\s"“‘']*(?:([\\[(])\\s*)?[*_]{0,2}\\s*${LABEL}${QUALIFIER}\\s*[*_]{0,2}\\s*(:|：|[\\])]|[-–—](?=\\s))`, 'iu');

const BY_LABEL = new Map(CORRECTION_LABELS.map((l) => [l.label.toLowerCase().replace(/\s+/g, ' '), l]));

/** The label a paragraph opens with as a correction or update note, or null when it is none. */
export function correctionLabelOf(text: string): CorrectionLabel | null {
  const m = NOTE.exec(text);
  if (!m) return null;
  const [, bracket, label, end] = m;
  // "Ralat) …" or "Ralat] …" closes a bracket never opened: not a label.
  if (!bracket && (end === ')' || end === ']')) return null;
  return BY_LABEL.get(label.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Does the paragraph open with a correction or update note's label? */
export function isCorrectionNote(text: string): boolean {
  return correctionLabelOf(text) !== null;
}
