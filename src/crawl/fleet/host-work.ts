/**
 * One leased host worked on by a worker of a shared crawl: its robots.txt (read once for the
 * whole crawl and kept in the database), then its pending URLs in queue order, `perHost` at a
 * time, each fetched under the database's permits, extracted, decided by the same article step
 * as the single-process crawl (article-step.ts), written under its deterministic name and
 * committed behind the lease's fence.
 */
import type { FetchExchange, FetchOptions } from '../../fetch/index.js';
import type { ExtractPool } from '../../parallel/pool.js';
import type { ArticleRecord } from '../../record.js';
import type { Zone } from '../../dates/index.js';
import { errorMessage } from '../../util/text.js';
import { candidateFiles, type ArticleArchive } from '../archive.js';
import { beforeDedup, duplicateOutcome, factsOf, kept, notExtracted } from '../article-step.js';
import { extractFetched } from '../article-run.js';
import { robotsSitemaps } from '../discovery.js';
import { discover } from '../discovery-step.js';
import { FatalError } from '../errors.js';
import { HostSlot } from '../hosts.js';
import type { CrawlEvent, CrawlOptions } from '../options.js';
import { contentHashOf, dedupKeys, emptyOutcome, fetchErrorOutcome, revisionHashOf } from '../outcomes.js';
import { fillModified, withSourceDates } from '../revisions.js';
import { ROBOTS_TOKEN, rulesOf, type RobotsRules } from '../robots.js';
import { LeaseLost, type FencedCommit } from '../state/postgres/frontier.js';
import type { FrontierRow, NewUrl, Outcome } from '../state/types.js';
import type { DateWindow } from '../window.js';
import { requestUnderLease, robotsUnderLease, type HostLease, type RequestDeps } from './requests.js';

const BATCH = 32;

export interface HostWorkDeps extends RequestDeps {
  readonly worker: string;
  readonly archive: ArticleArchive;
  readonly window: DateWindow;
  readonly zone: Zone | null;
  readonly pool: ExtractPool | null;
  readonly perHost: number;
  readonly robots: boolean;
  readonly onRecord: CrawlOptions['onRecord'];
  stopping(): boolean;
  /** Serialize and append a row's WARC records (inside its commit); null without --warc. */
  warcOf(exchanges: FetchExchange[]): Promise<FencedCommit['warc']>;
  committed(row: FrontierRow, outcome: Outcome): void;
  fetched(): void;
  emit(event: CrawlEvent): void;
}

