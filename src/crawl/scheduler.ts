/**
 * The scheduler: hosts in a round, each drained under its politeness rules (requests in
 * flight, the delay between requests, a Retry-After pause, robots.txt read first), at most
 * `concurrency` pieces of work at once over all hosts. It only decides what may start when;
 * the work itself (a robots.txt, a frontier row) is the crawler's.
 */
import { formatDuration } from './summary.js';
import { HostSlot } from './hosts.js';
import type { CrawlState, FrontierRow } from './state/index.js';

export interface SchedulerRules {
  concurrency: number;
  perHost: number;
  delayMs: number;
  /** A pause longer than this leaves the host for the next run. */
  maxPauseMs: number;
  /** False with --no-robots: no robots.txt is read. */
  robots: boolean;
}

/** What the scheduler starts, and what it tells. */
export interface SchedulerWork {
  readonly state: CrawlState;
  /** Rows being worked on (not offered again). */
  readonly claimed: Set<number>;
  stopping(): boolean;
  /** Read a host's robots.txt. */
  robots(slot: HostSlot, now: number): Promise<void>;
  /** Work on one frontier row. */
  row(slot: HostSlot, row: FrontierRow, now: number): Promise<void>;
  /** Finish a row that needs no request (robots.txt disallows it); true if it did. */
  withoutRequest(slot: HostSlot, row: FrontierRow): boolean;
  /** A host is left for the next run. */
  gaveUp(slot: HostSlot, reason: string): void;
}

type Next = { kind: 'start'; work: Promise<void> } | { kind: 'wait'; waitMs: number };

export class Scheduler {
  readonly hosts = new Map<string, HostSlot>();
  private order: HostSlot[] = [];
  private rr = 0;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly rules: SchedulerRules,
    private readonly work: SchedulerWork,
  ) {}

  /** Something changed (work ended, URLs were added, a stop was asked): look again now. */
  wake(): void {
    this.wakeUp?.();
  }

  /** The slot of a host, made on first sight (the scheme of its queued URLs, the site it is crawled for). */
  slot(host: string, sites: readonly string[]): HostSlot {
    let slot = this.hosts.get(host);
    if (!slot) {
      slot = new HostSlot(host, this.originOf(host), this.rules.delayMs);
      slot.site = sites.find((s) => new URL(s).host === host) ?? null;
      if (!this.rules.robots) slot.robots = { kind: 'allow-all', reason: 'robots.txt ignored' };
      this.hosts.set(host, slot);
      this.order.push(slot);
    }
    return slot;
  }

  /** New URLs for `host`: back in the round. */
  refresh(host: string, sites: readonly string[]): void {
    const slot = this.slot(host, sites);
    slot.refresh();
    if (!slot.listed) {
      slot.listed = true;
      this.order.push(slot);
    }
  }

  /** Start work until `concurrency` is reached or nothing may start yet; sleep until then; until nothing is left or a stop. */
  async run(): Promise<void> {
    const active = new Set<Promise<void>>();
    const start = (work: Promise<void>) => {
      const p = work.finally(() => {
        active.delete(p);
        this.wake();
      });
      active.add(p);
    };
    try {
      while (!this.work.stopping()) {
        let waitMs = Infinity;
        while (active.size < this.rules.concurrency && !this.work.stopping()) {
          const next = this.next(Date.now());
          if (next.kind === 'start') {
            start(next.work);
            continue;
          }
          waitMs = next.waitMs;
          break;
        }
        if (this.work.stopping()) break;
        if (active.size === 0 && waitMs === Infinity) break;
        if (active.size >= this.rules.concurrency) waitMs = Infinity;
        await this.sleep(waitMs);
      }
    } finally {
      await Promise.allSettled([...active]);
    }
  }

  /** Sleep until a task ends, URLs are added, a stop is asked, or a host may be asked again. */
  private sleep(waitMs: number): Promise<void> {
    return new Promise<void>((resolveWait) => {
      const timer = waitMs === Infinity ? null : setTimeout(() => done(), Math.max(1, waitMs));
      const done = () => {
        if (timer) clearTimeout(timer);
        this.wakeUp = null;
        resolveWait();
      };
      this.wakeUp = done;
    });
  }

  /** The next piece of work that may start now, or how long to wait for one. */
  private next(now: number): Next {
    let waitMs = Infinity;
    if (this.order.length > 64) this.prune();
    const n = this.order.length;
    for (let i = 0; i < n; i++) {
      const slot = this.order[(this.rr + i) % n];
      const found = this.nextOf(slot, now);
      if (found.kind === 'wait') {
        waitMs = Math.min(waitMs, found.waitMs);
        continue;
      }
      this.rr = (this.rr + i + 1) % n;
      return found;
    }
    return { kind: 'wait', waitMs };
  }

  /** What one host may start now (its robots.txt, its next row), or how long until it may. */
  private nextOf(slot: HostSlot, now: number): Next {
    const never: Next = { kind: 'wait', waitMs: Infinity };
    if (slot.givenUp) return never;
    if (slot.pausedUntil - now > this.rules.maxPauseMs) {
      this.giveUp(slot, `asked to wait ${formatDuration(slot.pausedUntil - now)} (${slot.pauseReason ?? 'Retry-After'})`);
      return never;
    }
    if (slot.robots === null) {
      if (slot.robotsLoading || slot.inFlight >= this.rules.perHost) return never;
      const w = slot.waitMs(now);
      if (w > 0) return { kind: 'wait', waitMs: w };
      return { kind: 'start', work: this.work.robots(slot, now) };
    }
    if (slot.inFlight >= this.rules.perHost) return never;
    // Rows decided without a request (robots.txt) are finished right here.
    let row = slot.peek(this.work.state, this.work.claimed);
    while (row && this.work.withoutRequest(slot, row)) row = slot.peek(this.work.state, this.work.claimed);
    if (!row) return never;
    const w = slot.waitMs(now);
    if (w > 0) return { kind: 'wait', waitMs: w };
    slot.take();
    return { kind: 'start', work: this.work.row(slot, row, now) };
  }

  /** Drop hosts with nothing left to do from the round (refresh() puts them back). */
  private prune(): void {
    const keep = this.order.filter((h) => !h.idle());
    if (keep.length === this.order.length) return;
    for (const h of this.order) if (h.idle()) h.listed = false;
    this.order = keep;
    this.rr = 0;
  }

  giveUp(slot: HostSlot, reason: string): void {
    slot.givenUp = reason;
    this.work.gaveUp(slot, reason);
  }

  /** The origin of a host: the scheme its queued URLs use. */
  private originOf(host: string): string {
    const row = this.work.state.db.prepare('SELECT url FROM urls WHERE host = ? ORDER BY pending DESC, id LIMIT 1').get(host) as { url: string } | undefined;
    return row ? new URL(row.url).origin : `https://${host}`;
  }
}
