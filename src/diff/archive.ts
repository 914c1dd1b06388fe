/**
 * The versions of an article in a crawl archive, as `kliping diff` and `kliping report` read
 * them: the manifest (manifest.jsonl) names each URL's current file and the fetches that
 * changed it; the earlier versions lie in the file's `.versions/` folder (versions.ts), and this
 * is the one place that lists it. Read only: nothing is written.
 */
import { resolveInside } from '../sink/filenames.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fsReason } from '../sink/fs-errors.js';
import { join, resolve } from 'node:path';
import { compareRecords, type ChangeSummary, type Comparable } from './compare.js';
import type { DiffReport } from './render.js';
import { fetchedAtOfVersion, instantOf, versionsDirOf } from './versions.js';

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
  const abs = resolveInside(root, rel);
  if (abs === null) throw new DiffInputError(rel, 'outside the archive');
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
  return [...earlierVersionsOf(root, file), { fetchedAt: wrote[wrote.length - 1]?.fetchedAt ?? null, file, current: true }];
}

/**
 * The earlier versions kept beside the record `file` (archive-relative) in its
 * `<slug>.versions/` folder, oldest first; none when there is no such folder. Files not named
 * as the crawl names versions are not versions. Throws DiffInputError when the folder would
 * lie outside the archive.
 */
export function earlierVersionsOf(root: string, file: string): ArticleVersion[] {
  const rel = versionsDirOf(file);
  return versionFilesIn(inArchive(root, rel)).map(({ name, fetchedAt }) => ({ fetchedAt, file: `${rel}/${name}`, current: false }));
}

/** The version files of a `<slug>.versions/` folder, oldest first (their names sort in time); none when it is missing. */
function versionFilesIn(dir: string): { name: string; fetchedAt: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => ({ name, fetchedAt: fetchedAtOfVersion(name) }))
    .filter((v): v is { name: string; fetchedAt: string } => v.fetchedAt !== null);
}

/** The `changed` lines of the manifest fetched on or after `since` (YYYY-MM-DD, UTC), in manifest order. */
export function changedSince(root: string, since: string | null): ManifestLine[] {
  return readManifest(root).filter((l) => l.status === 'changed' && (!since || (l.fetchedAt ?? '') >= since));
}

/**
 * An archived article's current version compared with the one before it, or with the one
 * fetched at `from` (a fetchedAt, or a version file's name); throws DiffInputError.
 */
export function archivedDiff(root: string, url: string, from?: string): DiffReport {
  const versions = versionsOf(root, url);
  const newer = versions[versions.length - 1];
  const older = from === undefined ? versions[versions.length - 2] : pickVersion(versions, from);
  if (!older) throw new DiffInputError(url, `has one version only in ${root}: nothing to compare`);
  const read = (v: ArticleVersion) => readRecord(inArchive(root, v.file), v.file);
  return { old: label(older), new: label(newer), diff: compareRecords(read(older), read(newer)) };
}

function label(v: ArticleVersion): string {
  return `${v.file}${v.fetchedAt ? ` (fetched ${v.fetchedAt})` : ''}`;
}

function pickVersion(versions: ArticleVersion[], from: string): ArticleVersion {
  const t = instantOf(from);
  if (t === null) throw new DiffInputError(from, 'not a time (give a fetchedAt as the manifest writes it, e.g. 2024-12-01T02:00:00.000Z)');
  const found = versions.find((v) => v.fetchedAt !== null && Date.parse(v.fetchedAt) === t);
  const known = versions.map((v) => v.fetchedAt ?? '?').join(', ');
  if (!found) throw new DiffInputError(from, `no version of the article was fetched then (versions: ${known})`);
  if (found.current) throw new DiffInputError(from, 'is the current version: give an earlier one');
  return found;
}

/** A record file's compared parts; throws DiffInputError naming `name` when it is unreadable or no record. */
export function readRecord(path: string, name = path): Comparable {
  return comparableOf(readRecordJson(path, name));
}

/** A record file as it is written (an object with paragraphs); throws DiffInputError naming `name` when it is unreadable or no record. */
export function readRecordJson(path: string, name = path): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DiffInputError(name, fsReason(err));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new DiffInputError(name, `not JSON (${(err as Error).message})`);
  }
  const r = value as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r) || !Array.isArray(r.paragraphs)) throw new DiffInputError(name, 'not an article record (no paragraphs)');
  return r;
}

/** The compared parts of a record read as it is written (`paragraphs` an array): anything missing or of another type made safe. */
export function comparableOf(r: Record<string, unknown>): Comparable {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    headline: str(r.headline),
    paragraphs: Array.isArray(r.paragraphs) ? r.paragraphs.map(String) : [],
    captions: Array.isArray(r.captions) ? r.captions.map((c) => ({ text: String((c as { text?: unknown })?.text ?? '') })) : [],
    published: str(r.published),
    modified: str(r.modified),
  };
}

/**
 * The latest earlier version kept beside a record file (`<slug>.versions/<fetchedAt>.json`), as
 * `kliping lint` compares the record with it; null when there is none. A version that cannot be
 * read is passed over for the one before it.
 */
export function latestVersionBeside(file: string): { record: Comparable; fetchedAt: string } | null {
  if (!file.endsWith('.json')) return null;
  const dir = versionsDirOf(file);
  for (const { name, fetchedAt } of versionFilesIn(dir).reverse()) {
    try {
      return { record: readRecord(join(dir, name)), fetchedAt };
    } catch {
      // unreadable: the version before it
    }
  }
  return null;
}
