/**
 * The shared crawl state on a real PostgreSQL (started by the test, in a temp folder): leases
 * that two workers never share, that run out and are taken over, fencing that refuses a commit
 * from a worker that lost its lease, one commit per URL, URLs inserted once, permits on the
 * database's clock. Skipped, with the reason, only where no PostgreSQL server can be started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { connectState, redactedUrl, redactIn } from '../src/crawl/state/postgres/connection.js';
import { LeaseLost, PgFrontier } from '../src/crawl/state/postgres/frontier.js';
import { registerWorker } from '../src/crawl/state/postgres/reports.js';
import { emptyOutcome } from '../src/crawl/outcomes.js';
import type { NewUrl } from '../src/crawl/state/types.js';
import { postgresUnavailable, startPostgres } from './helpers/postgres.mjs';

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`crawl-shared-state: skipped: ${unavailable}`);

const article = (host: string, n: number): NewUrl => ({ url: `http://${host}/a/${n}`, host, kind: 'article', priority: 1, site: null });

describe.skipIf(unavailable)('the shared state on PostgreSQL', () => {
  let server: Awaited<ReturnType<typeof startPostgres>>;
  let pool: pg.Pool;
  let databases = 0;

  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });

  /** A frontier on a database of its own (tests do not see each other's hosts). */
  async function freshFrontier(): Promise<PgFrontier> {
    await pool?.end();
    const url = server!.createDatabase(`t${++databases}`);
    pool = await connectState(url);
    const frontier = await PgFrontier.open(pool, 'test');
    for (const w of ['w1', 'w2', 'w3']) await registerWorker(pool, frontier.crawl, { id: w, machine: 'test', pid: 1, leaseMs: 30_000 });
    return frontier;
  }

  it('inserts a URL once however often it is added, and tells how many were new', async () => {
    const f = await freshFrontier();
    expect(await f.addUrls([article('a.test', 1), article('a.test', 2)], 0)).toBe(2);
    expect(await f.addUrls([article('a.test', 2), article('a.test', 3)], 0)).toBe(1);
    const rows = await f.nextRows('a.test', null, 10);
    expect(rows.map((r) => r.url)).toEqual(['http://a.test/a/1', 'http://a.test/a/2', 'http://a.test/a/3']);
  });

  it('gives a host to one worker at a time (SKIP LOCKED), and none when every host with work is held', async () => {
    const f = await freshFrontier();
    await f.addUrls([article('a.test', 1), article('b.test', 1)], 0);
    const since = new Date(0);
    const [l1, l2, l3] = await Promise.all([f.claimHost('w1', 60_000, since, []), f.claimHost('w2', 60_000, since, []), f.claimHost('w3', 60_000, since, [])]);
    const held = [l1, l2, l3].filter((l) => l !== null);
    expect(held).toHaveLength(2);
    expect(new Set(held.map((l) => l!.host))).toEqual(new Set(['a.test', 'b.test']));
    expect(new Set(held.map((l) => l!.token)).size).toBe(2);
  });

  it('lets another worker take over a lease that ran out, and fences the old holder out', async () => {
    const f = await freshFrontier();
    await f.addUrls([article('a.test', 1)], 0);
    const old = await f.claimHost('w1', 100, new Date(0), []);
    expect(old).not.toBeNull();
    // The old holder's lease runs out (measured by the database's clock: wait until it says so).
    await expect.poll(async () => (await f.claimHost('w2', 60_000, new Date(0), [])) ?? null, { timeout: 30_000, interval: 50 }).not.toBeNull();
    const [row] = await f.nextRows('a.test', null, 1);
    await expect(f.commit(old!, 'w1', { row, outcome: emptyOutcome('ok') })).rejects.toBeInstanceOf(LeaseLost);
    await expect(f.permit(old!, 0)).rejects.toBeInstanceOf(LeaseLost);
    expect((await f.renew('w1', [old!.token], 60_000)).has(old!.token)).toBe(false);
    expect((await f.row(row.id))?.status).toBeNull();
  });

  it('commits a URL once: a second commit of it finds nothing pending and changes nothing', async () => {
    const f = await freshFrontier();
    await f.addUrls([article('a.test', 1)], 0);
    const lease = (await f.claimHost('w1', 60_000, new Date(0), []))!;
    const [row] = await f.nextRows('a.test', null, 1);
    let offset = 0;
    const warc = () => ({ file: 'w.warc.gz', offset: (offset += 10) - 10, length: 10 });
    expect(await f.commit(lease, 'w1', { row, outcome: { ...emptyOutcome('ok'), file: 'articles/a.json' }, warc, keys: ['k1'] })).toBe(true);
    expect(await f.commit(lease, 'w1', { row, outcome: { ...emptyOutcome('ok'), file: 'articles/b.json' }, warc, keys: ['k2'] })).toBe(false);
    expect((await f.row(row.id))?.file).toBe('articles/a.json');
    // The index is made from the rows: the second append (at offset 10) is in no row.
    const place = await pool.query(`SELECT warc_offset::int AS offset FROM kliping_urls WHERE id = $1`, [row.id]);
    expect(place.rows).toEqual([{ offset: 0 }]);
    expect((await pool.query(`SELECT key FROM kliping_keys ORDER BY key`)).rows).toEqual([{ key: 'k1' }]);
    expect(await f.nextRows('a.test', null, 10)).toEqual([]);
  });

  it('queues the URLs a document found in the same commit as the document', async () => {
    const f = await freshFrontier();
    await f.addUrls([{ url: 'http://a.test/sitemap.xml', host: 'a.test', kind: 'sitemap', priority: 0, site: 'http://a.test' }], 0);
    const lease = (await f.claimHost('w1', 60_000, new Date(0), []))!;
    const [doc] = await f.nextRows('a.test', null, 1);
    await f.commit(lease, 'w1', { row: doc, outcome: emptyOutcome('ok'), newUrls: [article('a.test', 1), article('b.test', 1)] });
    expect((await f.nextRows('a.test', null, 10)).map((r) => r.url)).toEqual(['http://a.test/a/1']);
    expect((await f.nextRows('b.test', null, 10)).map((r) => r.url)).toEqual(['http://b.test/a/1']);
  });

  it('grants one request per delay, on the database clock, and only to the lease holder', async () => {
    const f = await freshFrontier();
    await f.addUrls([article('a.test', 1)], 0);
    const lease = (await f.claimHost('w1', 60_000, new Date(0), []))!;
    expect(await f.permit(lease, 60_000)).toBe(0);
    expect(await f.permit(lease, 60_000)).toBeGreaterThan(1000);
    const stranger = { ...lease, token: String(BigInt(lease.token) + 1000n) };
    await expect(f.permit(stranger, 0)).rejects.toBeInstanceOf(LeaseLost);
  });

  it('keeps a Retry-After pause for whoever holds the host next', async () => {
    const f = await freshFrontier();
    await f.addUrls([article('a.test', 1)], 0);
    const first = (await f.claimHost('w1', 60_000, new Date(0), []))!;
    const [row] = await f.nextRows('a.test', null, 1);
    await f.pause(first, 60_000, 'HTTP 429 Too Many Requests', row.id);
    await f.release(first);
    const next = (await f.claimHost('w2', 60_000, new Date(0), []))!;
    expect(next.host).toBe('a.test');
    expect(await f.permit(next, 0)).toBeGreaterThan(1000);
    expect((await f.row(row.id))?.deferrals).toBe(1);
  });

  it('leaves a host given up to the workers started after it was', async () => {
    const f = await freshFrontier();
    await f.addUrls([article('a.test', 1)], 0);
    const lease = (await f.claimHost('w1', 60_000, new Date(0), []))!;
    await f.giveUp(lease, 'robots.txt unavailable (HTTP 503)');
    expect(await f.claimHost('w2', 60_000, new Date(0), [])).toBeNull();
    const later = new Date(Date.now() + 3_600_000);
    expect((await f.claimHost('w3', 60_000, later, []))?.host).toBe('a.test');
  });

  it('gives each file name to one URL', async () => {
    const f = await freshFrontier();
    expect(await f.reserveFile('articles/x/2024/01/a.json', 1)).toBe(true);
    expect(await f.reserveFile('articles/x/2024/01/a.json', 1)).toBe(true);
    expect(await f.reserveFile('articles/x/2024/01/a.json', 2)).toBe(false);
  });

  it('never shows a password', () => {
    const url = 'postgres://kliping:hunter2@db.example:5432/arsip?sslpassword=also-secret';
    expect(redactedUrl(url)).toBe('postgres://kliping:***@db.example:5432/arsip?sslpassword=***');
    expect(redactIn(`could not connect to ${url} as kliping/hunter2`, url)).not.toMatch(/hunter2|also-secret/);
    // Unescaped '/', '@' or '#' in a password would make a URL parser read part of it as a port or a path.
    const odd = 'postgres://kliping:12/se@c#ret@db.example/arsip';
    expect(redactedUrl(odd)).toBe('postgres://kliping:***@db.example/arsip');
    expect(redactIn(`failed: ${odd.replace('postgres://', '')}`, odd)).not.toMatch(/se@c|c#ret/);
  });
});
