#!/usr/bin/env node
/**
 * npm run e2e:report — `kliping report` opened in a real browser.
 *
 * Builds a small archive by crawling two fake WordPress sites on 127.0.0.1
 * (tests/helpers/fake-wp-site.mjs, with a 404, a page robots.txt disallows and articles before
 * --since), edits three articles and crawls again with --recrawl, makes the report, opens it in
 * Debian's headless chromium (a file:// URL; every host name resolves to nothing, so nothing can
 * be fetched) and saves a screenshot, docs/report-screenshot.png by default. It checks that the
 * browser's DOM holds the chart and the findings table.
 *
 *   npm run e2e:report [-- --out shot.png] [--keep]      (CHROMIUM=/path/to/chromium to choose)
 *
 * Needs chromium (`apt-get install chromium`). Not part of `npm test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startFakeSite } from '../tests/helpers/fake-wp-site.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/kliping.js');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const SHOT = resolve(outArg >= 0 ? args[outArg + 1] : join(ROOT, 'docs/report-screenshot.png'));
const KEEP = args.includes('--keep');

function fail(message) {
  console.error(`e2e:report: ${message}`);
  process.exit(1);
}

function findChromium() {
  const candidates = [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean);
  for (const c of candidates) {
    const probe = spawnSync(c, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return { bin: c, version: probe.stdout.trim() };
  }
  fail('no chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM=/path/to/it');
}

/** kliping, run as a user would; the fake sites answer from this process, so never spawnSync. */
function kliping(...argv) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...argv], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    child.on('close', (code) => resolvePromise({ code, stderr }));
  });
}

/** The articles' record files, archive-relative. */
function records(archive) {
  const lines = readFileSync(join(archive, 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return lines.filter((l) => l.file).map((l) => ({ url: l.url, file: l.file, fetchedAt: l.fetchedAt }));
}

function chromiumArgs(profile) {
  return [
    '--headless',
    '--no-sandbox', // root in a container
    '--disable-gpu',
    '--hide-scrollbars',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${profile}`,
    '--force-device-scale-factor=1',
  ];
}

function pngSize(path) {
  const b = readFileSync(path);
  if (b.toString('latin1', 1, 4) !== 'PNG') fail(`${path} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
}

async function buildArchive(work) {
  const since = '2024-01-01';
  const a = await startFakeSite({ articles: 18, startDate: '2024-07-03', spanDays: 150, faults: ['/fault/404/', '/private/rahasia-redaksi/'], label: 'A' });
  const b = await startFakeSite({ articles: 9, startDate: '2024-09-10', spanDays: 90, label: 'B', faults: ['/fault/410/'] });
  try {
    const archive = join(work, 'arsip');
    const crawl = ['--out', archive, '--warc', '--delay', '0', '--since', since, '--no-progress'];
    const first = await kliping('crawl', '--site', a.origin, '--site', b.origin, ...crawl);
    if (first.code === 2) fail(`crawl: ${first.stderr}`);
    // Three articles are edited on site A, and the archive crawled again.
    const before = new Map(records(archive).map((r) => [r.url, r]));
    const edited = a.articleUrls
      .slice(0, 18)
      .filter((u) => before.has(u))
      .slice(0, 3);
    const saved = new Map(edited.map((u) => [u, readFileSync(join(archive, before.get(u).file))]));
    for (const u of edited) a.bump(a.articleUrls.indexOf(u));
    const second = await kliping('crawl', '--site', a.origin, '--site', b.origin, '--recrawl', ...crawl);
    if (second.code === 2) fail(`recrawl: ${second.stderr}`);
    // A crawl that keeps earlier versions itself writes <slug>.versions/; one that does not yet,
    // gets them here, as it would keep them.
    for (const u of edited) {
      const { file, fetchedAt } = before.get(u);
      const dir = join(archive, file.replace(/\.json$/, '.versions'));
      if (existsSync(dir)) continue;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${fetchedAt ?? new Date().toISOString()}.json`), saved.get(u));
    }
    return archive;
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

async function main() {
  const chromium = findChromium();
  const work = mkdtempSync(join(tmpdir(), 'kliping-e2e-report-'));
  try {
    const archive = await buildArchive(work);
    const report = join(archive, 'report.html');
    const made = await kliping('report', archive, '-o', report);
    if (made.code !== 0) fail(`report: ${made.stderr}`);
    process.stderr.write(made.stderr);

    const profile = join(work, 'chromium-profile');
    const url = pathToFileURL(report).href;
    const dom = spawnSync(chromium.bin, [...chromiumArgs(profile), '--dump-dom', url], { encoding: 'utf8', timeout: 60_000 });
    if (dom.status !== 0) fail(`${chromium.bin} --dump-dom: exit ${dom.status}\n${dom.stderr}`);
    for (const [what, needle] of [
      ['the chart', /<svg class="chart"[^>]*>[\s\S]*<g class="bar"/],
      ['the findings table', /<table class="rules">[\s\S]*<td><a href="#rule-/],
      ['the changed articles', /<article class="change">/],
    ]) {
      if (!needle.test(dom.stdout)) fail(`the browser's DOM has no ${what}`);
    }

    mkdirSync(dirname(SHOT), { recursive: true });
    const shot = spawnSync(chromium.bin, [...chromiumArgs(profile), '--window-size=1280,1700', `--screenshot=${SHOT}`, url], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (shot.status !== 0 || !existsSync(SHOT) || statSync(SHOT).size === 0) fail(`${chromium.bin} --screenshot: exit ${shot.status}\n${shot.stderr}`);
    const size = pngSize(SHOT);
    console.error(`e2e:report: ${chromium.version}: ${SHOT} (${size.width}×${size.height}, ${Math.round(size.bytes / 1024)} KiB)`);
    if (KEEP) console.error(`e2e:report: the archive and its report: ${archive}`);
    console.error(`e2e:report: articles: ${readdirSync(join(archive, 'articles')).join(', ')}`);
  } finally {
    if (!KEEP) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => fail(err?.stack ?? String(err)));
