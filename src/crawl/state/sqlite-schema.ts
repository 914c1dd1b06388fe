/** The tables of the SQLite crawl state, created on first open and checked on every open. */
import type Database from 'better-sqlite3';

export const SCHEMA_VERSION = 2;

/** Columns added in schema 2 (revisions), added to a database of schema 1 when it is opened. */
const REVISION_COLUMNS = [
  'rest_modified TEXT',
  'signal TEXT',
  'signal_pass INTEGER',
  'seen_signal TEXT',
  'revision_hash TEXT',
  'content_at TEXT',
  'published TEXT',
  'changes TEXT',
  'previous_version TEXT',
];

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
  if (version && Number(version.value) > SCHEMA_VERSION) {
    throw new Error(`the crawl state was written by a newer kliping (schema ${version.value})`);
  }
  const have = new Set((db.prepare('PRAGMA table_info(urls)').all() as { name: string }[]).map((c) => c.name));
  db.transaction(() => {
    for (const column of REVISION_COLUMNS) if (!have.has(column.split(' ')[0])) db.exec(`ALTER TABLE urls ADD COLUMN ${column}`);
    if (!version) db.prepare(`INSERT INTO meta (key, value) VALUES ('schema', ?), ('pass', '1')`).run(String(SCHEMA_VERSION));
    else db.prepare(`UPDATE meta SET value = ? WHERE key = 'schema'`).run(String(SCHEMA_VERSION));
  })();
}
