/**
 * Where the output goes. A reader that goes away (`| head -n 1`: EPIPE) ends the output
 * quietly with the status the run would have had; an output that cannot be written (a
 * read-only folder, a path under a file, /proc, a full disk) is one clear line and exit 2,
 * and whatever the output file held before is left as it was; a device or a named pipe
 * given as -o is written to, never replaced by a file.
 */
import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { startFakeSite, type FakeSite } from './helpers/fake-wp-site.mjs';

// ENOSPC for the in-process runs below: writes into kliping's temporary files fail.
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
let failWrites = false;
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (!failWrites || !String(args[0]).includes('.kliping-tmp-')) return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writeFile' || prop === 'write') return async () => Promise.reject(enospc());
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
});
const { main } = await import('../src/cli/main.js');
const { extract } = await import('../src/index.js');
const { toJsonLine } = await import('../src/export/json.js');

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/kliping.js');
const SEED = join(root, 'fixtures/katajari-seed-anjangsana.html');
const FIXTURES = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(root, 'fixtures', f));
const STACK = /\n\s+at |Error:|node:internal/;

const dirs: string[] = [];
const sites: FakeSite[] = [];
afterAll(async () => {
  await Promise.all(sites.map((s) => s.close()));
  for (const d of dirs) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // gone
    }
    rmSync(d, { recursive: true, force: true });
  }
});
afterEach(() => {
  failWrites = false;
});

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kliping-out-'));
  dirs.push(d);
  return d;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run kliping; with `closeAfterFirstLine`, read stdout up to its first line and then close it (as `head -n 1` does). */
function run(args: string[], options: { closeAfterFirstLine?: boolean; stdout?: number; input?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const stdio: StdioOptions = ['pipe', options.stdout ?? 'pipe', 'pipe'];
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d;
      if (options.closeAfterFirstLine && stdout.includes('\n')) child.stdout?.destroy();
    });
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin?.end(options.input ?? '');
  });
}

const lines = (s: string) => s.split('\n').filter(Boolean);

/** A folder kliping cannot create files in: a chmod 555 folder, or (as root, whom modes do not stop) /sys. */
function unwritableDir(): { path: string; holdsFiles: boolean } | null {
  const d = tmp();
  writeFileSync(join(d, 'lama.json'), 'lama\n');
  chmodSync(d, 0o555);
  try {
    writeFileSync(join(d, 'probe'), '');
  } catch {
    return { path: d, holdsFiles: true };
  }
  try {
    writeFileSync('/sys/kliping-probe', '');
  } catch {
    return existsSync('/sys') ? { path: '/sys', holdsFiles: false } : null;
  }
  return null;
}

describe('a reader that goes away (EPIPE)', () => {
  it('extract -f jsonl over many inputs | head -n 1: status 0, nothing on stderr', async () => {
    const inputs = Array.from({ length: 40 }, () => FIXTURES).flat();
    // The whole output is far more than a pipe holds: the writes after the close do meet EPIPE.
    const full = FIXTURES.reduce((n, f) => n + toJsonLine(extract(readFileSync(f), { source: f, lint: false })).length, 0) * 40;
    expect(full).toBeGreaterThan(2 * 1024 * 1024);
    const r = await run(['extract', '-f', 'jsonl', ...inputs], { closeAfterFirstLine: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]).schemaVersion).toBe(1);
    expect(r.stdout.length).toBeLessThan(full);
  });

  it('lint with megabytes of findings | head -n 1: the status of the findings, nothing on stderr', async () => {
    const d = tmp();
    const draft = join(d, 'panjang.md');
    // 22/10/2024 was a Selasa: every line is a weekday-mismatch.
    writeFileSync(
      draft,
      `# Jadwal\n\n${Array.from({ length: 4000 }, (_, i) => `Rapat ke-${i} digelar Senin (22/10/2024) di aula kantor bupati.`).join('\n\n')}\n`,
    );
    const asInfo = await run(['lint', draft, '--rule', 'weekday-mismatch=info'], { closeAfterFirstLine: true });
    expect(asInfo.stderr).toBe('');
    expect(asInfo.code).toBe(0);
    expect(asInfo.stdout.length).toBeLessThan(1024 * 1024);
    const asError = await run(['lint', draft], { closeAfterFirstLine: true });
    expect(asError.stderr).toBe('');
    expect(asError.code).toBe(1); // the findings' verdict, not a crash
  });

  it('crawl --jsonl | head -n 1: status 0, the summary and no stack trace on stderr, and the archive finished', async () => {
    const s = await startFakeSite({ articles: 40, record: false });
    sites.push(s);
    const out = tmp();
    const r = await run(['crawl', '--out', out, '--jsonl', '--delay', '0', '--per-host', '4', ...s.articleUrls], { closeAfterFirstLine: true });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]).schemaVersion).toBe(1);
    const manifest = lines(readFileSync(join(out, 'manifest.jsonl'), 'utf8')).map((l) => JSON.parse(l) as { status: string });
    expect(manifest.filter((m) => m.status === 'ok')).toHaveLength(40);
  });
});

