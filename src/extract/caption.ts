/** A photo caption's credit and date. */
import { findDates } from '../dates/index.js';
import { CAPTION_LEAD, CREDIT_PATTERNS, CREDIT_PREFIX } from './sites/captions.js';
import { normalizeText } from '../util/text.js';

export function captionCredit(text: string): string | null {
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
