/**
 * Reading a finished archive folder (what `kliping crawl` wrote) for `kliping pack` and
 * `kliping report`: the last manifest line of every URL and the article records. (The earlier
 * versions kept beside a record, `<slug>.versions/`, are src/diff/archive.ts's to read.)
 * Reading only: a crawl may be running on the same folder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleRecord } from '../record.js';
import { resolveInside } from '../sink/filenames.js';

export const MANIFEST = 'manifest.jsonl';

/** One line of manifest.jsonl (fields a later version adds are kept as they are). */
export interface ManifestEntry {
  url: string;
  finalUrl?: string | null;
  /** ok, not-modified, error, skipped, duplicate; later crawls also write changed, unchanged. */
  status: string;
  reason?: string | null;
  file?: string | null;
  sha256?: string | null;
  findings?: number | null;
  fetchedAt?: string | null;
  [more: string]: unknown;
}

/** An article of the archive: its last manifest line and its record. */
export interface ArchivedArticle {
  entry: ManifestEntry;
  /** Archive-relative path of the record ("articles/host/2024/10/slug.json"). */
  file: string;
  record: ArticleRecord;
}

export interface ArchiveContents {
  root: string;
  /** The last line of every URL, in the order URLs first appear. */
  entries: ManifestEntry[];
  articles: ArchivedArticle[];
  /** Manifest lines that could not be read (a torn last line), and records that are missing or broken. */
  problems: string[];
}

/** The archive at `root`: throws when it has no manifest.jsonl (not an archive folder). */
export function readArchive(root: string): ArchiveContents {
  const manifestPath = resolve(root, MANIFEST);
  if (!existsSync(manifestPath)) {
    const what = existsSync(root) ? (statSync(root).isDirectory() ? `no ${MANIFEST} in it` : 'not a folder') : 'no such folder';
    throw new Error(`not a kliping archive (${what})`);
  }
  const problems: string[] = [];
  const last = new Map<string, ManifestEntry>();
  const lines = readFileSync(manifestPath, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const entry = JSON.parse(line) as ManifestEntry;
      if (typeof entry?.url !== 'string' || typeof entry.status !== 'string') throw new Error('no url or status');
      last.delete(entry.url); // the order of the last line
      last.set(entry.url, entry);
    } catch {
      problems.push(`${MANIFEST} line ${i + 1}: not a manifest entry`);
    }
  });
  const entries = [...last.values()];
  const articles: ArchivedArticle[] = [];
  for (const entry of entries) {
    if (typeof entry.file !== 'string' || !entry.file.endsWith('.json') || entry.status === 'error') continue;
    const record = readRecord(root, entry.file, problems);
    if (record) articles.push({ entry, file: entry.file, record });
  }
  return { root: resolve(root), entries, articles, problems };
}

function readRecord(root: string, file: string, problems: string[]): ArticleRecord | null {
  const path = resolveInside(root, file);
  if (!path) {
    problems.push(`${file}: outside the archive`);
    return null;
  }
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as ArticleRecord;
    if (!record || typeof record !== 'object' || !Array.isArray(record.paragraphs)) throw new Error('not an article record');
    return record;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push(`${file}: ${code === 'ENOENT' ? 'missing' : 'not an article record'}`);
    return null;
  }
}
