/** `kliping crawl` at work: options checked, the crawler run, its events and summary printed. Loaded when the command runs. */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CrawlEvent, CrawlOptions, CrawlSummary } from '../crawl/index.js';
import { ProgressLine } from '../crawl/progress.js';
import { formatSummary } from '../crawl/summary.js';
import { toJsonLine } from '../export/json.js';
import { sanitizeForTerminal, terminalLine } from '../util/terminal.js';
import { fetchOptionsFrom } from './fetch-options.js';
import { fsReason } from '../sink/fs-errors.js';
import { DataOut, type CliIO } from './io.js';
import type { CrawlCommandOptions } from './crawl.js';
import type { SharedStateSpec } from './crawl-shared.js';
import { isPostgresState, secretsOf } from '../crawl/state/postgres/secrets.js';

function intOption(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''} (got "${value}")`);
  }
  return n;
}

/** A usage error: `kliping: <subject>: <message>`, exit 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly subject = 'crawl',
  ) {
    super(message);
  }
}

export async function runCrawl(urls: string[], options: CrawlCommandOptions, io: CliIO): Promise<number> {
  const { Crawler, StateLockedError, parseDateOption, parseRevisitPolicy } = await import('../crawl/index.js');
  const progress = new ProgressLine(io.stderr, options.progress !== false && io.stderr.isTTY === true);
  const say = (text: string) => progress.line(sanitizeForTerminal(text));
  const problem = (what: string, reason: string) => say(`kliping: ${terminalLine(what)}: ${terminalLine(reason)}`);

  let crawlOptions: CrawlOptions;
  let shared: SharedState | null;
  try {
    shared = sharedState(options, io);
    if (shared && (options.status !== undefined || options.exportManifest)) {
      const { runSharedCommand } = await import('./crawl-shared.js');
      return await runSharedCommand(shared, options, io, problem);
    }
    crawlOptions = buildOptions(urls, options, io, parseDateOption, shared !== null);
    if (options.revisit !== undefined) parseRevisitPolicy(options.revisit);
  } catch (err) {
    if (!(err instanceof Error)) throw err;
    problem(err instanceof UsageError ? err.subject : 'crawl', err.message);
    return 2;
  }

  const stdout = new DataOut(io.stdout);
  if (options.jsonl) {
    // A reader that goes away (| head) ends the records quietly; a failing stdout (a full
    // disk) is one line and exit 2. Either way the archive goes on being written.
    crawlOptions.onRecord = async (record) => {
      try {
        await stdout.write(toJsonLine(record));
      } catch (err) {
        say(`kliping: ${(err as Error).message}; the crawl goes on into ${options.out}`);
      }
    };
  }
  crawlOptions.onEvent = eventPrinter(progress, say, problem, options.verbose === true);

  const crawler = shared
    ? (await import('./crawl-shared.js')).sharedWorker(shared, { ...crawlOptions, crawlName: options.crawlName })
    : new Crawler(crawlOptions);
  const signals = stopOnSignals(crawler, say);
  let summary: CrawlSummary;
  try {
    summary = await crawler.run();
  } catch (err) {
    progress.clear();
    if (err instanceof StateLockedError) {
      problem(crawlOptions.out, err.message);
    } else if (shared && isStateProblem(err)) {
      problem('state', shared.redact(err instanceof Error ? err.message : String(err)));
    } else if (err instanceof InputListError) {
      problem(err.path, err.message);
    } else {
      problem(crawlOptions.out, fsReason(err));
    }
    return 2;
  } finally {
    signals.off();
  }
  progress.clear();
  for (const line of formatSummary(summary)) say(line);
  if (signals.received() === 'SIGINT') return 130;
  if (signals.received() === 'SIGTERM') return 143;
  if (summary.fatal || stdout.error) return 2;
  return summary.exitCode;
}

/** The crawl's events on stderr: problems and notices always, each URL and discovery document with -v. */
function eventPrinter(
  progress: ProgressLine,
  say: (text: string) => void,
  problem: (what: string, reason: string) => void,
  verbose: boolean,
): (event: CrawlEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'problem':
        problem(event.url, event.reason);
        break;
      case 'notice':
        say(`kliping: ${event.message}`);
        break;
      case 'progress':
        progress.update(event.progress);
        break;
      case 'finished':
        if (verbose && event.status !== 'error') {
          say(`kliping: ${event.url}: ${event.status}${event.reason ? ` (${event.reason})` : ''}${event.file ? ` → ${event.file}` : ''}`);
        }
        break;
      case 'discovered':
        if (verbose) say(`kliping: ${event.url}: ${event.note}${event.added ? `, ${event.added} new` : ''}`);
        break;
    }
  };
}

/** Ctrl-C (or SIGTERM) stops taking new URLs; a second one abandons the requests in flight. */
function stopOnSignals(crawler: { stop(): void; abort(): void }, say: (text: string) => void) {
  let signal: 'SIGINT' | 'SIGTERM' | null = null;
  const onSignal = (name: 'SIGINT' | 'SIGTERM') => {
    if (signal === null) {
      signal = name;
      say('kliping: stopping: finishing the requests in flight (press Ctrl-C again to abandon them)');
      crawler.stop();
    } else {
      say('kliping: stopping now');
      crawler.abort();
    }
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    received: () => signal,
    off: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

/** A shared (PostgreSQL) crawl state from --state or KLIPING_STATE; null for the embedded SQLite one. */
type SharedState = SharedStateSpec;

function sharedState(options: CrawlCommandOptions, io: CliIO): SharedState | null {
  const spec = options.state ?? io.env.KLIPING_STATE;
  const stateOnly = options.status !== undefined || options.exportManifest || options.crawlName !== undefined;
  if (spec === undefined || spec === '' || spec === 'sqlite') {
    if (stateOnly) throw new UsageError('--status, --export-manifest and --crawl-name need a shared state: --state postgres://… (or KLIPING_STATE)');
    return null;
  }
  if (!isPostgresState(spec)) throw new UsageError('--state must be a postgres:// or postgresql:// connection string (or "sqlite", the default)');
  if (options.recrawl || options.revisit !== undefined) throw new UsageError('--recrawl and --revisit are not yet done with a shared (PostgreSQL) state');
  if (!options.out) throw new UsageError('--out ARCHIVE is required (the archive folder every worker shares)');
  const leaseMs = intOption(options.lease, '--lease', 100);
  const secrets = [...secretsOf(spec), io.env.PGPASSWORD ?? ''].filter((s) => s.length > 0);
  return {
    url: spec,
    leaseMs,
    redact: (text) => secrets.reduce((t, secret) => t.split(secret).join('***'), text),
  };
}

/** An error of the database (the pg client's, or ours about it), not of the archive. */
function isStateProblem(err: unknown): boolean {
  const e = err as { name?: string; code?: unknown; severity?: unknown };
  return e?.name === 'StateUnavailableError' || typeof e?.severity === 'string' || (typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code));
}

function buildOptions(
  urls: string[],
  options: CrawlCommandOptions,
  io: CliIO,
  parseDateOption: (value: string) => string | null,
  shared = false,
): CrawlOptions {
  if (!options.out) throw new UsageError('--out ARCHIVE is required (the archive folder)');
  let outIsDir = true;
  try {
    outIsDir = statSync(options.out).isDirectory();
  } catch {
    // created by the crawl
  }
  if (!outIsDir) throw new UsageError('not a directory', options.out);
  const since = options.since === undefined ? null : parseDateOption(options.since);
  if (options.since !== undefined && !since) throw new UsageError(`--since must be a date like 2024-10-01 (got "${options.since}")`);
  const until = options.until === undefined ? null : parseDateOption(options.until);
  if (options.until !== undefined && !until) throw new UsageError(`--until must be a date like 2024-10-31 (got "${options.until}")`);
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  if (options.contact !== undefined && !/^[\x21-\x7e][\x20-\x7e]*$/.test(options.contact)) {
    throw new UsageError('--contact must be printable ASCII (an e-mail address or a URL)');
  }
  if (options.recrawl && options.retryFailed) throw new UsageError('--recrawl already fetches every URL again; --retry-failed is not needed with it');
  if (options.recrawl && options.revisit !== undefined) throw new UsageError('--recrawl checks every article; --revisit only those due: give one');
  for (const u of urls) {
    if (!/^https?:\/\//i.test(u)) throw new UsageError('not an http(s) URL (use --input for a file of URLs)', u);
  }

  if (options.input !== undefined && options.input !== '-') {
    let isDir: boolean;
    try {
      isDir = statSync(options.input).isDirectory();
    } catch (err) {
      throw new UsageError(fsReason(err), options.input);
    }
    if (isDir) throw new UsageError('is a directory', options.input);
  }

  const sources: AsyncIterable<string>[] = [];
  if (urls.length) sources.push(fromArray(urls));
  if (options.input !== undefined) sources.push(options.input === '-' ? lines(io.stdin) : fileLines(options.input));
  const nothingElse = urls.length === 0 && options.input === undefined && options.site.length === 0;
  if (nothingElse) {
    // A worker of a shared crawl may join with nothing of its own: it works on the frontier in the database.
    if ((io.stdin as Readable & { isTTY?: boolean }).isTTY && !shared) {
      throw new UsageError('nothing to crawl: give --site URL, --input FILE, URLs, or a list on stdin');
    }
    if (!(io.stdin as Readable & { isTTY?: boolean }).isTTY) sources.push(lines(io.stdin));
  }

  const fetch = fetchOptionsFrom(options);
  return {
    out: options.out,
    sites: options.site,
    urls: sources.length ? concat(sources) : undefined,
    format: options.format,
    since,
    until,
    concurrency: intOption(options.concurrency, '--concurrency', 1),
    perHost: intOption(options.perHost, '--per-host', 1),
    delayMs: intOption(options.delay, '--delay', 0),
    robots: options.robots,
    userAgent: fetch.userAgent,
    contact: options.contact,
    fetch: {
      deadlineMs: fetch.deadlineMs,
      headersTimeoutMs: fetch.headersTimeoutMs,
      bodyTimeoutMs: fetch.bodyTimeoutMs,
      connectTimeoutMs: fetch.headersTimeoutMs !== undefined ? Math.min(10_000, fetch.headersTimeoutMs) : undefined,
      maxBytes: fetch.maxBytes,
      retries: intOption(options.retries, '--retries', 0),
      maxRedirects: intOption(options.maxRedirects, '--max-redirects', 0),
    },
    jobs: intOption(options.jobs, '--jobs', 1),
    zone: options.zone ?? null,
    warc: options.warc === true,
    recrawl: options.recrawl === true,
    revisit: options.revisit,
    rediscover: options.rediscover === true,
    retryFailed: options.retryFailed === true,
  };
}

async function* fromArray(items: string[]): AsyncGenerator<string> {
  yield* items;
}

async function* lines(stream: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

async function* fileLines(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path);
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (err) {
    throw new InputListError(path, fsReason(err));
  }
  yield* lines(stream);
}

export class InputListError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

async function* concat(sources: AsyncIterable<string>[]): AsyncGenerator<string> {
  for (const s of sources) yield* s;
}
