#!/usr/bin/env node
// One command, every figure side by side: kliping (and Readability.js where it can be scored)
// on the three benchmark sets — AEB (article body), text-dev (main text and headline) and
// dates-dev (publication date). See bench/README.md. Run `npm run build` first so dist/ is current.
//
//   node bench/run.mjs [--sets aeb,text-dev,dates-dev] [--only NAME[,NAME]] [--compare-build DIR]
//                      [--pages N] [--worst N] [--jobs N] [--warmup N] [--bootstrap N] [--seed N]
//                      [--corpus DIR] [--corpora DIR] [--out FILE | --no-save] [--save-predictions DIR]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { arch, cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compare, evaluate, fmtMetric } from './aeb-score.mjs';
import { evaluateText } from './text-score.mjs';
import { evaluateDates } from './date-score.mjs';
import { SETS, findSetDir, hostOf, loadTruth } from './lib/corpus.mjs';
import { measureStartup, printStartup } from './startup.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(BENCH, '..');
const EXTRACTORS_DIR = join(BENCH, 'extractors');

/** What each set scores, who can be scored on it, and who runs by default. */
const SET_INFO = {
  aeb: { title: 'AEB article body', can: ['kliping', 'readability'], default: ['kliping', 'readability'] },
  'text-dev': { title: 'text-dev main text and headline', can: ['kliping', 'readability'], default: ['kliping'] },
  'dates-dev': { title: 'dates-dev publication date', can: ['kliping'], default: ['kliping'] },
};

/** Published figures of the reference tools on the whole sets (their upstream tables). */
const REFERENCES = {
  'text-dev': 'reference (whole set, upstream table): trafilatura 2.2.0 F1 0.923 (P 0.906, R 0.943, accuracy 0.924); readability-lxml F1 0.839',
  'dates-dev': 'reference (whole set, upstream table): htmldate 1.10.0 extensive accuracy 0.903 (P 0.908, R 0.993), fast 0.861; newspaper4k 0.680',
};

const USAGE = `usage: node bench/run.mjs [options]
  --sets NAME[,NAME]     which sets (default: ${SETS.join(',')})
  --only NAME[,NAME]     run only these extractors (${availableExtractors().join(', ')}); each set
                         runs those of them it can score (readability: aeb, text-dev)
  --compare-build DIR    also run the kliping build in DIR (DIR/dist/index.js, e.g. a checkout of the
                         last release) on every set, as a row named kliping@<dir>: ratios in one run
  --pages N              first N pages of each set instead of all
  --worst N              list the N worst pages of kliping per set (default 10; 0 = none)
  --jobs N               AEB: kliping also on N worker threads (its ExtractPool)
  --warmup N             warm-up pages before each timed pass (default 10)
  --bootstrap N          AEB bootstrap resamples for ± std (default 1000; 0 = none)
  --seed N               bootstrap seed (default 1)
  --corpus DIR           the AEB corpus (default: $AEB_CORPUS, ../shared/corpus/aeb)
  --corpora DIR          folder holding aeb/, text-dev/, dates-dev/ (default: $KLIPING_CORPORA, ../shared/corpus)
  --out FILE             results JSON (default bench/results/<YYYY-MM-DD>[.<partial>].json)
  --no-save              do not write the results JSON
  --save-predictions DIR also write DIR/<set>.<extractor>.json
  --no-baseline          skip the Node + corpus floor process
  --startup-runs N       start-up rounds (kliping --version, lint of one page, node -e 0; default 15, 0 = none)`;

function availableExtractors() {
  try {
    return readdirSync(EXTRACTORS_DIR)
      .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
      .map((f) => f.slice(0, -4))
      .sort();
  } catch {
    return [];
  }
}

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = {
    sets: [...SETS],
    only: null,
    compareBuild: null,
    pages: null,
    worst: 10,
    jobs: 1,
    warmup: 10,
    bootstrap: 1000,
    seed: 1,
    corpus: null,
    corpora: null,
    out: null,
    save: true,
    savePredictions: null,
    baseline: true,
    startupRuns: 15,
  };
  const int = (name, v, min) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} needs an integer ≥ ${min}, got ${v}`);
    return n;
  };
  const list = (v) =>
    v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
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
      case '--sets':
        opts.sets = list(val());
        break;
      case '--only':
        opts.only = [...(opts.only ?? []), ...list(val())];
        break;
      case '--compare-build':
        opts.compareBuild = val();
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
      case '--corpora':
        opts.corpora = val();
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
      case '--startup-runs':
        opts.startupRuns = int(a, val(), 0);
        break;
      case '-h':
      case '--help':
        opts.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${argv[i]}`);
    }
  }
  for (const set of opts.sets) if (!SETS.includes(set)) throw new UsageError(`unknown set "${set}" (known: ${SETS.join(', ')})`);
  const known = availableExtractors();
  for (const name of opts.only ?? []) {
    if (!known.includes(name)) throw new UsageError(`unknown extractor "${name}" (known: ${known.join(', ')})`);
  }
  if (opts.compareBuild) {
    const module = resolve(opts.compareBuild, 'dist/index.js');
    if (!existsSync(module)) throw new UsageError(`--compare-build: ${module} not found (build it first)`);
    opts.compareModule = module;
  }
  return opts;
}

