/**
 * The shared frontier on PostgreSQL: many worker processes, on one machine or many, crawl
 * one job. A worker leases a whole host (`FOR UPDATE SKIP LOCKED`: two workers never claim
 * the same one) and so is its only visitor while the lease holds; every request still asks
 * the database for a permit, on the database's clock, so the delay between requests holds
 * across a hand-over from one worker to the next.
 *
 * Fencing: each lease has a token from a sequence, larger for every new lease. A commit
 * locks its host's row and goes through only while the host's token is still the worker's;
 * a worker that lost its lease (stopped, cut off, too slow) and comes back commits nothing,
 * and its URLs are done by whoever holds the host now. A commit also only finishes a row
 * that is still pending: one capture per (crawl, URL), whatever happens.
 */
import type pg from 'pg';
import type { FrontierRow, NewUrl, Outcome } from '../types.js';
import { inTransaction } from './connection.js';
import { crawlId, findCrawl, migratePostgres } from './schema.js';

/** How long to wait for a permit on a lease that ran out without being taken over. */
const LATE_LEASE_WAIT_MS = 50;

/** A worker's hold on a host. */
export interface Lease {
  host: string;
  token: string;
  origin: string;
  site: string | null;
  delayMs: number;
  robotsState: string | null;
  robotsBody: string | null;
}

/** The lease was taken over by another worker (this one was too slow to renew it). */
export class LeaseLost extends Error {
  constructor(readonly host: string) {
    super(`${host}: lease lost to another worker`);
  }
}

export interface FencedCommit {
  row: FrontierRow;
  outcome: Outcome;
  keys?: string[];
  files?: string[];
  /** URLs found by this row (a discovery document), queued in the same transaction. */
  newUrls?: NewUrl[];
  /** Appends the row's WARC records (just before the commit); returns where they are. */
  warc?: () => WarcPlace | null;
}

/** Where a row's WARC records are: file, offset and length of its gzip members. */
export interface WarcPlace {
  file: string;
  offset: number;
  length: number;
}

const ROW_COLUMNS = `id::float8 AS id, url, host, kind, priority, site, lastmod, published_hint AS "publishedHint", status, file, sha256,
  content_hash AS "contentHash", etag, last_modified AS "lastModified", deferrals, final_url AS "finalUrl", findings,
  fetched_at AS "fetchedAt", rest_modified AS "restModified", NULL AS signal, NULL::int AS "signalPass", NULL AS "seenSignal",
  NULL AS "revisionHash", NULL AS "contentAt", published`;

export class PgFrontier {
  private constructor(
    readonly pool: pg.Pool,
    readonly crawl: number,
    readonly name: string,
  ) {}

  static async open(pool: pg.Pool, name: string): Promise<PgFrontier> {
    await migratePostgres(pool);
    return new PgFrontier(pool, await crawlId(pool, name), name);
  }

  /** An existing crawl, touching nothing (null when there is none of that name). */
  static async find(pool: pg.Pool, name: string): Promise<PgFrontier | null> {
    const id = await findCrawl(pool, name);
    return id === null ? null : new PgFrontier(pool, id, name);
  }

  // ---------------------------------------------------------------------------
  // URLs in

