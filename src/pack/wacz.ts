/**
 * `kliping pack`: an archive folder as one WACZ 1.1.1 package (Web Archive Collection Zipped,
 * webrecorder's format, which ReplayWeb.page opens and pywb indexes):
 *
 *   archive/<file>.warc.gz    the crawl's WARC files, as they are
 *   indexes/index.cdxj        their CDXJ index (cdxj.ts), offsets into the files above
 *   pages/pages.jsonl         the articles: url, capture time, headline
 *   datapackage.json          profile data-package, wacz_version 1.1.1, every file's sha256 and size
 *   datapackage-digest.json   the sha256 of datapackage.json
 *
 * Entries are stored, not compressed, so that a reader can seek into a WARC file by the
 * index's offsets (the WACZ spec asks this of the WARC files and the index). The ZIP is written
 * by yazl (ZIP64 when needed) under a temporary name, renamed into place when complete.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { VERSION } from '../fetch/version.js';
import { archiveIndex, archiveWarcFiles, INDEX_FILE, type WarcFile } from '../warc/cdxj.js';
import { readArchive } from './archive.js';
import { pagesJsonl } from './pages.js';

export const WACZ_VERSION = '1.1.1';
const PAGES_FILE = 'pages/pages.jsonl';

export interface PackOptions {
  /** The package's title (default: the archive folder's name). */
  title?: string;
  /** The creation time (default: now). */
  now?: Date;
}

export interface PackSummary {
  out: string;
  warcFiles: number;
  warcBytes: number;
  indexLines: number;
  pages: number;
  /** Articles whose page is in no WARC file. */
  notCaptured: string[];
  /** Manifest lines or records that could not be read. */
  problems: string[];
  bytes: number;
}

interface Resource {
  name: string;
  path: string;
  hash: string;
  bytes: number;
}

const sha256Of = (data: Uint8Array) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

async function sha256OfFile(file: WarcFile): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file.path, { end: file.bytes - 1 })) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

/** Pack the archive at `root` into the WACZ file `out`. */
export async function packArchive(root: string, out: string, options: PackOptions = {}): Promise<PackSummary> {
  const contents = readArchive(root);
  // Sizes taken once: a crawl still appending to the last file adds nothing to this package.
  const warcs = archiveWarcFiles(root);
  if (warcs.length === 0) throw new Error('no WARC files in its warc/ folder (crawl with --warc to capture the pages)');
  const cdxj = await archiveIndex(root, { files: warcs });
  const pages = pagesJsonl(contents.articles, cdxj);
  const index = Buffer.from(cdxj, 'utf8');
  const pagesBytes = Buffer.from(pages.text, 'utf8');

  const resources: Resource[] = [];
  for (const w of warcs) resources.push({ name: w.name, path: `archive/${w.name}`, hash: await sha256OfFile(w), bytes: w.bytes });
  resources.push({ name: basename(INDEX_FILE), path: INDEX_FILE, hash: sha256Of(index), bytes: index.length });
  resources.push({ name: basename(PAGES_FILE), path: PAGES_FILE, hash: sha256Of(pagesBytes), bytes: pagesBytes.length });
  const now = options.now ?? new Date();
  const datapackage = Buffer.from(
    JSON.stringify(
      {
        profile: 'data-package',
        wacz_version: WACZ_VERSION,
        title: options.title ?? basename(contents.root),
        software: `kliping/${VERSION}`,
        created: now.toISOString(),
        resources,
      },
      null,
      2,
    ) + '\n',
  );
  const digest = Buffer.from(JSON.stringify({ path: 'datapackage.json', hash: sha256Of(datapackage) }, null, 2) + '\n');

  const zip = new ZipFile();
  const entry = { compress: false, mtime: now };
  for (const w of warcs)
    zip.addReadStreamLazy(`archive/${w.name}`, { ...entry, size: w.bytes }, (cb) => cb(null, createReadStream(w.path, { end: w.bytes - 1 })));
  zip.addBuffer(index, INDEX_FILE, entry);
  zip.addBuffer(pagesBytes, PAGES_FILE, entry);
  zip.addBuffer(datapackage, 'datapackage.json', entry);
  zip.addBuffer(digest, 'datapackage-digest.json', entry);
  zip.end();
  const bytes = await writeZip(zip, out);
  return {
    out,
    warcFiles: warcs.length,
    warcBytes: warcs.reduce((n, w) => n + w.bytes, 0),
    indexLines: cdxj ? cdxj.split('\n').length - 1 : 0,
    pages: pages.count,
    notCaptured: pages.missing,
    problems: contents.problems,
    bytes,
  };
}

/** The ZIP's bytes into a temporary file beside `out`, renamed into place when all are written. */
async function writeZip(zip: ZipFile, out: string): Promise<number> {
  const tmp = join(dirname(out), `.${basename(out)}.kliping-tmp-${randomBytes(4).toString('hex')}`);
  const file = createWriteStream(tmp, { flags: 'wx', mode: 0o644 });
  let bytes = 0;
  zip.outputStream.on('data', (chunk: Buffer) => (bytes += chunk.length));
  try {
    await pipeline(zip.outputStream, file);
    await rename(tmp, out);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  return bytes;
}
