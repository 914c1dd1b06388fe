#!/usr/bin/env node
// AEB (Article Extraction Benchmark) scorer: a dependency-free JavaScript port of
// the metric in scrapinghub/article-extraction-benchmark `evaluate.py`.
// See bench/README.md ("How the scorer matches upstream") for the details and the
// places where this file deliberately differs (seeded bootstrap, no crash on an
// all-empty prediction set).
//
// Library use:
//   import { evaluate } from './aeb-score.mjs';
//   const m = evaluate(groundTruth, predictions, { bootstrap: 1000, seed: 1 });
// CLI use:
//   node bench/aeb-score.mjs predictions.json [--truth ground-truth.json] [--corpus DIR]
//                            [--name NAME] [--bootstrap N] [--seed N] [--json]

import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Shingle length used by upstream (`ngram_n=4`). */
export const NGRAM_N = 4;

/**
 * Token = maximal run of "word" characters, as Python's `re.findall(r'\w+', text)`
 * on a str does. Python's `\w` for str patterns is `ch.isalnum() or ch == '_'`,
 * i.e. general categories Lu Ll Lt Lm Lo (letters) + Nd Nl No (numbers) + '_'.
 * It does NOT match combining marks (Mn Mc Me) nor connector punctuation other
 * than '_' (e.g. U+203F): "नमस्ते" gives ['नमस', 'त'] and "e\u0301" gives ['e'].
 * `[\p{L}\p{N}_]` was checked against Python 3.11 on all 1,112,064 code points:
 * identical for every code point assigned in Unicode 14; the only differences are
 * ~14k code points that Unicode 15-17 newly assigned (Node 20 knows them, Python
 * 3.11 does not), none of which occurs in the corpus.
 */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** Split a text into tokens (Python `\w+` runs). Null/undefined/non-string → []. */
export function tokenize(text) {
  if (typeof text !== 'string' || text.length === 0) return [];
  return text.match(TOKEN_RE) ?? [];
}

// Tokens never contain a space, so joining with ' ' gives an unambiguous key.
const SEP = ' ';

/**
 * Multiset of n-token shingles, as a Map from key (tokens joined by a space) to
 * count. 1..n-1 tokens give one shingle of all of them; no tokens gives none
 * (upstream `_ngrams`: `range(max(1, len - n + 1))`, dropping empty tuples).
 * @param {string[]} tokens
 * @param {number} [n]
 * @returns {Map<string, number>}
 */
export function shingles(tokens, n = NGRAM_N) {
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join(SEP);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page precision, upstream `precision_score`. */
export function precisionScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Per-page recall, upstream `recall_score`. */
export function recallScore(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Text of one ground-truth / prediction entry: `{articleBody}`; a bare string is accepted too. */
export function bodyOf(entry) {
  if (typeof entry === 'string') return entry;
  if (entry && typeof entry === 'object' && typeof entry.articleBody === 'string') return entry.articleBody;
  return '';
}

/**
 * Score one page. Counts are normalised by TP+FP+FN (when > 0), like upstream
 * `string_shingle_matching`, so every page weighs the same.
 * @param {string} truth  expected article body
 * @param {string} prediction  predicted article body
 */
export function scorePage(truth, prediction) {
  const tTokens = tokenize(truth);
  const pTokens = tokenize(prediction);
  const t = shingles(tTokens);
  const p = shingles(pTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, pc] of p) {
    if (!t.has(key)) fp += pc;
  }
  const raw = { tp, fp, fn };
  const s = tp + fp + fn;
  if (s > 0) {
    tp /= s;
    fp /= s;
    fn /= s;
  }
  const precision = precisionScore(tp, fp, fn);
  const recall = recallScore(tp, fp, fn);
  return {
    tp,
    fp,
    fn,
    raw,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    // Included in macro precision / recall only when they have at least one shingle.
    hasPrediction: tp + fp > 0,
    hasTruth: tp + fn > 0,
    exact: arraysEqual(tTokens, pTokens),
  };
}

function arraysEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function mean(values) {
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/**
 * Macro metrics over a list of page scores (upstream `metrics_from_tp_fp_fns` +
 * accuracy). Upstream raises on an empty mean / zero division; here an empty
 * set gives 0 (e.g. an extractor that returned nothing at all) so that a bad
 * row never crashes the harness.
 */
export function aggregate(pages) {
  const ps = [];
  const rs = [];
  let exact = 0;
  for (const pg of pages) {
    if (pg.hasPrediction) ps.push(precisionScore(pg.tp, pg.fp, pg.fn));
    if (pg.hasTruth) rs.push(recallScore(pg.tp, pg.fp, pg.fn));
    if (pg.exact) exact++;
  }
  const precision = ps.length ? mean(ps) : 0;
  const recall = rs.length ? mean(rs) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length ? exact / pages.length : 0;
  return { f1, precision, recall, accuracy };
}

/** Sample standard deviation (n − 1), like Python `statistics.stdev`. */
export function stdev(values) {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (n - 1));
}

/** Small seeded PRNG (mulberry32), returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METRICS = ['f1', 'precision', 'recall', 'accuracy'];

/**
 * Bootstrap std of the metrics: resample the pages with replacement `n` times
 * and take the sample std of each metric. With `pagesB`, returns the std of the
 * paired difference A − B (same resampled pages for both; upstream
 * `--bootstrap-differences`).
 */
export function bootstrapStd(pagesA, { bootstrap = 1000, seed = 1, pagesB = null } = {}) {
  const n = pagesA.length;
  const out = Object.fromEntries(METRICS.map((k) => [k, 0]));
  if (!bootstrap || n === 0) return out;
  const rand = mulberry32(seed);
  const values = Object.fromEntries(METRICS.map((k) => [k, []]));
  const sampleA = new Array(n);
  const sampleB = pagesB ? new Array(n) : null;
  for (let b = 0; b < bootstrap; b++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rand() * n);
      sampleA[i] = pagesA[j];
      if (sampleB) sampleB[i] = pagesB[j];
    }
    const ma = aggregate(sampleA);
    const mb = sampleB ? aggregate(sampleB) : null;
    for (const k of METRICS) values[k].push(mb ? ma[k] - mb[k] : ma[k]);
  }
  for (const k of METRICS) out[k] = stdev(values[k]);
  return out;
}

