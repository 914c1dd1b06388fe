#!/usr/bin/env node
// Benchmark kliping against Mozilla Readability on the AEB corpus (article body).
// See bench/README.md. Run `npm run build` first so dist/index.js is current.
//
//   node bench/run.mjs [--only NAME[,NAME]] [--pages N] [--worst N] [--jobs N]
//                      [--warmup N] [--bootstrap N] [--seed N] [--corpus DIR]
//                      [--out FILE | --no-save] [--save-predictions DIR]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { arch, cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compare, evaluate, fmtMetric } from './aeb-score.mjs';
import { findCorpusDir, hostOf, loadGroundTruth, selectPageIds } from './lib/corpus.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(BENCH, '..');
const EXTRACTORS_DIR = join(BENCH, 'extractors');
/** Default rows, in table order. */
const DEFAULT_EXTRACTORS = ['kliping', 'readability'];

const USAGE = `usage: node bench/run.mjs [options]
  --only NAME[,NAME]     run only these extractors (${availableExtractors().join(', ')})
  --pages N              first N pages (ids sorted) instead of all 181
  --worst N              list the N worst pages of kliping by F1 (default 10; 0 = none)
  --jobs N               kliping on N worker threads (its ExtractPool); pages/s from wall time
  --warmup N             warm-up pages before the timed pass (default 10)
  --bootstrap N          bootstrap resamples for ± std (default 1000; 0 = none)
  --seed N               bootstrap seed (default 1)
  --corpus DIR           AEB corpus (default: $AEB_CORPUS, ../shared/corpus/aeb)
  --out FILE             results JSON (default bench/results/<YYYY-MM-DD>[.<partial>].json)
  --no-save              do not write the results JSON
  --save-predictions DIR also write DIR/<extractor>.json in the upstream format
  --no-baseline          skip the Node + corpus baseline process`;

