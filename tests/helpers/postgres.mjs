/**
 * A throwaway PostgreSQL server for tests and benches: initdb in a temp folder, started with
 * pg_ctl on 127.0.0.1 (a free port) and a unix socket in that folder, fsync off; stopped and
 * deleted by stop(). The server binaries are Debian's (`postgresql` package, found under
 * /usr/lib/postgresql/<version>/bin) or any on PATH, or KLIPING_PG_BIN. As root, the server
 * runs as the `postgres` user (PostgreSQL refuses to run as root).
 *
 *   const pg = await startPostgres();   // null when no server binaries are on this machine
 *   pg.url                               // postgres://kliping:secret-pw@127.0.0.1:PORT/kliping
 *   await pg.stop();
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder holding initdb and pg_ctl, or null. */
export function postgresBin() {
  const candidates = [];
  if (process.env.KLIPING_PG_BIN) candidates.push(process.env.KLIPING_PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join(debian, v, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.push(dir);
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'postgres'))) ?? null;
}

/**
 * Why no server can be started here (for a skip message), or null when one can. With
 * KLIPING_REQUIRE_POSTGRES set (CI sets it), a missing server is an error, never a skip.
 */
export function postgresUnavailable() {
  let why = null;
  if (!postgresBin()) why = 'no PostgreSQL server binaries (apt-get install postgresql, or set KLIPING_PG_BIN)';
  else if (process.getuid?.() === 0 && spawnSync('id', ['postgres']).status !== 0) why = 'running as root and there is no postgres user to run the server';
  if (why && process.env.KLIPING_REQUIRE_POSTGRES) throw new Error(`KLIPING_REQUIRE_POSTGRES is set, but ${why}`);
  return why;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function startPostgres({ password = 'secret-pw', user = 'kliping', database = 'kliping' } = {}) {
  const bin = postgresBin();
  if (!bin) return null;
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'kliping-pg-'));
  const data = join(dir, 'data');
  const run = (cmd, args) => {
    const full = join(bin, cmd);
    const env = { ...process.env, PGPASSWORD: password };
    const out = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8', env })
      : spawnSync(full, args, { encoding: 'utf8', env });
    if (out.status !== 0) throw new Error(`${cmd} failed: ${out.stderr || out.stdout}`);
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (asRoot) chownSync(pwfile, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), 0);
  run('initdb', ['-D', data, '-U', user, '--pwfile', pwfile, '-A', 'scram-sha-256', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '120', 'start']);
  const base = `postgres://${user}:${password}@127.0.0.1:${port}`;
  // One database per test file's need: the default one, made here.
  run('createdb', ['-h', dir, '-p', String(port), '-U', user, database]);
  let stopped = false;
  /** Stop the server (at once: nothing in it is kept) and delete its folder; once. */
  const halt = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test process that ends without stop() (a failed assertion in a hook, Ctrl-C) takes its server with it.
  const stopOnExit = () => {
    try {
      halt();
    } catch {
      // already gone
    }
  };
  process.once('exit', stopOnExit);
  return {
    url: `${base}/${database}`,
    port,
    user,
    password,
    database,
    socketDir: dir,
    /** A new empty database on this server; returns its URL. */
    createDatabase(name) {
      run('createdb', ['-h', dir, '-p', String(port), '-U', user, name]);
      return `${base}/${name}`;
    },
    async stop() {
      process.off('exit', stopOnExit);
      halt();
    },
  };
}