describe('help and --version into a reader that went away', () => {
  // A stdout whose every write meets EPIPE, as `kliping --help | head -0` gives.
  const closedPipe = () =>
    new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });

  for (const args of [['--help'], ['--version'], ['extract', '--help'], ['crawl', '--help']]) {
    it(`kliping ${args.join(' ')}: status 0, nothing on stderr, no uncaught error`, async () => {
      let stderr = '';
      const stderrSink = new Writable({
        write(chunk, _enc, cb) {
          stderr += String(chunk);
          cb();
        },
      });
      const io = { stdout: closedPipe(), stderr: stderrSink, stdin: new PassThrough(), env: { NO_COLOR: '1' } };
      expect(await main(['node', 'kliping', ...args], io)).toBe(0);
      await new Promise((r) => setImmediate(r)); // let a stray 'error' event surface, were there one
      expect(stderr).toBe('');
    });
  }
});

describe('an output that cannot be written: one line, exit 2, nothing lost', () => {
  const blocked = unwritableDir();

  it.runIf(blocked)('-o into a read-only folder', async () => {
    const target = join(blocked!.path, 'lama.json');
    const r = await run(['extract', SEED, '-o', target]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kliping: ${target}: permission denied`]);
    expect(r.stdout).toBe('');
    if (blocked!.holdsFiles) {
      expect(readFileSync(target, 'utf8')).toBe('lama\n');
      expect(readdirSync(blocked!.path)).toEqual(['lama.json']);
    }
  });

  it('-o under a path that is a file', async () => {
    const d = tmp();
    writeFileSync(join(d, 'berkas'), 'lama\n');
    const target = join(d, 'berkas', 'out.json');
    const r = await run(['extract', SEED, '-o', target]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kliping: ${target}: a part of the path is not a directory`]);
    expect(readFileSync(join(d, 'berkas'), 'utf8')).toBe('lama\n');
  });

  it.runIf(existsSync('/proc/self'))('-o into /proc (a folder that exists but takes no files)', async () => {
    const r = await run(['extract', SEED, '-o', '/proc/kliping-out.json']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kliping: /proc/kliping-out.json: cannot create files in /proc']);
  });

  it('-o naming a folder', async () => {
    const d = tmp();
    const r = await run(['extract', SEED, '-o', d]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kliping: ${d}: is a directory`]);
    expect(readdirSync(d)).toEqual([]);
  });

  it('--out-dir into a read-only folder, under a file, into /proc', async () => {
    const d = tmp();
    writeFileSync(join(d, 'berkas'), 'lama\n');
    const cases: [string, string][] = [[join(d, 'berkas', 'arsip'), 'a part of the path is not a directory']];
    if (blocked) cases.push([join(blocked.path, 'arsip'), 'permission denied']);
    if (existsSync('/proc/self')) cases.push(['/proc/kliping-arsip', 'cannot create folders in /proc'], ['/proc', 'cannot create files in /proc']);
    for (const [dir, reason] of cases) {
      const r = await run(['extract', SEED, '--out-dir', dir]);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toEqual([`kliping: ${dir}: ${reason}`]);
    }
    if (blocked?.holdsFiles) expect(readdirSync(blocked.path)).toEqual(['lama.json']);
  });

  it('crawl --out into a read-only folder, under a file, into /proc', async () => {
    const d = tmp();
    writeFileSync(join(d, 'berkas'), 'lama\n');
    const cases: [string, string][] = [[join(d, 'berkas', 'arsip'), 'a part of the path is not a directory']];
    if (blocked) cases.push([join(blocked.path, 'arsip'), 'permission denied']);
    if (existsSync('/proc/self'))
      cases.push(['/proc/kliping-arsip', 'cannot create folders in /proc'], ['/proc', 'cannot create or open state.sqlite in /proc']);
    for (const [dir, reason] of cases) {
      const r = await run(['crawl', '--out', dir, 'http://127.0.0.1:9/artikel/']);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toEqual([`kliping: ${dir}: ${reason}`]);
    }
  });
});

describe('a full disk', () => {
  function io(stdin = '') {
    let stdout = '';
    let stderr = '';
    const sink = (add: (s: string) => void) =>
      new Writable({
        write(chunk, _enc, cb) {
          add(String(chunk));
          cb();
        },
      });
    const input = new PassThrough();
    input.end(stdin);
    return {
      io: { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), stdin: input, env: { NO_COLOR: '1' } },
      out: () => ({ stdout, stderr }),
    };
  }

  it('-o: ENOSPC while writing leaves the old file as it was and no temporary file; one line, exit 2', async () => {
    const d = tmp();
    const target = join(d, 'artikel.json');
    writeFileSync(target, 'lama\n');
    failWrites = true;
    const { io: cli, out } = io();
    const code = await main(['node', 'kliping', 'extract', SEED, '-o', target], cli);
    expect(code).toBe(2);
    expect(lines(out().stderr)).toEqual([`kliping: ${target}: no space left on the device`]);
    expect(readFileSync(target, 'utf8')).toBe('lama\n');
    expect(readdirSync(d)).toEqual(['artikel.json']);
  });

  it('-o -f jsonl over several inputs: ENOSPC never replaces the old file with a partial one', async () => {
    const d = tmp();
    const target = join(d, 'semua.jsonl');
    writeFileSync(target, '{"lama":true}\n');
    failWrites = true;
    const { io: cli, out } = io();
    const code = await main(['node', 'kliping', 'extract', '-f', 'jsonl', SEED, ...FIXTURES.slice(0, 3), '-o', target], cli);
    expect(code).toBe(2);
    // The first failed write ends the run: one line, not one per input.
    expect(lines(out().stderr)).toEqual([`kliping: ${target}: no space left on the device`]);
    expect(out().stderr).not.toMatch(STACK);
    expect(readFileSync(target, 'utf8')).toBe('{"lama":true}\n');
    expect(readdirSync(d)).toEqual(['semua.jsonl']);
  });

  it('--out-dir: ENOSPC leaves the articles already there intact and no temporary file; exit 2', async () => {
    const d = tmp();
    const { io: first } = io();
    expect(await main(['node', 'kliping', 'extract', SEED, '--out-dir', d], first)).toBe(0);
    const [name] = readdirSync(d);
    const before = readFileSync(join(d, name), 'utf8');
    writeFileSync(join(d, name), before.replace('"schemaVersion": 1', '"schemaVersion": 1 ')); // so that rewriting it is a real write
    const kept = readFileSync(join(d, name), 'utf8');
    failWrites = true;
    const { io: cli, out } = io();
    const code = await main(['node', 'kliping', 'extract', SEED, '--out-dir', d], cli);
    expect(code).toBe(2);
    expect(lines(out().stderr)).toEqual([`kliping: ${d}: no space left on the device`]);
    expect(readdirSync(d)).toEqual([name]);
    expect(readFileSync(join(d, name), 'utf8')).toBe(kept);
  });

  /**
   * A device node of our own that behaves as /dev/full (char 1,7), where the system lets us
   * make one (root, Linux): should kliping ever replace its -o target, only this one is lost.
   */
  function privateFullDevice(): string | null {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
    const full = join(tmp(), 'full');
    return spawnSync('mknod', ['-m', '666', full, 'c', '1', '7']).status === 0 ? full : null;
  }
  const full = privateFullDevice();

  it.runIf(full)('-o onto a full device (a private /dev/full): one line, exit 2, the device left a device', async () => {
    const d = join(full!, '..');
    for (const format of ['json', 'jsonl']) {
      const r = await run(['extract', '-f', format, SEED, '-o', full!]);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toEqual([`kliping: ${full}: no space left on the device`]);
      expect(r.stderr).not.toMatch(STACK);
      expect(statSync(full!).isCharacterDevice()).toBe(true);
    }
    expect(readdirSync(d)).toEqual(['full']);
  });

  it.runIf(process.platform !== 'win32')('-o onto a named pipe: written through it, the pipe left a pipe', async () => {
    const d = tmp();
    const fifo = join(d, 'pipa');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c) => (got += c));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    let r: Run;
    try {
      r = await run(['extract', '-f', 'jsonl', SEED, '-o', fifo]);
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    } finally {
      reader.kill(); // should the pipe have been replaced, the reader would wait for ever
    }
    expect(r.code).toBe(0);
    expect(JSON.parse(got).headline).toBe('DKISP Kabupaten Banjar Anjangsana ke Surakarta');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(d)).toEqual(['pipa']);
  });

  describe.runIf(existsSync('/dev/full'))('stdout on a full disk (> /dev/full): one line, exit 2, no stack trace', () => {
    let fd: number;
    const withFull = async (args: string[]) => {
      fd = openSync('/dev/full', 'w');
      try {
        return await run(args, { stdout: fd });
      } finally {
        closeSync(fd);
      }
    };

    it('extract (json, jsonl)', async () => {
      const json = await withFull(['extract', SEED]);
      expect(json.code).toBe(2);
      expect(lines(json.stderr)).toEqual(['kliping: stdout: writing to stdout failed: no space left on the device']);
      const jsonl = await withFull(['extract', '-f', 'jsonl', SEED, SEED]);
      expect(jsonl.code).toBe(2);
      // The output is what failed, so the line names it, once; the second input is not tried.
      expect(lines(jsonl.stderr)).toEqual(['kliping: stdout: writing to stdout failed: no space left on the device']);
    });

    it('lint', async () => {
      const r = await withFull(['lint', SEED]);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toEqual(['kliping: writing to stdout failed: no space left on the device']);
    });

    it('crawl --jsonl: one line, the archive still finished, exit 2', async () => {
      const s = await startFakeSite({ articles: 3, record: false });
      sites.push(s);
      const out = tmp();
      const r = await withFull(['crawl', '--out', out, '--jsonl', '--delay', '0', ...s.articleUrls]);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(STACK);
      expect(lines(r.stderr).filter((l) => l.includes('stdout'))).toEqual([
        `kliping: writing to stdout failed: no space left on the device; the crawl goes on into ${out}`,
      ]);
      expect(lines(readFileSync(join(out, 'manifest.jsonl'), 'utf8'))).toHaveLength(3);
    });
  });
});
