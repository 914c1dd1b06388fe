/**
 * Reading WACZ files (Web Archive Collection Zipped, as webrecorder's tools and
 * Browsertrix write them): a ZIP whose `archive/` folder holds the WARC files. Their HTTP
 * responses are read in the order the ZIP lists them, as for a plain WARC file.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { readWarcResponses, type WarcResponse } from './read.js';

/** A WACZ by its name. */
export function isWaczPath(path: string): boolean {
  return /\.wacz$/i.test(path);
}

/** The WARC files of a WACZ: `archive/*.warc` and `archive/*.warc.gz`. */
function isArchivedWarc(entry: Entry): boolean {
  return /^archive\/[^/]+\.warc(?:\.gz)?$/i.test(entry.fileName);
}

export async function* readWaczResponses(path: string, options: { maxBytes?: number } = {}): AsyncGenerator<WarcResponse> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  try {
    const warcs = (await listEntries(zip)).filter(isArchivedWarc);
    if (warcs.length === 0) throw new Error('no WARC file in its archive/ folder');
    for (const entry of warcs) {
      yield* readWarcResponses(await zip.openReadStreamPromise(entry), options);
    }
  } finally {
    zip.close();
  }
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}
