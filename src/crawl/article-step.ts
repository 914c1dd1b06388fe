/**
 * The article step as decisions: given what the fetch and the extraction gave, and what the
 * state already holds, how does this URL end? Pure functions of their inputs (the state is
 * only read); the crawler carries the effects out (writing the file, committing the line).
 */
import type { FetchedResponse } from '../fetch/index.js';
import type { ArticleRecord } from '../record.js';
import { emptyOutcome, isKept } from './outcomes.js';
import type { CrawlState, FrontierRow, Outcome } from './state/index.js';
import { dateOf, outsideWindow, type DateWindow } from './window.js';

/** What every outcome of a fetched page carries. */
export type FetchFacts = Pick<Outcome, 'finalUrl' | 'fetchedAt' | 'etag' | 'lastModified'>;

/** The facts of a fetched page that every outcome carries. */
export function factsOf(res: Pick<FetchedResponse, 'finalUrl' | 'fetchedAt' | 'headers'>): FetchFacts {
  return { finalUrl: res.finalUrl, fetchedAt: res.fetchedAt, etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
}

/** What an unchanged article keeps of its row: its file, hashes, findings and version. */
export function unchangedOf(row: FrontierRow): Outcome {
  return {
    ...emptyOutcome('unchanged'),
    finalUrl: row.finalUrl,
    file: row.file,
    sha256: row.sha256,
    contentHash: row.contentHash,
    etag: row.etag,
    lastModified: row.lastModified,
    findings: row.findings,
    revisionHash: row.revisionHash,
    contentAt: row.contentAt ?? row.fetchedAt,
    seenSignal: row.signal,
    published: row.published,
  };
}

/** A 304: the article the archive holds is the current one. */
export function notModified(row: FrontierRow, facts: FetchFacts): Outcome {
  return {
    ...unchangedOf(row),
    ...facts,
    finalUrl: facts.finalUrl ?? row.finalUrl,
    etag: facts.etag ?? row.etag,
    lastModified: facts.lastModified ?? row.lastModified,
    reason: 'HTTP 304 Not Modified',
    reasonKey: 'HTTP 304',
  };
}

/**
 * Unchanged without a request: the site's lists (sitemap lastmod, REST API modified, feed
 * updated), read again in this pass, give the same modification time as when the article was
 * last fetched. Null when they do not (or did not say, or not yet in this pass).
 */
export function unchangedBySignal(row: FrontierRow, pass: number, now: string): Outcome | null {
  if (!isKept(row.status) || !row.file || !row.signal || row.signalPass !== pass || row.seenSignal !== row.signal) return null;
  return {
    ...unchangedOf(row),
    fetchedAt: now,
    reason: `not modified since it was last fetched (the site lists it as modified ${row.signal})`,
    reasonKey: "the site's dates",
  };
}

/** The page could not be extracted. */
export function notExtracted(facts: FetchFacts, reason: string): Outcome {
  return { ...emptyOutcome('error'), ...facts, reason: `could not be processed (${reason})`, reasonKey: 'not extracted' };
}

/** Before any question of duplicates: no article at all, or one outside --since/--until. Null when the page goes on. */
export function beforeDedup(record: ArticleRecord, facts: FetchFacts, window: DateWindow): Outcome | null {
  // No article at all (a password-protected post, an archive, an empty page): skipped with the extractor's reason, never kept.
  if (record.notArticle) return { ...emptyOutcome('skipped'), ...facts, reason: record.notArticle, reasonKey: record.notArticle };
  if (!record.headline && record.paragraphs.length === 0) {
    return { ...emptyOutcome('error'), ...facts, reason: 'no article found (no headline and no text)', reasonKey: 'no article' };
  }
  const published = dateOf(record.published);
  const outside = outsideWindow(window, published);
  if (!outside) return null;
  const reason = outside === 'before' ? `published ${published}, before --since ${window.since}` : `published ${published}, after --until ${window.until}`;
  return { ...emptyOutcome('skipped'), ...facts, reason, reasonKey: outside === 'before' ? '--since' : '--until' };
}

/**
 * One record per article: a page known by a key (its canonical or final URL) or by the hash of
 * its text that another URL already owns is that article's duplicate. Null when it is new.
 */
export function duplicateOf(state: CrawlState, row: FrontierRow, keys: readonly string[], hash: string, facts: FetchFacts): Outcome | null {
  let owner: { id: number; why: string } | null = null;
  for (const k of keys) {
    const id = state.keyOwner(k);
    if (id !== null && id !== row.id) {
      owner = { id, why: 'same canonical URL' };
      break;
    }
  }
  if (!owner) {
    const byHash = state.hashOwner(hash, row.id);
    if (byHash !== null) owner = { id: byHash, why: 'same text' };
  }
  const ownerRow = owner ? state.row(owner.id) : null;
  if (!owner || !ownerRow) return null;
  return duplicateOutcome(ownerRow, owner.why, facts);
}

/** A duplicate of the article `ownerRow` keeps (`why`: same canonical URL, same text): its file. */
export function duplicateOutcome(ownerRow: Pick<FrontierRow, 'url' | 'file' | 'sha256'>, why: string, facts: FetchFacts): Outcome {
  return {
    ...emptyOutcome('duplicate'),
    ...facts,
    reason: `same article as ${ownerRow.url} (${why})`,
    reasonKey: why,
    file: ownerRow.file,
    sha256: ownerRow.sha256,
  };
}

/** The article is kept: its file, the file's hash, the text's hash and its findings by rule. */
export function kept(record: ArticleRecord, facts: FetchFacts, file: string, fileSha: string, hash: string, revision: Revision): Outcome {
  const findingRules: Record<string, number> = {};
  for (const f of record.findings ?? []) findingRules[f.rule] = (findingRules[f.rule] ?? 0) + 1;
  return {
    ...emptyOutcome('ok'),
    ...facts,
    file,
    sha256: fileSha,
    contentHash: hash,
    findings: record.findings?.length ?? 0,
    findingRules: Object.keys(findingRules).length ? findingRules : null,
    revisionHash: revision.hash,
    contentAt: facts.fetchedAt,
    seenSignal: revision.signal,
    published: record.published,
  };
}

/** The version fetched: the hash of its content, and the site's modification time (signal) seen before the request. */
export interface Revision {
  hash: string;
  signal: string | null;
}
