/**
 * Politeness, per host: how many requests may be in flight, the earliest time the next
 * one may start (at least `delayMs` after the end of the previous response, and after the
 * previous start: the larger of --delay and the robots.txt Crawl-delay), a pause asked for
 * by Retry-After, and a small buffer of the host's next frontier rows read from the state
 * in queue order.
 */
import type { RobotsRules } from './robots.js';
import type { CrawlState, FrontierRow } from './state/index.js';

const BUFFER_SIZE = 64;

export class HostSlot {
  inFlight = 0;
  /** Earliest time (ms since epoch) the next request may start. */
  nextAt = 0;
  /** Retry-After: no request before this time. */
  pausedUntil = 0;
  pauseReason: string | null = null;
  delayMs: number;
  robots: RobotsRules | null = null;
  robotsLoading = false;
  /** Set when the host is left alone for the rest of this run (its URLs stay pending). */
  givenUp: string | null = null;
  /** The --site origin this host is crawled for, if any (robots.txt sitemaps are added for it). */
  site: string | null = null;
  /** In the scheduler's round. */
  listed = true;

  private buffer: FrontierRow[] = [];
  private cursor: { priority: number; id: number } | null = null;
  private dry = false;

  constructor(
    readonly host: string,
    readonly origin: string,
    delayMs: number,
  ) {
    this.delayMs = delayMs;
  }

  /** New rows were added for this host, or some were put back: read the queue from the start again. */
  refresh(): void {
    this.dry = false;
    this.cursor = null;
  }

  /** The next row to work on, without taking it; null when the host has nothing left to do. */
  peek(state: CrawlState, claimed: Set<number>): FrontierRow | null {
    while (this.buffer.length > 0 && claimed.has(this.buffer[0].id)) this.buffer.shift();
    if (this.buffer.length > 0) return this.buffer[0];
    while (!this.dry) {
      const rows = state.nextBatch(this.host, this.cursor, BUFFER_SIZE);
      if (rows.length < BUFFER_SIZE) this.dry = true;
      if (rows.length > 0) {
        const last = rows[rows.length - 1];
        this.cursor = { priority: last.priority, id: last.id };
      }
      this.buffer = rows.filter((r) => !claimed.has(r.id));
      if (this.buffer.length > 0) return this.buffer[0];
    }
    return null;
  }

  /** Nothing buffered, nothing more in the state, nothing in flight. */
  idle(): boolean {
    return this.dry && this.buffer.length === 0 && this.inFlight === 0 && !this.robotsLoading;
  }

  take(): FrontierRow | undefined {
    return this.buffer.shift();
  }

  /** Time until a request may start (0 when it may start now). */
  waitMs(now: number): number {
    return Math.max(0, this.nextAt - now, this.pausedUntil - now);
  }

  /** A request starts: the next may not start before `delayMs` from now. */
  started(now: number): void {
    this.nextAt = Math.max(this.nextAt, now + this.delayMs);
  }

  /**
   * A response has ended (its body read, or the request failed): the delay counts from here,
   * so a slow answer is never followed at once by the next request — the server sees at
   * least `delayMs` of quiet between the end of one answer and the next request.
   */
  answered(now: number): void {
    this.nextAt = Math.max(this.nextAt, now + this.delayMs);
  }

  pause(now: number, ms: number, reason: string): void {
    const until = now + ms;
    if (until > this.pausedUntil) {
      this.pausedUntil = until;
      this.pauseReason = reason;
    }
    // Rows already buffered stay valid; the put-back row is found again from the start.
    this.refresh();
  }
}
