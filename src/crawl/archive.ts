/**
 * Article files in the archive: ARCHIVE/articles/<host>/<yyyy>/<mm>/<slug>.json (and
 * .md with the Markdown format), written atomically. Every path component is derived
 * and checked here: page text never chooses a path outside the archive, and a name
 * that belongs to a different article gets a numbered suffix instead of overwriting it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { ensureDirSync } from '../sink/dirs.js';
import { resolve, sep } from 'node:path';
import type { ArticleRecord } from '../record.js';
import { toJson } from '../export/json.js';
import { toMarkdown } from '../export/markdown.js';
import { writeFileAtomic } from '../sink/atomic.js';
import { articleBaseName } from '../sink/filenames.js';

export type ArticleFormat = 'json' | 'md';

const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;

/** A host name as a directory name: lower case, [a-z0-9.-] only, never "." or "..". */
export function hostDir(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    host = 'unknown-host';
  }
  host = host
    .replace(/^\[|\]$/g, '')
    .replace(/[^a-z0-9.-]+/g, '_')
    .replace(/^[._-]+/, '');
  return host && SEGMENT.test(host) && !/^\.+$/.test(host) ? host : 'unknown-host';
}

/** yyyy and mm of the record's published date as written, else of the fetch time. */
export function yearMonth(published: string | null, fetchedAt: string): [string, string] {
  const m = published ? /^(\d{4})-(\d{2})-\d{2}/.exec(published) : null;
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return [m[1], m[2]];
  const f = /^(\d{4})-(\d{2})/.exec(fetchedAt);
  if (f) return [f[1], f[2]];
  const now = new Date().toISOString();
  return [now.slice(0, 4), now.slice(5, 7)];
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface Placement {
  /** Archive-relative path of the JSON file ("articles/host/2024/10/slug.json"). */
  file: string;
  /** Every archive-relative file written for the article (the JSON, and the .md). */
  files: string[];
}

/** Who owns an archive path (the URL id), as the state knows it. */
export interface FileOwners {
  fileOwner(path: string): number | null;
}

/**
 * The names an article's file may take, in order: ARCHIVE-relative
 * articles/<host>/<yyyy>/<mm>/<slug>.json, then slug-2.json, … — derived from the URL it is
 * named after and its headline, every component checked.
 */
export function* candidateFiles(record: ArticleRecord, nameUrl: string, fetchedAt: string): Generator<string> {
  const [yyyy, mm] = yearMonth(record.published, fetchedAt);
  const dir = ['articles', hostDir(record.url), yyyy, mm];
  for (const part of dir) if (!SEGMENT.test(part)) throw new Error(`unsafe path component: ${part}`);
  const base = articleBaseName(nameUrl, record.headline);
  for (let n = 1; n < 100_000; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.json`;
    if (!SEGMENT.test(name)) throw new Error(`unsafe file name: ${name}`);
    yield [...dir, name].join('/');
  }
  throw new Error(`no free file name for ${base}`);
}

export class ArticleArchive {
  /** Paths being written by tasks in flight (not yet committed). */
  private readonly reserved = new Set<string>();
  private readonly madeDirs = new Set<string>();

  constructor(
    readonly root: string,
    private readonly owners: FileOwners,
    readonly format: ArticleFormat,
  ) {}

  /** The absolute path of an archive-relative path, refusing anything outside the archive. */
  absolute(rel: string): string {
    const root = resolve(this.root);
    const target = resolve(root, rel);
    if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside the archive: ${rel}`);
    return target;
  }

  /**
   * Choose (and reserve) the file of an article. A URL that already has a file keeps it;
   * otherwise the first free name among slug.json, slug-2.json, … that is not taken by a
   * different URL (in the state, by a task in flight, or by a file on disk naming
   * another url).
   */
  place(record: ArticleRecord, urlId: number, nameUrl: string, previousFile: string | null, fetchedAt: string): Placement {
    if (previousFile && this.isOwnPath(previousFile) && !this.reserved.has(previousFile)) {
      return this.reserve(previousFile);
    }
    for (const rel of candidateFiles(record, nameUrl, fetchedAt)) {
      if (this.reserved.has(rel) || this.reserved.has(mdOf(rel))) continue;
      const owner = this.owners.fileOwner(rel);
      if (owner !== null && owner !== urlId) continue;
      if (owner === null && !this.freeOnDisk(rel, record.url)) continue;
      return this.reserve(rel);
    }
    throw new Error('no free file name'); // candidateFiles throws first
  }

  /** The files written for an article whose JSON file is `rel` (the JSON, and the .md). */
  filesOf(rel: string): string[] {
    return this.format === 'md' ? [rel, mdOf(rel)] : [rel];
  }

  private isOwnPath(rel: string): boolean {
    try {
      this.absolute(rel);
      return rel.startsWith('articles/') && rel.endsWith('.json');
    } catch {
      return false;
    }
  }

  private reserve(rel: string): Placement {
    const files = this.filesOf(rel);
    for (const f of files) this.reserved.add(f);
    return { file: rel, files };
  }

  release(placement: Placement): void {
    for (const f of placement.files) this.reserved.delete(f);
  }

  /**
   * A name no committed URL owns is free unless a file there names another article
   * (left by an interrupted run that wrote it but did not commit: then it is the same
   * URL, and is overwritten).
   */
  private freeOnDisk(rel: string, url: string): boolean {
    for (const f of this.format === 'md' ? [rel, mdOf(rel)] : [rel]) {
      const abs = this.absolute(f);
      if (!existsSync(abs)) continue;
      let text: string;
      try {
        text = readFileSync(abs, 'utf8');
      } catch {
        return false;
      }
      const owner = f.endsWith('.json') ? jsonUrl(text) : markdownUrl(text);
      if (owner !== url) return false;
    }
    return true;
  }

  /** Write the article's files atomically; returns the SHA-256 of the JSON file. */
  async write(placement: Placement, record: ArticleRecord): Promise<string> {
    const json = toJson(record);
    await this.ensureDir(placement.file);
    await writeFileAtomic(this.absolute(placement.file), json);
    if (this.format === 'md') await writeFileAtomic(this.absolute(mdOf(placement.file)), toMarkdown(record));
    return sha256(json);
  }

  private async ensureDir(rel: string): Promise<void> {
    const dir = rel.slice(0, rel.lastIndexOf('/'));
    if (this.madeDirs.has(dir)) return;
    ensureDirSync(this.absolute(dir));
    this.madeDirs.add(dir);
  }
}

function mdOf(rel: string): string {
  return rel.replace(/\.json$/, '.md');
}

function jsonUrl(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as { url?: unknown };
    return typeof parsed.url === 'string' ? parsed.url : null;
  } catch {
    return null;
  }
}

function markdownUrl(text: string): string | null {
  const front = /^---\n[\s\S]*?^url:\s*(.+)$/m.exec(text);
  return front ? front[1].trim().replace(/^(['"])(.*)\1$/, '$2') : null;
}
