/** `kliping extract`: inputs → article records → JSON, JSON Lines, Markdown or text. */
import { Command, Option } from 'commander';
import { extractDetailed } from '../index.js';
import type { ArticleRecord } from '../record.js';
import { toJson, toJsonLine } from '../export/json.js';
import { toMarkdown } from '../export/markdown.js';
import { toText } from '../export/text.js';
import { OutDir } from '../sink/out-dir.js';
import { AtomicStream } from '../sink/atomic.js';
import { InputError, fsReason, loadInput } from './inputs.js';
import { DataOut, Log, readAll, type CliIO } from './io.js';
import { fetchOptionsFrom, addFetchOptions } from './fetch-options.js';
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
}

export function extractCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('extract')
    .description('extract the article record from news pages (files, "-" for stdin, or http(s) URLs)')
    .argument('<inputs...>', 'HTML files, "-" for stdin, or http(s) URLs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'md', 'text']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE instead of stdout (atomically)')
    .option('--out-dir <dir>', 'write one file per article into DIR, named after the URL slug or headline')
    .option('--url <url>', 'the page URL of a local file or stdin input (for resolving relative links)')
    .option('--no-lint', 'do not lint: leave "findings" empty (lint follows .klipingrc.json otherwise)');
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
  const jsonRecords: ArticleRecord[] = [];
  const separator = format === 'md' ? '\n---\n\n' : '\n\f\n';
  for (const input of inputs) {
    if (stdout.closed) break;
    let record: ArticleRecord;
    try {
      const loaded = await loadInput(input, fetchOptions, (limit) => readAll(io.stdin, limit));
      const url = loaded.url ?? options.url ?? null;
      const lint = configs ? await lintConfigFor(input, configs) : false;
      const extraction = extractDetailed(loaded.bytes, { url, contentType: loaded.contentType, source: loaded.url ?? options.url ?? input, lint });
      record = extraction.record;
      if (!record.headline && record.paragraphs.length === 0) throw new InputError(input, 'no article found (no headline and no text)');
    } catch (err) {
      if (err instanceof ConfigError) {
        await file?.abort();
        log.line(`kliping: ${err.message}`);
        return 2;
      }
      failed++;
      log.problem(input, err instanceof InputError ? err.message : unexpected(err));
      continue;
    }
    try {
      const rendered = render(record, format);
      if (outDir) {
        const path = await outDir.write(record, format === 'jsonl' ? toJson(record) : rendered);
        log.line(`kliping: ${input}: wrote ${path}`);
      } else if (format === 'json') {
        jsonRecords.push(record);
      } else {
        await emit((ok > 0 && format !== 'jsonl' ? separator : '') + rendered);
      }
      ok++;
    } catch (err) {
      failed++;
      log.problem(outDir ? outDir.dir : options.output ?? input, fsReason(err));
    }
  }

  try {
    if (format === 'json' && !outDir && jsonRecords.length) {
      await emit(toJson(inputs.length === 1 ? jsonRecords[0] : jsonRecords));
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
