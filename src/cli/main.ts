/** The kliping command line: a thin shell over the library. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../fetch/version.js';
import { closeClientIfLoaded } from '../fetch/lazy.js';
import { extractCommand } from './extract.js';
import { lintCommand } from './lint.js';
import { rulesCommand } from './rules.js';
import { crawlCommand } from './crawl.js';
import { processIO, type CliIO } from './io.js';

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('kliping')
    .description('Scrape Indonesian news article pages: extract headline, dateline, captions and body; check an article against itself; export JSON or Markdown.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
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
  program.addCommand(extractCommand(io, setExit).exitOverride());
  program.addCommand(lintCommand(io, setExit).exitOverride());
  program.addCommand(rulesCommand(io, setExit).exitOverride());
  program.addCommand(crawlCommand(io, setExit).exitOverride());
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
