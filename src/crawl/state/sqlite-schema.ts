/** The tables of the SQLite crawl state, created on first open and checked on every open. */
import type Database from 'better-sqlite3';

export const SCHEMA_VERSION = 1;

export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS urls (
      id INTEGER PRIMARY KEY,
      url TEXT NOT NULL UNIQUE,
      host TEXT NOT NULL,
      kind TEXT NOT NULL,
      priority INTEGER NOT NULL,
      pending INTEGER NOT NULL DEFAULT 1,
      site TEXT,
      lastmod TEXT,
      published_hint TEXT,
      status TEXT,
      reason TEXT,
      reason_key TEXT,
      final_url TEXT,
      file TEXT,
      sha256 TEXT,
      content_hash TEXT,
      etag TEXT,
      last_modified TEXT,
      findings INTEGER,
      finding_rules TEXT,
      fetched_at TEXT,
      done_pass INTEGER,
      deferrals INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS urls_queue ON urls (host, pending, priority, id);
    CREATE INDEX IF NOT EXISTS urls_pending_host ON urls (pending, host);
    CREATE INDEX IF NOT EXISTS urls_content_hash ON urls (content_hash) WHERE content_hash IS NOT NULL;
    -- Discovery documents still to read, counted for the progress line while discovery runs.
    CREATE INDEX IF NOT EXISTS urls_documents_pending ON urls (pending) WHERE kind != 'article';
    CREATE TABLE IF NOT EXISTS keys (key TEXT PRIMARY KEY, url_id INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, url_id INTEGER NOT NULL);
  `);
  const version = db.prepare(`SELECT value FROM meta WHERE key = 'schema'`).get() as { value: string } | undefined;
  if (!version) {
    db.prepare(`INSERT INTO meta (key, value) VALUES ('schema', ?), ('pass', '1')`).run(String(SCHEMA_VERSION));
  } else if (Number(version.value) > SCHEMA_VERSION) {
    throw new Error(`the crawl state was written by a newer kliping (schema ${version.value})`);
  }
}
