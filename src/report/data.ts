/**
 * What the report shows, gathered from an archive folder: articles per month per site,
 * findings by rule, changed articles with their latest earlier version compared (src/diff),
 * failed and skipped URLs by reason. Pure data; html.ts renders it.
 */
import { comparableOf, earlierVersionsOf, inArchive, readRecordJson, type ArticleVersion } from '../diff/archive.js';
import { compareRecords, type RecordDiff } from '../diff/compare.js';
import type { ArticleRecord, Severity } from '../record.js';
import { fsReason } from '../sink/fs-errors.js';
import { readArchive, type ArchivedArticle, type ManifestEntry } from '../pack/archive.js';
import { NO_DATE } from './chart.js';

export interface FindingRow {
  article: ArchivedArticle;
  where: string;
  message: string;
}

export interface RuleFindings {
  rule: string;
  severity: Severity;
  rows: FindingRow[];
}

export interface ChangedArticle {
  article: ArchivedArticle;
  /** Earlier versions kept (oldest first): their files and fetch times. */
  versions: ArticleVersion[];
  /** The latest earlier version against the current record (src/diff); null when none is kept or it could not be read. */
  diff: RecordDiff | null;
  /** Fields the diff does not show whose value changed: dateline, byline, category, tags; captions when only their credits changed. */
  otherFields: string[];
  /** Why the latest earlier version could not be read, when it could not. */
  unreadable: string | null;
  /** What the manifest says changed, when it says. */
  reason: string | null;
}

export interface ReasonGroup {
  reason: string;
  entries: ManifestEntry[];
}

