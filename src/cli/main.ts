/** The kliping command line: a thin shell over the library. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../fetch/version.js';
import { closeClientIfLoaded } from '../fetch/lazy.js';
import { extractCommand } from './extract.js';
import { lintCommand } from './lint.js';
import { rulesCommand } from './rules.js';
import { crawlCommand } from './crawl.js';
import { diffCommand } from './diff.js';
import { packCommand } from './pack.js';
import { reportCommand } from './report.js';
import { DataOut, processIO, type CliIO } from './io.js';

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  // Help and --version go through the same guarded stdout as data: a reader that goes away
  // (`kliping --help | head -1`) ends the output quietly, without an EPIPE stack trace.
  const out = new DataOut(io.stdout);
  const output = {
    writeOut: (s: string) => void out.write(s).catch(() => {}),
    writeErr: (s: string) => void io.stderr.write(s),
    // commander's own messages ("error: unknown option") read like every other: "kliping: …".
    outputError: (s: string, write: (s: string) => void) => write(s.replace(/^error: /, 'kliping: ')),
  };
  const program = new Command('kliping')
    .description(
      'Scrape Indonesian news article pages: extract headline, dateline, captions and body; check an article against itself; export JSON or Markdown.',
    )
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput(output)
    .showSuggestionAfterError()
    .addHelpText(
      'after',
      `
Examples:
  $ kliping extract fixtures/katajari-seed-anjangsana.html
  $ kliping extract --format md https://katajari.com/some-article/ > article.md
  $ kliping extract --format jsonl pages/*.html > articles.jsonl
  $ kliping lint fixtures/katajari-seed-anjangsana.html
  $ kliping rules

Run "kliping <command> --help" for a command's options.`,
    );
  program.addCommand(extractCommand(io, setExit).exitOverride().configureOutput(output));
  program.addCommand(lintCommand(io, setExit).exitOverride().configureOutput(output));
  program.addCommand(rulesCommand(io, setExit).exitOverride().configureOutput(output));
  program.addCommand(crawlCommand(io, setExit).exitOverride().configureOutput(output));
  program.addCommand(diffCommand(io, setExit).exitOverride().configureOutput(output));
  program.addCommand(packCommand(io, setExit).exitOverride().configureOutput(output));
  program.addCommand(reportCommand(io, setExit).exitOverride().configureOutput(output));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return err.exitCode === 0 ? 0 : 2;
    }
    io.stderr.write(`kliping: ${(err as Error)?.message ?? String(err)}\n`);
    return 2;
  } finally {
    // Idle keep-alive sockets would hold the process open for seconds after the work is done.
    await closeClientIfLoaded().catch(() => {});
  }
  return exitCode;
}
