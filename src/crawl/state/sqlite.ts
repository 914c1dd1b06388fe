/**
 * The crawl state in one SQLite database in the archive (better-sqlite3, WAL, exclusive
 * lock): the embedded default, nothing to install. It holds the frontier (every URL the job
 * knows, with whether it is still to do in the current pass), what each finished URL ended
 * as, the dedup keys (canonical/final URLs and content hashes of the kept articles), which
 * file belongs to which URL, and how many bytes of manifest.jsonl and of the current WARC
 * file are committed.
 *
 * The commit of a finished URL is one transaction that also appends its manifest line
 * (and WARC records) and records the new file sizes: after a crash, bytes past the
 * recorded size are an uncommitted (or torn) tail and are cut off on the next start.
 *
 * synchronous=NORMAL: a commit survives the process being killed (it is in the WAL
 * file); a power cut may take the last commits back, which is safe too — those URLs are
 * to do again, and the manifest and WARC files are cut back to the lengths the state
 * still records (or rebuilt, if they came out shorter).
 */
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ChangeSummary } from '../../diff/compare.js';
import { signalOf } from '../signal.js';
import { migrate } from './sqlite-schema.js';
import { StateLockedError, type CommitExtras, type FrontierRow, type ManifestEntry, type NewUrl, type Outcome, type StatusCount } from './types.js';

/** The frontier row as the code reads it (snake_case columns under camelCase names). */
const ROW_COLUMNS =
  'id, url, host, kind, priority, site, lastmod, published_hint AS publishedHint, status, file, sha256, content_hash AS contentHash, etag, last_modified AS lastModified, deferrals, ' +
  'final_url AS finalUrl, findings, fetched_at AS fetchedAt, rest_modified AS restModified, signal, signal_pass AS signalPass, seen_signal AS seenSignal, ' +
  'revision_hash AS revisionHash, content_at AS contentAt, published';

/** Statuses of a URL whose article file is in the archive. */
const KEPT = `('ok', 'changed', 'unchanged', 'not-modified')`;

export class CrawlState {
  readonly db: Database.Database;
  /** True when the database did not exist before this open. */
  readonly created: boolean;
  private readonly stmts;

