/** `kliping crawl`: sites or URL lists → an archive folder (see src/crawl/). */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Command, Option } from 'commander';
import { zoneOption } from './zone.js';
import type { Zone } from '../dates/index.js';
// The crawl machinery (SQLite, WARC) loads only when a crawl runs, not with every command.
import type { CrawlEvent, CrawlOptions, CrawlSummary } from '../crawl/index.js';
import { ProgressLine } from '../crawl/progress.js';
import { formatSummary } from '../crawl/summary.js';
import { toJsonLine } from '../export/json.js';
import { sanitizeForTerminal, terminalLine } from '../util/terminal.js';
import { addFetchOptions, fetchOptionsFrom, type FetchCliOptions } from './fetch-options.js';
import { fsReason } from '../sink/fs-errors.js';
import { DataOut, type CliIO } from './io.js';

export interface CrawlCommandOptions extends FetchCliOptions {
  site: string[];
  input?: string;
  out?: string;
  format: 'json' | 'md';
  jsonl?: boolean;
  since?: string;
  until?: string;
  concurrency: string;
  perHost: string;
  delay: string;
  robots: boolean;
  contact?: string;
  retries: string;
  maxRedirects: string;
  jobs: string;
  zone?: Zone;
  warc?: boolean;
  recrawl?: boolean;
  rediscover?: boolean;
  retryFailed?: boolean;
  progress: boolean;
  verbose?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function crawlCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('crawl')
    .description('crawl whole sites or URL lists into an archive folder: polite, resumable, one record per article')
    .argument('[urls...]', 'article URLs to crawl (besides --input and --site)')
    .option('--site <url>', 'discover and crawl the articles of a site (sitemaps, feed, REST API); repeatable', collect, [])
    .option('-i, --input <file>', 'a file of article URLs, one per line ("-" for stdin; stdin is read when nothing else is given)')
    .option('-o, --out <dir>', 'the archive folder (required): articles/, manifest.jsonl, state.sqlite, warc/')
    .addOption(new Option('-f, --format <format>', 'article files: json, or md (Markdown beside the JSON)').choices(['json', 'md']).default('json'))
    .option('--jsonl', 'also stream each new article record to stdout as JSON Lines')
    .option('--since <date>', 'only articles published on or after DATE (YYYY-MM-DD)')
    .option('--until <date>', 'only articles published on or before DATE (YYYY-MM-DD)')
    .option('--concurrency <n>', 'requests in flight over all hosts', '8')
    .option('--per-host <n>', 'requests in flight per host', '1')
    .option('--delay <ms>', "least time between two requests to one host, in ms (raised to the host's Crawl-delay)", '1000')
    .option('--no-robots', 'do not read robots.txt (its rules, Crawl-delay and Sitemap lines are then ignored)')
    .option('--contact <email-or-url>', 'how site owners can reach you, added to the User-Agent')
    .option('--retries <n>', 'retries of a request after a network error, a timeout or a 5xx', '2')
    .option('--max-redirects <n>', 'redirects followed per URL', '5')
    .option('--jobs <n>', 'extract on N worker threads (1: on the main thread)', '1')
    .addOption(zoneOption())
    .option('--warc', 'also write the raw requests and responses as WARC 1.1 (gzip per record) into ARCHIVE/warc/')
    .option('--recrawl', 'fetch every URL of the archive again, with conditional requests (a 304 is recorded as not-modified)')
    .option('--rediscover', 'read the sitemaps, feed and REST API again, for articles published since')
    .option('--retry-failed', 'fetch again the URLs that ended in an error')
    .option('--no-progress', 'no progress line (it is shown only on a terminal anyway)')
    .option('-v, --verbose', 'a line on stderr for every URL finished and every discovery document read');
  addFetchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ kliping crawl --site https://katajari.com --out arsip/
  $ kliping crawl --site katajari.com --since 2024-10-01 --out arsip/ --warc
  $ kliping crawl --input urls.txt --out arsip/ --format md
  $ cat urls.txt | kliping crawl --out arsip/ --jsonl > articles.jsonl

Run the same command again after Ctrl-C or a crash: it finishes the job, with no article
lost, none duplicated and no finished URL fetched again.

Exit status: 0 every URL ended ok or was skipped by rule (robots.txt, --since/--until,
duplicate, not modified), 1 some failed or are left to do, 2 usage error or the archive
cannot be written, 130 interrupted.`,
  );
  cmd.action(async (urls: string[], options: CrawlCommandOptions) => {
    setExit(await runCrawl(urls, options, io));
  });
  return cmd;
}

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
  const { Crawler, StateLockedError, parseDateOption } = await import('../crawl/index.js');
  const progress = new ProgressLine(io.stderr, options.progress !== false && io.stderr.isTTY === true);
  const say = (text: string) => progress.line(sanitizeForTerminal(text));
  const problem = (what: string, reason: string) => say(`kliping: ${terminalLine(what)}: ${terminalLine(reason)}`);

  let crawlOptions: CrawlOptions;
  try {
    crawlOptions = buildOptions(urls, options, io, parseDateOption);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    problem(err.subject, err.message);
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

  const crawler = new Crawler(crawlOptions);
  const signals = stopOnSignals(crawler, say);
  let summary: CrawlSummary;
  try {
    summary = await crawler.run();
  } catch (err) {
    progress.clear();
    if (err instanceof StateLockedError) {
      problem(crawlOptions.out, err.message);
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

function buildOptions(
  urls: string[],
  options: CrawlCommandOptions,
  io: CliIO,
  parseDateOption: (value: string) => string | null,
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
  for (const u of urls) {
    if (!/^https?:\/\//i.test(u)) throw new UsageError('not an http(s) URL (use --input for a file of URLs)', u);
  }

  if (options.input !== undefined && options.input !== '-') {
    let isDir = false;
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
    if ((io.stdin as Readable & { isTTY?: boolean }).isTTY) {
      throw new UsageError('nothing to crawl: give --site URL, --input FILE, URLs, or a list on stdin');
    }
    sources.push(lines(io.stdin));
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

