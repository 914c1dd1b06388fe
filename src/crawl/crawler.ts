/**
 * The crawl: a frontier in the state database, drained host by host under the politeness
 * rules (scheduler.ts), each article fetched (host-request.ts), extracted (the pipeline),
 * decided (article-step.ts: the date window, one record per article through dedup-gate.ts),
 * written to the archive and committed with its manifest line (manifest.ts) — so that a run
 * stopped at any point, even by kill -9, is finished by running it again, with nothing lost,
 * nothing duplicated and no finished URL fetched again.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Agent, type Dispatcher } from 'undici';
import { ExtractPool } from '../parallel/pool.js';
import { FetchError, type FetchExchange, type FetchOptions } from '../fetch/index.js';
import { ensureDirSync } from '../sink/dirs.js';
import type { AppendLog } from '../sink/appendlog.js';
import { errorMessage } from '../util/text.js';
import { WarcWriter } from '../warc/write.js';
import { ArticleArchive } from './archive.js';
import { unchangedBySignal } from './article-step.js';
import { DedupGate } from './dedup-gate.js';
import { queueInputs } from './discovery.js';
import { discover } from './discovery-step.js';
import { FatalError } from './errors.js';
import type { HostSlot } from './hosts.js';
import { loadHostRobots, requestFor, type RequestResult } from './host-request.js';
import { openManifest } from './manifest.js';
import { Commits, type CommitExtras } from './commits.js';
import {
  resolveCrawlOptions,
  tell,
  userAgent,
  STATE_FILE,
  type CrawlEvent,
  type CrawlOptions,
  type CrawlSummary,
  type ResolvedCrawlOptions,
  type SharedStateOptions,
} from './options.js';
import { beginPass } from './pass.js';
import { emptyOutcome, isKept } from './outcomes.js';
import { withSourceDates } from './revisions.js';
import { ArticleRun } from './article-run.js';
import { ROBOTS_TOKEN } from './robots.js';
import { Scheduler } from './scheduler.js';
import { CrawlState, type FrontierRow, type NewUrl, type Outcome } from './state/index.js';
import { buildSummary } from './summary.js';
import type { DateWindow } from './window.js';

/** A crawl job over one archive folder. */
export class Crawler {
  readonly root: string;
  private readonly o: ResolvedCrawlOptions;
  private readonly window: DateWindow;
  private state!: CrawlState;
  private manifest!: AppendLog;
  private archive!: ArticleArchive;
  private warc: WarcWriter | null = null;
  private dispatcher!: Dispatcher;
  private ownDispatcher: Agent | null = null;
  private scheduler!: Scheduler;
  private readonly claimed = new Set<number>();
  private readonly gate = new DedupGate();
  private readonly abortController = new AbortController();
  private stopping = false;
  private interrupted = false;
  private fatal: string | null = null;
  private sites: string[] = [];
  private invalidInputs = 0;
  /** Discovered article URLs left out by --since/--until, each once however many sources list it. */
  private readonly outside = new Set<string>();
  private startedAt = 0;
  private requests = 0;
  private commits!: Commits;
  private readonly fetchBase: FetchOptions;
  private pool: ExtractPool | null = null;
  private articles: ArticleRun | null = null;

  constructor(options: CrawlOptions) {
    this.o = resolveCrawlOptions(options);
    this.root = resolve(options.out);
    this.window = { since: options.since ?? null, until: options.until ?? null };
    this.fetchBase = {
      ...(options.fetch ?? {}),
      userAgent: userAgent(options.userAgent, options.contact),
      // Any Retry-After pauses the whole host (rather than one request waiting in place).
      maxRetryAfterMs: 0,
      signal: this.abortController.signal,
    };
  }

  /** Stop taking new URLs; requests in flight finish and are committed. */
  stop(): void {
    this.interrupted = true;
    this.stopping = true;
    this.scheduler?.wake();
  }

  /** Stop now: requests in flight are abandoned (their URLs stay to do). */
  abort(): void {
    this.stop();
    this.abortController.abort();
  }

  private emit(event: CrawlEvent): void {
    tell(this.o.onEvent, event);
  }

  async run(): Promise<CrawlSummary> {
    this.startedAt = Date.now();
    this.open();
    try {
      try {
        await this.prepare();
        this.commits.progress(true); // the line shows at once, discovery included
        if (!this.stopping) await this.scheduler.run();
      } catch (err) {
        if (!(err instanceof FatalError)) throw err;
        this.fatal ??= err.message;
      }
      this.manifest.sync();
      this.commits.progress(true);
      return buildSummary(this.state, {
        archive: this.root,
        invalidInputs: this.invalidInputs,
        outsideWindow: this.outside.size,
        sitesWithoutArticles: this.sitesWithoutArticles(),
        hostsLeft: [...this.scheduler.hosts.values()].filter((h) => h.givenUp).map((h) => ({ host: h.host, reason: h.givenUp as string })),
        fetched: this.commits.fetched,
        requests: this.requests,
        elapsedMs: Date.now() - this.startedAt,
        interrupted: this.interrupted,
        fatal: this.fatal,
      });
    } finally {
      await this.close();
    }
  }

