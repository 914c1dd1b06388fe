/**
 * The CDXJ index of an archive's WARC files, as pywb and warcio write it: one line per
 * response record, `<SURT key> <14-digit timestamp> <JSON: url, mime, status, digest, length,
 * offset, filename>`, sorted, so that replay tools find a capture by URL and time and read its
 * record at `offset` (`length` bytes: the record's gzip member) in `filename`.
 *
 * The lines are warcio's CDXIndexer's. ARCHIVE/indexes/index.cdxj is written when a crawl
 * with --warc closes, and again by `kliping pack`. WARC files are only ever appended to (a
 * torn record is cut back to the committed length, never below), so the lines of a file's
 * first N bytes stay valid: they are kept in ARCHIVE/indexes/parts/<file>.json with N (and a
 * hash of the file's head, its warcinfo record), and only the bytes after N are read the next
 * time.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CDXIndexer } from 'warcio';
import { ensureDirSync } from '../sink/dirs.js';
import { writeFileAtomic } from '../sink/atomic.js';

/** The index, relative to the archive folder (and to a WACZ package). */
export const INDEX_FILE = 'indexes/index.cdxj';
const PARTS_DIR = 'indexes/parts';
const WARC_NAME = /^[^/.][^/]*\.warc(?:\.gz)?$/i;

/** A WARC file of the archive, with the length of it that is indexed. */
export interface WarcFile {
  /** Its name in ARCHIVE/warc/ (and in a WACZ's archive/). */
  name: string;
  path: string;
  bytes: number;
}

/** The WARC files in ARCHIVE/warc/, by name, with their sizes now. */
export function archiveWarcFiles(root: string): WarcFile[] {
  const dir = join(root, 'warc');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return names
    .filter((n) => WARC_NAME.test(n))
    .sort()
    .map((name) => ({ name, path: join(dir, name), bytes: statSync(join(dir, name)).size }))
    .filter((f) => f.bytes > 0);
}

/**
 * The CDXJ lines of the records of one WARC file between `start` and `end` (bytes; `start`
 * at a record boundary), offsets counted from the start of the file.
 */
export async function cdxjLines(path: string, filename: string, start = 0, end?: number): Promise<string[]> {
  if (end !== undefined && end <= start) return [];
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const reader = createReadStream(path, { start, end: end === undefined ? undefined : end - 1 });
  const lines: string[] = [];
  for await (const cdx of indexer.iterIndex([{ filename, reader }])) {
    if (start > 0) cdx.offset = Number(cdx.offset) + start;
    lines.push(indexer.serializeCDXJ(cdx).replace(/\n$/, ''));
  }
  return lines;
}

interface Part {
  bytes: number;
  /** The sha256 of the file's first bytes (its warcinfo record, unique to the file): another file of the same name is indexed anew. */
  head: string;
  lines: string[];
}

const HEAD_BYTES = 4096;

function headOf(file: WarcFile): string {
  const fd = openSync(file.path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, file.bytes));
    const n = readSync(fd, buf, 0, buf.length, 0);
    return createHash('sha256').update(buf.subarray(0, n)).digest('hex');
  } finally {
    closeSync(fd);
  }
}

function readPart(path: string): Part | null {
  try {
    const part = JSON.parse(readFileSync(path, 'utf8')) as Part;
    return Number.isSafeInteger(part.bytes) && typeof part.head === 'string' && Array.isArray(part.lines) ? part : null;
  } catch {
    return null;
  }
}

/** The lines of one file, reading only what the kept part does not cover; the part is brought up to date when `keep`. */
async function fileLines(root: string, file: WarcFile, keep: boolean): Promise<string[]> {
  const partPath = join(root, PARTS_DIR, `${file.name}.json`);
  const part = readPart(partPath);
  const head = headOf(file);
  const from = part && part.bytes <= file.bytes && part.head === head ? part : { bytes: 0, lines: [] };
  if (from.bytes === file.bytes) return from.lines;
  const lines = [...from.lines, ...(await cdxjLines(file.path, file.name, from.bytes, file.bytes))];
  if (keep) {
    try {
      ensureDirSync(join(root, PARTS_DIR));
      await writeFileAtomic(partPath, JSON.stringify({ bytes: file.bytes, head, lines }));
    } catch {
      // a read-only archive: indexed again next time
    }
  }
  return lines;
}

/** Sorted as `sort` sorts in the C locale: by SURT key, then time. */
export function sortCdxj(lines: string[]): string[] {
  return lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The CDXJ index of the given WARC files of the archive at `root` (all of ARCHIVE/warc/ by
 * default), sorted. With `write`, it is also written to ARCHIVE/indexes/index.cdxj.
 */
export async function archiveIndex(root: string, options: { files?: WarcFile[]; write?: boolean } = {}): Promise<string> {
  const files = options.files ?? archiveWarcFiles(root);
  const lines: string[] = [];
  for (const file of files) lines.push(...(await fileLines(root, file, options.write !== false)));
  const text = sortCdxj(lines)
    .map((l) => `${l}\n`)
    .join('');
  if (options.write) {
    ensureDirSync(join(root, 'indexes'));
    await writeFileAtomic(join(root, INDEX_FILE), text);
  }
  return text;
}
