/**
 * `npm run bench:crawl`: kliping crawl against the local fake WordPress site
 * (tests/helpers/fake-wp-site.mjs, in its own process), delays off, at 1,000 and 10,000
 * URLs, beside a baseline measured in the same run — a plain sequential undici fetch +
 * extract() loop. Each run is a fresh process (bench/crawl-worker.mjs); pages/s, peak RSS
 * and the heap kept after a full GC are printed as a table with ratios to the baseline,
 * and saved to bench/results/<date>.crawl.json. The site runs on the same machine: on a
 * busy machine the figures move; compare rows of one run.
 *
 *   node bench/crawl.mjs [--sizes 1000,10000] [--per-host 1,4]
 *   node bench/crawl.mjs --workers 3 [--per-site 300]   (a shared crawl on PostgreSQL: crawl-shared.mjs)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSiteProcess } from '../tests/helpers/site-process.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
if (args.includes('--workers')) {
  await import('./crawl-shared.mjs');
  process.exit(0);
}
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('--sizes', '1000,10000').split(',').map(Number);
const perHosts = opt('--per-host', '1,4').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'kliping-bench-crawl-'));

function runJson(cmd, argv, { stdin = 'ignore' } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: root, stdio: [stdin, 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`${argv.join(' ')} exited ${code}`))));
  });
}

// The site, in its own process: only the crawler's memory is measured.
const max = Math.max(...sizes);
const site = await startSiteProcess({ articles: max, gzipEvery: 0, log: false });
const origin = site.origin;

const results = [];
try {
  const all = site.articleUrls;
  for (const n of sizes) {
    const file = join(work, `urls-${n}.txt`);
    writeFileSync(file, all.slice(0, n).join('\n') + '\n');
    // warm the site (its templates, the OS caches) so the first row is not penalised
    await runJson(process.execPath, [join(here, 'crawl-worker.mjs'), 'baseline', file]).catch(() => null);
    const base = await runJson(process.execPath, ['--expose-gc', join(here, 'crawl-worker.mjs'), 'baseline', file]);
    results.push({ n, run: 'baseline: sequential undici + extract()', ...base });
    for (const ph of perHosts) {
      const out = join(work, `archive-${n}-${ph}`);
      const r = await runJson(process.execPath, ['--expose-gc', join(here, 'crawl-worker.mjs'), 'kliping', file, out, String(ph)]);
      results.push({ n, run: `kliping crawl --delay 0 --per-host ${ph}`, ...r });
      rmSync(out, { recursive: true, force: true });
    }
  }
} finally {
  await site.stop();
  rmSync(work, { recursive: true, force: true });
}

const rows = [];
for (const r of results) {
  const base = results.find((b) => b.n === r.n && b.mode === 'baseline');
  const pps = (r.pages / r.ms) * 1000;
  const basePps = (base.pages / base.ms) * 1000;
  rows.push({
    URLs: r.n.toLocaleString('en-US'),
    run: r.run,
    ok: r.ok,
    seconds: (r.ms / 1000).toFixed(1),
    'pages/s': pps.toFixed(0),
    '× baseline': (pps / basePps).toFixed(2),
    'peak RSS MiB': (r.maxRssKiB / 1024).toFixed(0),
    'RSS × baseline': (r.maxRssKiB / base.maxRssKiB).toFixed(2),
    'heap after GC MiB': (r.heapKiB / 1024).toFixed(1),
  });
}
const cols = Object.keys(rows[0]);
const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
const line = (cells) => '| ' + cells.map((c, i) => (i <= 1 ? String(c).padEnd(width[i]) : String(c).padStart(width[i]))).join(' | ') + ' |';
console.log(`kliping crawl bench: local fake WordPress site (${origin}), Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}`);
console.log(line(cols));
console.log('|' + width.map((w, i) => (i <= 1 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of rows) console.log(line(cols.map((c) => r[c])));
const klip = results.filter((r) => r.mode === 'kliping');
for (const ph of perHosts) {
  const [small, big] = [sizes[0], sizes[sizes.length - 1]].map((n) => klip.find((r) => r.n === n && r.run.endsWith(`per-host ${ph}`)));
  if (small && big && small !== big) {
    console.log(
      `per-host ${ph}: peak RSS ${(small.maxRssKiB / 1024).toFixed(0)} → ${(big.maxRssKiB / 1024).toFixed(0)} MiB, heap after GC ${(small.heapKiB / 1024).toFixed(1)} → ${(big.heapKiB / 1024).toFixed(1)} MiB, from ${small.n} to ${big.n} URLs`,
    );
  }
}
mkdirSync(join(root, 'bench/results'), { recursive: true });
const date = new Date().toISOString().slice(0, 10);
writeFileSync(join(root, `bench/results/${date}.crawl.json`), JSON.stringify({ date, node: process.version, cpus: cpus().length, results }, null, 2) + '\n');
