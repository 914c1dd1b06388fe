/**
 * Revisions: keeping an article the archive may already hold. The first version is written
 * (`ok`). On a re-crawl the same content (headline, paragraphs, captions, published, modified)
 * is `unchanged` and its file is left as it is; new content is `changed`: the version before
 * is first copied, atomically, to `<slug>.versions/<fetchedAt>.json`, only then is the current
 * file replaced, and only then is the change committed. A crawl killed at any point therefore
 * loses no version: a copy already made is never made again (the current file may by then be
 * the uncommitted new version), and the URL, not committed, is fetched again by the next run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { compareRecords, describeChanges, type Comparable } from '../diff/compare.js';
import { fetchedAtOfVersion, versionFileOf } from '../diff/versions.js';
import { addRevisionFindings } from '../lint/revision.js';
import type { ArticleRecord } from '../record.js';
import { writeFileAtomic } from '../sink/atomic.js';
import { ensureDirSync } from '../sink/dirs.js';
import { sha256, type ArticleArchive, type Placement } from './archive.js';
import { kept, type FetchFacts, type Revision } from './article-step.js';
import { isKept, revisionHashOf } from './outcomes.js';
import { recordStamp } from './signal.js';
import type { FrontierRow, NewUrl, Outcome, UrlKind } from './state/index.js';

/**
 * `record.modified` from the best source: the page's own metadata (already there), else the
 * REST API's `modified` of the post, else the sitemap's `<lastmod>` (or the feed's `<updated>`).
 */
export function fillModified(record: ArticleRecord, row: FrontierRow): void {
  if (record.modified) return;
  record.modified = recordStamp(row.restModified) ?? recordStamp(row.lastmod) ?? null;
}

/** Article URLs a discovery document listed, with the REST API's date kept as the post's `modified`. */
export function withSourceDates(kind: UrlKind, items: NewUrl[]): NewUrl[] {
  if (kind !== 'wpjson') return items;
  return items.map((item) => (item.kind === 'article' && item.lastmod ? { ...item, restModified: item.lastmod, lastmod: null } : item));
}

/**
 * Write the version of the article this fetch gave (or leave the file, when it is the same
 * content) and return the outcome to commit.
 */
export async function writeVersion(
  archive: ArticleArchive,
  placement: Placement,
  row: FrontierRow,
  record: ArticleRecord,
  hash: string,
  revision: Revision,
  facts: FetchFacts,
): Promise<Outcome> {
  const abs = archive.absolute(placement.file);
  const held = (isKept(row.status) || row.revisionHash !== null) && existsSync(abs);
  if (!held) return kept(record, facts, placement.file, await archive.write(placement, record), hash, revision);
  const current = readFileSync(abs);
  const same = row.revisionHash !== null ? row.revisionHash === revision.hash : sameAsFile(comparable(current), record, revision);
  if (same) {
    // A file other than the committed one was left by a run killed before its commit: the version is put back.
    const sha = row.sha256 !== null && sha256(current) !== row.sha256 ? await archive.write(placement, record) : sha256(current);
    return {
      ...kept(record, facts, placement.file, sha, hash, revision),
      status: 'unchanged',
      reason: 'fetched again: the same content',
      reasonKey: 'same content',
      findings: row.findings,
      contentAt: row.contentAt ?? row.fetchedAt ?? facts.fetchedAt,
    };
  }
  const previous = versionFileOf(placement.file, row.contentAt ?? row.fetchedAt ?? statSync(abs).mtime.toISOString());
  const previousAbs = archive.absolute(previous);
  let older: Buffer;
  if (existsSync(previousAbs)) {
    older = readFileSync(previousAbs);
  } else {
    ensureDirSync(dirname(previousAbs));
    await writeFileAtomic(previousAbs, current);
    older = current;
  }
  const before = comparable(older);
  const changes = compareRecords(before, record).summary;
  // Linted against the version before: an edit no correction note owns up to is a silent-edit finding.
  addRevisionFindings(record, { record: before, fetchedAt: fetchedAtOfVersion(basename(previous)) });
  const sha = await archive.write(placement, record);
  return {
    ...kept(record, facts, placement.file, sha, hash, revision),
    status: 'changed',
    reason: describeChanges(changes),
    changes,
    previousVersion: previous,
  };
}

/**
 * Without the hash in the state (an archive of an older kliping, a state rebuilt from the
 * manifest), the file's content is compared: its `modified` may have been filled in from the
 * site's lists, as they stood when it was fetched (a list read after the article, or not at
 * all, left it different or empty). When the page itself gives no modification date, the
 * file's `modified` is the lists' word, not the page's, and is left out of the comparison.
 */
function sameAsFile(file: Comparable, record: ArticleRecord, revision: Revision): boolean {
  const fileHash = revisionHashOf(file);
  if (fileHash === revision.hash || fileHash === revisionHashOf(record)) return true;
  const pageGivesNoModified = revision.hash === revisionHashOf({ ...record, modified: null });
  return pageGivesNoModified && revisionHashOf({ ...file, modified: null }) === revision.hash;
}

/** An archived record's compared parts; an unreadable file compares as an empty article. */
function comparable(bytes: Buffer): Comparable {
  try {
    const r = JSON.parse(bytes.toString('utf8')) as Partial<ArticleRecord>;
    return {
      headline: typeof r.headline === 'string' ? r.headline : null,
      paragraphs: Array.isArray(r.paragraphs) ? r.paragraphs : [],
      captions: Array.isArray(r.captions) ? r.captions : [],
      published: typeof r.published === 'string' ? r.published : null,
      modified: typeof r.modified === 'string' ? r.modified : null,
    };
  } catch {
    return { headline: null, paragraphs: [], captions: [], published: null, modified: null };
  }
}
