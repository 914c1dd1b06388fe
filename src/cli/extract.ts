/** `kliping extract`: inputs → article records → JSON, JSON Lines, Markdown or text. */
import { Command, Option } from 'commander';
import type { CliIO } from './io.js';
import { addFetchOptions, wholeNumber } from './fetch-options.js';
import { zoneOption } from './zone.js';
import type { Zone } from '../dates/index.js';

export type Format = 'json' | 'jsonl' | 'md' | 'text';

/** The file extension of each format, for --out-dir. */
export const EXTENSION: Record<Format, string> = { json: 'json', jsonl: 'json', md: 'md', text: 'txt' };

export interface ExtractCommandOptions {
  format: Format;
  output?: string;
  outDir?: string;
  url?: string;
  timeout?: number;
  maxSize?: number;
  userAgent?: string;
  /** false with --no-lint: leave `findings` empty. */
  lint?: boolean;
  jobs?: number;
  zone?: Zone;
}

export function extractCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('extract')
    .description('extract the article record from news pages (files, "-" for stdin, or http(s) URLs)')
    .argument(
      '<inputs...>',
      'pages (HTML files, http(s) URLs), drafts (.md, .txt), article records (.json, .jsonl), WARC/WACZ files, folders, patterns, or "-" for stdin',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'md', 'text']).default('json'))
    .option('-o, --output <file>', 'write the output to FILE instead of stdout (atomically)')
    .option('--out-dir <dir>', 'write one file per article into DIR, named after the URL slug or headline')
    .option('--url <url>', 'the page URL of a local file or stdin input (for resolving relative links)')
    .option('--no-lint', 'do not lint: leave "findings" empty (lint follows .klipingrc.json otherwise)')
    .option('--jobs <n>', 'extract on N worker threads, 1 to 64 (output keeps the input order)', wholeNumber(1, 64), 1)
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
  $ kliping extract --format md draft.md
  $ kliping extract --format md arsip/            # the records of a crawl archive, as Markdown

Inputs are read as "kliping lint" reads them: pages, drafts, records, web archives,
folders and quoted patterns. -f json prints a list of records, one per article, whatever
the number of inputs (-f jsonl: one record per line; --out-dir: one file per record).

A page that is no article (a password-protected post, a category, tag, author or date
archive, the home page, an attachment page, search results, a 404 page, an empty page) is
not printed: it gets one line, "kliping: <input>: not an article: category archive".

Exit status: 0 all inputs extracted, 1 some inputs failed or were no article, 2 none
succeeded (and none was merely no article) or usage error.`,
  );
  cmd.action(async (inputs: string[], options: ExtractCommandOptions) => {
    const { runExtract } = await import('./extract-run.js');
    setExit(await runExtract(inputs, options, io));
  });
  return cmd;
}
