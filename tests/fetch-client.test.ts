import https from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError, fetchUrl, type FetchOptions } from '../src/fetch/index.js';
import { closedPort, startServer, type Handler, type TestServer } from './helpers/http-server.js';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

const PAGE = '<!doctype html><html><head><title>Berita</title></head><body><p>Halo Banjar</p></body></html>';
const MiB = 1024 * 1024;

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

function html(res: import('node:http').ServerResponse, body: string | Buffer = PAGE, extra: Record<string, string> = {}) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extra });
  res.end(body);
}

/** A self-signed certificate for 127.0.0.1 (valid until 2126), for the TLS tests. */
const TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgF3lN+YV0wZHaCS7s
ZgBZfOwMLA77/vg0flCYZTAhlhqhRANCAAR3s1s9udfIGynXJnzNX3OhXIKBJXN5
SFfVGOIDS6vmlp74y+8i0D+Fb7uABosMmrd9oAoBPF+blUAXR7kJw3YJ
-----END PRIVATE KEY-----`;
const TLS_CERT = `-----BEGIN CERTIFICATE-----
MIIBkTCCATagAwIBAgIUcdzT1Oa0CbjjXBxV+3/uPo83lTowCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNjE5MjA1OVoYDzIxMjYxMTAy
MTkyMDU5WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAR3s1s9udfIGynXJnzNX3OhXIKBJXN5SFfVGOIDS6vmlp74y+8i0D+F
b7uABosMmrd9oAoBPF+blUAXR7kJw3YJo2QwYjAdBgNVHQ4EFgQUqTZo040lp8ZS
/0g57ivp2BrGH90wHwYDVR0jBBgwFoAUqTZo040lp8ZS/0g57ivp2BrGH90wDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0kAMEYC
IQCG0zPrmn+N8k5Urr8ByB3XlO+MOIotsLR5mjeeY00dxwIhANVt18WW2YXy8ecy
EOfS4PPUVK/nJwpydsF4WXg5aMcE
-----END CERTIFICATE-----`;

async function serveTls(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = https.createServer({ key: TLS_KEY, cert: TLS_CERT }, (_req, res) => html(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A sleep that records what it was asked and returns at once. */
function recordingSleep() {
  const calls: number[] = [];
  const sleep = async (ms: number) => {
    calls.push(ms);
  };
  return { calls, sleep };
}

async function fetchError(url: string, options?: FetchOptions): Promise<FetchError> {
  try {
    await fetchUrl(url, options);
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected fetchUrl to fail');
}

/** Compress `mib` MiB of zeros without ever holding them all in memory. */
async function bomb(compressor: zlib.Gzip | zlib.BrotliCompress | zlib.DeflateRaw, mib = 100): Promise<Buffer> {
  const out: Buffer[] = [];
  compressor.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => compressor.on('end', resolve));
  const zeros = Buffer.alloc(MiB);
  for (let i = 0; i < mib; i++) {
    if (!compressor.write(zeros)) await new Promise((resolve) => compressor.once('drain', resolve));
  }
  compressor.end();
  await done;
  return Buffer.concat(out);
}

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/**
 * Run `fn` while sampling memory; returns the peak growth over the start of the
 * RSS and of the memory held by Buffers (which RSS alone can hide when the heap
 * already grew earlier in the run).
 */
async function memoryGrowth<T>(fn: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; rss: number; buffers: number }> {
  collectGarbage(); // so garbage of earlier tests does not hide (or fake) growth
  const start = process.memoryUsage();
  let rss = start.rss;
  let buffers = start.arrayBuffers;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    buffers = Math.max(buffers, m.arrayBuffers);
  };
  const timer = setInterval(sample, 1);
  const [result] = await Promise.allSettled([fn()]);
  clearInterval(timer);
  sample();
  return { result: result!, rss: rss - start.rss, buffers: buffers - start.arrayBuffers };
}

describe('fetchUrl: success', () => {
  it('fetches a 200 HTML page with the response metadata', async () => {
    const s = await serve((_req, res) => html(res, PAGE, { 'x-test': 'yes' }));
    const before = Date.now();
    const r = await fetchUrl(s.url('/berita?id=1'));
    expect(r.status).toBe(200);
    expect(r.body.toString('utf8')).toBe(PAGE);
    expect(r.url).toBe(s.url('/berita?id=1'));
    expect(r.finalUrl).toBe(s.url('/berita?id=1'));
    expect(r.redirects).toEqual([]);
    expect(r.contentType).toBe('text/html; charset=utf-8');
    expect(r.headers['x-test']).toBe('yes');
    expect(r.attempts).toBe(1);
    expect(Date.parse(r.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(s.hits).toEqual(['/berita?id=1']);
  });

  it('sends a kliping User-Agent, Accept, Accept-Language, Accept-Encoding and extra headers', async () => {
    const s = await serve((_req, res) => html(res));
    await fetchUrl(s.url(), { headers: { 'If-None-Match': '"abc"' } });
    const h = s.requests[0]!;
    expect(h['user-agent']).toBe(`kliping/${pkg.version} (+https://github.com/kliping/kliping)`);
    expect(h['accept']).toContain('text/html');
    expect(h['accept-language']).toBe('id,en;q=0.8');
    expect(h['accept-encoding']).toBe('gzip, deflate, br');
    expect(h['if-none-match']).toBe('"abc"');
  });

  it('lets the caller choose the User-Agent', async () => {
    const s = await serve((_req, res) => html(res));
    await fetchUrl(s.url(), { userAgent: 'kliping-test/1' });
    expect(s.requests[0]!['user-agent']).toBe('kliping-test/1');
  });

  it.each([
    ['gzip', zlib.gzipSync],
    ['x-gzip', zlib.gzipSync],
    ['br', zlib.brotliCompressSync],
    ['deflate', zlib.deflateSync],
    ['deflate', zlib.deflateRawSync], // raw deflate sent as "deflate" by some servers
  ] as const)('decompresses Content-Encoding %s (%o)', async (coding, compress) => {
    const page = PAGE.repeat(50);
    const s = await serve((_req, res) => html(res, compress(Buffer.from(page)), { 'content-encoding': coding }));
    const r = await fetchUrl(s.url());
    expect(r.body.toString('utf8')).toBe(page);
  });

  it('refuses a corrupt gzip body with a decompression error', async () => {
    const s = await serve((_req, res) => html(res, 'this is not gzip at all', { 'content-encoding': 'gzip' }));
    const e = await fetchError(s.url(), { retries: 0 });
    expect(e.code).toBe('decompression');
    expect(e.message).toMatch(/gzip/);
  });

  it('refuses an unsupported content-encoding', async () => {
    const s = await serve((_req, res) => html(res, 'xx', { 'content-encoding': 'compress' }));
    const e = await fetchError(s.url());
    expect(e.code).toBe('decompression');
    expect(e.message).toBe('unsupported content-encoding (compress)');
  });

  it('treats 304 as success only with acceptNotModified', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(304, { etag: '"abc"' });
      res.end();
    });
    const r = await fetchUrl(s.url(), { acceptNotModified: true, headers: { 'if-none-match': '"abc"' } });
    expect(r.status).toBe(304);
    expect(r.body.length).toBe(0);
    expect(r.headers['etag']).toBe('"abc"');
    const e = await fetchError(s.url());
    expect(e.code).toBe('http-status');
    expect(e.status).toBe(304);
  });
});

