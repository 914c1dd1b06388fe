/** fetchUrl's onExchange hook: every response received, for raw capture (WARC). */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError, fetchUrl, type FetchExchange } from '../src/fetch/index.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const PAGE = '<!doctype html><html><head><title>Berita</title></head><body><p>Halo Banjar</p></body></html>';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('fetchUrl onExchange', () => {
  it('reports each redirect hop and the final response, with the decoded body and the request headers', async () => {
    const s = await startServer((req, res) => {
      if (req.url === '/lama') {
        res.writeHead(301, { location: '/baru' });
        res.end('moved');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', etag: '"v1"' });
      res.end(gzipSync(PAGE));
    });
    servers.push(s);
    const seen: FetchExchange[] = [];
    const res = await fetchUrl(s.url('/lama#x'), { headers: { 'if-none-match': '"v0"' }, onExchange: (e) => seen.push(e) });
    expect(res.status).toBe(200);
    expect(seen.map((e) => [e.url, e.status, e.body === null ? null : e.body.toString()])).toEqual([
      [s.url('/lama'), 301, null],
      [s.url('/baru'), 200, PAGE],
    ]);
    expect(seen[1].headers['content-encoding']).toBe('gzip');
    expect(seen[1].headers.etag).toBe('"v1"');
    expect(seen[0].requestHeaders['if-none-match']).toBe('"v0"');
    expect(seen[0].requestHeaders['user-agent']).toMatch(/^kliping\//);
    expect(Date.parse(seen[0].date)).not.toBeNaN();
  });

  it('reports failed attempts that got a status, and a 304 with an empty body', async () => {
    const s = await startServer((req, res, hit) => {
      if (req.url === '/sibuk' && hit === 1) {
        res.writeHead(503);
        res.end();
        return;
      }
      res.writeHead(304, { etag: '"v1"' });
      res.end();
    });
    servers.push(s);
    const seen: FetchExchange[] = [];
    const res = await fetchUrl(s.url('/sibuk'), { acceptNotModified: true, retryBaseMs: 1, onExchange: (e) => seen.push(e) });
    expect(res.status).toBe(304);
    expect(seen.map((e) => [e.status, e.body?.length ?? null])).toEqual([
      [503, null],
      [304, 0],
    ]);
  });

  it('does not report a body that broke off', async () => {
    const s = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>' + 'x'.repeat(5000));
      res.end();
    });
    servers.push(s);
    const seen: FetchExchange[] = [];
    await expect(fetchUrl(s.url('/'), { maxBytes: 1000, onExchange: (e) => seen.push(e) })).rejects.toBeInstanceOf(FetchError);
    expect(seen).toEqual([]);
  });
});
