/**
 * What the shared state tells about a crawl: its workers, progress per host and per worker
 * (`--status`), the counts a worker's summary is built from, and the committed rows the
 * manifest and the CDXJ index are generated from (`--export-manifest`).
 */
import type pg from 'pg';
import type { ManifestEntry, StatusCount } from '../types.js';

export interface WorkerInfo {
  id: string;
  machine: string;
  pid: number;
  startedAt: string;
  seenAt: string;
  /** Seconds since it was last heard of (by the database's clock). */
  silentFor: number;
  stoppedAt: string | null;
  stopReason: string | null;
  requests: number;
  committed: number;
  /** Hosts it holds now. */
  leases: string[];
  /** Its lease time: silent for longer, it is taken for dead (its hosts go to others). */
  leaseMs: number;
}

export interface HostInfo {
  host: string;
  done: number;
  pending: number;
  failed: number;
  owner: string | null;
  leaseLeftMs: number | null;
  nextInMs: number;
  pausedForMs: number;
  givenUp: string | null;
}

export interface WarcRange {
  url: string;
  file: string;
  offset: number;
  length: number;
}

export async function registerWorker(pool: pg.Pool, crawl: number, w: { id: string; machine: string; pid: number; leaseMs: number }): Promise<Date> {
  const r = await pool.query(
    `INSERT INTO kliping_workers (crawl_id, id, machine, pid, lease_ms) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (crawl_id, id) DO UPDATE SET seen_at = now(), stopped_at = NULL RETURNING started_at`,
    [crawl, w.id, w.machine, w.pid, w.leaseMs],
  );
  return r.rows[0].started_at as Date;
}

export async function workerStopped(pool: pg.Pool, crawl: number, id: string, reason: string, requests: number): Promise<void> {
  await pool.query(`UPDATE kliping_workers SET stopped_at = now(), stop_reason = $3, requests = $4, seen_at = now() WHERE crawl_id = $1 AND id = $2`, [
    crawl,
    id,
    reason,
    requests,
  ]);
}

export async function countRequests(pool: pg.Pool, crawl: number, id: string, requests: number): Promise<void> {
  await pool.query(`UPDATE kliping_workers SET requests = $3 WHERE crawl_id = $1 AND id = $2`, [crawl, id, requests]);
}

/** Workers heard of within their lease. */
export async function liveWorkers(pool: pg.Pool, crawl: number): Promise<number> {
  const r = await pool.query(
    `SELECT count(*)::int AS n FROM kliping_workers WHERE crawl_id = $1 AND stopped_at IS NULL AND seen_at > now() - make_interval(secs => lease_ms::float8 / 1000)`,
    [crawl],
  );
  return (r.rows[0] as { n: number }).n;
}

/** Hosts with URLs to do (one index probe per host, not a count of the URLs). */
export async function hostsWithWork(pool: pg.Pool, crawl: number): Promise<number> {
  const r = await pool.query(
    `SELECT count(*)::int AS n FROM kliping_hosts h WHERE h.crawl_id = $1
       AND EXISTS (SELECT 1 FROM kliping_urls u WHERE u.crawl_id = h.crawl_id AND u.host = h.host AND u.pending)`,
    [crawl],
  );
  return (r.rows[0] as { n: number }).n;
}

/** Whether a URL is left to do on a host not given up since `since`. */
export async function workLeft(pool: pg.Pool, crawl: number, since: Date): Promise<boolean> {
  const r = await pool.query(
    `SELECT 1 FROM kliping_urls u JOIN kliping_hosts h ON h.crawl_id = u.crawl_id AND h.host = u.host
     WHERE u.crawl_id = $1 AND u.pending AND (h.given_up_at IS NULL OR h.given_up_at < $2) LIMIT 1`,
    [crawl, since],
  );
  return (r.rowCount ?? 0) > 0;
}

export async function workers(pool: pg.Pool, crawl: number): Promise<WorkerInfo[]> {
  const r = await pool.query(
    `SELECT w.id, w.machine, w.pid, w.started_at AS "startedAt", w.seen_at AS "seenAt", extract(epoch FROM now() - w.seen_at)::float8 AS "silentFor",
       w.stopped_at AS "stoppedAt", w.stop_reason AS "stopReason", w.requests, w.lease_ms AS "leaseMs",
       (SELECT count(*) FROM kliping_urls u WHERE u.crawl_id = w.crawl_id AND u.worker = w.id)::int AS committed,
       COALESCE((SELECT array_agg(h.host ORDER BY h.host) FROM kliping_hosts h WHERE h.crawl_id = w.crawl_id AND h.lease_owner = w.id AND h.lease_expires > now()), '{}') AS leases
     FROM kliping_workers w WHERE w.crawl_id = $1 ORDER BY w.started_at, w.id`,
    [crawl],
  );
  return r.rows.map((row) => ({
    ...row,
    startedAt: (row.startedAt as Date).toISOString(),
    seenAt: (row.seenAt as Date).toISOString(),
    stoppedAt: row.stoppedAt ? (row.stoppedAt as Date).toISOString() : null,
  })) as WorkerInfo[];
}