describe('fetchUrl: redirects', () => {
  it('follows a chain with relative Location headers', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/start/a') {
        res.writeHead(302, { location: 'b' });
        res.end('moved');
      } else if (req.url === '/start/b') {
        res.writeHead(301, { location: '/c?x=1' });
        res.end();
      } else if (req.url === '/c?x=1') html(res);
      else {
        res.writeHead(404);
        res.end();
      }
    });
    const r = await fetchUrl(s.url('/start/a'));
    expect(r.status).toBe(200);
    expect(r.finalUrl).toBe(s.url('/c?x=1'));
    expect(r.url).toBe(s.url('/start/a'));
    expect(r.redirects).toEqual([s.url('/start/a'), s.url('/start/b')]);
    expect(s.hits).toEqual(['/start/a', '/start/b', '/c?x=1']);
    expect(r.body.toString()).toBe(PAGE);
  });

  it('stops after maxRedirects', async () => {
    const s = await serve((req, res) => {
      const n = Number(req.url!.slice(3));
      res.writeHead(302, { location: `/r/${n + 1}` });
      res.end();
    });
    const e = await fetchError(s.url('/r/0'));
    expect(e.code).toBe('too-many-redirects');
    expect(e.message).toBe('more than 5 redirects');
    expect(s.hits.length).toBe(6);
    const e2 = await fetchError(s.url('/r/0'), { maxRedirects: 1 });
    expect(e2.message).toBe('more than 1 redirects');
  });

  it('detects a redirect loop', async () => {
    const s = await serve((req, res) => {
      res.writeHead(307, { location: req.url === '/x' ? '/y' : '/x' });
      res.end();
    });
    const e = await fetchError(s.url('/x'));
    expect(e.code).toBe('redirect-loop');
    expect(e.message).toBe('redirect loop');
    expect(s.hits).toEqual(['/x', '/y']);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/x', 'javascript:alert(1)', 'data:text/html,hi'])('refuses a redirect to %s', async (target) => {
    const s = await serve((_req, res) => {
      res.writeHead(302, { location: target });
      res.end();
    });
    const e = await fetchError(s.url('/'));
    expect(e.code).toBe('bad-scheme');
    expect(e.message).toBe(`redirect to a non-http(s) URL (${new URL(target).href})`);
    expect(s.hits.length).toBe(1);
  });

  it('drops credentials when redirected to another origin', async () => {
    const other = await serve((_req, res) => html(res));
    const s = await serve((_req, res) => {
      res.writeHead(302, { location: other.url('/landing') });
      res.end();
    });
    await fetchUrl(s.url(), { headers: { Authorization: 'Bearer secret', 'X-Keep': '1' } });
    expect(s.requests[0]!['authorization']).toBe('Bearer secret');
    expect(other.requests[0]!['authorization']).toBeUndefined();
    expect(other.requests[0]!['x-keep']).toBe('1');
  });
});

