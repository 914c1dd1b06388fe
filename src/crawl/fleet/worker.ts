/**
 * A worker of a shared crawl (`kliping crawl --state postgres://…`): any number of them, on
 * one machine or many, work on one job whose frontier lives in PostgreSQL. Each leases hosts
 * (its fair share of the hosts with work: their number over the live workers, up to
 * --concurrency), keeps its leases alive with a heartbeat, and works each leased host until it
 * is drained (host-work.ts). A worker that dies leaves its leases to run out; another takes
 * its hosts over. A worker whose lease was taken from it (it was stopped, cut off) commits
 * nothing more on that host. On SIGTERM it finishes what is in flight and releases its hosts.
 *
 * Every worker writes its own WARC files (warc/kliping-<worker>-…), and articles under
 * names taken in the database; manifest.jsonl and the CDXJ index are generated from the
 * database (export.ts), by the worker that sees the crawl finished or by --export-manifest.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type pg from 'pg';
import type { Dispatcher } from 'undici';
import type { FetchExchange, FetchOptions } from '../../fetch/index.js';
import { ExtractPool } from '../../parallel/pool.js';
import { ensureDirSync } from '../../sink/dirs.js';
import { errorMessage } from '../../util/text.js';
import { WarcWriter } from '../../warc/write.js';
import { ArticleArchive } from '../archive.js';
import { queueInputs } from '../discovery.js';
import { FatalError } from '../errors.js';
import {
  resolveCrawlOptions,
  tell,
  userAgent,
  type CrawlEvent,
  type CrawlOptions,
  type CrawlSummary,
  type ResolvedCrawlOptions,
  type SharedStateOptions,
} from '../options.js';
import { connectState, redactedUrl, redactIn, StateUnavailableError } from '../state/postgres/connection.js';
import { PgFrontier, type FencedCommit } from '../state/postgres/frontier.js';
import { articleTotals, countRequests, hostsWithWork, liveWorkers, registerWorker, workerStopped, workLeft } from '../state/postgres/reports.js';
import type { FrontierRow, Outcome } from '../state/types.js';
import { exportFromState } from './export.js';
import { workHost, type HostWorkDeps } from './host-work.js';
import { leaseCheckedDispatcher } from './lease-dispatcher.js';
import { validUntil, type HostLease } from './requests.js';
import { fleetSummary } from './summary.js';

export const DEFAULT_LEASE_MS = 30_000;
/** How often a worker with nothing to claim looks again (new URLs, a lease run out). */
const POLL_MS = 500;
/** Progress counts the whole crawl in the database: every few seconds, not at every poll. */
const PROGRESS_MS = 3_000;
/** A host whose work failed on something unexpected (the database away for a moment) waits this long before this worker claims it again. */
const COOLDOWN_MS = 5_000;

export interface FleetOptions extends CrawlOptions, SharedStateOptions {
  state: string;
}

export class FleetWorker {
  readonly id = workerId();
  readonly root: string;
  private readonly o: ResolvedCrawlOptions & FleetOptions;
  private readonly leaseMs: number;
  private pool!: pg.Pool;
  private frontier!: PgFrontier;
  private warc: WarcWriter | null = null;
  private dispatcher!: Dispatcher;
  private extractPool: ExtractPool | null = null;
  private readonly leases = new Map<string, HostLease>();
  /** Hosts whose work failed on something unexpected: not claimed again by this worker before the time given. */
  private readonly cooldown = new Map<string, number>();
  private stopping = false;
  private interrupted = false;
  private fatal: string | null = null;
  private startedAt = 0;
  private since = new Date(0);
  private requests = 0;
  private fetched = 0;
  private invalidInputs = 0;
  private sites: string[] = [];
  private wakeUp: (() => void) | null = null;