export interface ReportData {
  root: string;
  articles: ArchivedArticle[];
  months: Map<string, Map<string, number>>;
  rules: RuleFindings[];
  changed: ChangedArticle[];
  failed: ReasonGroup[];
  skipped: ReasonGroup[];
  /** URLs finished, by status. */
  statuses: Map<string, number>;
  problems: string[];
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** The site an article belongs to: the host of its URL (with its port, when not the default). */
export function siteOf(article: ArchivedArticle): string {
  for (const url of [article.entry.finalUrl, article.entry.url, article.record.url]) {
    try {
      if (typeof url === 'string') return new URL(url).host;
    } catch {
      // not a URL: try the next
    }
  }
  return 'unknown';
}

/** "2024-10" of the published date as written, or NO_DATE. */
export function monthOf(record: ArticleRecord): string {
  const m = typeof record.published === 'string' ? /^(\d{4})-(\d{2})/.exec(record.published) : null;
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : NO_DATE;
}

/** A reason's group (as the crawl's summary groups them): "HTTP 404", "robots.txt", "same text", the reason up to its first parenthesis. */
export function reasonKey(reason: string | null | undefined): string {
  if (!reason) return 'no reason given';
  const http = /^HTTP (\d{3})/.exec(reason);
  if (http) return `HTTP ${http[1]}`;
  if (/robots\.txt/.test(reason)) return 'robots.txt';
  if (/--since/.test(reason)) return 'published before --since';
  if (/--until/.test(reason)) return 'published after --until';
  if (/same canonical URL/.test(reason)) return 'same canonical URL';
  if (/same text/.test(reason)) return 'same text';
  const short = reason.replace(/\s*\(.*$/, '').trim();
  return short.length > 60 ? `${short.slice(0, 59)}…` : short || 'no reason given';
}

function groupBy(entries: ManifestEntry[]): ReasonGroup[] {
  const groups = new Map<string, ManifestEntry[]>();
  for (const e of entries) {
    const key = e.status === 'duplicate' ? `duplicate: ${reasonKey(e.reason)}` : reasonKey(e.reason);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups].map(([reason, list]) => ({ reason, entries: list })).sort((a, b) => b.entries.length - a.entries.length || (a.reason < b.reason ? -1 : 1));
}

function findingsByRule(articles: ArchivedArticle[]): RuleFindings[] {
  const rules = new Map<string, RuleFindings>();
  for (const article of articles) {
    for (const f of Array.isArray(article.record.findings) ? article.record.findings : []) {
      if (!f || typeof f.rule !== 'string') continue;
      const group = rules.get(f.rule) ?? { rule: f.rule, severity: f.severity, rows: [] };
      if ((SEVERITY_ORDER[f.severity] ?? 3) < (SEVERITY_ORDER[group.severity] ?? 3)) group.severity = f.severity;
      group.rows.push({ article, where: String(f.where ?? ''), message: String(f.message ?? '') });
      rules.set(f.rule, group);
    }
  }
  return [...rules.values()].sort(
    (a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) || b.rows.length - a.rows.length || (a.rule < b.rule ? -1 : 1),
  );
}

/** Fields of a record that compareRecords leaves out, named when they changed. */
const OTHER_FIELDS = ['dateline', 'byline', 'category', 'tags'];

/** The fields to name beside the diff: those it leaves out, and the captions when only what is not their text changed (a credit). */
function otherFields(older: Record<string, unknown>, newer: Record<string, unknown>, diff: RecordDiff): string[] {
  const differs = (f: string) => JSON.stringify(older[f] ?? null) !== JSON.stringify(newer[f] ?? null);
  return [...OTHER_FIELDS.filter(differs), ...(diff.captions.length === 0 && differs('captions') ? ['captions'] : [])];
}

/** The latest earlier version of `article` against it; a version that cannot be read is named in `problems`. */
function changedArticle(root: string, article: ArchivedArticle, versions: ArticleVersion[], problems: string[]): ChangedArticle {
  const reason = typeof article.entry.reason === 'string' ? article.entry.reason : null;
  const out: ChangedArticle = { article, versions, diff: null, otherFields: [], unreadable: null, reason };
  const last = versions[versions.length - 1];
  if (!last) return out;
  let older: Record<string, unknown>;
  try {
    older = readRecordJson(inArchive(root, last.file), last.file);
  } catch (err) {
    out.unreadable = (err as Error).message;
    problems.push(`${last.file}: ${out.unreadable}`);
    return out;
  }
  const newer = article.record as unknown as Record<string, unknown>;
  out.diff = compareRecords(comparableOf(older), comparableOf(newer));
  out.otherFields = otherFields(older, newer, out.diff);
  return out;
}

function changedArticles(root: string, articles: ArchivedArticle[], problems: string[]): ChangedArticle[] {
  const out: ChangedArticle[] = [];
  for (const article of articles) {
    let versions: ArticleVersion[];
    try {
      versions = earlierVersionsOf(root, article.file);
    } catch (err) {
      problems.push(`${article.file}: earlier versions not read (${fsReason(err)})`);
      versions = [];
    }
    if (versions.length === 0 && article.entry.status !== 'changed') continue;
    out.push(changedArticle(root, article, versions, problems));
  }
  return out;
}

/** Everything the report of the archive at `root` shows. */
export function reportData(root: string): ReportData {
  const contents = readArchive(root);
  const months = new Map<string, Map<string, number>>();
  for (const article of contents.articles) {
    const month = monthOf(article.record);
    const sites = months.get(month) ?? new Map<string, number>();
    const site = siteOf(article);
    sites.set(site, (sites.get(site) ?? 0) + 1);
    months.set(month, sites);
  }
  const statuses = new Map<string, number>();
  for (const e of contents.entries) statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
  const problems = [...contents.problems];
  const changed = changedArticles(contents.root, contents.articles, problems);
  return {
    root: contents.root,
    articles: contents.articles,
    months,
    rules: findingsByRule(contents.articles),
    changed,
    failed: groupBy(contents.entries.filter((e) => e.status === 'error')),
    skipped: groupBy(contents.entries.filter((e) => e.status === 'skipped' || e.status === 'duplicate')),
    statuses,
    problems,
  };
}
