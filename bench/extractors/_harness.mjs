// Shared body of every extractor worker (bench/extractors/<name>.mjs).
//
// A worker runs in its own child process so that its peak RSS is its own:
//   node bench/extractors/<name>.mjs --corpus DIR --out FILE [--set aeb|text-dev|dates-dev]
//                                    [--pages N] [--warmup N] [--jobs N] [--progress]
// It loads the pages into memory (gunzip, once), does a warm-up pass, then one
// timed pass in which only the extract calls are timed, and writes one JSON file
// (see `result` below) to --out. Exit code 0 also when the extractor is
// unavailable ({available: false, reason}); non-zero only on a harness failure.
//
// An adapter module calls runWorker({ name, setup }); setup({ jobs }) returns either
//   { available: false, reason }
// or
//   { available: true, version, extract(html, url) -> Body | Promise<Body> }
// where Body is the article text, or { text, note, headline, published, publishedFrom }: a
// note is attached to the page (e.g. "retried without <style>") and listed in the bench
// output; the other fields are kept in the prediction for the sets that score them.
import { renameSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { loadPages } from '../lib/corpus.mjs';

/**
 * Whitespace normalisation applied to every extractor's output (outside the
 * timing). It only touches non-word characters, so it never changes a token and
 * never changes a score; it makes saved predictions readable (Readability's
 * textContent keeps the page's indentation and runs of blank lines).
 */
export function normalizeWhitespace(text) {
  if (typeof text !== 'string') return '';
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ') // spaces, tabs, NBSP, other Unicode spaces → one space
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function parseArgs(argv) {
  const opts = { warmup: 10, jobs: 1, progress: false, set: 'aeb' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--corpus') opts.corpus = val();
    else if (a === '--out') opts.out = val();
    else if (a === '--pages') opts.pages = Number(val());
    else if (a === '--warmup') opts.warmup = Number(val());
    else if (a === '--jobs') opts.jobs = Number(val());
    else if (a === '--progress') opts.progress = true;
    else if (a === '--set') opts.set = val();
    else throw new Error(`unknown option ${a}`);
  }
  if (!opts.out) throw new Error('--out FILE is required');
  return opts;
}

function isThenable(x) {
  return x != null && typeof x.then === 'function';
}

/** Fields of a record other than the body that a set may score. */
const FIELDS = ['headline', 'published', 'publishedFrom'];

/** An adapter's Body: a string, or an object with text, note and record fields. */
function readBody(raw) {
  if (typeof raw === 'string') return { text: raw, note: null, fields: {} };
  if (!raw || typeof raw !== 'object') return { text: '', note: null, fields: {} };
  const fields = {};
  for (const k of FIELDS) if (raw[k] !== undefined) fields[k] = raw[k];
  return { text: typeof raw.text === 'string' ? raw.text : '', note: raw.note ?? null, fields };
}

/**
 * Sequential timed pass: only the extract calls are inside the clock. Between
 * pages (outside the clock) the loop yields to the event loop once, as any real
 * program does between inputs: jsdom only lets go of a closed window after a
 * turn of the event loop, so a loop that never yields keeps every page's DOM
 * alive and doubles Readability's peak RSS (1.3 GB instead of ~0.65 GB).
 */
async function timeSequential(extract, pages, { onProgress } = {}) {
  const out = [];
  for (let i = 0; i < pages.length; i++) {
    const { id, url, html } = pages[i];
    let raw;
    let error = null;
    const t0 = performance.now();
    try {
      raw = extract(html, url);
      if (isThenable(raw)) raw = await raw;
    } catch (err) {
      error = err;
    }
    const ms = performance.now() - t0;
    const { text, note, fields } = error ? { text: '', note: null, fields: {} } : readBody(raw);
    out.push({ id, text, note, fields, ms, error });
    onProgress?.(i + 1, pages.length);
    await yieldToEventLoop();
  }
  return out;
}

/**
 * `--jobs N` (N > 1): the timed pass on N worker threads through the adapter's own pool
 * (`adapter.createPool(jobs)` → { extract(html, url): Promise<Body>, close() }). Every page
 * is submitted at once; pages/s is pages ÷ the wall time from the first submission to the
 * last result (per-page times are then the pool's latency, not CPU time).
 */
async function timeParallel(adapter, pages, jobs, warmup) {
  if (typeof adapter.createPool !== 'function') throw new Error(`--jobs ${jobs}: this extractor has no worker pool`);
  const pool = await adapter.createPool(jobs);
  try {
    // Warm the workers up outside the clock.
    // Each worker gets as many warm-up pages as the one-thread run (--warmup), outside the clock.
    await Promise.all(pages.slice(0, Math.min(pages.length, warmup * jobs)).map(({ html, url }) => pool.extract(html, url)));
    const t0 = performance.now();
    const out = await Promise.all(
      pages.map(async ({ id, html, url }) => {
        const s = performance.now();
        try {
          const { text, fields } = readBody(await pool.extract(html, url));
          return { id, text, note: null, fields, ms: performance.now() - s, error: null };
        } catch (error) {
          return { id, text: '', note: null, fields: {}, ms: performance.now() - s, error };
        }
      }),
    );
    return { runs: out, wallMs: performance.now() - t0 };
  } finally {
    await pool.close();
  }
}

function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * @param {{ name: string, setup: (ctx: { jobs: number }) => Promise<any> }} adapterDef
 */
export async function runWorker({ name, setup }) {
  const tStart = performance.now();
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${name} worker: ${err.message}`);
    process.exitCode = 2;
    return;
  }

  const result = {
    name,
    set: opts.set,
    available: false,
    reason: null,
    version: null,
    node: process.version,
    pid: process.pid,
    jobs: opts.jobs,
    warmupPages: 0,
    pages: 0,
    ids: [],
    predictions: {},
    msPerPage: {},
    errors: [],
    notes: [],
    timing: { setupMs: 0, loadMs: 0, warmupMs: 0, extractMs: 0, pagesPerSec: null, workerMs: 0 },
    maxRssMB: null,
    memoryUsageMB: null,
  };

  try {
    const t0 = performance.now();
    const adapter = await setup({ jobs: opts.jobs });
    result.timing.setupMs = performance.now() - t0;
    result.version = adapter.version ?? null;
    if (!adapter.available) {
      result.reason = adapter.reason ?? 'unavailable';
    } else {
      result.available = true;

      const t1 = performance.now();
      const pages = loadPages(opts.corpus, { pages: opts.pages, set: opts.set });
      result.timing.loadMs = performance.now() - t1;

      // Warm-up (JIT, lazy module init, caches): results discarded, errors ignored.
      const warm = pages.slice(0, Math.max(0, Math.min(opts.warmup, pages.length)));
      const t2 = performance.now();
      await timeSequential(adapter.extract, warm);
      result.timing.warmupMs = performance.now() - t2;
      result.warmupPages = warm.length;

      const onProgress = opts.progress
        ? (i, n) => {
            if (i === n || i % 10 === 0) process.stderr.write(`\r  ${name}: ${i}/${n} pages`);
            if (i === n) process.stderr.write('\n');
          }
        : undefined;
      const parallel = opts.jobs > 1 ? await timeParallel(adapter, pages, opts.jobs, opts.warmup) : null;
      const runs = parallel ? parallel.runs : await timeSequential(adapter.extract, pages, { onProgress });

      let total = 0;
      for (const r of runs) {
        total += r.ms;
        result.ids.push(r.id);
        result.msPerPage[r.id] = r.ms;
        result.predictions[r.id] = { articleBody: normalizeWhitespace(r.text), ...r.fields };
        if (r.note) result.notes.push({ id: r.id, note: String(r.note) });
        if (r.error) {
          result.errors.push({
            id: r.id,
            message: String(r.error?.stack ?? r.error)
              .split('\n')
              .slice(0, 3)
              .join('\n'),
          });
        }
      }
      result.pages = runs.length;
      // On worker threads the pages overlap: the clock is the wall time of the whole pass.
      if (parallel) total = parallel.wallMs;
      result.timing.extractMs = total;
      result.timing.pagesPerSec = total > 0 ? runs.length / (total / 1000) : null;
    }
  } catch (err) {
    // A failure of the adapter's setup or of the harness itself (not of one page).
    result.available = false;
    result.reason = `worker failed: ${err?.message ?? err}`;
    result.failed = true;
  }

  result.timing.workerMs = performance.now() - tStart;
  // maxRSS is in KiB; report MiB ("MB" in the table).
  result.maxRssMB = process.resourceUsage().maxRSS / 1024;
  const mu = process.memoryUsage();
  result.memoryUsageMB = Object.fromEntries(Object.entries(mu).map(([k, v]) => [k, v / 1024 / 1024]));
  writeAtomic(opts.out, JSON.stringify(result));
  if (result.failed) process.exitCode = 1;
}
