/**
 * The discovery step: one sitemap, feed or REST API page fetched and read; the article URLs
 * it lists are queued, and the document itself is recorded (ok, absent, or failed).
 */
import type { FetchExchange, FetchOptions, FetchedResponse } from '../fetch/index.js';
import { MAX_DISCOVERY_BYTES, DiscoveryError, plainFormOf, readDiscovery, sitemapDepth } from './discovery.js';
import type { HostSlot } from './hosts.js';
import type { RequestResult } from './host-request.js';
import type { CrawlEvent } from './options.js';
import { emptyOutcome, fetchErrorOutcome } from './outcomes.js';
import type { FrontierRow, NewUrl, Outcome } from './state/index.js';
import type { DateWindow } from './window.js';

export interface DiscoveryContext {
  readonly window: DateWindow;
  readonly maxBytes: number | undefined;
  request(slot: HostSlot, row: FrontierRow, extra: FetchOptions, release: () => void): Promise<RequestResult>;
  commit(row: FrontierRow, outcome: Outcome): void | Promise<void>;
  /** Record a discovery document (no manifest line) with its exchanges. */
  commitDocument(row: FrontierRow, outcome: Outcome, exchanges: FetchExchange[]): Promise<void>;
  /** Queue URLs; the number new (or, where not known yet, found). A shared crawl queues them with the document's commit. */
  addUrls(items: NewUrl[]): number | Promise<number>;
  /** URLs left out by --since/--until. */
  countOutside(urls: readonly string[]): void;
  emit(event: CrawlEvent): void;
}

const ACCEPT_XML = 'application/xml,text/xml,application/rss+xml,application/atom+xml,*/*;q=0.5';

export async function discover(ctx: DiscoveryContext, slot: HostSlot, row: FrontierRow, release: () => void): Promise<void> {
  if (slot.robots?.kind === 'rules' && !slot.robots.isAllowed(row.url)) {
    await ctx.commit(row, { ...emptyOutcome('skipped'), reason: 'disallowed by robots.txt', reasonKey: 'robots.txt' });
    return;
  }
  const got = await ctx.request(
    slot,
    row,
    {
      requireHtml: false,
      maxBytes: Math.max(ctx.maxBytes ?? 0, MAX_DISCOVERY_BYTES),
      headers: { accept: row.kind === 'wpjson' ? 'application/json' : ACCEPT_XML },
    },
    release,
  );
  if (!got) return;
  if ('error' in got) {
    const err = got.error;
    const absent = err.code === 'http-status' && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429;
    if (absent) {
      // Most sites have only some of the well-known documents, and many block the REST API.
      await tryPlainForm(ctx, row);
      await ctx.commitDocument(row, { ...emptyOutcome('skipped'), reason: err.message, reasonKey: 'absent' }, got.exchanges);
      ctx.emit({ type: 'discovered', url: row.url, note: err.message, added: 0 });
    } else {
      await ctx.commitDocument(row, fetchErrorOutcome(err), got.exchanges);
      ctx.emit({ type: 'problem', url: row.url, reason: err.message });
    }
    return;
  }
  await readDocument(ctx, slot, row, got.res, got.exchanges);
}

async function readDocument(ctx: DiscoveryContext, slot: HostSlot, row: FrontierRow, res: FetchedResponse, exchanges: FetchExchange[]): Promise<void> {
  const site = row.site ?? slot.site ?? new URL(row.url).origin;
  const facts = { finalUrl: res.finalUrl, fetchedAt: res.fetchedAt };
  try {
    const result = readDiscovery(row.kind, res, site, ctx.window, sitemapDepth(row.priority));
    ctx.countOutside(result.outsideWindow);
    const added = await ctx.addUrls(result.found);
    await ctx.commitDocument(row, { ...emptyOutcome('ok'), ...facts, reason: result.note }, exchanges);
    if (result.warning) ctx.emit({ type: 'notice', message: `${row.url}: ${result.warning}` });
    ctx.emit({ type: 'discovered', url: row.url, note: result.note, added });
  } catch (err) {
    if (!(err instanceof DiscoveryError)) throw err;
    // A 200 that is not what was asked for (a soft 404, a page instead of JSON) means: not there.
    const notThere = /^not (?:a|an) /.test(err.message) && !sameDocumentKind(res);
    const outcome = { ...emptyOutcome(notThere ? 'skipped' : 'error'), ...facts, reason: err.message, reasonKey: notThere ? 'absent' : 'unreadable' };
    if (notThere) await tryPlainForm(ctx, row);
    await ctx.commitDocument(row, outcome, exchanges);
    if (!notThere) ctx.emit({ type: 'problem', url: row.url, reason: err.message });
    else ctx.emit({ type: 'discovered', url: row.url, note: err.message, added: 0 });
  }
}

/** A missing pretty document: queue WordPress's plain form of it (queued before the row is committed, so a crash loses neither). */
async function tryPlainForm(ctx: DiscoveryContext, row: FrontierRow): Promise<void> {
  const plain = plainFormOf(row, ctx.window);
  if (plain) await ctx.addUrls([plain]);
}

function sameDocumentKind(res: FetchedResponse): boolean {
  const type = (res.contentType ?? '').toLowerCase();
  return /xml|rss|atom|json/.test(type);
}
