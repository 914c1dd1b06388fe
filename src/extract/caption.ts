/** A photo caption's credit and date. */
import { findDates } from '../dates/index.js';
import { CAPTION_LEAD, CREDIT_LOWERCASE_WORDS, CREDIT_PATTERNS, CREDIT_PREFIX, OPENING_PHOTO_LABEL } from './sites/captions.js';
import { normalizeText } from '../util/text.js';

const CREDIT_WORD = new Set(CREDIT_LOWERCASE_WORDS);
const DATE_LIKE = /\d{1,2}\s*[/.-]\s*\d{1,2}|\d{4}/;

/** Text after "Foto:" that describes the photo rather than crediting it (see OPENING_PHOTO_LABEL). */
function describes(text: string): boolean {
  if (DATE_LIKE.test(text)) return true;
  for (const word of text.split(/[^\p{L}]+/u)) {
    if (word.length >= 4 && word === word.toLowerCase() && !CREDIT_WORD.has(word)) return true;
  }
  return false;
}

export function captionCredit(text: string): string | null {
  // "Foto: Warga melintasi …" opens with the caption's label: the credit, if any, is in the rest.
  const label = OPENING_PHOTO_LABEL.exec(text);
  if (label) {
    const rest = text.slice(label[0].length);
    const firstSentence = rest.split(/[.!?]\s|\(/)[0];
    if (describes(firstSentence)) text = rest;
  }
  for (const re of CREDIT_PATTERNS) {
    const m = re.exec(text);
    if (m?.[1]) {
      const credit = normalizeText(m[1].replace(CREDIT_PREFIX, ''));
      if (credit) return credit;
    }
  }
  return null;
}

/** The first date written in the caption, ISO; a missing year comes from context. */
export function captionDate(text: string, contextYear: number | null): string | null {
  for (const mention of findDates(text, { year: contextYear })) {
    if (mention.iso) return mention.iso;
  }
  return null;
}

/** Does a short text block right under an image read like its caption? */
export function looksLikeCaption(text: string, emphasisShare: number): boolean {
  if (text.length > 400) return false;
  if (emphasisShare >= 0.8) return true;
  if (CAPTION_LEAD.test(text)) return true;
  return captionCredit(text) !== null;
}
