/**
 * The versions of an article in a crawl archive, as `kliping diff` reads them: the manifest
 * (manifest.jsonl) names each URL's current file and the fetches that changed it; the earlier
 * versions lie in the file's `.versions/` folder (versions.ts). Read only: nothing is written.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { ChangeSummary } from './compare.js';
import { fetchedAtOfVersion, versionsDirOf } from './versions.js';

/** Bad input: what, and why (one line, for `kliping: <input>: <reason>`). */
export class DiffInputError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** The manifest line fields read here. */
export interface ManifestLine {
  url: string;
  finalUrl?: string | null;
  status: string;
  reason?: string | null;
  file?: string | null;
  fetchedAt?: string | null;
  previousVersion?: string | null;
  changes?: ChangeSummary | null;
}

export interface ArticleVersion {
  /** When it was fetched (null when the manifest does not say). */
  fetchedAt: string | null;
  /** Archive-relative path of its record. */
  file: string;
  current: boolean;
}

const MANIFEST = 'manifest.jsonl';
const KEPT = new Set(['ok', 'changed', 'unchanged', 'not-modified']);

/** Every complete line of the archive's manifest; throws DiffInputError when there is none. */
export function readManifest(root: string): ManifestLine[] {
  const path = resolve(root, MANIFEST);
  if (!existsSync(path)) throw new DiffInputError(root, `not a kliping archive (no ${MANIFEST})`);
  const out: ManifestLine[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = JSON.parse(line) as ManifestLine;
      if (parsed && typeof parsed.url === 'string' && typeof parsed.status === 'string') out.push(parsed);
    } catch {
      // a torn last line
    }
  }
  return out;
}

/** A URL as compared here: no fragment, no trailing slash. */
function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/#.*$/, '').replace(/\/+$/, '');
  return norm(a) === norm(b);
}

/** An archive-relative path inside the archive, or a DiffInputError. */
export function inArchive(root: string, rel: string): string {
  const base = resolve(root);
  const abs = resolve(base, rel);
  if (!abs.startsWith(base + sep)) throw new DiffInputError(rel, 'outside the archive');
  return abs;
}

/** The versions of the article at `url`, oldest first, the current one last; throws when the archive does not hold it. */
export function versionsOf(root: string, url: string): ArticleVersion[] {
  const lines = readManifest(root).filter((l) => sameUrl(l.url, url) || (l.finalUrl ? sameUrl(l.finalUrl, url) : false));
  const kept = lines.filter((l) => KEPT.has(l.status) && typeof l.file === 'string');
  const last = kept[kept.length - 1];
  if (!last) throw new DiffInputError(url, `not an article of the archive ${root}`);
  const file = last.file as string;
  // The current file's version: the last fetch that wrote it.
  const wrote = kept.filter((l) => l.file === file && (l.status === 'ok' || l.status === 'changed'));
  const versions: ArticleVersion[] = [];
  const dir = inArchive(root, versionsDirOf(file));
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    for (const name of readdirSync(dir).sort()) {
      const fetchedAt = fetchedAtOfVersion(name);
      if (fetchedAt) versions.push({ fetchedAt, file: `${versionsDirOf(file)}/${name}`, current: false });
    }
  }
  versions.push({ fetchedAt: wrote[wrote.length - 1]?.fetchedAt ?? null, file, current: true });
  return versions;
}

/** The `changed` lines of the manifest fetched on or after `since` (YYYY-MM-DD, UTC), in manifest order. */
export function changedSince(root: string, since: string | null): ManifestLine[] {
  return readManifest(root).filter((l) => l.status === 'changed' && (!since || (l.fetchedAt ?? '') >= since));
}
