/** Network options shared by the commands that fetch. */
import type { Command } from 'commander';
import type { FetchOptions } from '../fetch/index.js';

export interface FetchCliOptions {
  timeout?: string;
  maxSize?: string;
  userAgent?: string;
}

export function addFetchOptions(cmd: Command): Command {
  return cmd
    .option('--timeout <seconds>', 'give up on a page after this many seconds', '60')
    .option('--max-size <MiB>', 'refuse pages larger than this (after decompression)', '10')
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
  if (Number.isFinite(size) && size > 0) out.maxBytes = Math.floor(size * 1024 * 1024);
  if (options.userAgent) out.userAgent = options.userAgent;
  return out;
}
