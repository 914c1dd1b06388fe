/**
 * The crawl: a frontier in the state database, drained host by host under the
 * politeness rules, each article fetched (src/fetch), extracted (src/index.ts), checked
 * against robots.txt, the date window and the articles already kept, written to the
 * archive and committed with its manifest line — so that a run stopped at any point,
 * even by kill -9, is finished by running it again, with nothing lost, nothing
 * duplicated and no finished URL fetched again.
 */
import { errorMessage } from '../util/text.js';
import { fsReason } from '../sink/fs-errors.js';
import { ensureDirSync } from '../sink/dirs.js';
import type { Zone } from '../dates/index.js';
import { formatDuration } from './summary.js';
import { existsSync, readFileSync, statSync, writeFileSync, renameSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Agent, type Dispatcher } from 'undici';
import { extract } from '../pipeline.js';
import { ExtractPool } from '../parallel/pool.js';
import type { ArticleRecord } from '../record.js';
import { fetchUrl, DEFAULT_USER_AGENT, type FetchExchange, type FetchOptions, type FetchedResponse } from '../fetch/index.js';
import { FetchError } from '../fetch/errors.js';
import { AppendLog } from '../sink/appendlog.js';
import { ArticleArchive, sha256, type ArticleFormat, type Placement } from './archive.js';
import { ARTICLE_PRIORITY, DiscoveryError, readDiscovery, robotsSitemaps, siteSeeds, sitemapDepth, MAX_DISCOVERY_BYTES } from './discovery.js';
import { HostSlot } from './hosts.js';
import { loadRobots, ROBOTS_TOKEN } from './robots.js';
import { CrawlState, type ArticleStatus, type FrontierRow, type ManifestEntry, type NewUrl, type Outcome } from './state.js';
import { hostOf, sameSite, siteOrigin, urlKey } from './url.js';
import { WarcWriter } from '../warc/write.js';
import { stringifyJson } from '../export/json.js';
import { dateOf, outsideWindow, type DateWindow } from './window.js';

export const CRAWL_DEFAULTS = {
  concurrency: 8,
  perHost: 1,
  delayMs: 1000,
  /** A Retry-After longer than this leaves the host for the next run. */
  maxPauseMs: 10 * 60_000,
  /** How many times one URL may be put back because its host asked to wait. */
  maxDeferrals: 5,
} as const;

export const STATE_FILE = 'state.sqlite';
export const MANIFEST_FILE = 'manifest.jsonl';

export interface CrawlOptions {
  /** The archive folder (created if missing). */
  out: string;
  /** Sites to discover articles on ("https://katajari.com", "katajari.com"). */
  sites?: string[];
  /** Article URLs to crawl (a list; lines that are not http(s) URLs are reported). */
  urls?: Iterable<string> | AsyncIterable<string>;
  /** "json" (default) writes <slug>.json; "md" also writes <slug>.md beside it. */
  format?: ArticleFormat;
  /** Only articles published on or after this date (YYYY-MM-DD). */
  since?: string | null;
  /** Only articles published on or before this date (YYYY-MM-DD). */
  until?: string | null;
  /** Requests in flight over all hosts. Default 8. */
  concurrency?: number;
  /** Requests in flight per host. Default 1. */
  perHost?: number;
  /** Least time between two requests to a host, in ms (raised to its Crawl-delay). Default 1000. */
  delayMs?: number;
  /** Honour robots.txt (rules and Crawl-delay). Default true. */
  robots?: boolean;
  userAgent?: string;
  /** An e-mail address or URL for site owners, added to the User-Agent. */
  contact?: string;
  /** Timeouts, size limit, redirects and retries of each request. */
  fetch?: Pick<
    FetchOptions,
    'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'deadlineMs' | 'maxBytes' | 'maxRedirects' | 'retries' | 'retryBaseMs'
  >;
  maxPauseMs?: number;
  maxDeferrals?: number;
  /** Extract on this many worker threads (default 1: on the main thread). */
  jobs?: number;
  /** The site's time zone, for local times printed without one (see ExtractOptions.zone). */
  zone?: Zone | null;
  /** Also write the raw requests and responses as WARC 1.1 into ARCHIVE/warc/. */
  warc?: boolean;
  /** Start a new pass over every known URL, with conditional requests (a 304 is recorded as not-modified). */
  recrawl?: boolean;
  /** Read the sitemaps, feeds and REST API again for new articles (finished articles are not fetched again). */
  rediscover?: boolean;
  /** Put the URLs that ended in an error back in the queue. */
  retryFailed?: boolean;
  /** Called with each article record kept (after it is committed). */
  onRecord?: (record: ArticleRecord, info: { url: string; file: string }) => void | Promise<void>;
  /** Progress, problems and notices. */
  onEvent?: (event: CrawlEvent) => void;
  /** For tests: the undici dispatcher to use (default: an Agent owned by the crawl). */
  dispatcher?: Dispatcher;
}

export interface CrawlProgress {
  /** Articles finished in this pass (any status). */
  done: number;
  /** Articles known to the job. */
  total: number;
  ok: number;
  failed: number;
  /** Pages fetched per second in this run. */
  rate: number;
  /** Estimated ms to go, or null. */
  etaMs: number | null;
}

export type CrawlEvent =
  | { type: 'problem'; url: string; reason: string }
  | { type: 'notice'; message: string }
  | { type: 'finished'; url: string; status: ArticleStatus; reason: string | null; file: string | null }
  | { type: 'discovered'; url: string; note: string; added: number }
  | { type: 'progress'; progress: CrawlProgress };

