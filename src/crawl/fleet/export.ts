/**
 * manifest.jsonl and the CDXJ index of a shared crawl, generated from the database: one line
 * per finished URL whatever number of workers fetched it, and only the WARC records of
 * committed captures (a worker that lost its lease may have appended records that no commit
 * took: they stay in its file, unindexed).
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { ensureDirSync } from '../../sink/dirs.js';
import { writeFileAtomic } from '../../sink/atomic.js';
import { cdxjLines, INDEX_FILE, sortCdxj } from '../../warc/cdxj.js';
import { manifestLine } from '../manifest.js';
import { MANIFEST_FILE } from '../options.js';
import { manifestRows, warcRanges, type WarcRange } from '../state/postgres/reports.js';

export interface Exported {
  /** Lines in manifest.jsonl. */
  manifest: number;
  /** Lines in the CDXJ index, or null when the crawl wrote no WARC. */
  cdxj: number | null;
}

export async function exportFromState(pool: pg.Pool, crawl: number, root: string): Promise<Exported> {
  ensureDirSync(root);
  const manifest = await writeManifest(pool, crawl, root);
  const ranges = await warcRanges(pool, crawl);
  const cdxj = ranges.length > 0 || existsSync(join(root, 'warc')) ? await writeIndex(root, ranges) : null;
  return { manifest, cdxj };
}

/** Streamed to a temp file and renamed over the manifest: readers never see half of it. */
async function writeManifest(pool: pg.Pool, crawl: number, root: string): Promise<number> {
  const path = join(root, MANIFEST_FILE);
  // Workers on other machines may export at the same moment: each its own temp file, the last rename wins (they are the same).
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const out = createWriteStream(temp);
  let lines = 0;
  for await (const entry of manifestRows(pool, crawl)) {
    if (!out.write(manifestLine(entry))) await once(out, 'drain');
    lines++;
  }
  out.end();
  await once(out, 'finish');
  renameSync(temp, path);
  return lines;
}

/** Whether `offset` falls in one of the ranges (sorted by offset, not overlapping). */
function committedAt(ranges: WarcRange[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (offset < r.offset) hi = mid - 1;
    else if (offset >= r.offset + r.length) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The index of the committed records: each WARC file read once, its lines kept when they fall in a committed range. */
async function writeIndex(root: string, ranges: WarcRange[]): Promise<number> {
  const byFile = new Map<string, WarcRange[]>();
  for (const r of ranges) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  const lines: string[] = [];
  for (const [file, inFile] of byFile) {
    const path = join(root, 'warc', file);
    if (!existsSync(path)) continue;
    inFile.sort((a, b) => a.offset - b.offset);
    const end = inFile[inFile.length - 1].offset + inFile[inFile.length - 1].length;
    for (const line of await cdxjLines(path, file, 0, end)) {
      const offset = Number((JSON.parse(line.slice(line.indexOf('{'))) as { offset?: number | string }).offset);
      if (committedAt(inFile, offset)) lines.push(line);
    }
  }
  ensureDirSync(join(root, 'indexes'));
  await writeFileAtomic(
    join(root, INDEX_FILE),
    sortCdxj(lines)
      .map((l) => `${l}\n`)
      .join(''),
  );
  return lines.length;
}
