/** Reporter's initials closing the body: "… cenderamata. (kjc)", "[adv/ad]", "(ant/jml)". */
import { sliceSourced } from '../parse/sourced-text.js';

const INITIALS_BODY = String.raw`[A-Za-z]{1,6}\d{0,2}(?:\s*[\/,;*-]\s*[A-Za-z]{1,6}\d{0,2}){0,3}`;
// Closing the paragraph, after the end of a sentence (or alone).
const TRAILING = new RegExp(String.raw`(^|[.!?"”'’)\]…]\s*|\s[-–—*]+\s*|\s)[(\[]\s*(${INITIALS_BODY})\s*[)\]]\s*\.?$`);
const ALONE = new RegExp(String.raw`^[(\[]\s*(${INITIALS_BODY})\s*[)\]]\s*\.?$`);
// Acronyms that close sentences in parentheses and are not initials.
const NOT_INITIALS = /^(?:dprd|dprd[a-z]*|pns|asn|tni|polri|bumn|bumd|opd|skpd|umkm|ibu|bpk|wib|wita|wit|rp)$/i;

export interface InitialsResult {
  initials: string;
  /** The paragraph without its initials ("" when it held only them). */
  rest: string;
}

export function takeInitials(paragraph: string): InitialsResult | null {
  const alone = ALONE.exec(paragraph);
  if (alone) return accept(alone[1]) ? { initials: clean(alone[1]), rest: '' } : null;
  const m = TRAILING.exec(paragraph);
  if (!m) return null;
  const value = m[2];
  if (!accept(value)) return null;
  // Sentence-final before the bracket, or a lower-case code (acronyms are upper case).
  const sentenceEnd = /[.!?"”'’)\]…]\s*$/.test(m[1]) || /[-–—*]/.test(m[1]);
  if (!sentenceEnd && value !== value.toLowerCase()) return null;
  const rest = paragraph
    .slice(0, m.index + m[1].length)
    .replace(/[\s\-–—*]+$/, '')
    .trim();
  return { initials: clean(value), rest };
}

function accept(value: string): boolean {
  return !NOT_INITIALS.test(value.trim()) && value.replace(/[^A-Za-z]/g, '').length <= 14;
}

function clean(value: string): string {
  return value.replace(/\s+/g, '').trim();
}

/**
 * Take the initials off the last paragraph (dropping it when it held only them), keeping
 * captions that stood after it within range. Returns the initials, or null.
 */
export function takeClosingInitials(paragraphs: import('../parse/sourced-text.js').SourcedText[], captions: { paragraphIndex: number }[] = []): string | null {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return null;
  const taken = takeInitials(last.text);
  if (!taken) return null;
  if (taken.rest) paragraphs[paragraphs.length - 1] = sliceSourced(last, 0, taken.rest.length);
  else paragraphs.pop();
  for (const c of captions) c.paragraphIndex = Math.min(c.paragraphIndex, paragraphs.length);
  return taken.initials;
}
