import type { ArticleRecord } from '../record.js';
import { sanitizeForTerminal } from '../util/terminal.js';

/** Plain text: the headline, a blank line, the paragraphs. Control sequences removed. */
export function toText(record: ArticleRecord): string {
  const parts: string[] = [];
  if (record.headline) parts.push(record.headline);
  if (record.text) parts.push(record.text);
  return sanitizeForTerminal(parts.join('\n\n')) + '\n';
}