describe('fetchUrl: status codes and retries', () => {
  it.each([
    [404, 'HTTP 404 Not Found'],
    [410, 'HTTP 410 Gone'],
    [403, 'HTTP 403 Forbidden'],
  ])('does not retry %i', async (status, message) => {
    const s = await serve((_req, res) => {
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end('<p>nope</p>');
    });
    const { calls, sleep } = recordingSleep();
    const e = await fetchError(s.url('/hilang'), { sleep });
    expect(e.code).toBe('http-status');
    expect(e.status).toBe(status);
    expect(e.message).toBe(message);
    expect(e.attempts).toBe(1);
    expect(e.url).toBe(s.url('/hilang'));
    expect(s.hits.length).toBe(1);
    expect(calls).toEqual([]);
  });

  it('retries 503 then succeeds, with a jittered backoff', async () => {
    const s = await serve((_req, res, hit) => {
      if (hit === 1) {
        res.writeHead(503);
        res.end('busy');
      } else html(res);
    });
    const { calls, sleep } = recordingSleep();
    const r = await fetchUrl(s.url(), { sleep });
    expect(r.status).toBe(200);
    expect(r.attempts).toBe(2);
    expect(s.hits.length).toBe(2);
    expect(calls.length).toBe(1);
    expect(calls[0]).toBeGreaterThanOrEqual(0);
    expect(calls[0]).toBeLessThanOrEqual(500);
  });

  it('gives up after `retries` retries with exponential backoff', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    const { calls, sleep } = recordingSleep();
    const e = await fetchError(s.url(), { sleep, retries: 3, retryBaseMs: 100 });
    expect(e.code).toBe('http-status');
    expect(e.status).toBe(500);
    expect(e.attempts).toBe(4);
    expect(s.hits.length).toBe(4);
    expect(calls.length).toBe(3);
    calls.forEach((ms, i) => expect(ms).toBeLessThanOrEqual(100 * 2 ** i));
  });

  it('waits the Retry-After of a 429 (in seconds)', async () => {
    const s = await serve((_req, res, hit) => {
      if (hit === 1) {
        res.writeHead(429, { 'retry-after': '1' });
        res.end();
      } else html(res);
    });
    const { calls, sleep } = recordingSleep();
    const r = await fetchUrl(s.url(), { sleep });
    expect(calls).toEqual([1000]);
    expect(r.attempts).toBe(2);
    expect(r.status).toBe(200);
  });

  it('waits the Retry-After of a 503 given as an HTTP date', async () => {
    const s = await serve((_req, res, hit) => {
      if (hit === 1) {
        res.writeHead(503, { 'retry-after': new Date(Date.now() + 3000).toUTCString() });
        res.end();
      } else html(res);
    });
    const { calls, sleep } = recordingSleep();
    await fetchUrl(s.url(), { sleep });
    expect(calls.length).toBe(1);
    expect(calls[0]).toBeGreaterThan(1000);
    expect(calls[0]).toBeLessThanOrEqual(3000);
  });

  it('does not wait a Retry-After longer than maxRetryAfterMs, but reports it', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
    });
    const { calls, sleep } = recordingSleep();
    const e = await fetchError(s.url(), { sleep });
    expect(e.code).toBe('http-status');
    expect(e.status).toBe(429);
    expect(e.retryAfterMs).toBe(3_600_000);
    expect(e.message).toBe('HTTP 429 Too Many Requests (retry after 3600 s)');
    expect(calls).toEqual([]);
    expect(s.hits.length).toBe(1);
    expect(e.attempts).toBe(1);
  });

  it('retries after the server resets the connection', async () => {
    const s = await serve((req, res, hit) => {
      if (hit === 1) req.socket.destroy();
      else html(res);
    });
    const { calls, sleep } = recordingSleep();
    const r = await fetchUrl(s.url(), { sleep });
    expect(r.status).toBe(200);
    expect(r.attempts).toBe(2);
    expect(calls.length).toBe(1);
  });

  it('names a dropped connection when out of retries', async () => {
    const s = await serve((req) => req.socket.destroy());
    const e = await fetchError(s.url(), { retries: 0 });
    expect(e.code).toBe('network');
    expect(e.message).toMatch(/^connection (reset|closed by the server)$/);
  });

  it('retries a request whose headers timed out', async () => {
    const s = await serve((_req, res, hit) => {
      if (hit > 1) html(res); // the first request is never answered
    });
    const { sleep } = recordingSleep();
    const r = await fetchUrl(s.url(), { sleep, headersTimeoutMs: 200 });
    expect(r.attempts).toBe(2);
    expect(s.hits.length).toBe(2);
  });
});

