/** A worker's summary: the whole crawl as the database has it, and this worker's own run. */
import type pg from 'pg';
import type { CrawlSummary } from '../options.js';
import { articleTotals, failedDiscovery, findingsByRule, hasArticlesOf, statusCounts } from '../state/postgres/reports.js';
import { summaryOf, type RunFacts } from '../summary.js';

/** What a worker's run knows beside the database: the RunFacts of a crawl, and the --site origins it was given. */
export type WorkerRun = Pick<RunFacts, 'archive' | 'invalidInputs' | 'fetched' | 'requests' | 'elapsedMs' | 'interrupted' | 'fatal'> & { sites: string[] };

export async function fleetSummary(pool: pg.Pool, crawl: number, run: WorkerRun): Promise<CrawlSummary> {
  const totals = await articleTotals(pool, crawl);
  const without: string[] = [];
  if (!run.interrupted && !run.fatal) for (const site of run.sites) if (!(await hasArticlesOf(pool, crawl, site))) without.push(site);
  const hostsLeft = await pool.query(`SELECT host, given_up AS reason FROM kliping_hosts WHERE crawl_id = $1 AND given_up IS NOT NULL ORDER BY host`, [crawl]);
  return summaryOf(
    {
      pass: 1,
      total: totals.total,
      pending: totals.pending,
      statusCounts: await statusCounts(pool, crawl),
      findingsByRule: await findingsByRule(pool, crawl),
      discoveryFailed: await failedDiscovery(pool, crawl),
    },
    {
      archive: run.archive,
      invalidInputs: run.invalidInputs,
      outsideWindow: 0,
      sitesWithoutArticles: without,
      hostsLeft: hostsLeft.rows as { host: string; reason: string }[],
      fetched: run.fetched,
      requests: run.requests,
      elapsedMs: run.elapsedMs,
      interrupted: run.interrupted,
      fatal: run.fatal,
    },
  );
}
