/** `kliping extract`: inputs → article records → JSON, JSON Lines, Markdown or text. */
import { Command, Option } from 'commander';
import { extract } from '../pipeline.js';
import { ExtractPool } from '../parallel/pool.js';
import type { ArticleRecord } from '../record.js';
import { toJson, toJsonLine } from '../export/json.js';
import { toMarkdown } from '../export/markdown.js';
import { toText } from '../export/text.js';
import { OutDir } from '../sink/out-dir.js';
import { AtomicStream } from '../sink/atomic.js';
import { InputError, isWarcFile, loadInput, loadWarcInputs, type LoadedInput } from './inputs.js';
import { fsReason } from '../sink/fs-errors.js';
import { DataOut, Log, readAll, type CliIO } from './io.js';
import { fetchOptionsFrom, addFetchOptions } from './fetch-options.js';
import { zoneOption } from './zone.js';
import type { Zone } from '../dates/index.js';
import { lintConfigFor } from './lint.js';
import { ConfigLookup } from '../lint/config-file.js';
import { ConfigError } from '../lint/config.js';

export type Format = 'json' | 'jsonl' | 'md' | 'text';

const EXTENSION: Record<Format, string> = { json: 'json', jsonl: 'json', md: 'md', text: 'txt' };

export interface ExtractCommandOptions {
  format: Format;
  output?: string;
  outDir?: string;
  url?: string;
  timeout?: string;
  maxSize?: string;
  userAgent?: string;
  /** false with --no-lint: leave `findings` empty. */
  lint?: boolean;
  jobs?: string;
  zone?: Zone;
}

