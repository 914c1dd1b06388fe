/**
 * The article step carried out: one article URL fetched (conditionally, when the archive holds
 * it), extracted, decided (article-step.ts) in arrival order behind the dedup gate, its
 * version written (revisions.ts) and committed.
 */
import type { Zone } from '../dates/index.js';
import type { FetchExchange, FetchOptions, FetchedResponse } from '../fetch/index.js';
import type { ExtractPool } from '../parallel/pool.js';
import { extract } from '../pipeline.js';
import type { ArticleRecord } from '../record.js';
import { fsReason } from '../sink/fs-errors.js';
import { errorMessage } from '../util/text.js';
import type { ArticleArchive, Placement } from './archive.js';
import { beforeDedup, duplicateOf, factsOf, notExtracted, notModified, type FetchFacts, type Revision } from './article-step.js';
import type { CommitExtras } from './commits.js';
import type { DedupGate, Turn } from './dedup-gate.js';
import { FatalError } from './errors.js';
import type { HostSlot } from './hosts.js';
import type { RequestResult } from './host-request.js';
import type { CrawlOptions } from './options.js';
import { contentHashOf, dedupKeys, emptyOutcome, fetchErrorOutcome, isKept, revisionHashOf } from './outcomes.js';
import { fillModified, writeVersion } from './revisions.js';
import type { CrawlState, FrontierRow, Outcome } from './state/index.js';
import type { DateWindow } from './window.js';

export interface ArticleRunContext {
  root: string;
  state: CrawlState;
  archive: ArticleArchive;
  gate: DedupGate;
  window: DateWindow;
  zone: Zone | null;
  pool: ExtractPool | null;
  onRecord: CrawlOptions['onRecord'];
  /** Count an article page fetched (for the rate). */
  fetched(): void;
  request(slot: HostSlot, row: FrontierRow, extra: FetchOptions, release: () => void): Promise<RequestResult>;
  commitWithWarc(row: FrontierRow, outcome: Outcome, exchanges: FetchExchange[], extras?: CommitExtras): Promise<void>;
}

/** The record of a fetched page, extracted on the pool's threads when there is one. Nothing the page dates after its fetch is its publication date. */
export function extractFetched(res: FetchedResponse, zone: Zone | null, pool: ExtractPool | null): Promise<ArticleRecord> | ArticleRecord {
  const options = { url: res.finalUrl, contentType: res.contentType, zone, now: new Date() };
  return pool ? pool.extract(res.body, options) : extract(res.body, options);
}

export class ArticleRun {
  constructor(private readonly c: ArticleRunContext) {}

  async process(slot: HostSlot, batched: FrontierRow, release: () => void): Promise<void> {
    // As the state has it now (its dates from this pass's discovery): what the decisions compare with.
    const row = this.c.state.row(batched.id) ?? batched;
    const conditional: Record<string, string> = {};
    const hadArticle = isKept(row.status) && row.file !== null;
    if (hadArticle && row.etag) conditional['if-none-match'] = row.etag;
    if (hadArticle && row.lastModified) conditional['if-modified-since'] = row.lastModified;
    const got = await this.c.request(slot, row, { headers: conditional, acceptNotModified: Object.keys(conditional).length > 0 }, release);
    if (!got) return;
    if ('error' in got) {
      await this.c.commitWithWarc(row, fetchErrorOutcome(got.error), got.exchanges);
      return;
    }
    this.c.fetched();
    // A turn for the dedup decision, taken now in arrival order; it ends however the page ends.
    await this.c.gate.withTurn((turn) => this.page(row, got.res, got.exchanges, turn));
  }

  private async page(row: FrontierRow, res: FetchedResponse, exchanges: FetchExchange[], turn: Turn): Promise<void> {
    const facts = factsOf(res);
    const endWith = async (outcome: Outcome) => {
      turn.end();
      await this.c.commitWithWarc(row, outcome, exchanges);
    };
    if (res.status === 304) return endWith(notModified(row, facts));
    let record: ArticleRecord;
    try {
      record = await extractFetched(res, this.c.zone, this.c.pool);
    } catch (err) {
      return endWith(notExtracted(facts, errorMessage(err)));
    }
    // The version is what the page says; the site's lists only fill in a modified date it does not give.
    const revision: Revision = { hash: revisionHashOf(record), signal: row.signal };
    fillModified(record, row);
    const early = beforeDedup(record, facts, this.c.window);
    if (early) return endWith(early);

    // One record per article: by canonical/final URL, then by text.
    const keys = dedupKeys(record, res.finalUrl)
      .filter((k) => k !== row.url)
      .concat(row.url);
    const hash = contentHashOf(record);
    const held = [...keys, `#${hash}`];
    await turn.earlier;
    await this.c.gate.untilFree(held);
    const duplicate = duplicateOf(this.c.state, row, keys, hash, facts);
    if (duplicate) return endWith(duplicate);
    await this.c.gate.holding(held, async () => {
      turn.end();
      await this.keep(row, record, keys, hash, revision, facts, exchanges);
    });
  }

  /** Write the article's files (a new version, or none when it is unchanged) and commit it. */
  private async keep(row: FrontierRow, record: ArticleRecord, keys: string[], hash: string, revision: Revision, facts: FetchFacts, exchanges: FetchExchange[]) {
    // Named after the canonical URL (else the final URL): the same file whichever duplicate comes first.
    let placement: Placement;
    try {
      placement = this.c.archive.place(record, row.id, keys[0] ?? row.url, row.file, facts.fetchedAt ?? new Date().toISOString());
    } catch (err) {
      const outcome = { ...emptyOutcome('error'), ...facts, reason: `no file for it (${errorMessage(err)})`, reasonKey: 'file name' };
      return this.c.commitWithWarc(row, outcome, exchanges);
    }
    let outcome: Outcome;
    try {
      try {
        outcome = await writeVersion(this.c.archive, placement, row, record, hash, revision, facts);
      } catch (err) {
        throw new FatalError(`${this.c.root}: cannot write ${placement.file}: ${fsReason(err)}`);
      }
      await this.c.commitWithWarc(row, outcome, exchanges, { keys, files: placement.files });
    } finally {
      this.c.archive.release(placement);
    }
    if (this.c.onRecord && outcome.status !== 'unchanged') await this.c.onRecord(record, { url: row.url, file: placement.file });
  }
}