/** Work on a leased host until its queue is empty, the lease is lost, or the worker stops. */
export async function workHost(deps: HostWorkDeps, host: HostLease): Promise<void> {
  const rules = await hostRobots(deps, host);
  if (!rules) return;
  const slot = new HostSlot(host.lease.host, host.lease.origin, host.delayMs);
  slot.robots = rules;
  slot.site = host.lease.site;
  let cursor: { priority: number; id: number } | null = null;
  while (!deps.stopping() && !host.lost && !host.handBack) {
    const rows = await deps.frontier.nextRows(host.lease.host, cursor, BATCH);
    if (rows.length === 0) {
      if (cursor === null) return; // nothing left on this host
      cursor = null; // rows added before the cursor (a sitemap found late, a URL put back): look again from the start
      continue;
    }
    cursor = { priority: rows[rows.length - 1].priority, id: rows[rows.length - 1].id };
    const queue = [...rows];
    const lane = async () => {
      for (let row = queue.shift(); row && !deps.stopping() && !host.lost && !host.handBack; row = queue.shift()) await workRow(deps, host, slot, row);
    };
    // A lane that fails ends the host's work: the others are stopped before the lease is given back.
    const lanes = Array.from({ length: Math.min(deps.perHost, rows.length) }, () =>
      lane().catch((err: unknown) => {
        host.abort.abort();
        throw err;
      }),
    );
    const failed = (await Promise.allSettled(lanes)).find((e): e is PromiseRejectedResult => e.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** The host's robots.txt rules: kept in the database by the first worker that read it. Null when the host is left for later. */
async function hostRobots(deps: HostWorkDeps, host: HostLease): Promise<RobotsRules | null> {
  const { lease } = host;
  if (!deps.robots) return { kind: 'allow-all', reason: 'robots.txt ignored' };
  let rules: RobotsRules;
  if (lease.robotsState === 'text' || lease.robotsState === 'allow-all') {
    rules = rulesOf(
      lease.robotsState === 'text' ? { kind: 'text', url: `${lease.origin}/robots.txt`, body: lease.robotsBody ?? '' } : { kind: 'allow-all', reason: '' },
    );
  } else {
    const answer = await robotsUnderLease(deps, host);
    if (!answer) return null; // the worker stops
    if (answer.kind === 'unavailable') {
      await deps.giveUp(host, answer.reason);
      return null;
    }
    rules = rulesOf(answer);
    if (rules.kind === 'rules' && rules.crawlDelayMs !== null && rules.crawlDelayMs > host.delayMs) {
      host.delayMs = rules.crawlDelayMs;
      deps.notice(`${lease.host}: robots.txt asks for ${rules.crawlDelayMs} ms between requests (Crawl-delay)`);
    }
    const sitemaps = rules.kind === 'rules' && lease.site ? robotsSitemaps(lease.site, rules.sitemaps) : [];
    await deps.frontier.setRobots(lease, answer.kind, answer.kind === 'text' ? answer.body : null, host.delayMs);
    if (sitemaps.length) await deps.frontier.addUrls(sitemaps, host.delayMs);
  }
  if (rules.kind === 'rules' && rules.crawlDelayMs !== null) host.delayMs = Math.max(host.delayMs, rules.crawlDelayMs);
  return rules;
}

/** One row: decided without a request (robots.txt), or fetched and processed; a bug is recorded on its URL. */
async function workRow(deps: HostWorkDeps, host: HostLease, slot: HostSlot, row: FrontierRow): Promise<void> {
  try {
    if (slot.robots?.kind === 'rules' && !slot.robots.isAllowed(row.url)) {
      await commit(deps, host, {
        row,
        outcome: { ...emptyOutcome('skipped'), reason: `disallowed by robots.txt (for ${ROBOTS_TOKEN})`, reasonKey: 'robots.txt' },
      });
      return;
    }
    if (row.kind === 'article') await workArticle(deps, host, row);
    else await workDocument(deps, host, slot, row);
  } catch (err) {
    if (err instanceof FatalError) throw err;
    if (err instanceof LeaseLost) {
      host.lost = true;
      return;
    }
    // A bug, not a bad page: said on the URL (behind the fence, like any commit).
    const outcome = { ...emptyOutcome('error'), reason: `could not be processed (${errorMessage(err)})`, reasonKey: 'internal error' };
    try {
      await commit(deps, host, { row, outcome });
    } catch (again) {
      if (!(again instanceof LeaseLost)) throw again;
      host.lost = true;
    }
  }
}

/** A sitemap, feed or REST API page: read by the single-process crawl's discovery step; its URLs queued in its commit. */
async function workDocument(deps: HostWorkDeps, host: HostLease, slot: HostSlot, row: FrontierRow): Promise<void> {
  const found: NewUrl[] = [];
  await discover(
    {
      window: deps.window,
      maxBytes: deps.fetchBase.maxBytes,
      request: (_slot, r, extra) => requestUnderLease(deps, host, r, extra),
      commit: async (r, outcome) => void (await commit(deps, host, { row: r, outcome, newUrls: found })),
      commitDocument: async (r, outcome, exchanges) => void (await commit(deps, host, { row: r, outcome, newUrls: found, warc: await deps.warcOf(exchanges) })),
      addUrls: (items) => {
        found.push(...withSourceDates(row.kind, items));
        return items.length;
      },
      countOutside: () => {},
      emit: deps.emit,
    },
    slot,
    row,
    () => {},
  );
}

async function workArticle(deps: HostWorkDeps, host: HostLease, row: FrontierRow): Promise<void> {
  const got = await requestUnderLease(deps, host, row, {} as FetchOptions);
  if (!got) return;
  if ('error' in got) {
    await commit(deps, host, { row, outcome: fetchErrorOutcome(got.error), warc: await deps.warcOf(got.exchanges) });
    return;
  }
  deps.fetched();
  const { res, exchanges } = got;
  const facts = factsOf(res);
  const end = async (outcome: Outcome, extra: Partial<FencedCommit> = {}) => commit(deps, host, { row, outcome, warc: await deps.warcOf(exchanges), ...extra });
  let record: ArticleRecord;
  try {
    record = await extractFetched(res, deps.zone, deps.pool);
  } catch (err) {
    return void (await end(notExtracted(facts, errorMessage(err))));
  }
  fillModified(record, row);
  const early = beforeDedup(record, facts, deps.window);
  if (early) return void (await end(early));
  const keys = dedupKeys(record, res.finalUrl)
    .filter((k) => k !== row.url)
    .concat(row.url);
  const hash = contentHashOf(record);
  const owner = await deps.frontier.ownerOf(keys, hash, row.id);
  const ownerRow = owner ? await deps.frontier.row(owner.id) : null;
  if (owner && ownerRow) return void (await end(duplicateOutcome(ownerRow, owner.why, facts)));
  const file = await placeFile(deps, record, row, keys[0] ?? row.url, facts.fetchedAt ?? new Date().toISOString());
  const files = deps.archive.filesOf(file);
  let fileSha: string;
  try {
    fileSha = await deps.archive.write({ file, files }, record);
  } catch (err) {
    throw new FatalError(`${deps.archive.root}: cannot write ${file}: ${errorMessage(err)}`);
  }
  const outcome = kept(record, facts, file, fileSha, hash, { hash: revisionHashOf(record), signal: null });
  if ((await end(outcome, { keys, files })) && deps.onRecord) await deps.onRecord(record, { url: row.url, file });
}

/** The article's file: the first of its candidate names no other URL of the crawl has taken (taken in the database, before writing). */
async function placeFile(deps: HostWorkDeps, record: ArticleRecord, row: FrontierRow, nameUrl: string, fetchedAt: string): Promise<string> {
  if (row.file) return row.file;
  for (const rel of candidateFiles(record, nameUrl, fetchedAt)) if (await deps.frontier.reserveFile(rel, row.id)) return rel;
  throw new Error('no free file name');
}

/** Commit behind the fence; false when another worker had already finished the row. */
async function commit(deps: HostWorkDeps, host: HostLease, c: FencedCommit): Promise<boolean> {
  const done = await deps.frontier.commit(host.lease, deps.worker, c);
  if (done) deps.committed(c.row, c.outcome);
  return done;
}
