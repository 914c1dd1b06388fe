/**
 * The last check before a request of a shared crawl leaves: a lease no longer surely held (by
 * the worker's own clock) lets no request of its host out, on a kept-alive connection or a new
 * one; the server sees nothing. Other hosts (not leased here) are not held up.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeaseUnsure, leaseCheckedDispatcher } from '../src/crawl/fleet/lease-dispatcher.js';

describe('the lease-checked dispatcher', () => {
  const seen: string[] = [];
  let server: http.Server;
  let origin: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.url ?? '');
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('sends while the lease holds, and nothing once it may have run out (kept-alive or new connection)', async () => {
    const lease = { validUntil: performance.now() + 60_000 };
    const leases = new Map([[new URL(origin).host, lease]]);
    const dispatcher = leaseCheckedDispatcher(leases, { connectTimeoutMs: 5_000, connections: 1 });
    const first = await request(`${origin}/one`, { dispatcher });
    expect(await first.body.text()).toBe('ok');

    lease.validUntil = performance.now() - 1; // the worker was away past it
    await expect(request(`${origin}/two`, { dispatcher })).rejects.toBeInstanceOf(LeaseUnsure);
    await dispatcher.destroy();

    const fresh = leaseCheckedDispatcher(leases, { connectTimeoutMs: 5_000, connections: 1 });
    await expect(request(`${origin}/three`, { dispatcher: fresh })).rejects.toBeInstanceOf(LeaseUnsure);
    // A host this worker holds no lease on is not its to check.
    leases.clear();
    const other = await request(`${origin}/four`, { dispatcher: fresh });
    expect(await other.body.text()).toBe('ok');
    await fresh.destroy();
    expect(seen).toEqual(['/one', '/four']);
  });
});
