/**
 * One input read into the articles it holds, each as what it is: an HTML page, a Markdown or
 * plain-text draft, or an article record kliping wrote (.json, .jsonl, or stdin holding
 * them). Web archives (WARC, WACZ) give their HTML responses as pages. A part that cannot be
 * read is an InputError naming it, and the rest go on.
 */
import { extname } from 'node:path';
import type { FetchOptions } from '../fetch/client.js';
import { looksLikeHtml } from '../extract/draft/sniff.js';
import { asArticleRecord } from '../extract/from-record.js';
import type { ArticleRecord } from '../record.js';
import { InputError, isUrl, isWebArchive, loadInput, loadWarcInputs, type LoadedInput } from './inputs.js';
import { fsReason } from '../sink/fs-errors.js';

export type InputItem =
  { kind: 'page'; loaded: LoadedInput } | { kind: 'draft'; loaded: LoadedInput } | { kind: 'record'; source: string; record: ArticleRecord };

export const DRAFT_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.txt', '.text']);
export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.php', '.asp', '.aspx']);
const RECORD_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

export interface ItemOptions {
  fetch: FetchOptions;
  stdin: (maxBytes: number) => Promise<Buffer>;
  /** Read every file and stdin as a draft (lint --draft). */
  draft?: boolean;
}

export async function* inputItems(input: string, options: ItemOptions): AsyncGenerator<InputItem | InputError> {
  if (await isWebArchive(input)) {
    for await (const item of loadWarcInputs(input, options.fetch.maxBytes)) yield item instanceof InputError ? item : { kind: 'page', loaded: item };
    return;
  }
  let loaded: LoadedInput;
  try {
    loaded = await loadInput(input, options.fetch, options.stdin);
  } catch (err) {
    yield err instanceof InputError ? err : new InputError(input, fsReason(err));
    return;
  }
  const kind = kindOf(input, loaded, options);
  if (kind === 'record') yield* readRecords(input, loaded.bytes);
  else yield { kind, loaded };
}

/** Pages: URLs and page extensions; drafts: draft extensions; records: .json/.jsonl; else by the first bytes. */
function kindOf(input: string, loaded: LoadedInput, options: ItemOptions): 'page' | 'draft' | 'record' {
  if (loaded.url || isUrl(input)) return options.draft ? 'draft' : 'page';
  const ext = input === '-' ? '' : extname(input).toLowerCase();
  if (RECORD_EXTENSIONS.has(ext)) return 'record';
  if (options.draft || DRAFT_EXTENSIONS.has(ext)) return 'draft';
  if (HTML_EXTENSIONS.has(ext)) return 'page';
  const head = loaded.bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^[{[]/.test(head)) return 'record';
  return looksLikeHtml(head) ? 'page' : 'draft';
}

/**
 * The records of a JSON document (one record, or a list of them: `extract -f json`) or of JSON
 * Lines (`extract -f jsonl`, `crawl --jsonl`). Each part that is no record is one error,
 * named `<file>:<line>` (JSON Lines) or `<file>[<i>]` (a list).
 */
export function* readRecords(source: string, bytes: Buffer): Generator<InputItem | InputError> {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let whole: unknown;
  let parsed = true;
  try {
    whole = JSON.parse(text);
  } catch {
    parsed = false;
  }
  if (!parsed && !startsWithJsonLine(text)) {
    yield new InputError(source, `not JSON (${jsonError(text)})`);
    return;
  }
  if (parsed) {
    if (Array.isArray(whole)) {
      if (whole.length === 0) yield new InputError(source, 'an empty list of records');
      // A list of one (`extract -f json` of one page) is named by its file alone.
      for (let i = 0; i < whole.length; i++) yield recordItem(whole.length === 1 ? source : `${source}[${i}]`, whole[i]);
    } else yield recordItem(source, whole);
    return;
  }
  const lines = text.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    any = true;
    let value: unknown;
    try {
      value = JSON.parse(lines[i]);
    } catch (err) {
      yield new InputError(`${source}:${i + 1}`, `not JSON (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    yield recordItem(`${source}:${i + 1}`, value);
  }
  if (!any) yield new InputError(source, 'empty file');
}

/** JSON Lines: the first non-blank line is a JSON value of its own. */
function startsWithJsonLine(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim());
  if (first === undefined) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return 'unreadable';
  } catch (err) {
    return (err as Error).message.split('\n')[0];
  }
}

function recordItem(source: string, value: unknown): InputItem | InputError {
  const record = asArticleRecord(value);
  return typeof record === 'string' ? new InputError(source, record) : { kind: 'record', source, record };
}