export function extractCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('extract')
    .description('extract the article record from news pages (files, "-" for stdin, or http(s) URLs)')
    .argument('<inputs...>', 'HTML files, WARC files (.warc, .warc.gz), "-" for stdin, or http(s) URLs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'md', 'text']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE instead of stdout (atomically)')
    .option('--out-dir <dir>', 'write one file per article into DIR, named after the URL slug or headline')
    .option('--url <url>', 'the page URL of a local file or stdin input (for resolving relative links)')
    .option('--no-lint', 'do not lint: leave "findings" empty (lint follows .klipingrc.json otherwise)')
    .option('--jobs <n>', 'extract on N worker threads (output keeps the input order)', '1')
    .addOption(zoneOption());
  addFetchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ kliping extract fixtures/katajari-seed-anjangsana.html
  $ kliping extract --format md https://katajari.com/some-article/
  $ curl -s https://katajari.com/some-article/ | kliping extract - --url https://katajari.com/some-article/
  $ kliping extract --format jsonl pages/*.html > articles.jsonl
  $ kliping extract --out-dir archive/ --format md urls...
  $ kliping extract --format jsonl --jobs 2 arsip/warc/*.warc.gz

Exit status: 0 all inputs extracted, 1 some inputs failed, 2 none succeeded or usage error.`,
  );
  cmd.action(async (inputs: string[], options: ExtractCommandOptions) => {
    setExit(await runExtract(inputs, options, io));
  });
  return cmd;
}

export async function runExtract(inputs: string[], options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const log = new Log(io.stderr);
  const format = options.format;
  const fetchOptions = fetchOptionsFrom(options);
  if (options.output && options.outDir) {
    log.line('kliping: --output and --out-dir cannot be used together');
    return 2;
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    log.line('kliping: "-" (stdin) can be given only once');
    return 2;
  }

  const stdout = new DataOut(io.stdout);
  let file: AtomicStream | null = null;
  if (options.output) {
    try {
      file = await AtomicStream.open(options.output);
    } catch (err) {
      log.problem(options.output, fsReason(err));
      return 2;
    }
  }
  const outDir = options.outDir ? new OutDir(options.outDir, EXTENSION[format]) : null;
  const configs = options.lint === false ? null : new ConfigLookup();
  const emit = async (chunk: string) => (file ? file.write(chunk) : stdout.write(chunk));

  let ok = 0;
  let failed = 0;
  let warcSeen = false;
  const jsonRecords: ArticleRecord[] = [];
  const separator = format === 'md' ? '\n---\n\n' : '\n\f\n';
  const jobs = parseJobs(options.jobs);
  const pool = jobs > 1 ? new ExtractPool(jobs) : null;

  // Pages are read in order and extracted on the pool (or here); results are written in input
  // order, a window of them in flight at a time.
  const extractOne = async (loaded: LoadedInput): Promise<Outcome> => {
    try {
      const url = loaded.url ?? options.url ?? null;
      const lint = configs ? await lintConfigFor(loaded.source.replace(/#.*$/, ''), configs) : false;
      const opts = { url, contentType: loaded.contentType, source: loaded.url ?? options.url ?? loaded.source, lint, zone: options.zone ?? null };
      const record = pool ? await pool.extract(loaded.bytes, opts) : extract(loaded.bytes, opts);
      if (!record.headline && record.paragraphs.length === 0) return { input: loaded.source, error: 'no article found (no headline and no text)' };
      return { input: loaded.source, record };
    } catch (err) {
      if (err instanceof ConfigError) return { input: loaded.source, fatal: err.message };
      return { input: loaded.source, error: err instanceof InputError ? err.message : unexpected(err) };
    }
  };

  const write = async (outcome: Outcome): Promise<boolean> => {
    if (outcome.fatal) {
      log.line(`kliping: ${outcome.fatal}`);
      return false;
    }
    if (!outcome.record) {
      failed++;
      log.problem(outcome.input, outcome.error ?? 'could not be processed');
      return true;
    }
    const record = outcome.record;
    try {
      const rendered = render(record, format);
      if (outDir) {
        const path = await outDir.write(record, format === 'jsonl' ? toJson(record) : rendered);
        log.line(`kliping: ${outcome.input}: wrote ${path}`);
      } else if (format === 'json') {
        jsonRecords.push(record);
      } else {
        await emit((ok > 0 && format !== 'jsonl' ? separator : '') + rendered);
      }
      ok++;
    } catch (err) {
      // The output cannot be written (full disk, read-only folder): every later record would
      // fail the same way, so the run ends here, with one line.
      log.problem(outDir ? outDir.dir : options.output ?? 'stdout', fsReason(err));
      return false;
    }
    return true;
  };

  const window: Promise<Outcome>[] = [];
  const limit = Math.max(1, jobs * 2);
  let fatal = false;
  try {
    outer: for (const input of inputs) {
      const warc = await isWarcFile(input);
      warcSeen ||= warc;
      const items = warc ? loadWarcInputs(input, fetchOptions.maxBytes) : single(input, () => loadInput(input, fetchOptions, (max) => readAll(io.stdin, max)));
      for await (const item of items) {
        if (stdout.closed) break outer;
        window.push(item instanceof InputError ? Promise.resolve({ input: item.input, error: item.message }) : extractOne(item));
        while (window.length >= limit) {
          if (!(await write(await window.shift()!))) {
            fatal = true;
            break outer;
          }
        }
      }
    }
    while (!fatal && window.length && !stdout.closed) if (!(await write(await window.shift()!))) fatal = true;
  } finally {
    await pool?.close();
  }
  if (fatal) {
    await file?.abort();
    return 2;
  }

  try {
    if (format === 'json' && !outDir && jsonRecords.length) {
      await emit(toJson(inputs.length === 1 && !warcSeen ? jsonRecords[0] : jsonRecords));
    }
    if (file) await file.commit();
  } catch (err) {
    await file?.abort();
    log.problem(options.output ?? 'stdout', fsReason(err));
    return 2;
  }
  if (ok === 0) return 2;
  return failed > 0 ? 1 : 0;
}

interface Outcome {
  input: string;
  record?: ArticleRecord;
  error?: string;
  /** A problem that ends the run (a bad config file). */
  fatal?: string;
}

/** One input that is one page, as a one-item stream; its failure as an item too. */
async function* single(input: string, load: () => Promise<LoadedInput>): AsyncGenerator<LoadedInput | InputError> {
  try {
    yield await load();
  } catch (err) {
    if (err instanceof InputError) yield err;
    else yield new InputError(input, fsReason(err));
  }
}

function parseJobs(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 64) : 1;
}

function render(record: ArticleRecord, format: Format): string {
  switch (format) {
    case 'json': return toJson(record);
    case 'jsonl': return toJsonLine(record);
    case 'md': return toMarkdown(record);
    case 'text': return toText(record);
  }
}

function unexpected(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `could not be processed (${message.split('\n')[0]})`;
}
