/**
 * A shared crawl's requests to a leased host: each waits for the database's permit (the
 * host's delay on the database's clock, its Retry-After pause), and its end moves the host's
 * next permit on; a retry, and a redirect to the same host, wait for a permit like any other
 * request.
 *
 * A permit is used only while the lease is surely still held by this process's own clock: a
 * worker stopped (SIGSTOP, a frozen VM) between its permit and its request finds, when it comes
 * back, that its lease may have run out meanwhile, and asks the database again instead of
 * sending a request another worker may be timing its own against.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { fetchUrl, FetchError, type FetchExchange, type FetchOptions } from '../../fetch/index.js';
import type { RequestResult } from '../host-request.js';
import { fetchRobots, type RobotsAnswer } from '../robots.js';
import { LeaseUnsure } from './lease-dispatcher.js';
import { LeaseLost, type Lease, type PgFrontier } from '../state/postgres/frontier.js';
import type { FrontierRow } from '../state/types.js';

/** The longest one sleep between permit checks: a stop or a lost lease is noticed within it. */
const MAX_WAIT_MS = 500;

/** A leased host at work in this worker. */
export interface HostLease {
  readonly lease: Lease;
  /** The larger of --delay and the host's Crawl-delay. */
  delayMs: number;
  /** Aborted when the lease is lost or the worker stops now. */
  readonly abort: AbortController;
  lost: boolean;
  /** Until when (performance.now()) the lease is surely held: set at the claim and at each renewal, with a margin. */
  validUntil: number;
  /** Left for a later run (robots.txt unreadable, a pause too long): ended like a lost lease, but released. */
  givenUp?: boolean;
  /** More hosts are held than this worker's share: finish the row in hand and give the host back. */
  handBack?: boolean;
}

/** The request was not made: the worker stops, or gives the host back (the URL stays to do). */
export class PermitWithdrawn extends Error {}

export interface RequestDeps {
  readonly frontier: PgFrontier;
  readonly worker: string;
  readonly leaseMs: number;
  readonly fetchBase: FetchOptions;
  readonly dispatcher: Dispatcher;
  readonly capture: boolean;
  readonly maxDeferrals: number;
  readonly maxPauseMs: number;
  stopping(): boolean;
  countRequest(): void;
  /** The host asked to wait longer than --max-pause: it is left for a later run. */
  giveUp(host: HostLease, reason: string): Promise<void>;
  notice(message: string): void;
}

/** The time until which a lease renewed (or claimed) at `sentAt` is surely held: two thirds of it, the rest a margin. */
export function validUntil(sentAt: number, leaseMs: number): number {
  return sentAt + (leaseMs * 2) / 3;
}

/** Wait until the database lets a request to the host start (it then counts as started). */
export async function waitForPermit(deps: RequestDeps, host: HostLease): Promise<void> {
  for (;;) {
    if (host.abort.signal.aborted || host.lost) throw new LeaseLost(host.lease.host);
    if (deps.stopping() || host.handBack) throw new PermitWithdrawn(host.lease.host);
    const waitMs = await deps.frontier.permit(host.lease, host.delayMs);
    if (waitMs === 0) {
      if (performance.now() <= host.validUntil) return;
      await confirmLease(deps, host); // the permit came too late to be trusted: ask again
      continue;
    }
    await delay(Math.min(waitMs, MAX_WAIT_MS));
  }
}

/** Renew this one lease now; LeaseLost when another worker has it. */
async function confirmLease(deps: RequestDeps, host: HostLease): Promise<void> {
  const sentAt = performance.now();
  const held = await deps.frontier.renew(deps.worker, [host.lease.token], deps.leaseMs);
  if (!held.has(host.lease.token)) {
    host.lost = true;
    host.abort.abort();
    throw new LeaseLost(host.lease.host);
  }
  host.validUntil = validUntil(sentAt, deps.leaseMs);
}

/** What every fetch under a lease does between attempts and before a redirect: wait for a permit. */
function leaseHooks(deps: RequestDeps, host: HostLease, answered: () => Promise<void>): Pick<FetchOptions, 'sleep' | 'beforeRedirect' | 'signal'> {
  const again = async () => {
    await waitForPermit(deps, host);
    deps.countRequest();
  };
  return {
    signal: host.abort.signal,
    sleep: async (ms) => {
      await answered();
      await delay(ms);
      await again();
    },
    // A redirect to the same host is a request to it like any other. (One to another host is made at once: that host is not leased here.)
    beforeRedirect: async (next) => {
      if (next.host !== host.lease.host) return;
      await answered();
      await again();
    },
  };
}

/** Not a failure of the URL: the lease went, or the worker stops (the URL stays to do). */
function leftToDo(err: unknown, host: HostLease): boolean {
  const cause = err instanceof FetchError ? err.cause : err;
  return (
    cause instanceof LeaseLost ||
    cause instanceof PermitWithdrawn ||
    cause instanceof LeaseUnsure ||
    (err instanceof FetchError && err.code === 'aborted') ||
    host.abort.signal.aborted
  );
}

/** One URL's request under the host's permits. Null: nothing to record (aborted, lease lost, stopping, or put back to wait). */
export async function requestUnderLease(deps: RequestDeps, host: HostLease, row: FrontierRow, extra: FetchOptions): Promise<RequestResult> {
  const exchanges: FetchExchange[] = [];
  // With no delay there is nothing to move on: the permit of the next request still checks the lease and any pause.
  const answered = () => (host.delayMs > 0 ? deps.frontier.answered(host.lease, host.delayMs) : Promise.resolve());
  try {
    await waitForPermit(deps, host);
    deps.countRequest();
    const res = await fetchUrl(row.url, {
      ...deps.fetchBase,
      ...extra,
      ...leaseHooks(deps, host, answered),
      dispatcher: deps.dispatcher,
      onExchange: deps.capture ? (ex) => exchanges.push(ex) : undefined,
    });
    await answered();
    return { res, exchanges };
  } catch (err) {
    if (leftToDo(err, host)) {
      await answered().catch(() => {});
      return null;
    }
    if (!(err instanceof FetchError)) throw err;
    await answered().catch(() => {});
    if (err.retryAfterMs !== undefined && err.retryAfterMs > 0 && row.deferrals < deps.maxDeferrals) {
      await deps.frontier.pause(host.lease, err.retryAfterMs, err.message, row.id);
      if (err.retryAfterMs > deps.maxPauseMs) await deps.giveUp(host, `asked to wait (${err.message})`);
      else deps.notice(`${host.lease.host}: ${err.message}: pausing this host (for every worker)`);
      return null;
    }
    return { error: err, exchanges };
  }
}

/** The host's robots.txt under a permit (read once per crawl; the answer is kept in the database). Null when the worker stops first. */
export async function robotsUnderLease(deps: RequestDeps, host: HostLease): Promise<RobotsAnswer | null> {
  const answered = () => deps.frontier.answered(host.lease, host.delayMs);
  try {
    await waitForPermit(deps, host);
    deps.countRequest();
    const answer = await fetchRobots(host.lease.origin, { ...deps.fetchBase, ...leaseHooks(deps, host, answered), dispatcher: deps.dispatcher });
    // An answer cut short by the lease going or the worker stopping says nothing of the host.
    if (host.lost || host.abort.signal.aborted) throw new LeaseLost(host.lease.host);
    if (answer.kind === 'unavailable' && deps.stopping()) return null;
    return answer;
  } catch (err) {
    if (err instanceof PermitWithdrawn) return null;
    throw err;
  } finally {
    await answered().catch(() => {});
  }
}
