/**
 * `kliping crawl --state postgres://… --status`: the crawl as the database has it — articles
 * done and to do, each worker (live, silent, stopped) with what it holds, each host with its
 * queue, its lease and when it may next be asked. Read-only: it takes no lease and counts as
 * no worker.
 */
import type pg from 'pg';
import { formatDuration } from '../summary.js';
import { articleTotals, hosts, statusCounts, workers, type HostInfo, type WorkerInfo } from '../state/postgres/reports.js';

export interface CrawlStatus {
  crawl: string;
  state: string;
  articles: { total: number; pending: number; byStatus: Record<string, number> };
  documentsPending: number;
  workers: (WorkerInfo & { condition: 'live' | 'silent' | 'stopped' })[];
  hosts: HostInfo[];
}

export async function crawlStatus(pool: pg.Pool, crawl: { id: number; name: string }, redactedState: string): Promise<CrawlStatus> {
  const totals = await articleTotals(pool, crawl.id);
  const byStatus: Record<string, number> = {};
  for (const c of await statusCounts(pool, crawl.id)) byStatus[c.status] = (byStatus[c.status] ?? 0) + c.count;
  return {
    crawl: crawl.name,
    state: redactedState,
    articles: { total: totals.total, pending: totals.pending, byStatus },
    documentsPending: totals.documentsPending,
    workers: (await workers(pool, crawl.id)).map((w) => ({
      ...w,
      condition: w.stoppedAt ? 'stopped' : w.silentFor * 1000 > w.leaseMs ? 'silent' : 'live',
    })),
    hosts: await hosts(pool, crawl.id),
  };
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line)];
}

const n = (v: number) => v.toLocaleString('en-US');
const ms = (v: number | null) => (v === null ? '-' : v <= 0 ? 'now' : formatDuration(v));

export function formatStatus(s: CrawlStatus): string[] {
  const done = s.articles.total - s.articles.pending;
  const statuses = Object.entries(s.articles.byStatus)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${n(v)}`)
    .join(', ');
  const out = [
    `crawl "${s.crawl}" in ${s.state}`,
    `  articles: ${n(s.articles.total)} known, ${n(done)} done${statuses ? ` (${statuses})` : ''}, ${n(s.articles.pending)} to do` +
      (s.documentsPending ? `; ${n(s.documentsPending)} discovery documents to read` : ''),
    '',
    `workers: ${s.workers.filter((w) => w.condition === 'live').length} live, ${s.workers.filter((w) => w.condition === 'silent').length} silent, ${s.workers.filter((w) => w.condition === 'stopped').length} stopped`,
  ];
  out.push(
    ...table(
      ['WORKER', 'MACHINE', 'PID', 'STATE', 'REQUESTS', 'COMMITTED', 'HOSTS', 'LAST SEEN'],
      s.workers.map((w) => [
        w.id,
        w.machine,
        String(w.pid),
        w.condition === 'stopped' ? `stopped (${w.stopReason ?? '?'})` : w.condition,
        n(w.requests),
        n(w.committed),
        w.leases.join(',') || '-',
        `${formatDuration(w.silentFor * 1000)} ago`,
      ]),
    ),
  );
  out.push('', `hosts: ${s.hosts.length}`);
  out.push(
    ...table(
      ['HOST', 'DONE', 'TO DO', 'FAILED', 'HELD BY', 'LEASE LEFT', 'NEXT REQUEST', 'NOTE'],
      s.hosts.map((h) => [
        h.host,
        n(h.done),
        n(h.pending),
        n(h.failed),
        h.owner ?? '-',
        ms(h.leaseLeftMs),
        h.pausedForMs > h.nextInMs ? `in ${ms(h.pausedForMs)} (paused)` : ms(h.nextInMs),
        h.givenUp ?? '',
      ]),
    ),
  );
  return out;
}
