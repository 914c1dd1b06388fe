/**
 * One request of the crawl to a host, politely: a retry waits its backoff and then for the
 * host like any other request; a Retry-After pauses the whole host and puts the URL back; the
 * host's slot is given back as soon as the answer is in.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { fetchUrl, FetchError, type FetchExchange, type FetchOptions, type FetchedResponse } from '../fetch/index.js';
import { HostLeft } from './errors.js';
import { robotsSitemaps } from './discovery.js';
import { loadRobots } from './robots.js';
import { formatDuration } from './summary.js';
import type { HostSlot } from './hosts.js';
import type { CrawlEvent } from './options.js';
import type { CrawlState, FrontierRow, NewUrl } from './state/index.js';

export type RequestResult =
  | { res: FetchedResponse; exchanges: FetchExchange[] }
  | { error: FetchError; exchanges: FetchExchange[] }
  /** Nothing to record: aborted, its host left for the next run, or put back to wait. */
  | null;

export interface RequestContext {
  readonly state: CrawlState;
  readonly fetchBase: FetchOptions;
  readonly dispatcher: Dispatcher;
  /** Keep the exchanges (for WARC). */
  readonly capture: boolean;
  readonly maxDeferrals: number;
  readonly signal: AbortSignal;
  countRequest(): void;
  emit(event: CrawlEvent): void;
}

export async function requestFor(ctx: RequestContext, slot: HostSlot, row: FrontierRow, extra: FetchOptions, release: () => void): Promise<RequestResult> {
  const exchanges: FetchExchange[] = [];
  ctx.countRequest();
  try {
    const res = await fetchUrl(row.url, {
      ...ctx.fetchBase,
      ...extra,
      dispatcher: ctx.dispatcher,
      onExchange: ctx.capture ? (ex) => exchanges.push(ex) : undefined,
      // A retry waits its backoff and then for the host like any other request.
      sleep: (ms) => hostSleep(slot, ms, ctx.signal),
      // A redirect to the same host waits for the host like any other request.
      beforeRedirect: (next) => (next.host === slot.host ? hostSleep(slot, 0, ctx.signal) : Promise.resolve()),
    });
    release();
    return { res, exchanges };
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    // A Retry-After pause is set (below) before the slot is given back.
    if (err.code === 'aborted' || err.cause instanceof HostLeft) return null; // stays to do
    if (err.retryAfterMs !== undefined && err.retryAfterMs > 0 && row.deferrals < ctx.maxDeferrals) {
      // The host asked us to wait: pause it, and put the URL back.
      slot.pause(Date.now(), err.retryAfterMs, err.message);
      ctx.state.defer(row.id);
      ctx.emit({ type: 'notice', message: `${slot.host}: ${err.message}: pausing this host` });
      return null;
    }
    release();
    return { error: err, exchanges };
  }
}

/** A retry's wait: its backoff, then until the host may be asked again (its delay, a Retry-After pause). */
async function hostSleep(slot: HostSlot, ms: number, signal: AbortSignal): Promise<void> {
  slot.answered(Date.now()); // the failed attempt's answer (or its failure) is in
  await delay(ms);
  for (;;) {
    if (slot.givenUp) throw new HostLeft(slot.givenUp);
    if (signal.aborted) return;
    const w = slot.waitMs(Date.now());
    if (w <= 0) break;
    await delay(Math.min(w, 1000));
  }
  slot.started(Date.now());
}

export interface RobotsContext {
  fetch: FetchOptions;
  giveUp(reason: string): void;
  addUrls(items: NewUrl[]): number;
  emit(event: CrawlEvent): void;
  wake(): void;
}

/**
 * A host's robots.txt, read before any other request to it: its rules, its Crawl-delay (when
 * longer than --delay) and, for a --site, its Sitemap lines. A robots.txt that cannot be read
 * leaves the host for the next run.
 */
export async function loadHostRobots(slot: HostSlot, now: number, ctx: RobotsContext): Promise<void> {
  slot.robotsLoading = true;
  slot.inFlight++;
  slot.started(now);
  try {
    const rules = await loadRobots(slot.origin, ctx.fetch);
    if (rules.kind === 'unavailable') {
      ctx.giveUp(rules.reason);
      return;
    }
    slot.robots = rules;
    if (rules.kind === 'rules') {
      if (rules.crawlDelayMs !== null && rules.crawlDelayMs > slot.delayMs) {
        slot.delayMs = rules.crawlDelayMs;
        ctx.emit({ type: 'notice', message: `${slot.host}: robots.txt asks for ${formatDuration(rules.crawlDelayMs)} between requests (Crawl-delay)` });
      }
      if (slot.site) ctx.addUrls(robotsSitemaps(slot.site, rules.sitemaps));
    }
  } catch (err) {
    if (!(err instanceof FetchError && err.code === 'aborted')) ctx.giveUp(`robots.txt: ${(err as Error).message}`);
  } finally {
    slot.answered(Date.now());
    slot.robotsLoading = false;
    slot.inFlight--;
    ctx.wake();
  }
}
