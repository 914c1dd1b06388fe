/** Runs the built CLI (bin/kliping.js) as users do: a child process, no colour unless asked, stdin given or closed. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = new URL('../..', import.meta.url).pathname;
const bin = join(repoRoot, 'bin/kliping.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  input?: string | Buffer;
  /** Default: the repository root. */
  cwd?: string;
  /** Added to the environment; `undefined` removes a variable (NO_COLOR: undefined, to test colour). */
  env?: Record<string, string | undefined>;
}

export function runKliping(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
