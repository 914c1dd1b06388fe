import type { ArticleRecord } from '../record.js';

/** One record as pretty JSON; several as a JSON array. */
export function toJson(records: ArticleRecord | ArticleRecord[]): string {
  return JSON.stringify(records, null, 2) + '\n';
}

/** One record per line (JSON Lines). */
export function toJsonLine(record: ArticleRecord): string {
  return JSON.stringify(record) + '\n';
}
