/**
 * `kliping lint`: pages (files, URLs, stdin) and drafts (Markdown, plain text) → findings
 * in stylish, json, unix, sarif, github or html format; --fix applies safe fixes to drafts. Exit 1 when a finding reaches --fail-on,
 * warnings pass --max-warnings or some input could not be read; 2 on usage errors or when
 * no input could be read.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Severity } from '../record.js';
import type { CliIO } from './io.js';
import { addFetchOptions } from './fetch-options.js';
import { LINT_FORMATS, type LintFormat } from '../export/lint/formats.js';

export interface LintCommandOptions {
  format: LintFormat;
  failOn: Severity;
  maxWarnings?: number;
  rule: string[];
  /** A path, or false for --no-config. */
  config?: string | false;
  draft?: boolean;
  url?: string;
  quiet?: boolean;
  outputFile?: string;
  /** --color / --no-color; undefined: by the terminal and NO_COLOR/FORCE_COLOR. */
  color?: boolean;
  verbose?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  timeout?: number;
  maxSize?: number;
  userAgent?: string;
}

export function lintCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('lint')
    .description('check articles against themselves: dates, weekdays, captions, names, leftover page chrome')
    .argument('<inputs...>', 'pages, drafts, article records, WARC/WACZ files, folders or patterns; http(s) URLs; "-" for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...LINT_FORMATS]).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices(['error', 'warning', 'info']).default('error'))
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings', nonNegativeInteger)
    .option('--rule <id=severity>', 'set a rule: ID=off|info|warn|warning|error, or ID=\'["error",{"maxDays":3}]\' (repeatable)', collect, [])
    .option('-c, --config <file>', 'use this config file instead of looking for .klipingrc.json')
    .option('--no-config', 'ignore .klipingrc.json files')
    .option('--draft', 'read every file and stdin as a Markdown/plain-text draft')
    .option('-q, --quiet', 'report errors only: warnings and infos are neither shown nor counted')
    .option('-o, --output-file <file>', 'write the report to FILE (atomically) instead of stdout')
    .option('--color', 'colour the stylish report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .option('--fix', 'apply the safe fixes rules offer to Markdown and text drafts (written atomically; pages and records are never touched)')
    .option('--fix-dry-run', 'as --fix, but write nothing: report what would be left (-f json adds each fixed text as "output")')
    .option('-v, --verbose', 'a line on stderr for every article read: what it was read as, how many findings')
    .option('--url <url>', 'the page URL of a local file or stdin input');
  addFetchOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Inputs: .html/.htm files and URLs are pages; .md, .markdown and .txt files are drafts;
.json and .jsonl files are article records (what "kliping extract" and "kliping crawl"
write); .warc, .warc.gz and .wacz files give their HTML responses as pages. A folder gives
every such file in it (a crawl archive: its current article records); a quoted pattern
('pages/**/*.html') the files it matches. Other files and stdin are read by their first
bytes: records if JSON, pages if HTML, drafts otherwise. A record with earlier versions
beside it (<slug>.versions/) is compared with the latest of them (silent-edit).

Config: the nearest .klipingrc.json from each file's folder upward (the current folder for
URLs and stdin), e.g. {"rules": {"missing-credit": "off", "caption-date-conflict": ["error", {"maxDays": 3}]}};
--rule overrides it. "kliping rules" lists the rules.

In drafts, <!-- kliping-disable-next-line RULE -- reason --> (also kliping-disable-line,
kliping-disable … kliping-enable) suppresses findings; an unused one is reported.
--fix rewrites drafts only, and only with fixes that need no judgement.

Examples:
  $ kliping lint fixtures/katajari-seed-anjangsana.html
  $ kliping lint draft.md --rule name-variant=error
  $ kliping lint --format sarif pages/*.html > kliping.sarif
  $ curl -s https://katajari.com/some-article/ | kliping lint - --format json
  $ kliping lint arsip/ --quiet -o findings.txt
  $ kliping lint --fix drafts/*.md
  $ kliping lint -f html -o laporan.html pages/
  $ kliping extract -f jsonl pages/*.html | kliping lint -

Exit status: 0 no finding at or above --fail-on (default error) and warnings within
--max-warnings; 1 otherwise, or when some input could not be read; 2 usage error, bad
config, or no input could be read.`,
  );
  cmd.action(async (inputs: string[], options: LintCommandOptions) => {
    const { runLint } = await import('./lint-run.js');
    setExit(await runLint(inputs, options, io));
  });
  return cmd;
}

function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