describe('fetchUrl: timeouts', () => {
  it('fails fast when the server accepts but never answers', async () => {
    const s = await serve(() => {});
    const t0 = Date.now();
    const e = await fetchError(s.url(), { headersTimeoutMs: 300, retries: 0 });
    const elapsed = Date.now() - t0;
    expect(e.code).toBe('timeout');
    expect(e.message).toBe('no response headers within 300 ms');
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2000);
  });

  it('cuts off a slow-drip body at the deadline', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<');
      const timer = setInterval(() => res.write('p'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const t0 = Date.now();
    const e = await fetchError(s.url(), { deadlineMs: 600, retries: 0 });
    const elapsed = Date.now() - t0;
    expect(e.code).toBe('timeout');
    expect(e.message).toBe('no complete response within 600 ms');
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(2000);
  });

  it('names a stalled body', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>'); // and then nothing
    });
    const e = await fetchError(s.url(), { bodyTimeoutMs: 200, retries: 0 });
    expect(e.code).toBe('timeout');
    expect(e.message).toBe('body stalled for more than 200 ms');
  });

  it('stops when the caller aborts', async () => {
    const s = await serve(() => {});
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const t0 = Date.now();
    const e = await fetchError(s.url(), { signal: ac.signal });
    expect(e.code).toBe('aborted');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('stops waiting for a Retry-After when the caller aborts', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(503, { 'retry-after': '30' });
      res.end();
    });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 150);
    const t0 = Date.now();
    const e = await fetchError(s.url(), { signal: ac.signal });
    expect(e.code).toBe('aborted');
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(s.hits.length).toBe(1);
  });
});

describe('fetchUrl: size limits', () => {
  it('refuses early when Content-Length is over maxBytes', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * MiB) });
      res.write('<p>' + 'x'.repeat(1000)); // and never the rest
    });
    const t0 = Date.now();
    const e = await fetchError(s.url(), { maxBytes: MiB, deadlineMs: 3000, retries: 0 });
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/^larger than 1 MiB\b/);
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('cuts a chunked body once it passes maxBytes and drops the connection', async () => {
    let sent = 0;
    let closed!: Promise<void>;
    const s = await serve((_req, res) => {
      closed = new Promise((resolve) => res.on('close', () => resolve()));
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (!res.destroyed && sent < 200 * MiB) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
    });
    const e = await fetchError(s.url(), { maxBytes: MiB, deadlineMs: 5000, retries: 0 });
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('larger than 1 MiB');
    await closed; // the socket is not left open (the test would time out)
    expect(sent).toBeLessThan(50 * MiB);
  });

  it('accepts a body of exactly maxBytes', async () => {
    const body = Buffer.concat([Buffer.from('<p>'), Buffer.alloc(1024 - 3, 0x61)]);
    const s = await serve((_req, res) => html(res, body));
    const r = await fetchUrl(s.url(), { maxBytes: 1024 });
    expect(r.body.length).toBe(1024);
  });

  it.each([
    ['gzip', () => zlib.createGzip({ level: 9 })],
    ['br', () => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })],
    ['deflate', () => zlib.createDeflateRaw({ level: 9 })],
  ] as const)('refuses a %s bomb without inflating it in memory', async (coding, make) => {
    const payload = await bomb(make(), 100);
    expect(payload.length).toBeLessThan(200 * 1024);
    const s = await serve((_req, res) => html(res, payload, { 'content-encoding': coding }));
    const { result, rss, buffers } = await memoryGrowth(() => fetchUrl(s.url(), { retries: 0, maxBytes: 2 * MiB }));
    expect(result.status).toBe('rejected');
    const e = (result as PromiseRejectedResult).reason as FetchError;
    expect(e).toBeInstanceOf(FetchError);
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('larger than 2 MiB');
    // the bomb is 100 MiB decompressed
    expect(rss).toBeLessThan(40 * MiB);
    expect(buffers).toBeLessThan(20 * MiB);
  });
});

