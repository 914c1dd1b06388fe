/**
 * `kliping crawl --state postgres://…` as operators use it: a bad or unreachable database is
 * one line and exit 2, a password never shows (on the command line, in PGPASSWORD), the PG*
 * variables and KLIPING_STATE work, SIGTERM finishes what is in flight and gives the hosts
 * back, and --export-manifest writes the manifest from the database.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runKliping } from './helpers/cli.js';
import { startFakeSite } from './helpers/fake-wp-site.mjs';
import { postgresUnavailable, startPostgres } from './helpers/postgres.mjs';
import { crawl } from '../src/crawl/lazy.js';

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`crawl-shared-cli: skipped: ${unavailable}`);

const tmp = () => mkdtempSync(join(tmpdir(), 'kliping-shared-cli-'));
const oneLine = (stderr: string) => stderr.trim().split('\n');

describe('a shared state that cannot be used', () => {
  let closed: Server;
  let port: number;
  beforeAll(async () => {
    // A port that answers nothing: listened on, then closed.
    closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
  });

  it('is one line naming the database (password hidden) and exit 2, never a stack trace', async () => {
    const out = tmp();
    const r = await runKliping(['crawl', '--state', `postgres://kliping:hunter2@127.0.0.1:${port}/arsip`, '--out', out, 'https://a.example/x']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      `kliping: state: postgres://kliping:***@127.0.0.1:${port}/arsip: cannot connect (connection refused: is PostgreSQL running there?)`,
    ]);
    expect(r.stderr + r.stdout).not.toContain('hunter2');
    rmSync(out, { recursive: true, force: true });
  });

  it('refuses a --state that is not a PostgreSQL connection string, and the shared-only options without one', async () => {
    const out = tmp();
    const bad = await runKliping(['crawl', '--state', 'mysql://x@y/z', '--out', out, 'https://a.example/x']);
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr)).toEqual(['kliping: crawl: --state must be a postgres:// or postgresql:// connection string (or "sqlite", the default)']);
    const status = await runKliping(['crawl', '--out', out, '--status'], { env: { KLIPING_STATE: '' } });
    expect(status.code).toBe(2);
    expect(status.stderr).toMatch(/need a shared state/);
    rmSync(out, { recursive: true, force: true });
  });
});

describe.skipIf(unavailable)('kliping crawl with a PostgreSQL state', () => {
  let server: NonNullable<Awaited<ReturnType<typeof startPostgres>>>;
  let site: Awaited<ReturnType<typeof startFakeSite>>;
  beforeAll(async () => {
    server = (await startPostgres())!;
    site = await startFakeSite({ articles: 40 });
  }, 120_000);
  afterAll(async () => {
    await site?.close();
    await server?.stop();
  });

  it('takes the password from PGPASSWORD and the URL from KLIPING_STATE; a wrong password is one line', async () => {
    const out = tmp();
    server.createDatabase('envdb');
    const url = `postgres://${server.user}@127.0.0.1:${server.port}/envdb`;
    const ok = await runKliping(['crawl', '--out', out, '--delay', '0', ...site.articleUrls.slice(0, 5)], {
      env: { KLIPING_STATE: url, PGPASSWORD: server.password },
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).not.toContain(server.password);
    expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);

    const wrong = await runKliping(['crawl', '--state', url, '--out', out, '--status'], { env: { PGPASSWORD: 'not-the-password' } });
    expect(wrong.code).toBe(2);
    expect(oneLine(wrong.stderr)).toEqual([`kliping: state: ${url}: cannot log in (wrong user name or password)`]);
    expect(wrong.stderr).not.toContain('not-the-password');
    rmSync(out, { recursive: true, force: true });
  });

  it('is one call of the library: crawl({ state }) works as a worker and resolves with the summary', async () => {
    const out = tmp();
    const state = server.createDatabase('library');
    const urls = site.articleUrls.slice(0, 4);
    const summary = await crawl({ out, urls, state, delayMs: 0 });
    expect(summary).toMatchObject({ ok: 4, total: 4, pending: 0, exitCode: 0 });
    const again = await crawl({ out, urls, state, delayMs: 0 });
    expect(again).toMatchObject({ ok: 4, pending: 0, run: { fetched: 0 } });
    rmSync(out, { recursive: true, force: true });
  });

  it('stops on SIGTERM: what is in flight is committed, its hosts are given back, the worker is marked stopped', async () => {
    const out = tmp();
    const url = server.createDatabase('sigterm');
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin/kliping.js'), 'crawl', '--state', url, '--out', out, '--delay', '100', '--no-progress', ...site.articleUrls],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const db = new pg.Pool({ connectionString: url, max: 1 });
    try {
      const done = async () =>
        Number((await db.query(`SELECT count(*) FROM kliping_urls WHERE NOT pending`).catch(() => ({ rows: [{ count: 0 }] }))).rows[0].count);
      await expect.poll(done, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(3);
      child.kill('SIGTERM');
      expect(await exit).toBe(143);
      expect(stderr).toMatch(/stopping: finishing the requests in flight/);
      expect(stderr).toMatch(/kliping crawl: interrupted/);
      expect(stderr).not.toContain(server.password);
      const hosts = await db.query(`SELECT lease_owner FROM kliping_hosts`);
      expect(hosts.rows.every((h: { lease_owner: string | null }) => h.lease_owner === null)).toBe(true);
      const workers = await db.query(`SELECT stop_reason FROM kliping_workers`);
      expect(workers.rows).toEqual([{ stop_reason: 'stopped' }]);
      // Nothing half-done: every finished row has its file; the rest is still to do for the next worker.
      const rows = await db.query(`SELECT pending, status, file FROM kliping_urls WHERE kind = 'article'`);
      for (const r of rows.rows as { pending: boolean; status: string | null; file: string | null }[]) {
        if (r.pending) expect(r.status).toBeNull();
        else expect([r.status, r.file !== null]).toEqual(['ok', true]);
      }
      expect(rows.rows.some((r: { pending: boolean }) => r.pending)).toBe(true);

      // The next worker finishes the job; --export-manifest writes the same manifest again from the database.
      const again = await runKliping(['crawl', '--state', url, '--out', out, '--delay', '0']);
      expect(again.code, again.stderr).toBe(0);
      const manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8');
      expect(manifest.trim().split('\n')).toHaveLength(site.articleUrls.length);
      rmSync(join(out, 'manifest.jsonl'));
      const exported = await runKliping(['crawl', '--state', url, '--out', out, '--export-manifest']);
      expect(exported.code).toBe(0);
      expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8')).toBe(manifest);
      const unknown = await runKliping(['crawl', '--state', url, '--out', out, '--status', '--crawl-name', 'no-such-crawl']);
      expect(unknown.code).toBe(2);
      expect(oneLine(unknown.stderr)).toEqual([expect.stringMatching(/^kliping: state: postgres:\/\/kliping:\*\*\*@.*: no crawl named "no-such-crawl"/)]);
      const json = await runKliping(['crawl', '--state', url, '--out', out, '--status', 'json']);
      const status = JSON.parse(json.stdout) as { articles: { total: number; pending: number }; workers: { condition: string }[]; state: string };
      expect(status.articles).toMatchObject({ total: site.articleUrls.length, pending: 0 });
      expect(status.workers.map((w) => w.condition)).toEqual(['stopped', 'stopped']);
      expect(status.state).toContain('***');
    } finally {
      await db.end();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
