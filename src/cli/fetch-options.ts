/** Network options shared by the commands that fetch, checked when they are read. */
import { InvalidArgumentError, type Command } from 'commander';
import type { FetchOptions } from '../fetch/index.js';

export interface FetchCliOptions {
  timeout?: number | string;
  maxSize?: number | string;
  userAgent?: string;
}

/** A number above zero ("1.5"), or a usage error naming what was given. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number above 0');
  return n;
}

/** A whole number from `min` up ("2"), or a usage error. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`);
    }
    return n;
  };
}

export function addFetchOptions(cmd: Command): Command {
  return cmd
    .option('--timeout <seconds>', 'give up on a page after this many seconds', positiveNumber, 60)
    .option('--max-size <MiB>', 'refuse pages larger than this (after decompression)', positiveNumber, 10)
    .option('--user-agent <ua>', 'User-Agent header (default names kliping and its version)');
}

export function fetchOptionsFrom(options: FetchCliOptions): FetchOptions {
  const out: FetchOptions = {};
  const timeout = Number(options.timeout);
  if (Number.isFinite(timeout) && timeout > 0) {
    out.deadlineMs = timeout * 1000;
    out.headersTimeoutMs = Math.min(15_000, timeout * 1000);
    out.bodyTimeoutMs = Math.min(15_000, timeout * 1000);
  }
  const size = Number(options.maxSize);
  if (Number.isFinite(size) && size > 0) out.maxBytes = Math.max(1, Math.floor(size * 1024 * 1024));
  if (options.userAgent) out.userAgent = options.userAgent;
  return out;
}