export async function hosts(pool: pg.Pool, crawl: number): Promise<HostInfo[]> {
  const r = await pool.query(
    `SELECT h.host,
       count(u.id) FILTER (WHERE NOT u.pending AND u.kind = 'article')::int AS done,
       count(u.id) FILTER (WHERE u.pending)::int AS pending,
       count(u.id) FILTER (WHERE u.status = 'error')::int AS failed,
       CASE WHEN h.lease_expires > now() THEN h.lease_owner END AS owner,
       CASE WHEN h.lease_expires > now() THEN extract(epoch FROM h.lease_expires - now()) * 1000 END::float8 AS "leaseLeftMs",
       greatest(0, extract(epoch FROM h.next_allowed_at - now()) * 1000)::float8 AS "nextInMs",
       greatest(0, extract(epoch FROM h.paused_until - now()) * 1000)::float8 AS "pausedForMs",
       h.given_up AS "givenUp"
     FROM kliping_hosts h LEFT JOIN kliping_urls u ON u.crawl_id = h.crawl_id AND u.host = h.host
     WHERE h.crawl_id = $1 GROUP BY h.crawl_id, h.host ORDER BY h.host`,
    [crawl],
  );
  return r.rows as HostInfo[];
}

/** Finished articles by status and reason (the whole crawl, every worker). */
export async function statusCounts(pool: pg.Pool, crawl: number): Promise<StatusCount[]> {
  const r = await pool.query(
    `SELECT status, reason_key AS "reasonKey", count(*)::int AS count FROM kliping_urls
     WHERE crawl_id = $1 AND kind = 'article' AND NOT pending GROUP BY status, reason_key ORDER BY count DESC`,
    [crawl],
  );
  return r.rows as StatusCount[];
}

export interface ArticleTotals {
  total: number;
  pending: number;
  ok: number;
  failed: number;
  documentsPending: number;
}

export async function articleTotals(pool: pg.Pool, crawl: number): Promise<ArticleTotals> {
  const r = await pool.query(
    `SELECT count(*) FILTER (WHERE kind = 'article')::int AS total, count(*) FILTER (WHERE kind = 'article' AND pending)::int AS pending,
       count(*) FILTER (WHERE kind = 'article' AND status IN ('ok', 'changed', 'unchanged', 'not-modified'))::int AS ok,
       count(*) FILTER (WHERE kind = 'article' AND status = 'error')::int AS failed,
       count(*) FILTER (WHERE kind <> 'article' AND pending)::int AS "documentsPending"
     FROM kliping_urls WHERE crawl_id = $1`,
    [crawl],
  );
  return r.rows[0] as ArticleTotals;
}

export async function findingsByRule(pool: pg.Pool, crawl: number): Promise<Record<string, number>> {
  const r = await pool.query(
    `SELECT key, sum(value::int)::int AS n FROM kliping_urls, jsonb_each_text(finding_rules)
     WHERE crawl_id = $1 AND kind = 'article' AND status = 'ok' AND finding_rules IS NOT NULL GROUP BY key`,
    [crawl],
  );
  return Object.fromEntries(r.rows.map((row: { key: string; n: number }) => [row.key, row.n]));
}

export async function failedDiscovery(pool: pg.Pool, crawl: number): Promise<{ url: string; reason: string }[]> {
  const r = await pool.query(`SELECT url, reason FROM kliping_urls WHERE crawl_id = $1 AND kind <> 'article' AND status = 'error' ORDER BY id`, [crawl]);
  return r.rows as { url: string; reason: string }[];
}

/** Whether any article URL was found for the --site `origin`. */
export async function hasArticlesOf(pool: pg.Pool, crawl: number, origin: string): Promise<boolean> {
  const r = await pool.query(`SELECT 1 FROM kliping_urls WHERE crawl_id = $1 AND kind = 'article' AND site = $2 LIMIT 1`, [crawl, origin]);
  return (r.rowCount ?? 0) > 0;
}

/** Every finished article, once, in the order the crawl first knew them (by row id). */
export async function* manifestRows(pool: pg.Pool, crawl: number): AsyncGenerator<ManifestEntry> {
  let after = -1;
  for (;;) {
    const r = await pool.query(
      `SELECT id::float8 AS id, url, final_url AS "finalUrl", status, reason, file, sha256, findings, fetched_at AS "fetchedAt"
       FROM kliping_urls WHERE crawl_id = $1 AND kind = 'article' AND NOT pending AND id > $2 ORDER BY id LIMIT 5000`,
      [crawl, after],
    );
    for (const row of r.rows as (ManifestEntry & { id: number })[]) {
      const { id: _id, ...entry } = row;
      yield entry;
    }
    if (r.rows.length < 5000) return;
    after = (r.rows[r.rows.length - 1] as { id: number }).id;
  }
}

/** Where the committed WARC records of every finished URL are. */
export async function warcRanges(pool: pg.Pool, crawl: number): Promise<WarcRange[]> {
  const r = await pool.query(
    `SELECT url, warc_file AS file, warc_offset::float8 AS offset, warc_length::float8 AS length FROM kliping_urls
     WHERE crawl_id = $1 AND NOT pending AND warc_file IS NOT NULL ORDER BY warc_file, warc_offset`,
    [crawl],
  );
  return r.rows as WarcRange[];
}
