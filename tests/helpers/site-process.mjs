/**
 * The fake WordPress site (fake-wp-site.mjs) in a process of its own: its request log is then
 * timed by an event loop that serves requests and nothing else (in the test's own process,
 * the test's polling and database client would make its timestamps late).
 *
 *   const site = await startSiteProcess({ articles: 260, label: 'A' });
 *   site.origin, site.articleUrls
 *   const log = await site.stop();   // [{ path, at, endedAt }]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./fake-wp-site.mjs', import.meta.url));

export async function startSiteProcess({ articles = 100, label, gzipEvery = 0, log = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kliping-site-'));
  const urlsFile = join(dir, 'urls.txt');
  const logFile = join(dir, 'log.json');
  const args = [script, '--articles', String(articles), '--gzip-every', String(gzipEvery), '--urls-file', urlsFile];
  if (label) args.push('--label', label);
  if (log) args.push('--log-file', logFile);
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const origin = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(JSON.parse(buf.split('\n')[0]).origin);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the fake site exited (${code})`)));
  });
  const articleUrls = readFileSync(urlsFile, 'utf8').split('\n').filter(Boolean);
  return {
    origin,
    articleUrls,
    /** Stop the site; its request log (empty without `log`). */
    async stop() {
      child.stdin.end();
      await exited;
      try {
        return log ? JSON.parse(readFileSync(logFile, 'utf8')) : [];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