/** Accept `{id: {...}}` or upstream's wrapped `{version, output: {id: {...}}}`. */
export function unwrapPredictions(predictions) {
  if (
    predictions &&
    typeof predictions === 'object' &&
    predictions.output &&
    typeof predictions.output === 'object' &&
    !('articleBody' in predictions.output)
  ) {
    return predictions.output;
  }
  return predictions;
}

/**
 * Evaluate predictions against the ground truth.
 * @param {Record<string, {articleBody?: string|null, url?: string}>} groundTruth
 * @param {Record<string, {articleBody?: string|null}|string>} predictions  (or the wrapped form)
 * @param {{bootstrap?: number, seed?: number, strict?: boolean}} [options]
 *   strict (default true): like upstream, the two id sets must be equal.
 *   strict false: score the ground-truth ids; a missing prediction counts as empty.
 */
export function evaluate(groundTruth, predictions, { bootstrap = 1000, seed = 1, strict = true } = {}) {
  const preds = unwrapPredictions(predictions) ?? {};
  const ids = Object.keys(groundTruth);
  if (strict) {
    const missing = ids.filter((id) => !Object.hasOwn(preds, id));
    const extra = Object.keys(preds).filter((id) => !Object.hasOwn(groundTruth, id));
    if (missing.length || extra.length) {
      throw new Error(
        `prediction keys do not match ground truth: ${missing.length} missing` +
          (missing.length ? ` (e.g. ${missing[0]})` : '') +
          `, ${extra.length} extra` +
          (extra.length ? ` (e.g. ${extra[0]})` : ''),
      );
    }
  }
  const scored = ids.map((id) => ({ id, ...scorePage(bodyOf(groundTruth[id]), bodyOf(preds[id])) }));
  const metrics = aggregate(scored);
  const std = bootstrapStd(scored, { bootstrap, seed });
  const result = {
    ...metrics,
    std,
    pages: scored.length,
    predictedPages: scored.filter((p) => p.hasPrediction).length,
    perPage: scored.map((p) => ({
      id: p.id,
      // null when the prediction has no shingle: the page is left out of macro precision.
      precision: p.hasPrediction ? p.precision : null,
      recall: p.recall,
      f1: p.f1,
      exact: p.exact,
      tp: p.tp,
      fp: p.fp,
      fn: p.fn,
      shingles: { tp: p.raw.tp, fp: p.raw.fp, fn: p.raw.fn },
    })),
  };
  // Kept (non-enumerable, so JSON.stringify skips it) for paired comparisons: compare().
  Object.defineProperty(result, '_pages', { value: scored, enumerable: false });
  return result;
}

