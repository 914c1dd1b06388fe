/** The summary a crawl ends with: built from the state, and printed (to stderr) on one screen. */
import type { CrawlSummary } from './options.js';
import type { CrawlState, StatusCount } from './state/index.js';
import { triedDocuments } from './discovery-rules.js';

/** What the run itself knows, beside the state. */
export interface RunFacts {
  archive: string;
  invalidInputs: number;
  outsideWindow: number;
  /** --site origins whose discovery listed no article. */
  sitesWithoutArticles: string[];
  hostsLeft: { host: string; reason: string }[];
  fetched: number;
  requests: number;
  elapsedMs: number;
  interrupted: boolean;
  fatal: string | null;
}

/** What the state (either backend) says of the crawl, for its summary. */
export interface StateFacts {
  pass: number;
  total: number;
  pending: number;
  statusCounts: StatusCount[];
  findingsByRule: Record<string, number>;
  discoveryFailed: { url: string; reason: string }[];
}

export function buildSummary(state: CrawlState, run: RunFacts): CrawlSummary {
  return summaryOf(
    {
      pass: state.pass,
      total: state.totalArticles(),
      pending: state.pendingArticles(),
      statusCounts: state.statusCounts(),
      findingsByRule: state.findingsByRule(),
      discoveryFailed: state.failedDiscovery(),
    },
    run,
  );
}

export function summaryOf(facts: StateFacts, run: RunFacts): CrawlSummary {
  const s: CrawlSummary = {
    archive: run.archive,
    pass: facts.pass,
    total: facts.total,
    pending: facts.pending,
    ok: 0,
    changed: 0,
    unchanged: 0,
    unchangedBy: {},
    notModified: 0,
    duplicates: 0,
    skipped: 0,
    failed: 0,
    skippedBy: {},
    failedBy: {},
    duplicatesBy: {},
    findings: 0,
    findingsByRule: facts.findingsByRule,
    discoveryFailed: facts.discoveryFailed,
    invalidInputs: run.invalidInputs,
    outsideWindow: run.outsideWindow,
    sitesWithoutArticles: run.sitesWithoutArticles,
    hostsLeft: run.hostsLeft,
    run: { fetched: run.fetched, requests: run.requests, elapsedMs: run.elapsedMs },
    interrupted: run.interrupted,
    fatal: run.fatal,
    exitCode: 0,
  };
  const add = (by: Record<string, number>, key: string, count: number) => (by[key] = (by[key] ?? 0) + count);
  for (const c of facts.statusCounts) {
    const key = c.reasonKey ?? c.status;
    if (c.status === 'ok') s.ok += c.count;
    else if (c.status === 'changed') s.changed += c.count;
    else if (c.status === 'unchanged') {
      s.unchanged += c.count;
      add(s.unchangedBy, key, c.count);
    } else if (c.status === 'not-modified') s.notModified += c.count;
    else if (c.status === 'duplicate') {
      s.duplicates += c.count;
      add(s.duplicatesBy, key, c.count);
    } else if (c.status === 'skipped') {
      s.skipped += c.count;
      add(s.skippedBy, key, c.count);
    } else if (c.status === 'error') {
      s.failed += c.count;
      add(s.failedBy, key, c.count);
    }
  }
  s.findings = Object.values(s.findingsByRule).reduce((a, b) => a + b, 0);
  s.exitCode =
    s.failed === 0 && s.pending === 0 && s.discoveryFailed.length === 0 && s.invalidInputs === 0 && s.sitesWithoutArticles.length === 0 && !s.fatal ? 0 : 1;
  return s;
}

function n(value: number): string {
  return value.toLocaleString('en-US');
}

function breakdown(by: Record<string, number>): string {
  const parts = Object.entries(by)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `${k} ${n(v)}`);
  return parts.length ? `  (${parts.join(', ')})` : '';
}

export function formatSummary(s: CrawlSummary): string[] {
  const rows: [string, number, string][] = [
    ['ok', s.ok, ''],
    ...(s.pass > 1 || s.changed + s.unchanged > 0
      ? ([
          ['changed', s.changed, ''],
          ['unchanged', s.unchanged, breakdown(s.unchangedBy)],
        ] as [string, number, string][])
      : []),
    ...(s.notModified > 0 ? ([['not modified', s.notModified, '']] as [string, number, string][]) : []),
    ['duplicates', s.duplicates, breakdown(s.duplicatesBy)],
    ['skipped', s.skipped, breakdown(s.skippedBy)],
    ['failed', s.failed, breakdown(s.failedBy)],
  ];
  if (s.pending > 0) rows.push(['left to do', s.pending, '']);
  if (s.findings > 0 || Object.keys(s.findingsByRule).length) rows.push(['findings', s.findings, breakdown(s.findingsByRule)]);
  const width = Math.max(...rows.map(([, v]) => n(v).length));
  const out: string[] = [];
  const head = s.interrupted ? 'kliping crawl: interrupted' : 'kliping crawl: done';
  out.push(`${head}: ${n(s.total)} article URLs in ${s.archive}${s.pass > 1 ? ` (pass ${s.pass})` : ''}`);
  for (const [label, value, extra] of rows) out.push(`  ${label.padEnd(13)}${n(value).padStart(width)}${extra}`);
  if (s.outsideWindow > 0) out.push(`  ${n(s.outsideWindow)} discovered URLs outside --since/--until were not queued`);
  for (const site of s.sitesWithoutArticles) {
    out.push(`  no article found: ${site}: its sitemaps, feed and REST API listed none (give article URLs with --input)`);
    out.push(`    tried ${triedDocuments()}`);
  }
  if (s.invalidInputs > 0) out.push(`  ${n(s.invalidInputs)} input lines were not URLs`);
  for (const d of s.discoveryFailed) out.push(`  discovery failed: ${d.url}: ${d.reason}`);
  for (const h of s.hostsLeft) out.push(`  left for later: ${h.host}: ${h.reason}`);
  const secs = s.run.elapsedMs / 1000;
  const rate = secs > 0 ? s.run.fetched / secs : 0;
  out.push(`  this run: ${n(s.run.fetched)} pages fetched in ${formatDuration(s.run.elapsedMs)} (${rate.toFixed(1)} pages/s), ${n(s.run.requests)} requests`);
  if (s.fatal) out.push(`  stopped: ${s.fatal}`);
  if (s.pending > 0 && !s.fatal) out.push('  run the same command again to finish');
  return out;
}

/** 850 ms, 4.2 s, 75 s, 12 min, 1.5 h. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  return `${Number((m / 60).toFixed(1))} h`;
}