export interface CrawlSummary {
  archive: string;
  pass: number;
  /** Article URLs in the job. */
  total: number;
  /** Article URLs not finished (interrupted, or their host asked to wait too long). */
  pending: number;
  ok: number;
  notModified: number;
  duplicates: number;
  skipped: number;
  failed: number;
  skippedBy: Record<string, number>;
  failedBy: Record<string, number>;
  duplicatesBy: Record<string, number>;
  findings: number;
  findingsByRule: Record<string, number>;
  discoveryFailed: { url: string; reason: string }[];
  /** Listed lines that were not http(s) URLs. */
  invalidInputs: number;
  /** Discovered URLs left out because their dates were outside --since/--until. */
  outsideWindow: number;
  /** Hosts left for a later run, and why. */
  hostsLeft: { host: string; reason: string }[];
  /** This run: article pages fetched, requests of all kinds, elapsed ms. */
  run: { fetched: number; requests: number; elapsedMs: number };
  interrupted: boolean;
  /** Set when the crawl stopped on an error it cannot go on from (the archive cannot be written). */
  fatal: string | null;
  /** 0 when every URL ended ok or was skipped by rule, else 1. */
  exitCode: 0 | 1;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

class FatalError extends Error {}

/** Thrown from a retry's wait when its host was left for the next run: the URL stays to do. */
class HostLeft extends Error {}

/** A crawl job over one archive folder. */
export class Crawler {
  readonly root: string;
  private readonly o: Required<Pick<CrawlOptions, 'concurrency' | 'perHost' | 'delayMs' | 'maxPauseMs' | 'maxDeferrals'>> & CrawlOptions;
  private readonly window: DateWindow;
  private state!: CrawlState;
  private manifest!: AppendLog;
  private archive!: ArticleArchive;
  private warc: WarcWriter | null = null;
  private dispatcher!: Dispatcher;
  private ownDispatcher: Agent | null = null;
  private readonly hosts = new Map<string, HostSlot>();
  private hostOrder: HostSlot[] = [];
  private rr = 0;
  private readonly claimed = new Set<number>();
  private readonly reservations = new Map<string, Promise<void>>();
  private readonly abortController = new AbortController();
  private stopping = false;
  private interrupted = false;
  private fatal: string | null = null;
  private wake: (() => void) | null = null;
  private sites: string[] = [];
  private invalidInputs = 0;
  private outside = 0;
  private startedAt = 0;
  private fetched = 0;
  private requests = 0;
  private counts = { done: 0, total: 0, ok: 0, failed: 0 };
  private lastProgress = 0;
  private readonly fetchBase: FetchOptions;
  private pool: ExtractPool | null = null;
  /**
   * Dedup decisions are taken in the order the pages arrived (as they are when extraction
   * runs on the main thread), so a worker pool cannot change which copy of an article wins.
   */
  private dedupTurn: Promise<void> = Promise.resolve();

  constructor(options: CrawlOptions) {
    this.o = {
      ...options,
      concurrency: positive(options.concurrency, CRAWL_DEFAULTS.concurrency),
      perHost: positive(options.perHost, CRAWL_DEFAULTS.perHost),
      delayMs: nonNegative(options.delayMs, CRAWL_DEFAULTS.delayMs),
      maxPauseMs: nonNegative(options.maxPauseMs, CRAWL_DEFAULTS.maxPauseMs),
      maxDeferrals: nonNegative(options.maxDeferrals, CRAWL_DEFAULTS.maxDeferrals),
    };
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
    this.wake?.();
  }

  /** Stop now: requests in flight are abandoned (their URLs stay to do). */
  abort(): void {
    this.stop();
    this.abortController.abort();
  }

  private emit(event: CrawlEvent): void {
    try {
      this.o.onEvent?.(event);
    } catch {
      // a listener's failure is not the crawl's
    }
  }

  async run(): Promise<CrawlSummary> {
    this.startedAt = Date.now();
    this.open();
    try {
      try {
        await this.prepare();
        if (!this.stopping) await this.loop();
      } catch (err) {
        if (!(err instanceof FatalError)) throw err;
        this.fatal ??= err.message;
      }
      this.manifest.sync();
      return this.summary();
    } finally {
      await this.close();
    }
  }

  // -------------------------------------------------------------------------
  // opening the archive