function availableExtractors() {
  try {
    return readdirSync(EXTRACTORS_DIR)
      .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
      .map((f) => f.slice(0, -4))
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  } catch {
    return [];
  }
}
function rank(name) {
  const i = DEFAULT_EXTRACTORS.indexOf(name);
  return i < 0 ? DEFAULT_EXTRACTORS.length : i;
}

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = {
    only: null,
    pages: null,
    worst: 10,
    jobs: 1,
    warmup: 10,
    bootstrap: 1000,
    seed: 1,
    corpus: null,
    out: null,
    save: true,
    savePredictions: null,
    baseline: true,
  };
  const int = (name, v, min) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} needs an integer ≥ ${min}, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const val = () => {
      if (inline != null) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--only':
        opts.only = [...(opts.only ?? []), ...val().split(',').map((s) => s.trim()).filter(Boolean)];
        break;
      case '--pages':
        opts.pages = int(a, val(), 1);
        break;
      case '--worst':
        opts.worst = int(a, val(), 0);
        break;
      case '--jobs':
        opts.jobs = int(a, val(), 1);
        break;
      case '--warmup':
        opts.warmup = int(a, val(), 0);
        break;
      case '--bootstrap':
        opts.bootstrap = int(a, val(), 0);
        break;
      case '--seed':
        opts.seed = int(a, val(), 0);
        break;
      case '--corpus':
        opts.corpus = val();
        break;
      case '--out':
        opts.out = val();
        break;
      case '--no-save':
        opts.save = false;
        break;
      case '--save-predictions':
        opts.savePredictions = val();
        break;
      case '--no-baseline':
        opts.baseline = false;
        break;
      case '-h':
      case '--help':
        opts.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${argv[i]}`);
    }
  }
  const known = availableExtractors();
  for (const name of opts.only ?? []) {
    if (!known.includes(name)) throw new UsageError(`unknown extractor "${name}" (known: ${known.join(', ')})`);
  }

  return opts;
}

/** Run one worker in its own process; resolve with its JSON result + wall time. */
function runWorkerProcess(name, { corpus, pages, warmup, jobs, tmp }) {
  const script = join(EXTRACTORS_DIR, `${name}.mjs`);
  const out = join(tmp, `${name}.json`);
  const args = [script, '--corpus', corpus, '--out', out, '--warmup', String(warmup)];
  if (pages != null) args.push('--pages', String(pages));
  if (name === 'kliping' && jobs > 1) args.push('--jobs', String(jobs));
  if (process.stderr.isTTY) args.push('--progress');
  return new Promise((resolvePromise) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk) => {
      process.stderr.write(chunk);
      tail = (tail + chunk.toString()).slice(-2000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => resolvePromise({ name, failed: true, reason: `cannot start: ${err.message}` }));
    child.on('close', (code, signal) => {
      const wallS = (performance.now() - t0) / 1000;
      let result = null;
      try {
        result = JSON.parse(readFileSync(out, 'utf8'));
      } catch {
        /* handled below */
      }
      if (!result || code !== 0) {
        const last = tail.trim().split('\n').slice(-3).join(' | ');
        resolvePromise({
          name,
          failed: true,
          reason: result?.reason ?? `exit ${signal ?? code}${last ? `: ${last}` : ''}`,
          wallS,
        });
        return;
      }
      resolvePromise({ ...result, wallS });
    });
  });
}

function localDate(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function gitCommit() {
  try {
    const head = readFileSync(join(REPO, '.git/HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = join(REPO, '.git', head.slice(5));
    return existsSync(ref) ? readFileSync(ref, 'utf8').trim() : null;
  } catch {
    return null;
  }
}

function writeAtomic(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

const ratio = (x) => (x == null || !Number.isFinite(x) ? '—' : x >= 10 ? x.toFixed(0) : x.toFixed(2));
const r4 = (x) => (typeof x === 'number' ? Math.round(x * 1e4) / 1e4 : x);
const f3 = (x) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(3));
const f1d = (x, d = 1) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(d));

function printTable(rows) {
  const header = ['extractor', 'F1', 'precision', 'recall', 'accuracy', 'pages/s', 'wall s', 'peak RSS MB'];
  const lines = rows.map((r) => {
    const name = r.version ? `${r.name} ${r.version}` : r.name;
    if (!r.scored) return [name, `${r.failed ? 'failed' : 'unavailable'}: ${r.reason}`];
    const m = r.metrics;
    return [
      name,
      fmtMetric(m.f1, m.std.f1),
      fmtMetric(m.precision, m.std.precision),
      fmtMetric(m.recall, m.std.recall),
      fmtMetric(m.accuracy, m.std.accuracy),
      f1d(r.pagesPerSec, r.pagesPerSec >= 100 ? 0 : 1),
      f1d(r.wallS),
      f1d(r.peakRssMB, 0),
    ];
  });
  const full = lines.filter((l) => l.length === header.length);
  const widths = header.map((h, i) => Math.max(h.length, ...full.map((l) => String(l[i]).length)));
  const fmt = (cells) =>
    cells
      .map((c, i) => (i === 0 || cells.length < header.length ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(fmt(l));
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`bench: ${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }

  let corpus;
  let truth;
  let ids;
  try {
    corpus = findCorpusDir(opts.corpus ?? undefined);
    truth = loadGroundTruth(corpus);
    ids = selectPageIds(corpus, truth, { pages: opts.pages });
  } catch (err) {
    console.error(`bench: ${err.message}`);
    return 2;
  }
  const truthSubset = Object.fromEntries(ids.map((id) => [id, truth[id]]));
  const names = opts.only ?? DEFAULT_EXTRACTORS;
  console.error(`bench: ${ids.length} pages from ${relative(REPO, corpus) || corpus}; extractors: ${names.join(', ')}`);

  const tmp = mkdtempSync(join(tmpdir(), 'kliping-bench-'));
  const rows = [];
  let baseline = null;
  try {
    if (opts.baseline) {
      const b = await runWorkerProcess('_baseline', { corpus, pages: opts.pages, warmup: 0, jobs: 1, tmp });
      baseline = b.failed ? { failed: true, reason: b.reason } : { wallS: b.wallS, peakRssMB: b.maxRssMB, loadMs: b.timing.loadMs };
    }
    // With --jobs N, kliping runs twice: on one thread, then on N worker threads.
    const runs = names.flatMap((name) =>
      name === 'kliping' && opts.jobs > 1 ? [{ name, jobs: 1 }, { name, jobs: opts.jobs }] : [{ name, jobs: 1 }],
    );
    for (const { name, jobs } of runs) {
      const label = jobs > 1 ? `${name} --jobs ${jobs}` : name;
      console.error(`bench: running ${label} …`);
      const w = await runWorkerProcess(name, { corpus, pages: opts.pages, warmup: opts.warmup, jobs, tmp });
      const row = {
        name: label,
        version: w.version ?? null,
        scored: false,
        failed: Boolean(w.failed),
        reason: w.reason ?? null,
        wallS: w.wallS ?? null,
        peakRssMB: w.maxRssMB ?? null,
      };
      if (w.available && !w.failed) {
        const missing = ids.filter((id) => !w.predictions[id]);
        if (missing.length) {
          row.failed = true;
          row.reason = `worker returned ${w.ids.length} pages, ${missing.length} missing`;
        } else {
          const predictions = Object.fromEntries(ids.map((id) => [id, w.predictions[id]]));
          const m = evaluate(truthSubset, predictions, { bootstrap: opts.bootstrap, seed: opts.seed });
          Object.assign(row, {
            scored: true,
            metrics: { f1: m.f1, precision: m.precision, recall: m.recall, accuracy: m.accuracy, std: m.std },
            pages: m.pages,
            predictedPages: m.predictedPages,
            pagesPerSec: w.timing.pagesPerSec,
            extractS: w.timing.extractMs / 1000,
            timing: w.timing,
            warmupPages: w.warmupPages,
            jobs: w.jobs,
            errors: w.errors,
            notes: w.notes ?? [],
            perPage: m.perPage.map((p) => ({
              id: p.id,
              host: hostOf(truth[p.id].url),
              precision: p.precision,
              recall: p.recall,
              f1: p.f1,
              exact: p.exact,
              shingles: p.shingles,
              ms: w.msPerPage[p.id],
              error: w.errors.find((e) => e.id === p.id)?.message,
              note: w.notes?.find((n) => n.id === p.id)?.note,
            })),
          });
          Object.defineProperty(row, '_eval', { value: m, enumerable: false });
          if (opts.savePredictions) {
            writeAtomic(resolve(opts.savePredictions, `${name}.json`), JSON.stringify(predictions, null, 1));
          }
        }
      }
      rows.push(row);
      console.error(
        `bench: ${name} ${row.scored ? `done in ${f1d(row.wallS)} s` : `${row.failed ? 'FAILED' : 'unavailable'}: ${row.reason}`}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // ---- report (stdout) ----
  console.log('');
  console.log(`AEB article body, ${ids.length} pages, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log('');
  printTable(rows);
  if (baseline && !baseline.failed) {
    console.log(`(floor: Node + pages in memory, no extractor: ${f1d(baseline.peakRssMB, 0)} MB peak RSS, ${f1d(baseline.wallS)} s wall)`);
  }
  for (const r of rows.filter((x) => x.scored && x.errors.length)) {
    console.log(`! ${r.name}: extract() threw on ${r.errors.length} page(s), scored as empty; first: ${r.errors[0].id.slice(0, 12)} ${r.errors[0].message.split('\n')[0]}`);
  }

  for (const r of rows.filter((x) => x.scored && x.notes.length)) {
    console.log(`note ${r.name}: ${r.notes.length} page(s): ${r.notes[0].note}${r.notes.length > 1 ? ' (and similar; see results JSON)' : ''}`);
  }

  const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
  const k = byName.kliping;
  const rd = byName.readability;
  let comparison = null;
  if (k?.scored && rd?.scored) {
    const d = compare(k._eval, rd._eval, { bootstrap: opts.bootstrap, seed: opts.seed });
    comparison = {
      speedX: k.pagesPerSec / rd.pagesPerSec,
      wallX: k.wallS / rd.wallS,
      rssX: k.peakRssMB / rd.peakRssMB,
      f1Delta: d.f1,
      f1DeltaStd: d.std.f1,
      precisionDelta: d.precision,
      recallDelta: d.recall,
      accuracyDelta: d.accuracy,
    };
    const sign = (x) => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);
    console.log('');
    console.log(
      `kliping vs readability: speed ×${ratio(comparison.speedX)} (pages/s, higher is faster); ` +
        `process wall time ×${ratio(comparison.wallX)} (lower is faster)`,
    );
    console.log(`kliping vs readability: peak RSS ×${ratio(comparison.rssX)} (lower is leaner)`);
    const threaded = rows.find((r) => r.scored && r.name.startsWith('kliping --jobs'));
    if (threaded) {
      comparison.threadedSpeedX = threaded.pagesPerSec / k.pagesPerSec;
      console.log(`${threaded.name} vs kliping: speed ×${ratio(comparison.threadedSpeedX)} (same pages, worker threads)`);
    }
    console.log(
      `kliping vs readability: F1 Δ ${sign(d.f1)} ± ${d.std.f1.toFixed(3)} (paired bootstrap), ` +
        `precision Δ ${sign(d.precision)}, recall Δ ${sign(d.recall)}, accuracy Δ ${sign(d.accuracy)}`,
    );
  }

  const focus = k?.scored ? k : rows.find((r) => r.scored);
  if (focus && opts.worst > 0) {
    const worst = [...focus.perPage]
      .sort((a, b) => a.f1 - b.f1 || a.recall - b.recall || a.id.localeCompare(b.id))
      .slice(0, opts.worst);
    console.log('');
    console.log(`worst ${worst.length} pages for ${focus.name} by F1${focus === k ? '' : ' (kliping not scored)'}:`);
    const hostW = Math.max(4, ...worst.map((p) => p.host.length));
    console.log(`${'id'.padEnd(12)}  ${'host'.padEnd(hostW)}  ${'P'.padStart(5)}  ${'R'.padStart(5)}  ${'F1'.padStart(5)}`);
    for (const p of worst) {
      console.log(
        `${p.id.slice(0, 12)}  ${p.host.padEnd(hostW)}  ${(p.precision == null ? 'empty' : f3(p.precision)).padStart(5)}  ${f3(p.recall).padStart(5)}  ${f3(p.f1).padStart(5)}${p.error ? '  (threw)' : ''}`,
      );
    }
  }

  // ---- results file ----
  if (opts.save) {
    const partial = [];
    if (opts.only) partial.push(opts.only.join('+'));
    if (opts.pages != null) partial.push(`${opts.pages}p`);
    const file = opts.out
      ? resolve(opts.out)
      : join(BENCH, 'results', `${localDate()}${partial.length ? `.${partial.join('.')}` : ''}.json`);
    const doc = {
      benchmark: 'aeb-article-body',
      date: localDate(),
      finishedAt: new Date().toISOString(),
      node: process.version,
      platform: `${platform()} ${release()} ${arch()}`,
      cpu: { model: cpus()[0]?.model ?? null, count: cpus().length },
      totalMemMB: Math.round(totalmem() / 1024 / 1024),
      gitCommit: gitCommit(),
      corpus: { dir: relative(REPO, corpus) || '.', pages: ids.length },
      options: {
        only: opts.only,
        pages: opts.pages,
        warmup: opts.warmup,
        jobs: opts.jobs,
        bootstrap: opts.bootstrap,
        seed: opts.seed,
      },
      baseline,
      // Per-page numbers rounded (4 decimals, ms to 0.01) to keep the file small.
      rows: rows.map((r) =>
        r.perPage
          ? {
              ...r,
              perPage: r.perPage.map((p) => ({
                ...p,
                precision: r4(p.precision),
                recall: r4(p.recall),
                f1: r4(p.f1),
                ms: Math.round(p.ms * 100) / 100,
              })),
            }
          : r,
      ),
      comparison,
    };
    writeAtomic(file, `${JSON.stringify(doc, null, 1)}\n`);
    console.error(`bench: wrote ${relative(process.cwd(), file) || file}`);
  }

  return rows.some((r) => r.failed) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`bench: ${err?.stack ?? err}`);
    process.exitCode = 1;
  },
);