/**
 * Paired comparison of two evaluate() results on the same pages: differences
 * A − B of each metric and their paired-bootstrap std.
 */
export function compare(resultA, resultB, { bootstrap = 1000, seed = 1 } = {}) {
  const a = resultA._pages;
  const b = resultB._pages;
  if (!a || !b || a.length !== b.length || a.some((p, i) => p.id !== b[i].id)) {
    throw new Error('compare(): both results must cover the same pages in the same order');
  }
  const diff = Object.fromEntries(METRICS.map((k) => [k, resultA[k] - resultB[k]]));
  return { ...diff, std: bootstrapStd(a, { bootstrap, seed, pagesB: b }) };
}

/** Format "0.947 ± 0.005". */
export function fmtMetric(value, std, digits = 3) {
  if (value == null || Number.isNaN(value)) return '—';
  return std == null ? value.toFixed(digits) : `${value.toFixed(digits)} ± ${std.toFixed(digits)}`;
}

/** One table row in upstream README style: name, F1, precision, recall, accuracy. */
export function formatRow(name, result, width = 20) {
  const cells = METRICS.map((k) => fmtMetric(result[k], result.std?.[k]).padEnd(15));
  return `${name.padEnd(width)} ${cells.join('')}`.trimEnd();
}

export function formatHeader(width = 20) {
  return `${''.padEnd(width)} ${['F1', 'precision', 'recall', 'accuracy'].map((h) => h.padEnd(15)).join('')}`.trimEnd();
}

/** Where the AEB corpus is: --corpus, $AEB_CORPUS, <repo>/corpus/aeb, <repo>/../shared/corpus/aeb. */
export function findCorpusDir(explicit) {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const candidates = explicit ? [explicit] : [process.env.AEB_CORPUS, resolve(repo, 'corpus/aeb'), resolve(repo, '../shared/corpus/aeb')].filter(Boolean);
  for (const dir of candidates) {
    if (existsSync(resolve(dir, 'ground-truth.json'))) return resolve(dir);
  }
  throw new Error(`AEB corpus not found (looked for ground-truth.json in: ${candidates.join(', ')}); ` + 'pass --corpus DIR or set AEB_CORPUS');
}

function parseCliArgs(argv) {
  const opts = { bootstrap: 1000, seed: 1, json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--truth') opts.truth = val();
    else if (a === '--corpus') opts.corpus = val();
    else if (a === '--name') opts.name = val();
    else if (a === '--bootstrap') opts.bootstrap = Number(val());
    else if (a === '--seed') opts.seed = Number(val());
    else if (a === '--json') opts.json = true;
    else if (a === '-h' || a === '--help') opts.help = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.files.push(a);
  }
  return opts;
}

const USAGE = `usage: node bench/aeb-score.mjs PREDICTIONS.json... [options]
  --truth FILE      ground-truth.json (default: <corpus>/ground-truth.json)
  --corpus DIR      AEB corpus directory (default: $AEB_CORPUS, ../shared/corpus/aeb)
  --name NAME       row label (default: file name without .json; one file only)
  --bootstrap N     bootstrap resamples for the ± std (default 1000; 0 = none)
  --seed N          bootstrap seed (default 1)
  --json            print JSON (metrics, std, per-page scores) instead of a table`;

function cli(argv) {
  let opts;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    console.error(`aeb-score: ${err.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (opts.files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    const truthPath = opts.truth ?? resolve(findCorpusDir(opts.corpus), 'ground-truth.json');
    const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
    const results = [];
    for (const file of opts.files) {
      const preds = JSON.parse(readFileSync(file, 'utf8'));
      const r = evaluate(truth, preds, { bootstrap: opts.bootstrap, seed: opts.seed });
      const name = opts.files.length === 1 && opts.name ? opts.name : basename(file).replace(/\.json$/, '');
      results.push({ name, r });
    }
    if (opts.json) {
      const out = Object.fromEntries(results.map(({ name, r }) => [name, r]));
      console.log(JSON.stringify(out, null, 2));
    } else {
      const width = Math.max(20, ...results.map(({ name }) => name.length + 1));
      console.log(formatHeader(width));
      for (const { name, r } of results) console.log(formatRow(name, r, width));
    }
    return 0;
  } catch (err) {
    console.error(`aeb-score: ${err.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = cli(process.argv.slice(2));
}