  private open(): void {
    ensureDirSync(this.root);
    const statePath = join(this.root, STATE_FILE);
    const manifestPath = join(this.root, MANIFEST_FILE);
    const existed = existsSync(statePath);
    this.state = CrawlState.open(statePath, existed);
    try {
      const committed = this.state.metaNumber('manifest_bytes');
      if (committed === null && existsSync(manifestPath) && statSync(manifestPath).size > 0) {
        // No state for this manifest (the database was lost, or the last import was cut
        // short): take the manifest as the record of what is done. Importing is idempotent.
        const restored = this.importManifest(manifestPath);
        this.emit({ type: 'notice', message: `no crawl state in ${this.root}: restored ${restored} finished URLs from ${MANIFEST_FILE}` });
      }
      const opened = AppendLog.open(manifestPath, committed, { lineBased: true });
      this.manifest = opened.log;
      if (opened.repair === 'truncated') {
        this.emit({ type: 'notice', message: `${MANIFEST_FILE}: removed an unfinished last entry (${opened.cut} bytes) left by an interrupted run` });
      }
      if (committed === null) this.state.setMeta('manifest_bytes', this.manifest.size);
      if (opened.repair === 'short') {
        this.manifest.close();
        this.rebuildManifest(manifestPath);
        this.emit({ type: 'notice', message: `${MANIFEST_FILE} was shorter than recorded: rewritten from the crawl state` });
      }
      this.archive = new ArticleArchive(this.root, this.state, this.o.format ?? 'json');
      if ((this.o.jobs ?? 1) > 1) this.pool = new ExtractPool(this.o.jobs);
      this.dispatcher =
        this.o.dispatcher ??
        (this.ownDispatcher = new Agent({
          connect: { timeout: this.o.fetch?.connectTimeoutMs ?? 10_000 },
          connections: this.o.perHost,
        }));
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
    this.warc?.close();
    this.state?.close();
    if (this.ownDispatcher) {
      const agent = this.ownDispatcher;
      this.ownDispatcher = null;
      agent.destroy().catch(() => {});
    }
  }

  /** The state database was lost but the manifest was not: take its last line per URL as the truth. */
  private importManifest(path: string): number {
    const last = new Map<string, ManifestLine>();
    const text = readFileSync(path, 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let parsed: ManifestLine;
      try {
        parsed = JSON.parse(line) as ManifestLine;
      } catch {
        continue; // a torn last line
      }
      const key = typeof parsed.url === 'string' ? urlKey(parsed.url) : null;
      if (key && isStatus(parsed.status)) last.set(key, parsed);
    }
    for (const [url, line] of last) {
      let contentHash: string | null = null;
      const keys = [url];
      const files: string[] = [];
      if ((line.status === 'ok' || line.status === 'not-modified') && typeof line.file === 'string') {
        try {
          const record = JSON.parse(readFileSync(this.archiveAbsolute(line.file), 'utf8')) as ArticleRecord;
          contentHash = contentHashOf(record);
          for (const k of dedupKeys(record, line.finalUrl ?? url)) if (!keys.includes(k)) keys.push(k);
          files.push(line.file);
          const md = line.file.replace(/\.json$/, '.md');
          if (existsSync(this.archiveAbsolute(md))) files.push(md);
        } catch {
          continue; // its file is gone: fetch it again
        }
      }
      this.state.importFinished(
        { url, host: hostOf(url), kind: 'article', priority: ARTICLE_PRIORITY, site: null },
        {
          status: line.status,
          reason: line.reason ?? null,
          reasonKey: line.status === 'ok' ? null : reasonKeyOf(line.reason ?? null),
          finalUrl: line.finalUrl ?? null,
          file: line.file ?? null,
          sha256: line.sha256 ?? null,
          contentHash,
          etag: null,
          lastModified: null,
          findings: line.findings ?? null,
          findingRules: null,
          fetchedAt: line.fetchedAt ?? null,
        },
        line.status === 'ok' || line.status === 'not-modified' ? keys : [],
        files,
      );
    }
    return last.size;
  }

  private archiveAbsolute(rel: string): string {
    const abs = resolve(this.root, rel);
    if (!abs.startsWith(this.root + '/')) throw new Error(`outside the archive: ${rel}`);
    return abs;
  }

  private rebuildManifest(path: string): void {
    const tmp = `${path}.kliping-tmp`;
    const fd = openSync(tmp, 'w', 0o644);
    try {
      for (const row of this.state.finishedArticles()) {
        writeFileSync(fd, manifestLine(row));
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    const opened = AppendLog.open(path, null, { lineBased: true });
    this.manifest = opened.log;
    this.state.setMeta('manifest_bytes', this.manifest.size);
  }

  private async prepare(): Promise<void> {
    if (this.o.warc) {
      const file = this.state.meta('warc_file');
      const bytes = this.state.metaNumber('warc_bytes');
      const { writer, cut } = await WarcWriter.open(this.root, file !== null && bytes !== null ? { file, bytes } : null);
      this.warc = writer;
      if (cut > 0) this.emit({ type: 'notice', message: `warc/${file}: removed an unfinished record (${cut} bytes) left by an interrupted run` });
    }
    if (this.o.recrawl) {
      // Run again after an interruption, --recrawl finishes the pass under way first.
      const left = this.state.pendingArticles();
      if (left === 0) {
        const pass = this.state.newPass();
        this.emit({ type: 'notice', message: `re-crawl: pass ${pass} over every known URL, with conditional requests` });
      } else {
        this.emit({ type: 'notice', message: `re-crawl: finishing pass ${this.state.pass} first (${left} URLs left to do); run again for a new pass` });
      }
    } else {
      if (this.o.rediscover) this.state.db.prepare(`UPDATE urls SET pending = 1 WHERE kind != 'article'`).run();
      if (this.o.retryFailed) {
        const n = this.state.requeueFailed();
        if (n > 0) this.emit({ type: 'notice', message: `retrying ${n} URLs that failed before` });
      }
    }
    for (const site of this.o.sites ?? []) {
      const origin = siteOrigin(site);
      if (!origin) {
        this.invalidInputs++;
        this.emit({ type: 'problem', url: site, reason: 'not a site address (expected https://host or host)' });
        continue;
      }
      this.sites.push(origin);
      this.addUrls(siteSeeds(origin, this.window));
    }
    if (this.o.urls) await this.addListed(this.o.urls);
    for (const host of this.state.pendingHosts()) this.hostSlot(host);
    for (const c of this.state.statusCounts()) {
      this.counts.done += c.count;
      if (c.status === 'ok' || c.status === 'not-modified') this.counts.ok += c.count;
      if (c.status === 'error') this.counts.failed += c.count;
    }
    this.counts.total = this.state.totalArticles();
  }

  private async addListed(urls: Iterable<string> | AsyncIterable<string>): Promise<void> {
    let batch: NewUrl[] = [];
    for await (const raw of urls as AsyncIterable<string>) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const key = /^https?:\/\//i.test(line) ? urlKey(line) : null;
      if (!key) {
        this.invalidInputs++;
        this.emit({ type: 'problem', url: line, reason: 'not an http(s) URL' });
        continue;
      }
      batch.push({ url: key, host: hostOf(key), kind: 'article', priority: ARTICLE_PRIORITY, site: null });
      if (batch.length >= 1000) {
        this.addUrls(batch);
        batch = [];
      }
    }
    if (batch.length) this.addUrls(batch);
  }

  private addUrls(items: NewUrl[]): number {
    const { added, hosts } = this.state.addUrls(items);
    for (const host of hosts) {
      const slot = this.hostSlot(host);
      slot.refresh();
      if (!slot.listed) {
        slot.listed = true;
        this.hostOrder.push(slot);
      }
    }
    if (added > 0) this.counts.total = this.state.totalArticles();
    this.wake?.();
    return added;
  }

  private hostSlot(host: string): HostSlot {
    let slot = this.hosts.get(host);
    if (!slot) {
      const origin = this.originOf(host);
      slot = new HostSlot(host, origin, this.o.delayMs);
      slot.site = this.sites.find((s) => new URL(s).host === host) ?? null;
      if (this.o.robots === false) slot.robots = { kind: 'allow-all', reason: 'robots.txt ignored' };
      this.hosts.set(host, slot);
      this.hostOrder.push(slot);
    }
    return slot;
  }

  /** The origin of a host: the scheme its queued URLs use. */
  private originOf(host: string): string {
    const row = this.state.db.prepare('SELECT url FROM urls WHERE host = ? ORDER BY pending DESC, id LIMIT 1').get(host) as
      | { url: string }
      | undefined;
    return row ? new URL(row.url).origin : `https://${host}`;
  }

  // -------------------------------------------------------------------------
  // the scheduling loop

  private async loop(): Promise<void> {
    const active = new Set<Promise<void>>();
    const start = (work: Promise<void>) => {
      const p = work.finally(() => {
        active.delete(p);
        this.wake?.();
      });
      active.add(p);
    };
    try {
      while (!this.stopping) {
        let waitMs = Infinity;
        while (active.size < this.o.concurrency && !this.stopping) {
          const next = this.pickNext(Date.now());
          if (next.kind === 'start') {
            start(next.work);
            continue;
          }
          waitMs = next.waitMs;
          break;
        }
        if (this.stopping) break;
        if (active.size === 0 && waitMs === Infinity) break;
        if (active.size >= this.o.concurrency) waitMs = Infinity;
        // Sleep until a task ends, URLs are added, stop() is called, or a host may be asked again.
        await new Promise<void>((resolveWait) => {
          const timer = waitMs === Infinity ? null : setTimeout(() => done(), Math.max(1, waitMs));
          const done = () => {
            if (timer) clearTimeout(timer);
            this.wake = null;
            resolveWait();
          };
          this.wake = done;
        });
      }
    } catch (err) {
      if (!(err instanceof FatalError)) throw err;
      this.fatal ??= err.message;
      this.stopping = true;
    } finally {
      await Promise.allSettled([...active]);
    }
  }

  /** The next piece of work that may start now, or how long to wait for one. */
  private pickNext(now: number): { kind: 'start'; work: Promise<void> } | { kind: 'wait'; waitMs: number } {
    let waitMs = Infinity;
    if (this.hostOrder.length > 64) this.pruneHosts();
    const n = this.hostOrder.length;
    for (let i = 0; i < n; i++) {
      const slot = this.hostOrder[(this.rr + i) % n];
      if (slot.givenUp) continue;
      if (slot.pausedUntil - now > this.o.maxPauseMs) {
        this.giveUp(slot, `asked to wait ${formatDuration(slot.pausedUntil - now)} (${slot.pauseReason ?? 'Retry-After'})`);
        continue;
      }
      if (slot.robots === null) {
        if (slot.robotsLoading || slot.inFlight >= this.o.perHost) continue;
        const w = slot.waitMs(now);
        if (w > 0) {
          waitMs = Math.min(waitMs, w);
          continue;
        }
        this.rr = (this.rr + i + 1) % n;
        return { kind: 'start', work: this.loadRobots(slot, now) };
      }
      if (slot.inFlight >= this.o.perHost) continue;
      // Rows decided without a request (robots.txt) are finished right here.
      let row = slot.peek(this.state, this.claimed);
      while (row && this.decideWithoutRequest(slot, row)) row = slot.peek(this.state, this.claimed);
      if (!row) continue;
      const w = slot.waitMs(now);
      if (w > 0) {
        waitMs = Math.min(waitMs, w);
        continue;
      }
      slot.take();
      this.rr = (this.rr + i + 1) % n;
      return { kind: 'start', work: this.runRow(slot, row, now) };
    }
    return { kind: 'wait', waitMs };
  }

  /** Drop hosts with nothing left to do from the round (addUrls puts them back). */
  private pruneHosts(): void {
    const keep = this.hostOrder.filter((h) => !h.idle());
    if (keep.length === this.hostOrder.length) return;
    for (const h of this.hostOrder) if (h.idle()) h.listed = false;
    this.hostOrder = keep;
    this.rr = 0;
  }

  private giveUp(slot: HostSlot, reason: string): void {
    slot.givenUp = reason;
    this.emit({ type: 'problem', url: slot.host, reason: `${reason}; its URLs are left for the next run` });
  }

  private async loadRobots(slot: HostSlot, now: number): Promise<void> {
    slot.robotsLoading = true;
    slot.inFlight++;
    slot.started(now);
    this.requests++;
    try {
      const rules = await loadRobots(slot.origin, { ...this.fetchBase, dispatcher: this.dispatcher });
      if (rules.kind === 'unavailable') {
        this.giveUp(slot, rules.reason);
        return;
      }
      slot.robots = rules;
      if (rules.kind === 'rules') {
        if (rules.crawlDelayMs !== null && rules.crawlDelayMs > slot.delayMs) {
          slot.delayMs = rules.crawlDelayMs;
          this.emit({ type: 'notice', message: `${slot.host}: robots.txt asks for ${formatDuration(rules.crawlDelayMs)} between requests (Crawl-delay)` });
        }
        if (slot.site) this.addUrls(robotsSitemaps(slot.site, rules.sitemaps));
      }
    } catch (err) {
      if (!(err instanceof FetchError && err.code === 'aborted')) this.giveUp(slot, `robots.txt: ${(err as Error).message}`);
    } finally {
      slot.robotsLoading = false;
      slot.inFlight--;
      this.wake?.();
    }
  }

  /** Finish a row that needs no request (robots.txt disallows it). Returns true if it did. */
  private decideWithoutRequest(slot: HostSlot, row: FrontierRow): boolean {
    const robots = slot.robots;
    if (!robots || robots.kind !== 'rules' || robots.isAllowed(row.url)) return false;
    slot.take();
    this.commit(row, {
      ...emptyOutcome('skipped'),
      reason: `disallowed by robots.txt (for ${ROBOTS_TOKEN})`,
      reasonKey: 'robots.txt',
    });
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
      slot.inFlight--;
      this.wake?.();
    };
    try {
      if (row.kind === 'article') await this.processArticle(slot, row, release);
      else await this.processDiscovery(slot, row, release);
    } catch (err) {
      if (err instanceof FatalError) {
        if (!this.fatal) this.fatal = err.message;
        this.stopping = true;
      } else if (!(err instanceof FetchError && err.code === 'aborted')) {
        // A bug, not a bad page: say so on the URL, and go on.
        this.commitSafely(row, {
          ...emptyOutcome('error'),
          reason: `could not be processed (${errorMessage(err)})`,
          reasonKey: 'internal error',
        });
      }
    } finally {
      release();
      this.claimed.delete(row.id);
      this.wake?.();
    }
  }

  // -------------------------------------------------------------------------
  // one request

  private async request(
    slot: HostSlot,
    row: FrontierRow,
    extra: FetchOptions,
    release: () => void,
  ): Promise<{ res: FetchedResponse; exchanges: FetchExchange[] } | { error: FetchError; exchanges: FetchExchange[] } | null> {
    const exchanges: FetchExchange[] = [];
    this.requests++;
    try {
      const res = await fetchUrl(row.url, {
        ...this.fetchBase,
        ...extra,
        dispatcher: this.dispatcher,
        onExchange: this.warc ? (ex) => exchanges.push(ex) : undefined,
        // A retry waits its backoff and then for the host like any other request.
        sleep: (ms) => this.hostSleep(slot, ms),
      });
      release();
      return { res, exchanges };
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      // A Retry-After pause is set (below) before the slot is given back.
      if (err.code === 'aborted' || err.cause instanceof HostLeft) return null; // stays to do
      if (err.retryAfterMs !== undefined && err.retryAfterMs > 0 && row.deferrals < this.o.maxDeferrals) {
        // The host asked us to wait: pause it, and put the URL back.
        slot.pause(Date.now(), err.retryAfterMs, err.message);
        this.state.defer(row.id);
        this.emit({ type: 'notice', message: `${slot.host}: ${err.message}: pausing this host` });
        return null;
      }
      release();
      return { error: err, exchanges };
    }
  }

  /** A retry's wait: its backoff, then until the host may be asked again (its delay, a Retry-After pause). */
  private async hostSleep(slot: HostSlot, ms: number): Promise<void> {
    await delay(ms);
    for (;;) {
      if (slot.givenUp) throw new HostLeft(slot.givenUp);
      if (this.abortController.signal.aborted) return;
      const w = slot.waitMs(Date.now());
      if (w <= 0) break;
      await delay(Math.min(w, 1000));
    }
    slot.started(Date.now());
  }

  private async processArticle(slot: HostSlot, row: FrontierRow, release: () => void): Promise<void> {
    const conditional: Record<string, string> = {};
    const hadArticle = (row.status === 'ok' || row.status === 'not-modified') && row.file !== null;
    if (hadArticle && row.etag) conditional['if-none-match'] = row.etag;
    if (hadArticle && row.lastModified) conditional['if-modified-since'] = row.lastModified;
    const conditionalRequest = Object.keys(conditional).length > 0;
    const got = await this.request(slot, row, { headers: conditional, acceptNotModified: conditionalRequest }, release);
    if (!got) return;
    if ('error' in got) {
      await this.commitWithWarc(row, fetchErrorOutcome(got.error), got.exchanges);
      return;
    }
    const { res, exchanges } = got;
    this.fetched++;
    // Take a turn for the dedup decision now, in arrival order; end it on every path (a
    // turn ended early still lets the next page go only after the earlier ones).
    const earlier = this.dedupTurn;
    let resolveTurn!: () => void;
    this.dedupTurn = new Promise<void>((r) => (resolveTurn = r));
    let ended = false;
    const endTurn = () => {
      if (ended) return;
      ended = true;
      void earlier.then(resolveTurn);
    };
    try {
      await this.processPage(row, res, exchanges, earlier, endTurn);
    } finally {
      endTurn();
    }
  }

  private async processPage(
    row: FrontierRow,
    res: FetchedResponse,
    exchanges: FetchExchange[],
    earlier: Promise<void>,
    endTurn: () => void,
  ): Promise<void> {
    const base = { finalUrl: res.finalUrl, fetchedAt: res.fetchedAt, etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };

    if (res.status === 304) {
      endTurn();
      await this.commitWithWarc(
        row,
        {
          ...emptyOutcome('not-modified'),
          ...base,
          etag: base.etag ?? row.etag,
          lastModified: base.lastModified ?? row.lastModified,
          reason: 'HTTP 304 Not Modified',
          file: row.file,
          sha256: row.sha256,
          contentHash: row.contentHash,
          findings: null,
        },
        exchanges,
      );
      return;
    }

    let record: ArticleRecord;
    try {
      // Nothing the page dates after its fetch is its publication date.
      const options = { url: res.finalUrl, contentType: res.contentType, zone: this.o.zone ?? null, now: new Date() };
      record = this.pool ? await this.pool.extract(res.body, options) : extract(res.body, options);
    } catch (err) {
      endTurn();
      await this.commitWithWarc(row, { ...emptyOutcome('error'), ...base, reason: `could not be processed (${errorMessage(err)})`, reasonKey: 'not extracted' }, exchanges);
      return;
    }
    if (!record.headline && record.paragraphs.length === 0) {
      endTurn();
      await this.commitWithWarc(row, { ...emptyOutcome('error'), ...base, reason: 'no article found (no headline and no text)', reasonKey: 'no article' }, exchanges);
      return;
    }
    const published = dateOf(record.published);
    const outside = outsideWindow(this.window, published);
    if (outside) {
      endTurn();
      const reason =
        outside === 'before' ? `published ${published}, before --since ${this.window.since}` : `published ${published}, after --until ${this.window.until}`;
      await this.commitWithWarc(row, { ...emptyOutcome('skipped'), ...base, reason, reasonKey: outside === 'before' ? '--since' : '--until' }, exchanges);
      return;
    }

    // One record per article: by canonical/final URL, then by text.
    const keys = dedupKeys(record, res.finalUrl).filter((k) => k !== row.url).concat(row.url);
    const hash = contentHashOf(record);
    const mine = deferred();
    const reserved = [...keys, `#${hash}`];
    await earlier;
    try {
      for (;;) {
        const busy = reserved.map((k) => this.reservations.get(k)).find((p) => p !== undefined);
        if (!busy) break;
        await busy;
      }
      let owner: { id: number; why: string } | null = null;
      for (const k of keys) {
        const id = this.state.keyOwner(k);
        if (id !== null && id !== row.id) {
          owner = { id, why: 'same canonical URL' };
          break;
        }
      }
      const byHash = owner ? null : this.state.hashOwner(hash, row.id);
      if (byHash !== null) owner = { id: byHash, why: 'same text' };
      const ownerRow = owner ? this.state.row(owner.id) : null;
      if (owner && ownerRow) {
        endTurn();
        await this.commitWithWarc(
          row,
          {
            ...emptyOutcome('duplicate'),
            ...base,
            reason: `same article as ${ownerRow.url} (${owner.why})`,
            reasonKey: owner.why,
            file: ownerRow.file,
            sha256: ownerRow.sha256,
          },
          exchanges,
        );
        return;
      }
      for (const k of reserved) this.reservations.set(k, mine.promise);
      endTurn();

      // Named after the canonical URL (else the final URL): the same file whichever duplicate comes first.
      const nameUrl = keys[0] ?? row.url;
      let placement: Placement;
      let fileSha: string;
      try {
        placement = this.archive.place(record, row.id, nameUrl, row.file, res.fetchedAt);
      } catch (err) {
        await this.commitWithWarc(row, { ...emptyOutcome('error'), ...base, reason: `no file for it (${errorMessage(err)})`, reasonKey: 'file name' }, exchanges);
        return;
      }
      try {
        fileSha = await this.archive.write(placement, record);
      } catch (err) {
        this.archive.release(placement);
        throw new FatalError(`${this.root}: cannot write ${placement.file}: ${fsReason(err)}`);
      }
      const findingRules: Record<string, number> = {};
      for (const f of record.findings ?? []) findingRules[f.rule] = (findingRules[f.rule] ?? 0) + 1;
      try {
        await this.commitWithWarc(
          row,
          {
            ...emptyOutcome('ok'),
            ...base,
            file: placement.file,
            sha256: fileSha,
            contentHash: hash,
            findings: record.findings?.length ?? 0,
            findingRules: Object.keys(findingRules).length ? findingRules : null,
          },
          exchanges,
          { keys, files: placement.files },
        );
      } finally {
        this.archive.release(placement);
      }
      if (this.o.onRecord) await this.o.onRecord(record, { url: row.url, file: placement.file });
    } finally {
      for (const k of reserved) if (this.reservations.get(k) === mine.promise) this.reservations.delete(k);
      mine.resolve();
    }
  }

  private async processDiscovery(slot: HostSlot, row: FrontierRow, release: () => void): Promise<void> {
    if (slot.robots?.kind === 'rules' && !slot.robots.isAllowed(row.url)) {
      this.commit(row, { ...emptyOutcome('skipped'), reason: 'disallowed by robots.txt', reasonKey: 'robots.txt' });
      return;
    }
    const got = await this.request(slot, row, {
      requireHtml: false,
      maxBytes: Math.max(this.o.fetch?.maxBytes ?? 0, MAX_DISCOVERY_BYTES),
      headers: { accept: row.kind === 'wpjson' ? 'application/json' : 'application/xml,text/xml,application/rss+xml,application/atom+xml,*/*;q=0.5' },
    }, release);
    if (!got) return;
    if ('error' in got) {
      const err = got.error;
      const absent = err.code === 'http-status' && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429;
      if (absent) {
        // Most sites have only some of the well-known documents, and many block the REST API.
        await this.commitWithWarc(row, { ...emptyOutcome('skipped'), reason: err.message, reasonKey: 'absent' }, got.exchanges, {}, false);
        this.emit({ type: 'discovered', url: row.url, note: err.message, added: 0 });
      } else {
        await this.commitWithWarc(row, fetchErrorOutcome(err), got.exchanges, {}, false);
        this.emit({ type: 'problem', url: row.url, reason: err.message });
      }
      return;
    }
    const { res, exchanges } = got;
    const site = row.site ?? slot.site ?? new URL(row.url).origin;
    try {
      const result = readDiscovery(row.kind, res, site, this.window, sitemapDepth(row.priority));
      this.outside += result.outsideWindow;
      const added = this.addUrls(result.found);
      await this.commitWithWarc(row, { ...emptyOutcome('ok'), finalUrl: res.finalUrl, fetchedAt: res.fetchedAt, reason: result.note }, exchanges, {}, false);
      if (result.warning) this.emit({ type: 'notice', message: `${row.url}: ${result.warning}` });
      this.emit({ type: 'discovered', url: row.url, note: result.note, added });
    } catch (err) {
      if (!(err instanceof DiscoveryError)) throw err;
      // A 200 that is not what was asked for (a soft 404, a page instead of JSON) means: not there.
      const notThere = /^not (?:a|an) /.test(err.message) && !sameDocumentKind(res);
      await this.commitWithWarc(
        row,
        { ...emptyOutcome(notThere ? 'skipped' : 'error'), finalUrl: res.finalUrl, fetchedAt: res.fetchedAt, reason: err.message, reasonKey: notThere ? 'absent' : 'unreadable' },
        exchanges,
        {},
        false,
      );
      if (!notThere) this.emit({ type: 'problem', url: row.url, reason: err.message });
      else this.emit({ type: 'discovered', url: row.url, note: err.message, added: 0 });
    }
  }

  // -------------------------------------------------------------------------
  // commits

  private async commitWithWarc(
    row: FrontierRow,
    outcome: Outcome,
    exchanges: FetchExchange[],
    extras: { keys?: string[]; files?: string[] } = {},
    article = true,
  ): Promise<void> {
    let warcBytes: Buffer | null = null;
    if (this.warc && exchanges.length > 0) warcBytes = await this.warc.records(exchanges);
    this.commit(row, outcome, extras, warcBytes, article);
  }

  /** Commit a finished row: state, manifest line and WARC records in one transaction. */
  private commit(
    row: FrontierRow,
    outcome: Outcome,
    extras: { keys?: string[]; files?: string[] } = {},
    warcBytes: Buffer | null = null,
    article = row.kind === 'article',
  ): void {
    const line = article ? manifestLine({ url: row.url, ...outcome }) : null;
    try {
      this.state.complete(row.id, outcome, {
        ...extras,
        sideEffects: () => {
          if (line !== null) this.state.setMeta('manifest_bytes', this.manifest.appendSync(line));
          if (warcBytes && this.warc) {
            const w = this.warc.append(warcBytes);
            this.state.setMeta('warc_file', w.file);
            this.state.setMeta('warc_bytes', w.bytes);
          }
        },
      });
    } catch (err) {
      throw new FatalError(`${this.root}: cannot record ${row.url}: ${fsReason(err)}`);
    }
    if (!article) return;
    this.counts.done++;
    if (outcome.status === 'ok' || outcome.status === 'not-modified') this.counts.ok++;
    if (outcome.status === 'error') {
      this.counts.failed++;
      this.emit({ type: 'problem', url: row.url, reason: outcome.reason ?? 'failed' });
    }
    this.emit({ type: 'finished', url: row.url, status: outcome.status, reason: outcome.reason, file: outcome.file });
    this.progress();
  }

  private commitSafely(row: FrontierRow, outcome: Outcome): void {
    try {
      this.commit(row, outcome);
    } catch (err) {
      if (!this.fatal) this.fatal = (err as Error).message;
      this.stopping = true;
    }
  }

  private progress(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastProgress < 100) return;
    this.lastProgress = now;
    const elapsed = (now - this.startedAt) / 1000;
    const rate = elapsed > 0 ? this.fetched / elapsed : 0;
    const left = Math.max(0, this.counts.total - this.counts.done);
    this.emit({
      type: 'progress',
      progress: {
        done: this.counts.done,
        total: this.counts.total,
        ok: this.counts.ok,
        failed: this.counts.failed,
        rate,
        etaMs: rate > 0 ? (left / rate) * 1000 : null,
      },
    });
  }

