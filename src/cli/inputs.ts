/**
 * Reading one input (a file, "-" for stdin, or an http(s) URL) into bytes, or into one
 * clear reason why not.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { FetchOptions } from '../fetch/client.js';
import { loadClient } from '../fetch/lazy.js';
import { FetchError } from '../fetch/errors.js';
import { fsReason } from '../sink/fs-errors.js';
import { formatBytes } from '../util/units.js';

export interface LoadedInput {
  /** The input as the user gave it. */
  source: string;
  /** The page URL (for http inputs, the final URL after redirects), or null for local input. */
  url: string | null;
  bytes: Buffer;
  contentType: string | null;
}

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}

/** Local files and stdin obey the same size limit as fetched pages (--max-size, default 10 MiB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function loadInput(source: string, fetchOptions: FetchOptions, stdin: (maxBytes: number) => Promise<Buffer>): Promise<LoadedInput> {
  const maxBytes = fetchOptions.maxBytes ?? DEFAULT_MAX_BYTES;
  if (isUrl(source)) {
    try {
      const res = await (await loadClient()).fetchUrl(source, fetchOptions);
      // A PNG or PDF served as text/html is refused like a local binary file.
      checkLooksLikeText(source, res.body);
      return { source, url: res.finalUrl, bytes: res.body, contentType: res.contentType };
    } catch (err) {
      if (err instanceof FetchError) throw new InputError(source, err.message);
      throw err;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) throw new InputError(source, 'only http and https URLs are supported');
  let bytes: Buffer;
  if (source === '-') {
    bytes = await stdin(maxBytes);
    if (bytes.length > maxBytes) throw new InputError(source, `larger than ${formatBytes(maxBytes)}`);
  } else bytes = await readLocal(source, maxBytes);
  checkLooksLikeText(source, bytes);
  return { source, url: null, bytes, contentType: null };
}

async function readLocal(path: string, maxBytes: number): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new InputError(path, fsReason(err));
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory');
  if (!info.isFile()) throw new InputError(path, 'not a regular file');
  if (info.size > maxBytes) throw new InputError(path, `larger than ${formatBytes(maxBytes)} (see --max-size)`);
  try {
    return await readFile(path);
  } catch (err) {
    throw new InputError(path, fsReason(err));
  }
}

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['WebP/RIFF data', [0x52, 0x49, 0x46, 0x46]],
  ['ELF binary', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Empty and binary inputs are refused with a reason, before any parsing. */
export function checkLooksLikeText(source: string, bytes: Buffer): void {
  if (bytes.length === 0) throw new InputError(source, 'empty file');
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw new InputError(source, `not an HTML page (${name})`);
  }
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16) {
    let suspicious = 0;
    for (const b of head) if (b < 9 || (b > 13 && b < 32)) suspicious++;
    // A stray NUL or control byte is damage the parser copes with; many are not text at all.
    if (suspicious > head.length * 0.05) throw new InputError(source, 'not an HTML page (binary data)');
  }
  if (!hasNonSpace(bytes)) throw new InputError(source, 'empty file (only whitespace)');
}

function hasNonSpace(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0xef && b !== 0xbb && b !== 0xbf) return true;
  }
  return false;
}

/** A WARC file (by its name or its first bytes: "WARC/1." plain or gzip-compressed) or a WACZ (by its name). */
export async function isWebArchive(path: string): Promise<boolean> {
  if (/\.(?:warc(?:\.gz)?|wacz)$/i.test(path)) return true;
  if (path === '-' || isUrl(path)) return false;
  let handle;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    let start = head.subarray(0, bytesRead);
    if (start[0] === 0x1f && start[1] === 0x8b) {
      try {
        start = gunzipSync(start, { finishFlush: 2 /* Z_SYNC_FLUSH: a prefix is enough */ });
      } catch {
        return false;
      }
    }
    return start.subarray(0, 7).toString('latin1') === 'WARC/1.';
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * The HTML responses archived in a WARC file (as `kliping crawl --warc` writes them) or in
 * the WARC files of a WACZ, one input each, named `<file>#<url>`; a record that is not an
 * HTML page (robots.txt, sitemaps, redirects, errors) is skipped, a broken one is reported as
 * an InputError and the rest go on.
 */
export async function* loadWarcInputs(path: string, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<LoadedInput | InputError> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield new InputError(path, fsReason(err));
    return;
  }
  if (!info.isFile()) {
    yield new InputError(path, info.isDirectory() ? 'is a directory' : 'not a regular file');
    return;
  }
  const wacz = /\.wacz$/i.test(path);
  try {
    // warcio (and the ZIP reader) load only when an archive is given.
    const responses = wacz
      ? (await import('../warc/wacz.js')).readWaczResponses(path, { maxBytes })
      : (await import('../warc/read.js')).readWarcResponses(path, { maxBytes });
    for await (const response of responses) {
      const contentType = response.headers['content-type'] ?? null;
      if (!response.status) {
        yield new InputError(`${path}#${response.url || 'record'}`, 'damaged WARC record (no HTTP response in it)');
        continue;
      }
      if (response.status !== 200 || (contentType && !/html/i.test(contentType))) continue;
      const source = `${path}#${response.url}`;
      if (response.body.length > maxBytes) {
        yield new InputError(source, `larger than ${formatBytes(maxBytes)} (see --max-size)`);
        continue;
      }
      try {
        checkLooksLikeText(source, response.body);
        yield { source, url: response.url, bytes: response.body, contentType };
      } catch (err) {
        if (err instanceof InputError) yield err;
        else throw err;
      }
    }
  } catch (err) {
    yield new InputError(path, `not a readable ${wacz ? 'WACZ' : 'WARC'} file (${(err as Error)?.message?.split('\n')[0] ?? err})`);
  }
}