describe('fetchUrl: content types', () => {
  it.each(['image/png', 'application/pdf', 'application/json', 'text/plain; charset=utf-8'])('refuses %s', async (type) => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': type });
      res.end('<p>not really</p>');
    });
    const e = await fetchError(s.url());
    expect(e.code).toBe('not-html');
    expect(e.message).toBe(`not an HTML page (content-type ${type.split(';')[0]})`);
    expect(e.status).toBe(200);
  });

  it('accepts application/xhtml+xml', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xhtml+xml' });
      res.end(PAGE);
    });
    expect((await fetchUrl(s.url())).status).toBe(200);
  });

  it('accepts any content-type with requireHtml: false', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    });
    const r = await fetchUrl(s.url(), { requireHtml: false });
    expect(r.contentType).toBe('image/png');
    expect([...r.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('sniffs a body without a content-type', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200); // node:http adds no content-type
      res.end(req.url === '/page' ? '\n  ' + PAGE : Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    });
    const r = await fetchUrl(s.url('/page'));
    expect(r.contentType).toBeNull();
    expect(r.body.toString()).toContain('Halo Banjar');
    const e = await fetchError(s.url('/png'));
    expect(e.code).toBe('not-html');
    expect(e.message).toBe('not an HTML page (no content-type, and the body does not look like HTML)');
  });
});

describe('fetchUrl: bad input and network errors', () => {
  it('reports a refused connection', async () => {
    const port = await closedPort();
    const e = await fetchError(`http://127.0.0.1:${port}/`, { retries: 0 });
    expect(e.code).toBe('network');
    expect(e.message).toBe(`connection refused (127.0.0.1:${port})`);
  });

  it('reports an unknown host (without asking a real DNS server)', async () => {
    const dispatcher = new Agent({
      connect: {
        lookup: (hostname: string, _opts: unknown, cb: (err: Error | null) => void) => {
          process.nextTick(() => cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname })));
        },
      } as object,
    });
    try {
      const { calls, sleep } = recordingSleep();
      const e = await fetchError('http://nosuch.invalid/berita', { dispatcher, sleep });
      expect(e.code).toBe('network');
      expect(e.message).toBe('host not found (nosuch.invalid)');
      expect(calls).toEqual([]); // not retried
    } finally {
      await dispatcher.close();
    }
  });

  it('names a certificate problem and does not retry it', async () => {
    const tls = await serveTls();
    try {
      const { calls, sleep } = recordingSleep();
      const e = await fetchError(tls.url, { sleep });
      expect(e.code).toBe('network');
      expect(e.message).toMatch(/^TLS certificate problem: .+ \([A-Z_]+\)$/);
      expect(calls).toEqual([]);
    } finally {
      await tls.close();
    }
  });

  it('fetches over https when the certificate is trusted', async () => {
    const tls = await serveTls();
    const dispatcher = new Agent({ connect: { ca: TLS_CERT } });
    try {
      const r = await fetchUrl(tls.url, { dispatcher });
      expect(r.status).toBe(200);
      expect(r.body.toString()).toBe(PAGE);
    } finally {
      await dispatcher.close();
      await tls.close();
    }
  });

  it.each([
    ['ftp://example.com/file', 'bad-scheme', 'not an http(s) URL (ftp:)'],
    ['file:///etc/passwd', 'bad-scheme', 'not an http(s) URL (file:)'],
    ['katajari.com/berita', 'bad-url', 'not a valid absolute URL'],
    ['http://', 'bad-url', 'not a valid absolute URL'],
  ])('refuses %s', async (url, code, message) => {
    const e = await fetchError(url);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
    expect(e.url).toBe(url);
  });
});