  // -------------------------------------------------------------------------
  // the summary

  private summary(): CrawlSummary {
    this.progress(true);
    const state = this.state;
    {
      const s: CrawlSummary = {
        archive: this.root,
        pass: state.pass,
        total: state.totalArticles(),
        pending: state.pendingArticles(),
        ok: 0,
        notModified: 0,
        duplicates: 0,
        skipped: 0,
        failed: 0,
        skippedBy: {},
        failedBy: {},
        duplicatesBy: {},
        findings: 0,
        findingsByRule: state.findingsByRule(),
        discoveryFailed: state.failedDiscovery(),
        invalidInputs: this.invalidInputs,
        outsideWindow: this.outside,
        hostsLeft: [...this.hosts.values()].filter((h) => h.givenUp).map((h) => ({ host: h.host, reason: h.givenUp as string })),
        run: { fetched: this.fetched, requests: this.requests, elapsedMs: Date.now() - this.startedAt },
        interrupted: this.interrupted,
        fatal: this.fatal,
        exitCode: 0,
      };
      for (const c of state.statusCounts()) {
        const key = c.reasonKey ?? c.status;
        if (c.status === 'ok') s.ok += c.count;
        else if (c.status === 'not-modified') s.notModified += c.count;
        else if (c.status === 'duplicate') {
          s.duplicates += c.count;
          s.duplicatesBy[key] = (s.duplicatesBy[key] ?? 0) + c.count;
        }
        else if (c.status === 'skipped') {
          s.skipped += c.count;
          s.skippedBy[key] = (s.skippedBy[key] ?? 0) + c.count;
        } else if (c.status === 'error') {
          s.failed += c.count;
          s.failedBy[key] = (s.failedBy[key] ?? 0) + c.count;
        }
      }
      s.findings = Object.values(s.findingsByRule).reduce((a, b) => a + b, 0);
      s.exitCode = s.failed === 0 && s.pending === 0 && s.discoveryFailed.length === 0 && s.invalidInputs === 0 && !s.fatal ? 0 : 1;
      return s;
    }
  }
}

/** Crawl into an archive; resolves with the summary. `signal` stops it gracefully. */
export async function crawl(options: CrawlOptions & { signal?: AbortSignal }): Promise<CrawlSummary> {
  const crawler = new Crawler(options);
  const onAbort = () => crawler.stop();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) crawler.stop();
  try {
    return await crawler.run();
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}

// ---------------------------------------------------------------------------
// helpers

interface ManifestLine {
  url: string;
  finalUrl?: string | null;
  status: ArticleStatus;
  reason?: string | null;
  file?: string | null;
  sha256?: string | null;
  findings?: number | null;
  fetchedAt?: string | null;
}

const STATUSES = new Set<string>(['ok', 'error', 'skipped', 'duplicate', 'not-modified']);
function isStatus(value: unknown): value is ArticleStatus {
  return typeof value === 'string' && STATUSES.has(value);
}

/** One manifest.jsonl line (with its newline). */
export function manifestLine(o: ManifestEntry): string {
  return (
    stringifyJson({
      url: o.url,
      finalUrl: o.finalUrl,
      status: o.status,
      reason: o.reason,
      file: o.file,
      sha256: o.sha256,
      findings: o.findings,
      fetchedAt: o.fetchedAt,
    }) + '\n'
  );
}

function emptyOutcome(status: ArticleStatus): Outcome {
  return {
    status,
    reason: null,
    reasonKey: null,
    finalUrl: null,
    file: null,
    sha256: null,
    contentHash: null,
    etag: null,
    lastModified: null,
    findings: null,
    findingRules: null,
    fetchedAt: null,
  };
}

const CODE_LABEL: Record<string, string> = {
  timeout: 'timeout',
  'too-large': 'too large',
  'too-many-redirects': 'too many redirects',
  'redirect-loop': 'redirect loop',
  'not-html': 'not HTML',
  network: 'network error',
  decompression: 'bad compression',
  'bad-url': 'bad URL',
  'bad-scheme': 'bad URL',
};

function fetchErrorOutcome(err: FetchError): Outcome {
  const key = err.code === 'http-status' && err.status !== undefined ? `HTTP ${err.status}` : CODE_LABEL[err.code] ?? err.code;
  return { ...emptyOutcome('error'), reason: err.message, reasonKey: key, finalUrl: err.url ?? null, fetchedAt: new Date().toISOString() };
}

function reasonKeyOf(reason: string | null): string | null {
  if (!reason) return null;
  const http = /^HTTP (\d{3})/.exec(reason);
  if (http) return `HTTP ${http[1]}`;
  if (/robots\.txt/.test(reason)) return 'robots.txt';
  if (/--since/.test(reason)) return '--since';
  if (/--until/.test(reason)) return '--until';
  if (/same canonical URL/.test(reason)) return 'same canonical URL';
  if (/same text/.test(reason)) return 'same text';
  return reason.replace(/\s*\(.*$/, '').slice(0, 40);
}

/** The keys an article is known by: its canonical URL (when it names a page of the same site) and its final URL. */
export function dedupKeys(record: ArticleRecord, finalUrl: string): string[] {
  const keys: string[] = [];
  const canonical = record.canonicalUrl ? urlKey(record.canonicalUrl) : null;
  // A canonical pointing at the home page or at another site says nothing about this article.
  if (canonical && sameSite(canonical, finalUrl) && new URL(canonical).pathname !== '/') keys.push(canonical);
  const final = urlKey(finalUrl);
  if (final && !keys.includes(final)) keys.push(final);
  return keys;
}

/** What "the same text" means: the same headline and the same body text. */
export function contentHashOf(record: ArticleRecord): string {
  return sha256(`${record.headline ?? ''}\n${record.text}`);
}

function sameDocumentKind(res: FetchedResponse): boolean {
  const type = (res.contentType ?? '').toLowerCase();
  return /xml|rss|atom|json/.test(type);
}

function userAgent(ua: string | undefined, contact: string | undefined): string {
  const base = ua ?? DEFAULT_USER_AGENT;
  if (!contact) return base;
  return base.endsWith(')') ? `${base.slice(0, -1)}; ${contact})` : `${base} (${contact})`;
}

function positive(v: number | undefined, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : fallback;
}

function nonNegative(v: number | undefined, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}