/** Run one worker in its own process; resolve with its JSON result + wall time. */
function runWorkerProcess(name, { set, corpus, pages, warmup, jobs, tmp, module = null, label = name }) {
  const script = join(EXTRACTORS_DIR, `${name}.mjs`);
  const out = join(tmp, `${set}.${label.replace(/[^\w.-]+/g, '_')}.json`);
  const args = [script, '--set', set, '--corpus', corpus, '--out', out, '--warmup', String(warmup)];
  if (pages != null) args.push('--pages', String(pages));
  if (jobs > 1) args.push('--jobs', String(jobs));
  if (process.stderr.isTTY) args.push('--progress');
  const env = module ? { ...process.env, KLIPING_BENCH_MODULE: module } : process.env;
  return new Promise((resolvePromise) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
        resolvePromise({ name, failed: true, reason: result?.reason ?? `exit ${signal ?? code}${last ? `: ${last}` : ''}`, wallS });
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

function gitCommit(repo = REPO) {
  try {
    const head = readFileSync(join(repo, '.git/HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = join(repo, '.git', head.slice(5));
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
const speed = (r) => f1d(r.pagesPerSec, r.pagesPerSec >= 100 ? 0 : 1);

function printTable(header, lines) {
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

const rowName = (r) => (r.version ? `${r.name} ${r.version}` : r.name);
const notScored = (r) => [rowName(r), `${r.failed ? 'failed' : 'unavailable'}: ${r.reason}`];

// ---- scoring, one function per set ----------------------------------------------------------

function scoreAeb(row, w, items, opts) {
  const truth = Object.fromEntries(items.map((t) => [t.id, { articleBody: t.articleBody, url: t.url }]));
  const predictions = Object.fromEntries(items.map((t) => [t.id, { articleBody: w.predictions[t.id].articleBody }]));
  const m = evaluate(truth, predictions, { bootstrap: opts.bootstrap, seed: opts.seed });
  Object.defineProperty(row, '_eval', { value: m, enumerable: false });
  return {
    metrics: { f1: m.f1, precision: m.precision, recall: m.recall, accuracy: m.accuracy, std: m.std },
    pages: m.pages,
    predictedPages: m.predictedPages,
    perPage: m.perPage.map((p) => ({
      id: p.id,
      host: hostOf(truth[p.id].url),
      precision: r4(p.precision),
      recall: r4(p.recall),
      f1: r4(p.f1),
      exact: p.exact,
      shingles: p.shingles,
      ms: Math.round(w.msPerPage[p.id] * 100) / 100,
      error: w.errors.find((e) => e.id === p.id)?.message,
      note: w.notes?.find((n) => n.id === p.id)?.note,
    })),
  };
}

function scoreTextDev(row, w, items) {
  const predictions = Object.fromEntries(items.map((t) => [t.file, { text: w.predictions[t.id].articleBody, headline: w.predictions[t.id].headline }]));
  const m = evaluateText(items, predictions);
  return {
    metrics: { f1: m.f1, precision: m.precision, recall: m.recall, accuracy: m.accuracy, headline: m.headline.accuracy },
    counts: m.counts,
    headline: m.headline,
    pages: m.pages,
    perPage: m.perPage.map((p) => ({
      file: p.file,
      tp: p.tp,
      fp: p.fp,
      fn: p.fn,
      tn: p.tn,
      headline: p.headline,
      ms: Math.round(w.msPerPage[p.file] * 100) / 100,
    })),
  };
}

function scoreDatesDev(row, w, items) {
  const predictions = Object.fromEntries(items.map((t) => [t.url ?? t.id, w.predictions[t.id]]));
  const m = evaluateDates(
    items.map((t) => ({ ...t, url: t.url ?? t.id })),
    predictions,
  );
  return {
    metrics: { accuracy: m.accuracy, accuracyNullWrong: m.accuracyNullWrong, precision: m.precision, recall: m.recall },
    counts: m.counts,
    nullReferences: m.nullReferences,
    bySource: m.bySource,
    pages: m.pages,
    perPage: m.perPage,
  };
}

const SCORERS = { aeb: scoreAeb, 'text-dev': scoreTextDev, 'dates-dev': scoreDatesDev };

// ---- reports, one function per set ------------------------------------------------------------

function reportAeb(rows, items, opts, baseline) {
  printTable(
    ['extractor', 'F1', 'precision', 'recall', 'accuracy', 'pages/s', 'wall s', 'peak RSS MB'],
    rows.map((r) => {
      if (!r.scored) return notScored(r);
      const m = r.metrics;
      return [
        rowName(r),
        fmtMetric(m.f1, m.std.f1),
        fmtMetric(m.precision, m.std.precision),
        fmtMetric(m.recall, m.std.recall),
        fmtMetric(m.accuracy, m.std.accuracy),
        speed(r),
        f1d(r.wallS),
        f1d(r.peakRssMB, 0),
      ];
    }),
  );
  if (baseline && !baseline.failed) {
    console.log(`(floor: Node + pages in memory, no extractor: ${f1d(baseline.peakRssMB, 0)} MB peak RSS, ${f1d(baseline.wallS)} s wall)`);
  }
  for (const r of rows.filter((x) => x.scored && x.errors.length)) {
    console.log(
      `! ${r.name}: extract() threw on ${r.errors.length} page(s), scored as empty; first: ${r.errors[0].id.slice(0, 12)} ${r.errors[0].message.split('\n')[0]}`,
    );
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
      `kliping vs readability: speed ×${ratio(comparison.speedX)} (pages/s, higher is faster); process wall time ×${ratio(comparison.wallX)} (lower is faster)`,
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
    const worst = [...focus.perPage].sort((a, b) => a.f1 - b.f1 || a.recall - b.recall || a.id.localeCompare(b.id)).slice(0, opts.worst);
    console.log('');
    console.log(`worst ${worst.length} pages for ${focus.name} by F1:`);
    const hostW = Math.max(4, ...worst.map((p) => p.host.length));
    console.log(`${'id'.padEnd(12)}  ${'host'.padEnd(hostW)}  ${'P'.padStart(5)}  ${'R'.padStart(5)}  ${'F1'.padStart(5)}`);
    for (const p of worst) {
      console.log(
        `${p.id.slice(0, 12)}  ${p.host.padEnd(hostW)}  ${(p.precision == null ? 'empty' : f3(p.precision)).padStart(5)}  ${f3(p.recall).padStart(5)}  ${f3(p.f1).padStart(5)}${p.error ? '  (threw)' : ''}`,
      );
    }
  }
  return comparison;
}

function reportTextDev(rows, items, opts) {
  printTable(
    ['extractor', 'F1', 'precision', 'recall', 'accuracy', 'headline', 'pages/s', 'wall s', 'peak RSS MB'],
    rows.map((r) => {
      if (!r.scored) return notScored(r);
      const m = r.metrics;
      const h = r.headline;
      return [
        rowName(r),
        f3(m.f1),
        f3(m.precision),
        f3(m.recall),
        f3(m.accuracy),
        `${f3(h.accuracy)} (${h.right}/${h.pages})`,
        speed(r),
        f1d(r.wallS),
        f1d(r.peakRssMB, 0),
      ];
    }),
  );
  console.log(
    "(passages that must / must not be in the text, counted over all pages: micro average; headline = equal to the truth's title, where one is given)",
  );
  console.log(REFERENCES['text-dev']);
  const k = rows.find((r) => r.name === 'kliping' && r.scored);
  if (k && opts.worst > 0) {
    const worst = k.perPage
      .filter((p) => p.fn + p.fp > 0)
      .sort((a, b) => b.fn + b.fp - (a.fn + a.fp) || a.file.localeCompare(b.file))
      .slice(0, opts.worst);
    console.log('');
    console.log(`worst ${worst.length} pages for kliping (missed passages + leaked passages):`);
    for (const p of worst) console.log(`  ${p.file.padEnd(48)}  missed ${p.fn}  leaked ${p.fp}`);
  }
}

function reportDatesDev(rows, items, opts) {
  printTable(
    ['extractor', 'accuracy', 'precision', 'recall', 'TP', 'FP', 'FN', 'TN', 'pages/s', 'wall s', 'peak RSS MB'],
    rows.map((r) => {
      if (!r.scored) return notScored(r);
      const m = r.metrics;
      const c = r.counts;
      return [rowName(r), f3(m.accuracy), f3(m.precision), f3(m.recall), c.TP, c.FP, c.FN, c.TN, speed(r), f1d(r.wallS), f1d(r.peakRssMB, 0)];
    }),
  );
  const k = rows.find((r) => r.name === 'kliping' && r.scored) ?? rows.find((r) => r.scored);
  if (k) {
    console.log(
      `(${k.nullReferences} of ${k.pages} references are null: giving no date there is a TN and counts as right in accuracy; ` +
        `counted as wrong, as upstream never scores it right, accuracy is ${f3(k.metrics.accuracyNullWrong)})`,
    );
  }
  console.log(REFERENCES['dates-dev']);
  if (k) {
    const parts = Object.entries(k.bySource)
      .sort((a, b) => b[1].TP + b[1].FP - (a[1].TP + a[1].FP))
      .map(([from, c]) => (from === 'none' ? `none ${c.FN + c.TN}` : `${from} ${c.TP + c.FP} (${c.FP} wrong)`));
    console.log(`kliping's published came from: ${parts.join(', ')}`);
  }
  if (k && opts.worst > 0) {
    const wrong = k.perPage.filter((p) => p.verdict === 'FP' || p.verdict === 'FN').slice(0, opts.worst);
    console.log('');
    console.log(`first ${wrong.length} wrong pages for kliping:`);
    for (const p of wrong) console.log(`  ${p.verdict}  ${p.file.padEnd(48)}  want ${p.want ?? 'null'}  got ${p.got ?? 'null'}${p.got ? ` (${p.from})` : ''}`);
  }
}

const REPORTS = { aeb: reportAeb, 'text-dev': reportTextDev, 'dates-dev': reportDatesDev };

// ---- main ------------------------------------------------------------------------------------

/** The extractor runs of one set, in table order. */
function runsOf(set, opts) {
  const info = SET_INFO[set];
  const names = (opts.only ?? info.default).filter((n) => info.can.includes(n));
  const runs = [];
  for (const name of names) {
    runs.push({ name, label: name, jobs: 1 });
    if (name === 'kliping' && opts.compareModule)
      runs.push({ name, label: `kliping@${basename(resolve(opts.compareBuild))}`, jobs: 1, module: opts.compareModule });
    if (name === 'kliping' && set === 'aeb' && opts.jobs > 1) runs.push({ name, label: `kliping --jobs ${opts.jobs}`, jobs: opts.jobs });
  }
  return runs;
}

async function runSet(set, opts, tmp) {
  const corpus = findSetDir(set, { corpora: opts.corpora, explicit: set === 'aeb' ? opts.corpus : null });
  const items = loadTruth(set, corpus, { pages: opts.pages });
  const rows = [];
  console.error(`bench: ${set}: ${items.length} pages from ${relative(REPO, corpus) || corpus}`);
  for (const run of runsOf(set, opts)) {
    console.error(`bench: ${set}: running ${run.label} …`);
    const w = await runWorkerProcess(run.name, {
      set,
      corpus,
      pages: opts.pages,
      warmup: opts.warmup,
      jobs: run.jobs,
      tmp,
      module: run.module,
      label: run.label,
    });
    const row = {
      name: run.label,
      version: w.version ?? null,
      scored: false,
      failed: Boolean(w.failed),
      reason: w.reason ?? null,
      wallS: w.wallS ?? null,
      peakRssMB: w.maxRssMB ?? null,
    };
    if (w.available && !w.failed) {
      const missing = items.filter((t) => !w.predictions[t.id]);
      if (missing.length) {
        row.failed = true;
        row.reason = `worker returned ${w.ids.length} pages, ${missing.length} missing`;
      } else {
        Object.assign(
          row,
          {
            scored: true,
            pagesPerSec: w.timing.pagesPerSec,
            extractS: w.timing.extractMs / 1000,
            timing: w.timing,
            warmupPages: w.warmupPages,
            jobs: w.jobs,
            errors: w.errors,
            notes: w.notes ?? [],
          },
          SCORERS[set](row, w, items, opts),
        );
        if (opts.savePredictions)
          writeAtomic(resolve(opts.savePredictions, `${set}.${run.label.replace(/[^\w.-]+/g, '_')}.json`), JSON.stringify(w.predictions, null, 1));
      }
    }
    rows.push(row);
    console.error(`bench: ${set}: ${run.label} ${row.scored ? `done in ${f1d(row.wallS)} s` : `${row.failed ? 'FAILED' : 'unavailable'}: ${row.reason}`}`);
  }
  return { corpus, items, rows };
}

/** Speed of kliping against the --compare-build row, set by set, from this one run. */
function reportCompareBuild(results) {
  const lines = [];
  for (const [set, { rows }] of Object.entries(results)) {
    const k = rows.find((r) => r.name === 'kliping' && r.scored);
    const other = rows.find((r) => r.name.startsWith('kliping@') && r.scored);
    if (k && other) lines.push(`${set} ×${(k.pagesPerSec / other.pagesPerSec).toFixed(2)}`);
  }
  if (lines.length)
    console.log(
      `\nkliping vs ${results[Object.keys(results)[0]].rows.find((r) => r.name.startsWith('kliping@'))?.name ?? 'the compared build'}: speed (pages/s) ${lines.join(', ')}`,
    );
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
  for (const set of opts.sets) {
    try {
      findSetDir(set, { corpora: opts.corpora, explicit: set === 'aeb' ? opts.corpus : null });
    } catch (err) {
      console.error(`bench: ${err.message}`);
      return 2;
    }
  }

  const tmp = mkdtempSync(join(tmpdir(), 'kliping-bench-'));
  const results = {};
  let baseline = null;
  try {
    if (opts.baseline && opts.sets.includes('aeb')) {
      const corpus = findSetDir('aeb', { corpora: opts.corpora, explicit: opts.corpus });
      const b = await runWorkerProcess('_baseline', { set: 'aeb', corpus, pages: opts.pages, warmup: 0, jobs: 1, tmp });
      baseline = b.failed ? { failed: true, reason: b.reason } : { wallS: b.wallS, peakRssMB: b.maxRssMB, loadMs: b.timing.loadMs };
    }
    for (const set of opts.sets) results[set] = await runSet(set, opts, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // ---- report (stdout) ----
  const comparisons = {};
  for (const [set, { items, rows }] of Object.entries(results)) {
    console.log('');
    console.log(
      `${SET_INFO[set].title}, ${items.length} pages, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, warm-up ${opts.warmup} pages per row`,
    );
    console.log('');
    comparisons[set] = REPORTS[set](rows, items, opts, baseline) ?? null;
  }
  if (opts.compareModule) reportCompareBuild(results);
  let startup = null;
  if (opts.startupRuns > 0) {
    startup = await measureStartup({ repo: REPO, compareBuild: opts.compareBuild ? resolve(opts.compareBuild) : null, runs: opts.startupRuns });
    printStartup(startup);
  }

  // ---- results file ----
  if (opts.save) {
    const partial = [];
    if (opts.sets.length !== SETS.length) partial.push(opts.sets.join('+'));
    if (opts.only) partial.push(opts.only.join('+'));
    if (opts.pages != null) partial.push(`${opts.pages}p`);
    const file = opts.out ? resolve(opts.out) : join(BENCH, 'results', `${localDate()}${partial.length ? `.${partial.join('.')}` : ''}.json`);
    const doc = {
      benchmark: 'kliping: aeb-article-body, text-dev, dates-dev',
      date: localDate(),
      finishedAt: new Date().toISOString(),
      node: process.version,
      platform: `${platform()} ${release()} ${arch()}`,
      cpu: { model: cpus()[0]?.model ?? null, count: cpus().length },
      totalMemMB: Math.round(totalmem() / 1024 / 1024),
      gitCommit: gitCommit(),
      compareBuild: opts.compareBuild ? { dir: opts.compareBuild, gitCommit: gitCommit(resolve(opts.compareBuild)) } : null,
      options: { sets: opts.sets, only: opts.only, pages: opts.pages, warmup: opts.warmup, jobs: opts.jobs, bootstrap: opts.bootstrap, seed: opts.seed },
      baseline,
      startup,
      sets: Object.fromEntries(
        Object.entries(results).map(([set, { corpus, items, rows }]) => [
          set,
          { corpus: { dir: relative(REPO, corpus) || '.', pages: items.length }, rows, comparison: comparisons[set] },
        ]),
      ),
    };
    writeAtomic(file, `${JSON.stringify(doc, null, 1)}\n`);
    console.error(`bench: wrote ${relative(process.cwd(), file) || file}`);
  }

  return Object.values(results).some(({ rows }) => rows.some((r) => r.failed)) ? 1 : 0;
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
