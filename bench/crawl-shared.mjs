/**
 * `npm run bench:crawl -- --workers 3`: a shared crawl (N `kliping crawl --state postgres://…`
 * workers on one PostgreSQL, started here in a temp folder) beside the single SQLite process,
 * in the same run, against four fake WordPress hosts (each in its own process), --delay 0,
 * --per-host 1. Every row is whole processes timed from the first spawn to the last exit, on a
 * fresh archive (and a fresh database); one untimed warm-up crawl runs first (the sites'
 * templates, the OS caches, the compiled code on disk). Figures are pages/s and the ratio to
 * the SQLite row; on a busy machine they move, compare rows of one run. The sites' own request
 * logs are checked afterwards: never two requests in flight to one host, in any row.
 *
 *   node bench/crawl-shared.mjs [--workers 3] [--per-site 300]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../tests/helpers/postgres.mjs';
import { startSiteProcess } from '../tests/helpers/site-process.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const workers = Number(opt('--workers', '3'));
const perSite = Number(opt('--per-site', '300'));
const bin = join(root, 'bin/kliping.js');
const work = mkdtempSync(join(tmpdir(), 'kliping-bench-shared-'));

function crawlProcess(extra) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'crawl', '--delay', '0', '--per-host', '1', '--no-progress', ...extra], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kliping crawl exited ${code}: ${err.slice(-500)}`))));
  });
}

async function timed(label, n, run) {
  const t = process.hrtime.bigint();
  await run();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { run: label, pages: n, ms };
}

const pg = await startPostgres();
if (!pg) {
  console.error('bench:crawl --workers: no PostgreSQL server binaries here (apt-get install postgresql)');
  process.exit(2);
}
const sites = [];
const logs = [];
const results = [];
try {
  for (const label of ['A', 'B', 'C', 'D']) sites.push(await startSiteProcess({ articles: perSite, label }));
  const urls = sites.flatMap((s) => s.articleUrls);
  const list = join(work, 'urls.txt');
  writeFileSync(list, urls.join('\n') + '\n');
  const warmList = join(work, 'warm.txt');
  writeFileSync(warmList, sites.flatMap((s) => s.articleUrls.slice(0, 10)).join('\n') + '\n');
  await crawlProcess(['--out', join(work, 'warm'), '--input', warmList]);

  results.push(await timed('one process, SQLite state (the default)', urls.length, () => crawlProcess(['--out', join(work, 'sqlite'), '--input', list])));
  const one = pg.createDatabase('one');
  results.push(await timed('1 worker, PostgreSQL state', urls.length, () => crawlProcess(['--state', one, '--out', join(work, 'pg-1'), '--input', list])));
  const many = pg.createDatabase('many');
  results.push(
    await timed(`${workers} workers, PostgreSQL state`, urls.length, () =>
      Promise.all(Array.from({ length: workers }, () => crawlProcess(['--state', many, '--out', join(work, `pg-${workers}`), '--input', list]))),
    ),
  );
  for (const dir of ['sqlite', 'pg-1', `pg-${workers}`]) {
    const lines = readFileSync(join(work, dir, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n');
    if (lines.length !== urls.length) throw new Error(`${dir}: ${lines.length} manifest lines for ${urls.length} URLs`);
  }
} finally {
  for (const s of sites) logs.push(await s.stop());
  await pg.stop();
  rmSync(work, { recursive: true, force: true });
}

// The sites' own logs (every run, --per-host 1): never two requests in flight to one host.
let checked = 0;
for (const log of logs) {
  const sorted = [...log].sort((a, b) => a.at - b.at);
  for (let i = 1; i < sorted.length; i++, checked++) {
    const ended = sorted[i - 1].sentAt ?? sorted[i - 1].endedAt ?? sorted[i - 1].at;
    if (sorted[i].at < ended) throw new Error(`two requests in flight to one host: ${sorted[i - 1].path} and ${sorted[i].path}`);
  }
}

const base = results[0];
console.log(
  `kliping crawl bench, shared state: 4 fake WordPress hosts × ${perSite} articles, --delay 0 --per-host 1, Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}; warm-up: one crawl of 40 URLs`,
);
console.log(`server logs: ${checked.toLocaleString('en-US')} requests, never two in flight to one host`);
console.log('| run | pages | seconds | pages/s | × one SQLite process |');
console.log('|:--|--:|--:|--:|--:|');
for (const r of results) {
  const pps = (r.pages / r.ms) * 1000;
  console.log(`| ${r.run} | ${r.pages} | ${(r.ms / 1000).toFixed(1)} | ${pps.toFixed(0)} | ${(pps / ((base.pages / base.ms) * 1000)).toFixed(2)} |`);
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
const date = new Date().toISOString().slice(0, 10);
writeFileSync(
  join(root, `bench/results/${date}.crawl-shared.json`),
  JSON.stringify({ date, node: process.version, cpus: cpus().length, workers, perSite, results }, null, 2) + '\n',
);