  // -------------------------------------------------------------------------
  // the archive, opened and closed

  private open(): void {
    ensureDirSync(this.root);
    const statePath = join(this.root, STATE_FILE);
    this.state = CrawlState.open(statePath, existsSync(statePath));
    try {
      const { log, notices } = openManifest(this.root, this.state);
      this.manifest = log;
      for (const message of notices) this.emit({ type: 'notice', message });
      this.commits = new Commits(
        this.root,
        this.state,
        log,
        () => this.warc,
        (event) => this.emit(event),
        this.startedAt,
      );
      this.archive = new ArticleArchive(this.root, this.state, this.o.format ?? 'json');
      if ((this.o.jobs ?? 1) > 1) this.pool = new ExtractPool(this.o.jobs);
      this.dispatcher =
        this.o.dispatcher ?? (this.ownDispatcher = new Agent({ connect: { timeout: this.o.fetch?.connectTimeoutMs ?? 10_000 }, connections: this.o.perHost }));
      this.scheduler = new Scheduler(
        { concurrency: this.o.concurrency, perHost: this.o.perHost, delayMs: this.o.delayMs, maxPauseMs: this.o.maxPauseMs, robots: this.o.robots !== false },
        {
          state: this.state,
          claimed: this.claimed,
          stopping: () => this.stopping,
          robots: (slot, now) => this.loadRobots(slot, now),
          row: (slot, row, now) => this.runRow(slot, row, now),
          withoutRequest: (slot, row) => this.decideWithoutRequest(slot, row),
          gaveUp: (slot, reason) => this.emit({ type: 'problem', url: slot.host, reason: `${reason}; its URLs are left for the next run` }),
        },
      );
    } catch (err) {
      this.state.close();
      throw err;
    }
  }

