/**
 * Many workers, one crawl: three `kliping crawl --state postgres://…` processes on one
 * PostgreSQL (started by the test) crawl four fake WordPress hosts of 1,040 articles. One
 * worker is killed (-9) and another stopped (SIGSTOP) past its lease and resumed. Checked from
 * the sites' own logs: never two requests in flight to a host, never a gap shorter than --delay
 * after an answer; and from the archive: every article once (one file, one manifest line, one
 * response in the CDXJ index), no finished URL fetched twice but those in flight at the kill and
 * the stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteProcess, type SiteLogEntry, type SiteProcess } from './helpers/site-process.mjs';
import { postgresUnavailable, startPostgres } from './helpers/postgres.mjs';
import { repoRoot, runKliping } from './helpers/cli.js';

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`crawl-shared: skipped: ${unavailable}`);

const DELAY_MS = 40;
const LEASE_MS = 1500;
const PER_SITE = 260;

interface Worker {
  child: ChildProcess;
  stderr: string;
  exit: Promise<number | null>;
}

function startWorker(args: string[]): Worker {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/kliping.js'), 'crawl', ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  const w: Worker = { child, stderr: '', exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
  child.stderr!.on('data', (d) => (w.stderr += d));
  return w;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

describe.skipIf(unavailable)('a crawl shared by three workers on PostgreSQL', () => {
  let server: NonNullable<Awaited<ReturnType<typeof startPostgres>>>;
  let db: pg.Pool;
  const sites: SiteProcess[] = [];
  const logs = new Map<SiteProcess, SiteLogEntry[]>();
  let out: string;

  beforeAll(async () => {
    server = (await startPostgres())!;
    db = new pg.Pool({ connectionString: server.url, max: 2 });
    for (const label of ['A', 'B', 'C', 'D']) sites.push(await startSiteProcess({ articles: PER_SITE, label }));
    out = mkdtempSync(join(tmpdir(), 'kliping-shared-'));
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    for (const s of sites) if (!logs.has(s)) await s.stop();
    await server?.stop();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const committed = async () => Number((await db.query(`SELECT count(*) FROM kliping_urls WHERE kind = 'article' AND NOT pending`)).rows[0].count);
  const heldBy = async (pid: number): Promise<string[]> =>
    (
      await db.query(
        `SELECT h.host FROM kliping_hosts h JOIN kliping_workers w ON w.id = h.lease_owner AND w.crawl_id = h.crawl_id WHERE w.pid = $1 AND h.lease_expires > now()`,
        [pid],
      )
    ).rows.map((r: { host: string }) => r.host);
  const ownerOf = async (host: string) =>
    (await db.query(`SELECT lease_owner FROM kliping_hosts WHERE host = $1 AND lease_expires > now()`, [host])).rows[0]?.lease_owner ?? null;
  const idOf = async (pid: number) => (await db.query(`SELECT id FROM kliping_workers WHERE pid = $1`, [pid])).rows[0]?.id as string;

  it('archives every article once, politely, through a kill -9 and a SIGSTOP past the lease', { timeout: 300_000 }, async () => {
    const args = ['--state', server.url, '--out', out, ...sites.flatMap((s) => ['--site', s.origin]), '--delay', String(DELAY_MS), '--per-host', '1'];
    args.push('--lease', String(LEASE_MS), '--warc', '--no-progress');
    const workers = [startWorker(args), startWorker(args), startWorker(args)];
    const holding = async () => {
      for (;;) {
        for (const w of workers) if (w.child.exitCode === null && (await heldBy(w.child.pid!)).length > 0) return w;
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    // kill -9 a worker that holds hosts, once a good part of the crawl is done
    await expect.poll(committed, { timeout: 120_000, interval: 50 }).toBeGreaterThanOrEqual(150);
    const killed = await holding();
    const killedHosts = await heldBy(killed.child.pid!);
    killed.child.kill('SIGKILL');
    const killedAt = Date.now();

    // SIGSTOP another that holds hosts until every host it held has another owner, then resume it
    await expect.poll(committed, { timeout: 120_000, interval: 50 }).toBeGreaterThanOrEqual(450);
    const live = workers.filter((w) => w !== killed);
    let stopped: Worker | undefined;
    for (;;) {
      for (const w of live) if ((await heldBy(w.child.pid!)).length > 0) stopped = w;
      if (stopped) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const stoppedHosts = await heldBy(stopped.child.pid!);
    const stoppedId = await idOf(stopped.child.pid!);
    stopped.child.kill('SIGSTOP');
    const stoppedAt = Date.now();
    for (const host of stoppedHosts) {
      await expect.poll(async () => ownerOf(host), { timeout: 120_000, interval: 50 }).not.toBeOneOf([null, stoppedId]);
    }
    stopped.child.kill('SIGCONT');
    const resumedAt = Date.now();

    const codes = await Promise.all(live.map((w) => w.exit));
    expect(codes, live.map((w) => w.stderr).join('\n---\n')).toEqual([0, 0]);
    expect(await killed.exit).toBeNull();
    expect(stopped.stderr).toMatch(/lease lost/);

    // The sites' own logs: one request at a time per host, never sooner than DELAY_MS after the answer before.
    for (const site of sites) logs.set(site, await site.stop());
    for (const site of sites) {
      const log = [...logs.get(site)!].sort((a, b) => a.at - b.at);
      for (let i = 1; i < log.length; i++) {
        const before = log[i - 1];
        const ended = before.sentAt ?? before.endedAt ?? before.at;
        const when = `killed ${killedAt - log[i].at}, stopped ${stoppedAt - log[i].at}, resumed ${resumedAt - log[i].at} ms after`;
        expect(log[i].at, `${site.origin}${log[i].path} after ${before.path} (${before.at}-${before.endedAt}; ${when})`).toBeGreaterThanOrEqual(
          ended + DELAY_MS - 1,
        );
      }
    }

    // Every article once: manifest lines, files, CDXJ responses.
    const all = sites.flatMap((s) => s.articleUrls);
    expect(all).toHaveLength(4 * PER_SITE);
    const manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { url: string; status: string; file: string });
    expect(manifest.map((m) => m.url).sort()).toEqual([...all].sort());
    expect(manifest.every((m) => m.status === 'ok')).toBe(true);
    // (A worker killed while writing leaves its temp file, named so: never taken for an article.)
    const files = filesUnder(join(out, 'articles')).filter((f) => !f.includes('.kliping-tmp-'));
    expect(files.map((f) => `articles/${f}`).sort()).toEqual(manifest.map((m) => m.file).sort());
    expect(new Set(manifest.map((m) => m.file)).size).toBe(all.length);
    const cdxj = readFileSync(join(out, 'indexes/index.cdxj'), 'utf8').trim().split('\n');
    const responses = cdxj.map((l) => JSON.parse(l.slice(l.indexOf('{'))) as { url: string }).filter((c) => all.includes(c.url));
    expect(responses.map((c) => c.url).sort()).toEqual([...all].sort());
    // Each worker wrote only its own WARC files.
    const warcs = readdirSync(join(out, 'warc'));
    expect(new Set(warcs.map((w) => w.split('-').slice(1, -2).join('-'))).size).toBe(3);

    // No finished URL fetched twice, but those in flight at the kill and at the stop (one per host held, --per-host 1).
    const twice = sites.flatMap((s) => s.articleUrls.filter((u) => logs.get(s)!.filter((l) => l.path === new URL(u).pathname).length > 1));
    expect(twice.length).toBeLessThanOrEqual(killedHosts.length + stoppedHosts.length);

    // --status: per host and per worker, the password never shown.
    const status = await runKliping(['crawl', '--state', server.url, '--out', out, '--status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/1,040 known, 1,040 done/);
    expect(status.stdout).toMatch(/workers: 0 live, 1 silent, 2 stopped/);
    for (const site of sites) expect(status.stdout).toContain(new URL(site.origin).host);
    expect(status.stdout + status.stderr).not.toContain(server.password);
    expect(status.stdout).toContain('***');
  });
});