  /** Queue URLs (and their hosts); known ones are left as they are. Returns how many were new. */
  async addUrls(items: readonly NewUrl[], delayMs: number, db: pg.Pool | pg.PoolClient = this.pool): Promise<number> {
    if (items.length === 0) return 0;
    // In key order, and with DO NOTHING (no row lock on a host already known): two transactions adding
    // overlapping URLs wait for each other at worst, never in a circle; no worker's permit waits for them.
    const hosts = new Map<string, { origin: string; site: string | null }>();
    for (const i of items) if (!hosts.has(i.host)) hosts.set(i.host, { origin: new URL(i.url).origin, site: i.site });
    const hostKeys = [...hosts.keys()].sort();
    await db.query(
      `INSERT INTO kliping_hosts (crawl_id, host, origin, site, delay_ms)
       SELECT $1, h, o, s, $5 FROM unnest($2::text[], $3::text[], $4::text[]) AS t(h, o, s)
       ON CONFLICT (crawl_id, host) DO NOTHING`,
      [this.crawl, hostKeys, hostKeys.map((h) => hosts.get(h)!.origin), hostKeys.map((h) => hosts.get(h)!.site), delayMs],
    );
    const sorted = [...new Map(items.map((i) => [i.url, i])).values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    const r = await db.query(
      `INSERT INTO kliping_urls (crawl_id, url, host, kind, priority, site, lastmod, published_hint, rest_modified)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::text[], $9::text[])
       ON CONFLICT (crawl_id, url) DO NOTHING`,
      [
        this.crawl,
        sorted.map((i) => i.url),
        sorted.map((i) => i.host),
        sorted.map((i) => i.kind),
        sorted.map((i) => i.priority),
        sorted.map((i) => i.site),
        sorted.map((i) => i.lastmod ?? null),
        sorted.map((i) => i.publishedHint ?? null),
        sorted.map((i) => i.restModified ?? null),
      ],
    );
    return r.rowCount ?? 0;
  }

  /** Put finished URLs back in the queue: those that failed (--retry-failed) or the discovery documents (--rediscover). */
  async requeue(which: `status = 'error'` | `kind <> 'article'`): Promise<number> {
    const r = await this.pool.query(`UPDATE kliping_urls SET pending = true, deferrals = 0 WHERE crawl_id = $1 AND NOT pending AND ${which}`, [this.crawl]);
    return r.rowCount ?? 0;
  }

  // ---------------------------------------------------------------------------
  // leases

  /**
   * Claim a host with URLs to do that no live lease holds (the one free soonest first), or
   * null. Hosts given up since `since` (this worker's start) are left alone.
   */
  async claimHost(worker: string, ttlMs: number, since: Date, skip: readonly string[]): Promise<Lease | null> {
    const r = await this.pool.query(
      `WITH candidate AS (
         SELECT h.host FROM kliping_hosts h
         WHERE h.crawl_id = $1 AND (h.lease_expires IS NULL OR h.lease_expires < now())
           AND (h.given_up_at IS NULL OR h.given_up_at < $4) AND NOT (h.host = ANY($5::text[]))
           AND EXISTS (SELECT 1 FROM kliping_urls u WHERE u.crawl_id = h.crawl_id AND u.host = h.host AND u.pending)
         ORDER BY greatest(h.next_allowed_at, h.paused_until), h.host
         LIMIT 1 FOR UPDATE OF h SKIP LOCKED)
       UPDATE kliping_hosts h SET lease_owner = $2, lease_token = nextval('kliping_lease_token'),
         lease_expires = now() + make_interval(secs => $3::float8 / 1000), leases = h.leases + 1, given_up = NULL, given_up_at = NULL,
         -- A lease that ran out (never released): its holder may have had a request in flight whose end it never told.
         next_allowed_at = CASE WHEN h.lease_token IS NULL THEN h.next_allowed_at
           ELSE greatest(h.next_allowed_at, now() + make_interval(secs => h.delay_ms::float8 / 1000)) END
       FROM candidate WHERE h.crawl_id = $1 AND h.host = candidate.host
       RETURNING h.host, h.lease_token::text AS token, h.origin, h.site, h.delay_ms AS "delayMs", h.robots_state AS "robotsState", h.robots_body AS "robotsBody"`,
      [this.crawl, worker, ttlMs, since, skip],
    );
    return (r.rows[0] as Lease | undefined) ?? null;
  }

  /** Extend the leases still held (one that ran out is extended too, if no other worker took it); returns the tokens of those that are (the others were lost). */
  async renew(worker: string, tokens: readonly string[], ttlMs: number): Promise<Set<string>> {
    await this.pool.query(`UPDATE kliping_workers SET seen_at = now() WHERE crawl_id = $1 AND id = $2`, [this.crawl, worker]);
    if (tokens.length === 0) return new Set();
    const r = await this.pool.query(
      `UPDATE kliping_hosts SET lease_expires = now() + make_interval(secs => $3::float8 / 1000)
       WHERE crawl_id = $1 AND lease_token = ANY($2::bigint[]) RETURNING lease_token::text AS token`,
      [this.crawl, tokens, ttlMs],
    );
    return new Set(r.rows.map((row: { token: string }) => row.token));
  }

  async release(lease: Lease): Promise<void> {
    await this.pool.query(
      `UPDATE kliping_hosts SET lease_owner = NULL, lease_token = NULL, lease_expires = NULL WHERE crawl_id = $1 AND host = $2 AND lease_token = $3::bigint`,
      [this.crawl, lease.host, lease.token],
    );
  }

  /**
   * May a request to the lease's host start now? If so the host's next permit is moved to
   * `delayMs` from now (the database's clock) and 0 is returned; else the ms to wait.
   * Throws LeaseLost when the host is no longer this lease's.
   */
  async permit(lease: Lease, delayMs: number): Promise<number> {
    const r = await this.pool.query(
      `WITH h AS (SELECT lease_token, lease_expires, next_allowed_at, paused_until FROM kliping_hosts WHERE crawl_id = $1 AND host = $2),
       granted AS (
         UPDATE kliping_hosts SET next_allowed_at = now() + make_interval(secs => $4::float8 / 1000)
         WHERE crawl_id = $1 AND host = $2 AND lease_token = $3::bigint AND lease_expires > now() AND next_allowed_at <= now() AND paused_until <= now()
         RETURNING 1)
       SELECT (SELECT count(*) FROM granted) AS granted, h.lease_token = $3::bigint AS held, h.lease_expires > now() AS live,
         greatest(0, extract(epoch FROM greatest(h.next_allowed_at, h.paused_until) - now()) * 1000)::float8 AS wait
       FROM h`,
      [this.crawl, lease.host, lease.token, delayMs],
    );
    const row = r.rows[0] as { granted: string; held: boolean; live: boolean; wait: number } | undefined;
    if (!row || !row.held) throw new LeaseLost(lease.host);
    if (Number(row.granted) > 0) return 0;
    // Run out but not taken over (the heartbeat was late): the next beat renews it, or another worker takes it.
    if (!row.live) return LATE_LEASE_WAIT_MS;
    return Math.max(1, Math.ceil(row.wait));
  }

  /** A response ended (or failed): the next request waits `delayMs` from now. */
  async answered(lease: Lease, delayMs: number): Promise<void> {
    await this.pool.query(
      `UPDATE kliping_hosts SET next_allowed_at = greatest(next_allowed_at, now() + make_interval(secs => $4::float8 / 1000))
       WHERE crawl_id = $1 AND host = $2 AND lease_token = $3::bigint`,
      [this.crawl, lease.host, lease.token, delayMs],
    );
  }

  /** Retry-After: no worker asks the host before `ms` from now; the URL goes back in the queue. */
  async pause(lease: Lease, ms: number, reason: string, rowId: number): Promise<void> {
    await this.pool.query(
      `UPDATE kliping_hosts SET paused_until = greatest(paused_until, now() + make_interval(secs => $4::float8 / 1000)), pause_reason = $5
       WHERE crawl_id = $1 AND host = $2 AND lease_token = $3::bigint`,
      [this.crawl, lease.host, lease.token, ms, reason],
    );
    await this.pool.query(`UPDATE kliping_urls SET deferrals = deferrals + 1 WHERE id = $1`, [rowId]);
  }

  /** How long the host is paused for (ms, from the database's clock). */
  async pausedFor(lease: Lease): Promise<number> {
    const r = await this.pool.query(
      `SELECT greatest(0, extract(epoch FROM paused_until - now()) * 1000)::float8 AS ms FROM kliping_hosts WHERE crawl_id = $1 AND host = $2`,
      [this.crawl, lease.host],
    );
    return Number(r.rows[0]?.ms ?? 0);
  }

  /** The host's robots.txt as read (kept for the next lease holder), and the delay it asks for. */
  async setRobots(lease: Lease, state: string, body: string | null, delayMs: number): Promise<void> {
    await this.pool.query(
      `UPDATE kliping_hosts SET robots_state = $4, robots_body = $5, delay_ms = $6 WHERE crawl_id = $1 AND host = $2 AND lease_token = $3::bigint`,
      [this.crawl, lease.host, lease.token, state, body, delayMs],
    );
  }

  /** Leave a host for a later run (its URLs stay to do); the lease is released. */
  async giveUp(lease: Lease, reason: string): Promise<void> {
    await this.pool.query(
      `UPDATE kliping_hosts SET given_up = $4, given_up_at = now(), lease_owner = NULL, lease_token = NULL, lease_expires = NULL
       WHERE crawl_id = $1 AND host = $2 AND lease_token = $3::bigint`,
      [this.crawl, lease.host, lease.token, reason],
    );
  }

  // ---------------------------------------------------------------------------
  // rows

  /** Pending rows of a host after the (priority, id) cursor, in queue order. */
  async nextRows(host: string, after: { priority: number; id: number } | null, limit: number): Promise<FrontierRow[]> {
    const r = await this.pool.query(
      `SELECT ${ROW_COLUMNS} FROM kliping_urls WHERE crawl_id = $1 AND host = $2 AND pending AND (priority, id) > ($3, $4)
       ORDER BY priority, id LIMIT $5`,
      [this.crawl, host, after?.priority ?? -1, after?.id ?? -1, limit],
    );
    return r.rows as FrontierRow[];
  }

  async row(id: number): Promise<FrontierRow | null> {
    const r = await this.pool.query(`SELECT ${ROW_COLUMNS} FROM kliping_urls WHERE id = $1`, [id]);
    return (r.rows[0] as FrontierRow | undefined) ?? null;
  }

  /** The URL that owns one of `keys` (other than `id`), or else the kept article with the same text hash. */
  async ownerOf(keys: readonly string[], hash: string, id: number): Promise<{ id: number; why: string } | null> {
    const r = await this.pool.query(
      `(SELECT url_id::float8 AS id, 'same canonical URL' AS why, 0 AS rank FROM kliping_keys WHERE crawl_id = $1 AND key = ANY($2::text[]) AND url_id <> $3 LIMIT 1)
       UNION ALL
       (SELECT id::float8, 'same text', 1 FROM kliping_urls WHERE crawl_id = $1 AND content_hash = $4 AND id <> $3 AND status = 'ok' ORDER BY id LIMIT 1)
       ORDER BY rank LIMIT 1`,
      [this.crawl, keys, id, hash],
    );
    return r.rows[0] ? { id: r.rows[0].id as number, why: r.rows[0].why as string } : null;
  }

  /** Take an archive path for a URL (true), unless another URL has it (false). */
  async reserveFile(path: string, urlId: number): Promise<boolean> {
    const r = await this.pool.query(
      `WITH ins AS (INSERT INTO kliping_files (crawl_id, path, url_id) VALUES ($1, $2, $3) ON CONFLICT (crawl_id, path) DO NOTHING RETURNING url_id)
       SELECT url_id::float8 AS id FROM ins UNION ALL SELECT url_id::float8 FROM kliping_files WHERE crawl_id = $1 AND path = $2`,
      [this.crawl, path, urlId],
    );
    return r.rows.some((row: { id: number }) => row.id === urlId);
  }

  // ---------------------------------------------------------------------------
  // the commit

  /**
   * Finish a row, fenced by the lease. Its WARC records are appended first; then one statement
   * locks the host's row (FOR SHARE: no claim can pass it meanwhile) and, only if the host's
   * token is still this lease's and the row still pending, finishes the row and records its
   * keys. A document's URLs are queued in the same transaction. Returns false when the row was
   * already finished (nothing kept); throws LeaseLost when the lease is gone. Records appended
   * for a commit that did not happen stay in the WARC file, unindexed.
   */
  async commit(lease: Lease, worker: string, c: FencedCommit): Promise<boolean> {
    const warc = c.warc?.() ?? null;
    if (!c.newUrls?.length) return this.finishRow(this.pool, lease, worker, c, warc);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.commitWithUrls(lease, worker, c, warc);
      } catch (err) {
        // Two documents' URLs inserted at once can still deadlock on a URL both list: the server undoes one; do it again.
        if ((err as { code?: string }).code !== '40P01' || attempt >= 3) throw err;
      }
    }
  }

  /** A document's commit: the fence first, then its URLs, then its row, in one transaction. */
  private commitWithUrls(lease: Lease, worker: string, c: FencedCommit, warc: WarcPlace | null): Promise<boolean> {
    return inTransaction(
      this.pool,
      async (client) => {
        const fence = await client.query(`SELECT 1 FROM kliping_hosts WHERE crawl_id = $1 AND host = $2 AND lease_token = $3::bigint FOR SHARE`, [
          this.crawl,
          lease.host,
          lease.token,
        ]);
        if (fence.rowCount === 0) throw new LeaseLost(lease.host);
        await this.addUrls(c.newUrls ?? [], lease.delayMs, client);
        return this.finishRow(client, lease, worker, c, warc);
      },
      (finished) => finished,
    );
  }

  /** The fenced update of one row and its keys, in one statement (one round trip). */
  private async finishRow(db: pg.Pool | pg.PoolClient, lease: Lease, worker: string, c: FencedCommit, warc: WarcPlace | null): Promise<boolean> {
    const o = c.outcome;
    const r = await db.query(
      `WITH fence AS (
         SELECT 1 FROM kliping_hosts WHERE crawl_id = $20 AND host = $21 AND lease_token = $16::bigint FOR SHARE),
       done AS (
         UPDATE kliping_urls SET pending = false, status = $2, reason = $3, reason_key = $4, final_url = $5, file = $6, sha256 = $7,
           content_hash = $8, etag = $9, last_modified = $10, findings = $11, finding_rules = $12, fetched_at = $13, published = $14,
           worker = $15, lease_token = $16::bigint, warc_file = $17, warc_offset = $18, warc_length = $19, committed_at = now()
         WHERE id = $1 AND pending AND EXISTS (SELECT 1 FROM fence) RETURNING id),
       keys AS (
         INSERT INTO kliping_keys (crawl_id, key, url_id) SELECT $20, k, done.id FROM done, unnest($22::text[]) AS k
         ON CONFLICT (crawl_id, key) DO NOTHING)
       SELECT (SELECT count(*) FROM fence)::int AS fenced, (SELECT count(*) FROM done)::int AS finished`,
      [
        c.row.id,
        o.status,
        o.reason,
        o.reasonKey,
        o.finalUrl,
        o.file,
        o.sha256,
        o.contentHash,
        o.etag,
        o.lastModified,
        o.findings,
        o.findingRules ? JSON.stringify(o.findingRules) : null,
        o.fetchedAt,
        o.published,
        worker,
        lease.token,
        warc?.file ?? null,
        warc?.offset ?? null,
        warc?.length ?? null,
        this.crawl,
        lease.host,
        c.keys ?? [],
      ],
    );
    const { fenced, finished } = r.rows[0] as { fenced: number; finished: number };
    if (fenced === 0) throw new LeaseLost(lease.host);
    return finished > 0;
  }
}