  private async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
    this.manifest?.close();
    await this.warc?.finish((message) => this.emit({ type: 'notice', message }));
    this.state?.close();
    if (this.ownDispatcher) {
      const agent = this.ownDispatcher;
      this.ownDispatcher = null;
      agent.destroy().catch(() => {});
    }
  }

  /** Open the WARC file, start or finish a pass, and queue the sites and URLs of this run. */
  private async prepare(): Promise<void> {
    if (this.o.warc) await this.openWarc();
    beginPass(this.state, this.o, (event) => this.emit(event));
    const invalid = (input: string, reason: string) => {
      this.invalidInputs++;
      this.emit({ type: 'problem', url: input, reason });
    };
    await queueInputs(this.o, this.window, this.sites, (batch) => this.addUrls(batch), invalid);
    for (const host of this.state.pendingHosts()) this.scheduler.slot(host, this.sites);
    this.commits.countEarlier();
  }

  private async openWarc(): Promise<void> {
    const file = this.state.meta('warc_file');
    const bytes = this.state.metaNumber('warc_bytes');
    const { writer, cut } = await WarcWriter.open(this.root, file !== null && bytes !== null ? { file, bytes } : null);
    this.warc = writer;
    if (cut > 0) this.emit({ type: 'notice', message: `warc/${file}: removed an unfinished record (${cut} bytes) left by an interrupted run` });
  }

  /**
   * The --site origins of this run whose discovery listed no article at all (none queued,
   * none left out by --since/--until): a wrong address, or a site kliping cannot read.
   */
  private sitesWithoutArticles(): string[] {
    if (this.interrupted || this.fatal) return [];
    const outsideHosts = new Set([...this.outside].map((u) => new URL(u).host));
    return this.sites.filter((origin) => !this.state.hasArticlesOf(origin) && !outsideHosts.has(new URL(origin).host));
  }

  private addUrls(items: NewUrl[]): number {
    const { added, hosts } = this.state.addUrls(items);
    for (const host of hosts) this.scheduler.refresh(host, this.sites);
    if (added > 0) this.commits.totalChanged();
    this.scheduler.wake();
    return added;
  }

  // -------------------------------------------------------------------------
  // the work the scheduler starts

  private loadRobots(slot: HostSlot, now: number): Promise<void> {
    this.requests++;
    return loadHostRobots(slot, now, {
      fetch: { ...this.fetchBase, dispatcher: this.dispatcher },
      giveUp: (reason) => this.scheduler.giveUp(slot, reason),
      addUrls: (items) => this.addUrls(items),
      emit: (event) => this.emit(event),
      wake: () => this.scheduler.wake(),
    });
  }

  /** Finish a row that needs no request (robots.txt disallows it; the site's dates say it is unchanged). Returns true if it did. */
  private decideWithoutRequest(slot: HostSlot, row: FrontierRow): boolean {
    const robots = slot.robots;
    if (robots?.kind === 'rules' && !robots.isAllowed(row.url)) {
      slot.take();
      this.commit(row, { ...emptyOutcome('skipped'), reason: `disallowed by robots.txt (for ${ROBOTS_TOKEN})`, reasonKey: 'robots.txt' });
      return true;
    }
    // The site's dates count once every list of the host is read in this pass (a later one may give a newer date).
    if (row.kind !== 'article' || !isKept(row.status) || this.state.documentsPendingOn(row.host)) return false;
    const fresh = this.state.row(row.id); // the batch was read before this pass's discovery gave its dates
    const unchanged = fresh && unchangedBySignal(fresh, this.state.pass, new Date().toISOString());
    if (!unchanged || !existsSync(join(this.root, unchanged.file as string))) return false;
    slot.take();
    this.commit(row, unchanged);
    return true;
  }

  private async runRow(slot: HostSlot, row: FrontierRow, now: number): Promise<void> {
    this.claimed.add(row.id);
    slot.inFlight++;
    slot.started(now);
    // The host's slot is given back as soon as its answer is in: politeness limits the
    // requests a host sees, not our work on its pages (extraction, writing, committing).
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      slot.answered(Date.now());
      slot.inFlight--;
      this.scheduler.wake();
    };
    try {
      if (row.kind === 'article') await this.processArticle(slot, row, release);
      else await discover(this.discoveryContext(row.kind), slot, row, release);
    } catch (err) {
      if (err instanceof FatalError) {
        this.fatal ??= err.message;
        this.stopping = true;
      } else if (!(err instanceof FetchError && err.code === 'aborted')) {
        // A bug, not a bad page: say so on the URL, and go on.
        this.commitSafely(row, { ...emptyOutcome('error'), reason: `could not be processed (${errorMessage(err)})`, reasonKey: 'internal error' });
      }
    } finally {
      release();
      this.claimed.delete(row.id);
      this.scheduler.wake();
    }
  }

  private request(slot: HostSlot, row: FrontierRow, extra: FetchOptions, release: () => void): Promise<RequestResult> {
    return requestFor(
      {
        state: this.state,
        fetchBase: this.fetchBase,
        dispatcher: this.dispatcher,
        capture: this.warc !== null,
        maxDeferrals: this.o.maxDeferrals,
        signal: this.abortController.signal,
        countRequest: () => this.requests++,
        emit: (event) => this.emit(event),
      },
      slot,
      row,
      extra,
      release,
    );
  }

  private discoveryContext(kind: FrontierRow['kind']) {
    return {
      window: this.window,
      maxBytes: this.o.fetch?.maxBytes,
      request: (slot: HostSlot, row: FrontierRow, extra: FetchOptions, release: () => void) => this.request(slot, row, extra, release),
      commit: (row: FrontierRow, outcome: Outcome) => this.commit(row, outcome),
      commitDocument: (row: FrontierRow, outcome: Outcome, exchanges: FetchExchange[]) => this.commitWithWarc(row, outcome, exchanges, {}, false),
      addUrls: (items: NewUrl[]) => this.addUrls(withSourceDates(kind, items)),
      countOutside: (urls: readonly string[]) => {
        for (const u of urls) this.outside.add(u);
      },
      emit: (event: CrawlEvent) => this.emit(event),
    };
  }

  // -------------------------------------------------------------------------
  // the article step (article-run.ts)

  private processArticle(slot: HostSlot, row: FrontierRow, release: () => void): Promise<void> {
    this.articles ??= new ArticleRun({
      root: this.root,
      state: this.state,
      archive: this.archive,
      gate: this.gate,
      window: this.window,
      zone: this.o.zone ?? null,
      pool: this.pool,
      onRecord: this.o.onRecord,
      fetched: () => this.commits.fetched++,
      request: (slot, row, extra, release) => this.request(slot, row, extra, release),
      commitWithWarc: (row, outcome, exchanges, extras) => this.commitWithWarc(row, outcome, exchanges, extras),
    });
    return this.articles.process(slot, row, release);
  }

  private commit(row: FrontierRow, outcome: Outcome): void {
    this.commits.commit(row, outcome);
  }

  private commitWithWarc(row: FrontierRow, outcome: Outcome, exchanges: FetchExchange[], extras: CommitExtras = {}, article = true): Promise<void> {
    return this.commits.withWarc(row, outcome, exchanges, extras, article);
  }

  /** A bug is recorded on its URL; an archive that cannot be written stops the crawl. */
  private commitSafely(row: FrontierRow, outcome: Outcome): void {
    try {
      this.commit(row, outcome);
    } catch (err) {
      this.fatal ??= (err as Error).message;
      this.stopping = true;
    }
  }
}

/** Crawl into an archive (as one worker of a shared crawl with `state: 'postgres://…'`); resolves with the summary. `signal` stops it gracefully. */
export async function crawl(options: CrawlOptions & SharedStateOptions & { signal?: AbortSignal }): Promise<CrawlSummary> {
  // A shared state loads the PostgreSQL client and the worker only when asked for.
  const state = options.state;
  const crawler = state ? new (await import('./fleet/worker.js')).FleetWorker({ ...options, state }) : new Crawler(options);
  const onAbort = () => crawler.stop();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) crawler.stop();
  try {
    return await crawler.run();
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}
