/** Lines that are only a timestamp: page meta near the headline, not article text. */
import { findDates } from '../dates/index.js';
import { wordCount } from '../util/text.js';

/** A short line that is only a timestamp (with "| Dibaca 1.234 kali" and the like): page meta, not text. */
export function isDateLine(text: string): boolean {
  const mentions = findDates(text);
  if (!mentions.length) return false;
  let rest = text;
  for (let i = mentions.length - 1; i >= 0; i--) rest = rest.slice(0, mentions[i].index) + rest.slice(mentions[i].end);
  rest = rest
    .replace(/\b(?:dibaca|dilihat|views?|diperbarui|updated|published|diterbitkan|terbit|oleh|by)\b.*$/i, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return wordCount(rest) <= 2;
}