  private constructor(db: Database.Database, created: boolean) {
    this.db = db;
    this.created = created;
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO urls (url, host, kind, priority, site, lastmod, published_hint, rest_modified, signal, signal_pass)
         VALUES (@url, @host, @kind, @priority, @site, @lastmod, @publishedHint, @restModified, @signal, @signalPass)
         ON CONFLICT(url) DO UPDATE SET
           lastmod = COALESCE(excluded.lastmod, urls.lastmod),
           published_hint = COALESCE(urls.published_hint, excluded.published_hint),
           rest_modified = COALESCE(excluded.rest_modified, urls.rest_modified),
           signal = CASE WHEN excluded.signal IS NULL THEN urls.signal
             WHEN urls.signal IS NULL OR urls.signal_pass IS NOT excluded.signal_pass OR excluded.signal > urls.signal THEN excluded.signal
             ELSE urls.signal END,
           signal_pass = CASE WHEN excluded.signal IS NULL THEN urls.signal_pass ELSE excluded.signal_pass END`,
      ),
      exists: db.prepare('SELECT id FROM urls WHERE url = ?'),
      batch: db.prepare(
        `SELECT ${ROW_COLUMNS} FROM urls
         WHERE host = ? AND pending = 1 AND (priority > ? OR (priority = ? AND id > ?))
         ORDER BY priority, id LIMIT ?`,
      ),
      pendingHosts: db.prepare('SELECT DISTINCT host FROM urls WHERE pending = 1'),
      complete: db.prepare(
        `UPDATE urls SET pending = 0, done_pass = @pass, status = @status, reason = @reason, reason_key = @reasonKey,
           final_url = @finalUrl, file = @file, sha256 = @sha256, content_hash = @contentHash,
           etag = @etag, last_modified = @lastModified, findings = @findings,
           finding_rules = CASE WHEN @status = 'unchanged' THEN finding_rules ELSE @findingRules END,
           fetched_at = @fetchedAt, changes = @changes, previous_version = @previousVersion,
           revision_hash = COALESCE(@revisionHash, revision_hash), content_at = COALESCE(@contentAt, content_at),
           seen_signal = COALESCE(@seenSignal, seen_signal), published = COALESCE(@published, published)
         WHERE id = @id`,
      ),
      defer: db.prepare('UPDATE urls SET deferrals = deferrals + 1 WHERE id = ?'),
      keyOwner: db.prepare('SELECT url_id FROM keys WHERE key = ?'),
      putKey: db.prepare('INSERT INTO keys (key, url_id) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET url_id = excluded.url_id'),
      fileOwner: db.prepare('SELECT url_id FROM files WHERE path = ?'),
      putFile: db.prepare('INSERT INTO files (path, url_id) VALUES (?, ?) ON CONFLICT(path) DO UPDATE SET url_id = excluded.url_id'),
      hashOwner: db.prepare(`SELECT id FROM urls WHERE content_hash = ? AND id != ? AND status IN ${KEPT} ORDER BY id LIMIT 1`),
      byId: db.prepare(`SELECT ${ROW_COLUMNS} FROM urls WHERE id = ?`),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
  }

  /**
   * Open (or create) the state database. Takes an exclusive lock held until close():
   * a second crawl of the same archive is refused instead of corrupting it.
   */
  static open(path: string, existed: boolean): CrawlState {
    let db: Database.Database;
    try {
      db = new Database(path, { timeout: 0 });
    } catch (err) {
      // SQLite's own words ("unable to open database file") do not say where.
      if ((err as { code?: string }).code === 'SQLITE_CANTOPEN') throw new Error(`cannot create or open ${basename(path)} in ${dirname(path)}`, { cause: err });
      throw err;
    }
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
      migrate(db);
    } catch (err) {
      db.close();
      if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
        throw new StateLockedError('the archive is in use by another kliping crawl');
      }
      throw err;
    }
    return new CrawlState(db, !existed);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  meta(key: string): string | null {
    const row = this.stmts.getMeta.get(key) as { value: string } | undefined;
    return row ? row.value : null;
  }

  setMeta(key: string, value: string | number): void {
    this.stmts.setMeta.run(key, String(value));
  }

  metaNumber(key: string): number | null {
    const v = this.meta(key);
    return v === null ? null : Number(v);
  }

  private passCache: number | null = null;

  get pass(): number {
    this.passCache ??= this.metaNumber('pass') ?? 1;
    return this.passCache;
  }

  /**
   * Start a new pass: every known URL is to be done again (re-crawl); with `due`, the
   * discovery documents and only the kept articles `due` picks (a revisit).
   */
  newPass(due?: (row: FrontierRow) => boolean): number {
    const pass = this.pass + 1;
    this.db.transaction(() => {
      this.setMeta('pass', pass);
      if (!due) {
        this.db.prepare('UPDATE urls SET pending = 1, deferrals = 0').run();
        return;
      }
      this.db.prepare(`UPDATE urls SET pending = 1, deferrals = 0 WHERE kind != 'article'`).run();
      const requeue = this.db.prepare('UPDATE urls SET pending = 1, deferrals = 0 WHERE id = ?');
      const kept = this.db.prepare(`SELECT ${ROW_COLUMNS} FROM urls WHERE kind = 'article' AND pending = 0 AND status IN ${KEPT}`).all() as FrontierRow[];
      for (const row of kept) if (due(row)) requeue.run(row.id);
    })();
    this.passCache = pass;
    return pass;
  }

  /** Put the URLs that ended in an error back in the queue; returns how many. */
  requeueFailed(): number {
    return this.db.prepare(`UPDATE urls SET pending = 1, deferrals = 0 WHERE pending = 0 AND status = 'error'`).run().changes;
  }

  /** Add URLs (already keyed); known ones are left as they are. Returns the hosts that got new URLs. */
  addUrls(items: Iterable<NewUrl>): { added: number; hosts: Set<string> } {
    const hosts = new Set<string>();
    let added = 0;
    this.db.transaction(() => {
      for (const item of items) {
        const before = this.stmts.exists.get(item.url);
        this.stmts.insert.run({
          url: item.url,
          host: item.host,
          kind: item.kind,
          priority: item.priority,
          site: item.site,
          lastmod: item.lastmod ?? null,
          publishedHint: item.publishedHint ?? null,
          restModified: item.restModified ?? null,
          signal: item.kind === 'article' ? signalOf(item.lastmod, item.restModified) : null,
          signalPass: this.pass,
        });
        if (!before) {
          added++;
          hosts.add(item.host);
        }
      }
    })();
    return { added, hosts };
  }

  has(url: string): boolean {
    return this.stmts.exists.get(url) !== undefined;
  }

  pendingHosts(): string[] {
    return (this.stmts.pendingHosts.all() as { host: string }[]).map((r) => r.host);
  }

  /** Pending rows of a host after the (priority, id) cursor, in queue order. */
  nextBatch(host: string, after: { priority: number; id: number } | null, limit: number): FrontierRow[] {
    const p = after?.priority ?? -1;
    const id = after?.id ?? -1;
    return this.stmts.batch.all(host, p, p, id, limit) as FrontierRow[];
  }

  row(id: number): FrontierRow | null {
    return (this.stmts.byId.get(id) as FrontierRow | undefined) ?? null;
  }

  defer(id: number): void {
    this.stmts.defer.run(id);
  }

  keyOwner(key: string): number | null {
    const r = this.stmts.keyOwner.get(key) as { url_id: number } | undefined;
    return r ? r.url_id : null;
  }

  fileOwner(path: string): number | null {
    const r = this.stmts.fileOwner.get(path) as { url_id: number } | undefined;
    return r ? r.url_id : null;
  }

  hashOwner(hash: string, exceptId: number): number | null {
    const r = this.stmts.hashOwner.get(hash, exceptId) as { id: number } | undefined;
    return r ? r.id : null;
  }

  /** Record a finished URL, its keys and files, and run the appends, in one transaction. */
  complete(id: number, outcome: Outcome, extras: CommitExtras = {}): void {
    this.db.transaction(() => {
      this.stmts.complete.run({
        id,
        pass: this.pass,
        status: outcome.status,
        reason: outcome.reason,
        reasonKey: outcome.reasonKey,
        finalUrl: outcome.finalUrl,
        file: outcome.file,
        sha256: outcome.sha256,
        contentHash: outcome.contentHash,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        findings: outcome.findings,
        findingRules: outcome.findingRules ? JSON.stringify(outcome.findingRules) : null,
        fetchedAt: outcome.fetchedAt,
        changes: outcome.changes ? JSON.stringify(outcome.changes) : null,
        previousVersion: outcome.previousVersion,
        revisionHash: outcome.revisionHash,
        contentAt: outcome.contentAt,
        seenSignal: outcome.seenSignal,
        published: outcome.published,
      });
      for (const key of extras.keys ?? []) this.stmts.putKey.run(key, id);
      for (const file of extras.files ?? []) this.stmts.putFile.run(file, id);
      extras.sideEffects?.();
    })();
  }

  /** Finished articles of the current pass, by status and reason. */
  statusCounts(): StatusCount[] {
    return this.db
      .prepare(
        `SELECT status, reason_key AS reasonKey, count(*) AS count FROM urls
         WHERE kind = 'article' AND pending = 0 GROUP BY status, reason_key ORDER BY count DESC`,
      )
      .all() as StatusCount[];
  }

  /** Articles still to do in the current pass. */
  pendingArticles(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM urls WHERE kind = 'article' AND pending = 1`).get() as { n: number }).n;
  }

  /** Whether any article URL was found for the --site `origin`. */
  hasArticlesOf(origin: string): boolean {
    return this.db.prepare(`SELECT 1 FROM urls WHERE kind = 'article' AND site = ? LIMIT 1`).get(origin) !== undefined;
  }

  /** Every discovery document to read again (--rediscover). */
  rediscover(): void {
    this.db.prepare(`UPDATE urls SET pending = 1 WHERE kind != 'article'`).run();
  }

  /** Whether a discovery document of `host` is still to read in the current pass (its dates may be to come). */
  documentsPendingOn(host: string): boolean {
    return this.db.prepare(`SELECT 1 FROM urls WHERE pending = 1 AND kind != 'article' AND host = ? LIMIT 1`).get(host) !== undefined;
  }

  /** Discovery documents (sitemaps, feeds, REST API pages) still to read in the current pass. */
  pendingDocuments(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM urls WHERE kind != 'article' AND pending = 1`).get() as { n: number }).n;
  }

  /** Articles known to the job (done or not). */
  totalArticles(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM urls WHERE kind = 'article'`).get() as { n: number }).n;
  }

  /** Discovery documents of the current pass that failed: url and reason. */
  failedDiscovery(): { url: string; reason: string }[] {
    return this.db.prepare(`SELECT url, reason FROM urls WHERE kind != 'article' AND pending = 0 AND status = 'error' ORDER BY id`).all() as {
      url: string;
      reason: string;
    }[];
  }

  /** Findings by rule over the finished articles of the current pass. */
  findingsByRule(): Record<string, number> {
    const out: Record<string, number> = {};
    const rows = this.db
      .prepare(`SELECT finding_rules AS rules FROM urls WHERE kind = 'article' AND pending = 0 AND findings > 0 AND status IN ${KEPT}`)
      .iterate() as IterableIterator<{ rules: string | null }>;
    for (const r of rows) {
      if (!r.rules) continue;
      for (const [rule, n] of Object.entries(JSON.parse(r.rules) as Record<string, number>)) out[rule] = (out[rule] ?? 0) + n;
    }
    return out;
  }

  /** Every finished article as it stands (for rebuilding a lost manifest). */
  *finishedArticles(): Generator<ManifestEntry> {
    const rows = this.db
      .prepare(
        `SELECT url, final_url AS finalUrl, status, reason, file, sha256, findings, fetched_at AS fetchedAt, changes, previous_version AS previousVersion FROM urls
         WHERE kind = 'article' AND status IS NOT NULL ORDER BY fetched_at, id`,
      )
      .iterate() as IterableIterator<ManifestEntry & { changes: string | null }>;
    for (const row of rows) yield { ...row, changes: row.changes ? (JSON.parse(row.changes) as ChangeSummary) : null };
  }

  /** Restore one manifest line into a fresh state (the database was lost, the manifest not). */
  importFinished(item: NewUrl, outcome: Outcome, keys: string[], files: string[]): void {
    this.db.transaction(() => {
      this.stmts.insert.run({
        url: item.url,
        host: item.host,
        kind: item.kind,
        priority: item.priority,
        site: item.site,
        lastmod: null,
        publishedHint: null,
        restModified: null,
        signal: null,
        signalPass: null,
      });
      const { id } = this.stmts.exists.get(item.url) as { id: number };
      this.complete(id, outcome, { keys, files });
    })();
  }
}
