/**
 * One measured run of `npm run bench:crawl`, in a process of its own (so its peak RSS is
 * its own): prints {mode, pages, ok, ms, maxRssKiB, heapKiB} as JSON on stdout. With
 * --expose-gc, heapKiB is the largest heap left after a full GC, sampled every 1,000
 * pages: what the run keeps, as opposed to what the GC has not collected yet.
 *
 *   node bench/crawl-worker.mjs baseline URLS-FILE
 *   node bench/crawl-worker.mjs kliping URLS-FILE OUT-DIR PER-HOST [JOBS]
 *
 * baseline: a plain sequential loop — undici request, read the body, extract() — with no
 * politeness, no state, no files. kliping: crawl() from dist/ with --delay 0, writing the
 * archive (articles, manifest, state) as `kliping crawl --input URLS-FILE` does.
 */
import { readFileSync } from 'node:fs';
import { request } from 'undici';

const [mode, urlsFile, out, perHost = '1', jobs = '1'] = process.argv.slice(2);
const urls = readFileSync(urlsFile, 'utf8').split('\n').filter(Boolean);
const lib = await import(new URL('../dist/index.js', import.meta.url).href);

let heapKiB = 0;
let nextSample = 1000;
const sample = (done) => {
  if (done < nextSample || typeof globalThis.gc !== 'function') return;
  nextSample += 1000;
  globalThis.gc();
  heapKiB = Math.max(heapKiB, Math.round(process.memoryUsage().heapUsed / 1024));
};

const t0 = performance.now();
let ok = 0;
if (mode === 'baseline') {
  let done = 0;
  for (const url of urls) {
    const res = await request(url);
    const body = Buffer.from(await res.body.arrayBuffer());
    if (res.statusCode !== 200) continue;
    const record = lib.extract(body, { url, contentType: res.headers['content-type'] ?? null });
    if (record.headline) ok++;
    sample(++done);
  }
} else if (mode === 'kliping') {
  const summary = await lib.crawl({
    out,
    urls,
    delayMs: 0,
    perHost: Number(perHost),
    concurrency: Math.max(8, Number(perHost)),
    jobs: Number(jobs),
    onEvent: (e) => e.type === 'progress' && sample(e.progress.done),
  });
  ok = summary.ok;
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ mode, pages: urls.length, ok, ms, maxRssKiB: process.resourceUsage().maxRSS, heapKiB }) + '\n');