  constructor(options: FleetOptions) {
    this.o = { ...options, ...resolveCrawlOptions(options) };
    this.root = resolve(options.out);
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  stop(): void {
    this.interrupted = true;
    this.stopping = true;
    this.wakeUp?.();
  }

  abort(): void {
    this.stop();
    for (const l of this.leases.values()) l.abort.abort();
  }

  private emit(event: CrawlEvent): void {
    tell(this.o.onEvent, event);
  }

  async run(): Promise<CrawlSummary> {
    this.startedAt = Date.now();
    this.pool = await connectState(this.o.state, {
      max: Math.max(4, this.o.concurrency * this.o.perHost + 2),
      application: `kliping ${this.id}`,
      stalledTxMs: this.leaseMs,
    });
    try {
      this.frontier = await PgFrontier.open(this.pool, this.o.crawlName ?? crawlNameOf(this.root));
      ensureDirSync(this.root);
      if (this.o.warc) this.warc = (await WarcWriter.open(this.root, null, { prefix: this.id })).writer;
      this.since = await registerWorker(this.pool, this.frontier.crawl, { id: this.id, machine: hostname(), pid: process.pid, leaseMs: this.leaseMs });
      this.emit({ type: 'notice', message: `worker ${this.id} on ${redactedUrl(this.o.state)} (crawl "${this.frontier.name}")` });
      await this.seed();
      await this.asStateError(() => this.withHeartbeat(() => this.loop()));
      return await this.asStateError(() => this.finish());
    } finally {
      await this.close();
    }
  }

  /** Work that talks to the database only: what fails in it is the database's, said as such, the password left out. */
  private async asStateError<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof StateUnavailableError) throw err;
      throw new StateUnavailableError(`${redactedUrl(this.o.state)}: ${redactIn(errorMessage(err), this.o.state)}`, { cause: err });
    }
  }

  /** Run `work` while the leases are renewed every third of their time; a fatal error ends the work, not the summary. */
  private async withHeartbeat(work: () => Promise<void>): Promise<void> {
    const heartbeat = setInterval(() => void this.renew(), Math.max(50, Math.floor(this.leaseMs / 3)));
    try {
      await work();
    } catch (err) {
      if (!(err instanceof FatalError)) throw err;
      this.fatal ??= err.message;
    } finally {
      clearInterval(heartbeat);
    }
  }

  // ---------------------------------------------------------------------------

  private depsMade: HostWorkDeps | null = null;

  /** What the host work needs, made on first use. */
  private deps(): HostWorkDeps {
    if (this.depsMade) return this.depsMade;
    const archive = new ArticleArchive(this.root, { fileOwner: () => null }, this.o.format ?? 'json');
    this.dispatcher ??= leaseCheckedDispatcher(this.leases, {
      connectTimeoutMs: this.o.fetch?.connectTimeoutMs ?? 10_000,
      connections: this.o.perHost,
      base: this.o.dispatcher,
    });
    if ((this.o.jobs ?? 1) > 1) this.extractPool ??= new ExtractPool(this.o.jobs);
    const fetchBase: FetchOptions = { ...(this.o.fetch ?? {}), userAgent: userAgent(this.o.userAgent, this.o.contact), maxRetryAfterMs: 0 };
    const value: HostWorkDeps = {
      worker: this.id,
      leaseMs: this.leaseMs,
      frontier: this.frontier,
      fetchBase,
      dispatcher: this.dispatcher,
      capture: this.warc !== null,
      maxDeferrals: this.o.maxDeferrals,
      maxPauseMs: this.o.maxPauseMs,
      archive,
      window: { since: this.o.since ?? null, until: this.o.until ?? null },
      zone: this.o.zone ?? null,
      pool: this.extractPool,
      perHost: this.o.perHost,
      robots: this.o.robots !== false,
      onRecord: this.o.onRecord,
      stopping: () => this.stopping,
      countRequest: () => this.requests++,
      fetched: () => this.fetched++,
      giveUp: async (host, reason) => {
        await this.frontier.giveUp(host.lease, reason);
        host.lost = true;
        host.givenUp = true;
        this.emit({ type: 'problem', url: host.lease.host, reason: `${reason}; its URLs are left for a later run` });
      },
      notice: (message) => this.emit({ type: 'notice', message }),
      warcOf: (exchanges) => this.warcOf(exchanges),
      committed: (row, outcome) => this.committed(row, outcome),
      emit: (event) => this.emit(event),
    };
    this.depsMade = value;
    return value;
  }

  /** The sites and URLs of this run, queued (known ones are left as they are: every worker may be given the same). */
  private async seed(): Promise<void> {
    // Asked of a crawl, not of each worker: done by a worker that starts alone (not again by every one that joins).
    const alone = (this.o.retryFailed || this.o.rediscover) && (await liveWorkers(this.pool, this.frontier.crawl)) <= 1;
    if (this.o.retryFailed && alone) await this.frontier.requeue(`status = 'error'`);
    if (this.o.rediscover && alone) await this.frontier.requeue(`kind <> 'article'`);
    if ((this.o.retryFailed || this.o.rediscover) && !alone) {
      this.emit({ type: 'notice', message: 'other workers are at work on this crawl: --retry-failed and --rediscover are left to a worker that starts alone' });
    }
    const window = { since: this.o.since ?? null, until: this.o.until ?? null };
    const invalid = (input: string, reason: string) => {
      this.invalidInputs++;
      this.emit({ type: 'problem', url: input, reason });
    };
    await queueInputs(this.o, window, this.sites, (batch) => this.frontier.addUrls(batch, this.o.delayMs), invalid);
  }

  /** Claim hosts up to this worker's share and work them; until the crawl has nothing left, or a stop. */
  private async loop(): Promise<void> {
    const active = new Set<Promise<void>>();
    let failingSince: number | null = null;
    try {
      while (!this.stopping) {
        try {
          if (await this.round(active)) break;
          failingSince = null;
        } catch (err) {
          // The database away for a moment: look again; away for longer than a lease (the hosts are gone by then), stop.
          failingSince ??= Date.now();
          if (Date.now() - failingSince > this.leaseMs) throw err;
        }
        await this.pause();
      }
    } catch (err) {
      this.stopping = true;
      for (const l of this.leases.values()) l.abort.abort();
      throw err;
    } finally {
      await Promise.allSettled([...active]);
    }
  }

  private lastProgress = 0;

  /** One look at the crawl: hosts given back beyond the share, claimed up to it, progress told. True when nothing is left to do. */
  private async round(active: Set<Promise<void>>): Promise<boolean> {
    const share = await this.share();
    this.handBackBeyond(share);
    while (this.leases.size < share && !this.stopping) {
      const sentAt = performance.now();
      const lease = await this.frontier.claimHost(this.id, this.leaseMs, this.since, this.notNow());
      if (!lease) break;
      const host: HostLease = {
        lease,
        delayMs: Math.max(lease.delayMs, this.o.delayMs),
        abort: new AbortController(),
        lost: false,
        validUntil: validUntil(sentAt, this.leaseMs),
      };
      this.leases.set(lease.host, host);
      const work = this.workLease(host).finally(() => {
        active.delete(work);
        this.wakeUp?.();
      });
      active.add(work);
    }
    if (Date.now() - this.lastProgress > PROGRESS_MS) {
      this.lastProgress = Date.now();
      await this.progress();
    }
    return active.size === 0 && (await this.nothingLeft());
  }

  /** Until a host's work ends, a stop, or the next poll. */
  private pause(): Promise<void> {
    return new Promise<void>((wake) => {
      const timer = setTimeout(() => done(), POLL_MS);
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        wake();
      };
      this.wakeUp = done;
    });
  }

  /** Held beyond the share (more workers joined): the last claimed hosts are given back after their row in hand. */
  private handBackBeyond(share: number): void {
    const held = [...this.leases.values()].filter((l) => !l.handBack && !l.lost);
    for (const l of held.slice(share)) l.handBack = true;
  }

  /** Hosts not to claim now: those held, those cooling down. */
  private notNow(): string[] {
    const now = Date.now();
    for (const [host, until] of this.cooldown) if (until <= now) this.cooldown.delete(host);
    return [...this.leases.keys(), ...this.cooldown.keys()];
  }

  /** How many hosts this worker should hold: the hosts with work over the live workers, rounded up, at most --concurrency. */
  private async share(): Promise<number> {
    const [workers, hosts] = [await liveWorkers(this.pool, this.frontier.crawl), await hostsWithWork(this.pool, this.frontier.crawl)];
    return Math.min(this.o.concurrency, Math.max(1, Math.ceil(hosts / Math.max(1, workers))));
  }

  /** No URL is left to do but on hosts given up since this worker started. */
  private async nothingLeft(): Promise<boolean> {
    return !(await workLeft(this.pool, this.frontier.crawl, this.since));
  }

  private async workLease(host: HostLease): Promise<void> {
    try {
      await workHost(this.deps(), host);
    } catch (err) {
      if (err instanceof FatalError) {
        this.fatal ??= err.message;
        this.stopping = true;
      } else if (!host.lost) {
        this.cooldown.set(host.lease.host, Date.now() + COOLDOWN_MS);
        this.emit({ type: 'problem', url: host.lease.host, reason: `${errorMessage(err)}; the host is left to the other workers for now` });
      }
    } finally {
      this.leases.delete(host.lease.host);
      if (!host.lost) await this.frontier.release(host.lease).catch(() => {});
      else if (!host.givenUp)
        this.emit({ type: 'notice', message: `${host.lease.host}: lease lost (this worker was too slow to renew it); another worker has the host` });
    }
  }

  /** The heartbeat: leases extended; one that was taken over is lost (its requests abandoned, its commits refused). */
  private async renew(): Promise<void> {
    try {
      const sentAt = performance.now();
      const held = await this.frontier.renew(
        this.id,
        [...this.leases.values()].map((l) => l.lease.token),
        this.leaseMs,
      );
      for (const l of this.leases.values()) {
        if (held.has(l.lease.token)) l.validUntil = validUntil(sentAt, this.leaseMs);
        if (held.has(l.lease.token) || l.lost) continue;
        l.lost = true;
        l.abort.abort();
      }
    } catch {
      // the database is away for a moment: the next beat tries again (a lease that ran out meanwhile is lost then)
    }
  }

  private async warcOf(exchanges: FetchExchange[]): Promise<FencedCommit['warc']> {
    const warc = this.warc;
    if (!warc || exchanges.length === 0) return undefined;
    const bytes = await warc.records(exchanges);
    return () => {
      const w = warc.append(bytes);
      return { file: w.file, offset: w.bytes - bytes.length, length: bytes.length };
    };
  }

  private committed(row: FrontierRow, outcome: Outcome): void {
    if (row.kind !== 'article') return;
    if (outcome.status === 'error') this.emit({ type: 'problem', url: row.url, reason: outcome.reason ?? 'failed' });
    this.emit({ type: 'finished', url: row.url, status: outcome.status, reason: outcome.reason, file: outcome.file });
  }

  private async progress(): Promise<void> {
    const totals = await articleTotals(this.pool, this.frontier.crawl);
    const elapsed = (Date.now() - this.startedAt) / 1000;
    const rate = elapsed > 0 ? this.fetched / elapsed : 0;
    const done = totals.total - totals.pending;
    this.emit({
      type: 'progress',
      progress: {
        done,
        total: totals.total,
        ok: 0,
        failed: 0,
        rate,
        etaMs: null,
        ...(totals.documentsPending ? { discovery: { read: 0, left: totals.documentsPending } } : {}),
      },
    });
    await countRequests(this.pool, this.frontier.crawl, this.id, this.requests);
  }

  private async finish(): Promise<CrawlSummary> {
    const finished = !this.interrupted && !this.fatal && (await this.nothingLeft());
    if (finished) {
      const written = await exportFromState(this.pool, this.frontier.crawl, this.root);
      this.emit({
        type: 'notice',
        message: `the crawl is finished: ${written.manifest} articles in manifest.jsonl${written.cdxj !== null ? `, ${written.cdxj} captures in the CDXJ index` : ''}`,
      });
    }
    const summary = await fleetSummary(this.pool, this.frontier.crawl, {
      archive: this.root,
      invalidInputs: this.invalidInputs,
      sites: this.sites,
      fetched: this.fetched,
      requests: this.requests,
      elapsedMs: Date.now() - this.startedAt,
      interrupted: this.interrupted,
      fatal: this.fatal,
    });
    await workerStopped(this.pool, this.frontier.crawl, this.id, this.interrupted ? 'stopped' : this.fatal ? 'failed' : 'done', this.requests);
    return summary;
  }

  private async close(): Promise<void> {
    for (const l of this.leases.values()) await this.frontier?.release(l.lease).catch(() => {});
    this.warc?.close();
    await this.extractPool?.close();
    if (!this.o.dispatcher && this.dispatcher) await this.dispatcher.destroy().catch(() => {});
    await this.pool.end().catch(() => {});
  }
}

/** host-pid-random: unique among the workers of a crawl, and safe in a file name. */
function workerId(): string {
  const host = hostname()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
  return `${host || 'host'}-${process.pid}-${randomBytes(2).toString('hex')}`;
}

/** The crawl's default name: the archive folder's own name (the same on every machine that mounts it). */
export function crawlNameOf(root: string): string {
  return root.split(/[\\/]/).filter(Boolean).pop() ?? 'default';
}
