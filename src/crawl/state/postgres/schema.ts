/**
 * The tables of the shared crawl state in PostgreSQL (11 or later: `CREATE INDEX … WHERE`,
 * `FOR UPDATE SKIP LOCKED`, `ON CONFLICT`). Created on first use, in one transaction under an
 * advisory lock so that workers starting together do not race each other.
 *
 * One database can hold many crawls (`kliping_crawls`, by name). Per crawl:
 * - `kliping_hosts`: politeness and ownership of a host, shared by every worker: when the next
 *   request may start (on the database's clock), a Retry-After pause, the robots.txt as read,
 *   and the lease: which worker holds the host, until when, under which token.
 * - `kliping_urls`: the frontier and the manifest of record, one row per (crawl, URL).
 * - `kliping_keys`, `kliping_files`: dedup keys and article files, each owned by one URL.
 * - `kliping_workers`: who works on the crawl, last seen when, and what each did.
 */
import type pg from 'pg';
import { inTransaction } from './connection.js';

export const PG_SCHEMA_VERSION = 1;

const TABLES = `
CREATE TABLE IF NOT EXISTS kliping_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE IF NOT EXISTS kliping_lease_token;
CREATE TABLE IF NOT EXISTS kliping_crawls (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS kliping_hosts (
  crawl_id integer NOT NULL REFERENCES kliping_crawls(id),
  host text NOT NULL,
  origin text NOT NULL,
  site text,
  delay_ms integer NOT NULL,
  next_allowed_at timestamptz NOT NULL DEFAULT 'epoch',
  paused_until timestamptz NOT NULL DEFAULT 'epoch',
  pause_reason text,
  robots_state text,
  robots_body text,
  given_up text,
  given_up_at timestamptz,
  lease_owner text,
  lease_token bigint,
  lease_expires timestamptz,
  leases integer NOT NULL DEFAULT 0,
  PRIMARY KEY (crawl_id, host)
);
CREATE TABLE IF NOT EXISTS kliping_urls (
  id bigserial PRIMARY KEY,
  crawl_id integer NOT NULL REFERENCES kliping_crawls(id),
  url text NOT NULL,
  host text NOT NULL,
  kind text NOT NULL,
  priority double precision NOT NULL,
  site text,
  lastmod text,
  published_hint text,
  rest_modified text,
  pending boolean NOT NULL DEFAULT true,
  status text,
  reason text,
  reason_key text,
  final_url text,
  file text,
  sha256 text,
  content_hash text,
  etag text,
  last_modified text,
  findings integer,
  finding_rules jsonb,
  fetched_at text,
  published text,
  deferrals integer NOT NULL DEFAULT 0,
  worker text,
  lease_token bigint,
  warc_file text,
  warc_offset bigint,
  warc_length bigint,
  committed_at timestamptz,
  UNIQUE (crawl_id, url)
);
CREATE INDEX IF NOT EXISTS kliping_urls_queue ON kliping_urls (crawl_id, host, priority, id) WHERE pending;
CREATE INDEX IF NOT EXISTS kliping_urls_hash ON kliping_urls (crawl_id, content_hash) WHERE content_hash IS NOT NULL;
CREATE TABLE IF NOT EXISTS kliping_keys (
  crawl_id integer NOT NULL,
  key text NOT NULL,
  url_id bigint NOT NULL,
  PRIMARY KEY (crawl_id, key)
);
CREATE TABLE IF NOT EXISTS kliping_files (
  crawl_id integer NOT NULL,
  path text NOT NULL,
  url_id bigint NOT NULL,
  PRIMARY KEY (crawl_id, path)
);
CREATE TABLE IF NOT EXISTS kliping_workers (
  crawl_id integer NOT NULL,
  id text NOT NULL,
  machine text NOT NULL,
  pid integer NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz NOT NULL DEFAULT now(),
  stopped_at timestamptz,
  stop_reason text,
  requests integer NOT NULL DEFAULT 0,
  lease_ms integer NOT NULL DEFAULT 30000,
  PRIMARY KEY (crawl_id, id)
);
`;

/** An arbitrary constant: the advisory lock that serialises schema creation. */
const MIGRATE_LOCK = 0x6b6c6970;

/** The schema version of the database, or 0 when kliping's tables are not there. */
async function schemaVersion(db: pg.Pool | pg.PoolClient): Promise<number> {
  const have = await db.query(`SELECT to_regclass('kliping_meta') IS NOT NULL AS present`);
  if (!have.rows[0].present) return 0;
  const v = await db.query(`SELECT value FROM kliping_meta WHERE key = 'schema'`);
  return v.rows[0] ? Number(v.rows[0].value) : 0;
}

/**
 * Create the tables when they are not there yet (then the user needs CREATE on the schema;
 * afterwards, reading and writing kliping's tables is enough).
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const version = await schemaVersion(pool);
  if (version > PG_SCHEMA_VERSION) throw new Error(`the crawl state was written by a newer kliping (schema ${version})`);
  if (version === PG_SCHEMA_VERSION) return;
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    if ((await schemaVersion(client)) >= PG_SCHEMA_VERSION) return;
    await client.query(TABLES);
    await client.query(`INSERT INTO kliping_meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [
      String(PG_SCHEMA_VERSION),
    ]);
  });
}

/** The id of an existing crawl, or null (reading only: for --status and --export-manifest). */
export async function findCrawl(pool: pg.Pool, name: string): Promise<number | null> {
  if ((await schemaVersion(pool)) === 0) return null;
  const r = await pool.query(`SELECT id FROM kliping_crawls WHERE name = $1`, [name]);
  return r.rows[0] ? Number(r.rows[0].id) : null;
}

/** The id of the crawl named `name`, made on first use. */
export async function crawlId(pool: pg.Pool, name: string): Promise<number> {
  const r = await pool.query(`INSERT INTO kliping_crawls (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`, [name]);
  return Number(r.rows[0].id);
}
