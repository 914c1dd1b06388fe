/**
 * Revisions end to end, with the built CLI (bin/kliping.js, after `npm run build`): a
 * re-crawl killed with SIGKILL in the middle and run again loses no version, and keeps none
 * twice; `--revisit` is checked before anything runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { versionsDirOf } from '../src/diff/versions.js';
import { startFakeSite, type FakeSite } from './helpers/fake-wp-site.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/kliping.js');
const sites: FakeSite[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(sites.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kliping-revisions-cli-'));
  dirs.push(d);
  return d;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  child.stdin?.end();
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const run = (args: string[]) => start(args).done;

interface Line {
  url: string;
  status: string;
  file: string | null;
  previousVersion?: string;
}

/** The manifest's complete lines (one being written by a running crawl is left out). */
function lines(dir: string): Line[] {
  const p = join(dir, 'manifest.jsonl');
  if (!existsSync(p)) return [];
  const text = readFileSync(p, 'utf8');
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('kliping crawl --recrawl: killed and resumed', () => {
  it('after kill -9 during the re-crawl and a rerun, every edited article has both versions, once, and the others none', async () => {
    const s = await startFakeSite({ articles: 120, perSitemap: 50, validators: false });
    sites.push(s);
    const out = tmp();
    const args = ['crawl', '--site', s.origin, '--out', out, '--delay', '0'];
    const first = await run(args);
    expect(first.code).toBe(0);
    const before = lines(out);
    expect(before).toHaveLength(120);
    const originals = new Map(before.map((l) => [l.url, readFileSync(join(out, l.file as string), 'utf8')]));

    // Two thirds of the articles edited: their pages are fetched again (slowly), the others known unchanged at once.
    const edited = new Set<string>();
    s.articles.forEach((a, i) => {
      if (i % 3 === 0) return;
      s.edit(i, a.editable.text ? 'text' : 'headline');
      edited.add(a.url);
    });
    s.setArticleAnswerMs(15);
    const killed = start([...args, '--recrawl']);
    await until(() => lines(out).length >= 120 + 30);
    killed.child.kill('SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    const done = lines(out).length - 120;
    expect(done).toBeLessThan(120);

    s.setArticleAnswerMs(0);
    const again = await run([...args, '--recrawl']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/finishing pass 2 first/);

    const second = lines(out).slice(120);
    expect(second).toHaveLength(120); // one line per URL over the two runs of pass 2
    expect(new Set(second.map((l) => l.url)).size).toBe(120);
    for (const l of second) {
      const file = l.file as string;
      const versions = join(out, versionsDirOf(file));
      if (!edited.has(l.url)) {
        expect(l.status).toBe('unchanged');
        expect(existsSync(versions)).toBe(false);
        expect(readFileSync(join(out, file), 'utf8')).toBe(originals.get(l.url));
        continue;
      }
      expect(l.status).toBe('changed');
      // One version (a temporary file a killed write left, ".<name>.kliping-tmp-…", is no version).
      const names = readdirSync(versions);
      expect(names.filter((n) => !/^\..*\.kliping-tmp-[0-9a-f]+$/.test(n))).toHaveLength(1);
      expect(readFileSync(join(out, l.previousVersion as string), 'utf8')).toBe(originals.get(l.url));
      expect(readFileSync(join(out, file), 'utf8')).not.toBe(originals.get(l.url));
    }
    expect(again.stderr).toMatch(/changed\s+80/);
    // Four crawls of one site: the timeout guards against a hang, it does not time the crawl.
  }, 180_000);

  it('refuses a bad --revisit policy, and --revisit with --recrawl, before anything runs', async () => {
    const out = tmp();
    const bad = await run(['crawl', '--out', out, '--revisit', '7d', 'http://127.0.0.1:9/a/']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('kliping: crawl: --revisit: "7d" is not AGE:EVERY (e.g. 7d:1d; units m, h, d, w; AGE may be *)');
    const both = await run(['crawl', '--out', out, '--revisit', '7d:1d', '--recrawl']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--recrawl checks every article; --revisit only those due/);
    expect(existsSync(join(out, 'manifest.jsonl'))).toBe(false);
  });
});
