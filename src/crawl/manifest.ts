/**
 * manifest.jsonl: one line per URL finished, appended in the same transaction that records
 * the URL in the state. On open, a torn last line is cut back; a manifest without state (the
 * database lost) is imported as the record of what is done; a manifest shorter than the state
 * says is rewritten from the state.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChangeSummary } from '../diff/compare.js';
import type { ArticleRecord } from '../record.js';
import { stringifyJson } from '../export/json.js';
import { AppendLog } from '../sink/appendlog.js';
import { ARTICLE_PRIORITY } from './discovery.js';
import { contentHashOf, dedupKeys, emptyOutcome, isKept, isStatus, reasonKeyOf } from './outcomes.js';
import { MANIFEST_FILE } from './options.js';
import type { ArticleStatus, CrawlState, ManifestEntry } from './state/index.js';
import { hostOf, urlKey } from './url.js';

interface ManifestLine {
  url: string;
  finalUrl?: string | null;
  status: ArticleStatus;
  reason?: string | null;
  file?: string | null;
  sha256?: string | null;
  findings?: number | null;
  fetchedAt?: string | null;
  changes?: ChangeSummary | null;
  previousVersion?: string | null;
}

/**
 * One manifest.jsonl line (with its newline). A `changed` line also says where the version
 * before is kept (`previousVersion`) and what changed (`changes`).
 */
export function manifestLine(o: ManifestEntry): string {
  const line: ManifestLine = {
    url: o.url,
    finalUrl: o.finalUrl,
    status: o.status,
    reason: o.reason,
    file: o.file,
    sha256: o.sha256,
    findings: o.findings,
    fetchedAt: o.fetchedAt,
  };
  if (o.status === 'changed') Object.assign(line, { previousVersion: o.previousVersion ?? null, changes: o.changes ?? null });
  return stringifyJson(line) + '\n';
}

/** The manifest of the archive at `root`, opened against the state (repaired, imported or rebuilt as needed); notices say what was done. */
export function openManifest(root: string, state: CrawlState): { log: AppendLog; notices: string[] } {
  const path = join(root, MANIFEST_FILE);
  const notices: string[] = [];
  const committed = state.metaNumber('manifest_bytes');
  if (committed === null && existsSync(path) && statSync(path).size > 0) {
    // No state for this manifest (the database was lost, or the last import was cut
    // short): take the manifest as the record of what is done. Importing is idempotent.
    const restored = importManifest(state, root, path);
    notices.push(`no crawl state in ${root}: restored ${restored} finished URLs from ${MANIFEST_FILE}`);
  }
  const opened = AppendLog.open(path, committed, { lineBased: true });
  let log = opened.log;
  if (opened.repair === 'truncated') {
    notices.push(`${MANIFEST_FILE}: removed an unfinished last entry (${opened.cut} bytes) left by an interrupted run`);
  }
  if (committed === null) state.setMeta('manifest_bytes', log.size);
  if (opened.repair === 'short') {
    log.close();
    log = rebuildManifest(state, path);
    notices.push(`${MANIFEST_FILE} was shorter than recorded: rewritten from the crawl state`);
  }
  return { log, notices };
}

/** A file of the archive, by its path relative to the archive: never outside it. */
export function archivePath(root: string, rel: string): string {
  const abs = resolve(root, rel);
  if (!abs.startsWith(root + '/')) throw new Error(`outside the archive: ${rel}`);
  return abs;
}

/** The state database was lost but the manifest was not: take its last line per URL as the truth. */
function importManifest(state: CrawlState, root: string, path: string): number {
  const last = new Map<string, ManifestLine>();
  /** When the version in each article's file was fetched: its last ok or changed line. */
  const contentAt = new Map<string, string | null>();
  const text = readFileSync(path, 'utf8');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let parsed: ManifestLine;
    try {
      parsed = JSON.parse(line) as ManifestLine;
    } catch {
      continue; // a torn last line
    }
    const key = typeof parsed.url === 'string' ? urlKey(parsed.url) : null;
    if (key && isStatus(parsed.status)) last.set(key, parsed);
    if (key && (parsed.status === 'ok' || parsed.status === 'changed')) contentAt.set(key, parsed.fetchedAt ?? null);
  }
  for (const [url, line] of last) {
    let contentHash: string | null = null;
    const keys = [url];
    const files: string[] = [];
    if (isKept(line.status) && typeof line.file === 'string') {
      try {
        const record = JSON.parse(readFileSync(archivePath(root, line.file), 'utf8')) as ArticleRecord;
        contentHash = contentHashOf(record);
        for (const k of dedupKeys(record, line.finalUrl ?? url)) if (!keys.includes(k)) keys.push(k);
        files.push(line.file);
        const md = line.file.replace(/\.json$/, '.md');
        if (existsSync(archivePath(root, md))) files.push(md);
      } catch {
        continue; // its file is gone: fetch it again
      }
    }
    state.importFinished(
      { url, host: hostOf(url), kind: 'article', priority: ARTICLE_PRIORITY, site: null },
      {
        ...emptyOutcome(line.status),
        reason: line.reason ?? null,
        reasonKey: isKept(line.status) ? null : reasonKeyOf(line.reason ?? null),
        finalUrl: line.finalUrl ?? null,
        file: line.file ?? null,
        sha256: line.sha256 ?? null,
        contentHash,
        etag: null,
        lastModified: null,
        findings: line.findings ?? null,
        findingRules: null,
        fetchedAt: line.fetchedAt ?? null,
        changes: line.changes ?? null,
        previousVersion: line.previousVersion ?? null,
        contentAt: contentAt.get(url) ?? line.fetchedAt ?? null,
      },
      isKept(line.status) ? keys : [],
      files,
    );
  }
  return last.size;
}

function rebuildManifest(state: CrawlState, path: string): AppendLog {
  const tmp = `${path}.kliping-tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    for (const row of state.finishedArticles()) {
      writeFileSync(fd, manifestLine(row));
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const { log } = AppendLog.open(path, null, { lineBased: true });
  state.setMeta('manifest_bytes', log.size);
  return log;
}
