import type { ArticleRecord } from '../record.js';

/**
 * Characters that JSON.stringify leaves as they are but that a terminal or a JavaScript
 * parser may act on: DEL and the C1 controls (U+009B is a one-character "ESC ["), the line
 * and paragraph separators, and the bidirectional controls. In JSON text they can only
 * stand inside strings, where a \uXXXX escape means the same character.
 */
const JSON_UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** JSON.stringify with those characters escaped: parsed back, exactly the same value. */
export function stringifyJson(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? 'null').replace(JSON_UNSAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** One record as pretty JSON; several as a JSON array. */
export function toJson(records: ArticleRecord | ArticleRecord[]): string {
  return stringifyJson(records, 2) + '\n';
}

/** One record per line (JSON Lines). */
export function toJsonLine(record: ArticleRecord): string {
  return stringifyJson(record) + '\n';
}
