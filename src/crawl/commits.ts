/**
 * Commits: a finished URL is recorded in the state, its manifest line appended and its WARC
 * records written in one transaction (so an interrupted write never leaves a torn line), and
 * counted for the progress line.
 */
import type { FetchExchange } from '../fetch/index.js';
import type { AppendLog } from '../sink/appendlog.js';
import { fsReason } from '../sink/fs-errors.js';
import type { WarcWriter } from '../warc/write.js';
import { FatalError } from './errors.js';
import { manifestLine } from './manifest.js';
import { isKept } from './outcomes.js';
import type { CrawlEvent } from './options.js';
import type { CommitExtras as StateCommitExtras, CrawlState, FrontierRow, Outcome } from './state/index.js';

/** What a kept article brings to its commit: its dedup keys and its files. */
export type CommitExtras = Omit<StateCommitExtras, 'sideEffects'>;

export class Commits {
  private readonly counts = { done: 0, total: 0, ok: 0, failed: 0, documents: 0 };
  /** Discovery documents may be left to read (the count is asked of the state only then). */
  private discovering = true;
  private lastProgress = 0;
  /** Article pages fetched in this run (for the rate). */
  fetched = 0;

  constructor(
    private readonly root: string,
    private readonly state: CrawlState,
    private readonly manifest: AppendLog,
    private readonly warc: () => WarcWriter | null,
    private readonly emit: (event: CrawlEvent) => void,
    private readonly startedAt: number,
  ) {}

  /** Count what earlier runs finished, for the progress line. */
  countEarlier(): void {
    for (const c of this.state.statusCounts()) {
      this.counts.done += c.count;
      if (isKept(c.status)) this.counts.ok += c.count;
      if (c.status === 'error') this.counts.failed += c.count;
    }
    this.counts.total = this.state.totalArticles();
  }

  /** More URLs are known to the job (articles, or discovery documents to read). */
  totalChanged(): void {
    this.counts.total = this.state.totalArticles();
    this.discovering = true;
  }

  /** Commit with the WARC records of the row's exchanges (when a WARC file is written). */
  async withWarc(row: FrontierRow, outcome: Outcome, exchanges: FetchExchange[], extras: CommitExtras = {}, article = true): Promise<void> {
    const warc = this.warc();
    const warcBytes = warc && exchanges.length > 0 ? await warc.records(exchanges) : null;
    this.commit(row, outcome, extras, warcBytes, article);
  }

  /** Commit a finished row: state, manifest line and WARC records in one transaction. */
  commit(row: FrontierRow, outcome: Outcome, extras: CommitExtras = {}, warcBytes: Buffer | null = null, article = row.kind === 'article'): void {
    const line = article ? manifestLine({ url: row.url, ...outcome }) : null;
    const warc = this.warc();
    try {
      this.state.complete(row.id, outcome, {
        ...extras,
        sideEffects: () => {
          if (line !== null) this.state.setMeta('manifest_bytes', this.manifest.appendSync(line));
          if (warcBytes && warc) {
            const w = warc.append(warcBytes);
            this.state.setMeta('warc_file', w.file);
            this.state.setMeta('warc_bytes', w.bytes);
          }
        },
      });
    } catch (err) {
      throw new FatalError(`${this.root}: cannot record ${row.url}: ${fsReason(err)}`);
    }
    if (!article) {
      this.counts.documents++;
      this.progress(true); // few, and slow to come: each one shows
      return;
    }
    this.counts.done++;
    if (isKept(outcome.status)) this.counts.ok++;
    if (outcome.status === 'error') {
      this.counts.failed++;
      this.emit({ type: 'problem', url: row.url, reason: outcome.reason ?? 'failed' });
    }
    this.emit({ type: 'finished', url: row.url, status: outcome.status, reason: outcome.reason, file: outcome.file });
    this.progress();
  }

  /** A progress event, at most every 100 ms unless forced. */
  progress(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastProgress < 100) return;
    this.lastProgress = now;
    const elapsed = (now - this.startedAt) / 1000;
    const rate = elapsed > 0 ? this.fetched / elapsed : 0;
    const { done, total, ok, failed, documents } = this.counts;
    const left = Math.max(0, total - done);
    const documentsLeft = this.discovering ? this.state.pendingDocuments() : 0;
    this.discovering = documentsLeft > 0;
    this.emit({
      type: 'progress',
      progress: {
        done,
        total,
        ok,
        failed,
        rate,
        etaMs: rate > 0 && !this.discovering ? (left / rate) * 1000 : null,
        ...(this.discovering ? { discovery: { read: documents, left: documentsLeft } } : {}),
      },
    });
  }
}
