/** `kliping diff`: two versions of an article, word by word; or the changed articles of an archive. */
import { Command, Option } from 'commander';
import type { CliIO } from './io.js';

export interface DiffCommandOptions {
  format: 'text' | 'json' | 'md' | 'html';
  from?: string;
  since?: string;
  /** --color / --no-color; undefined: by the terminal and NO_COLOR/FORCE_COLOR. */
  color?: boolean;
}

export function diffCommand(io: CliIO, setExit: (code: number) => void): Command {
  const cmd = new Command('diff')
    .description('show what changed between two versions of an article (headline, paragraphs, captions, dates), word by word')
    .argument('<old-or-archive>', 'an article record (JSON), or a crawl archive folder')
    .argument('[new-or-url]', 'the newer record, or the URL of an article of the archive')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md', 'html']).default('text'))
    .option(
      '--from <fetchedAt>',
      'with ARCHIVE URL: compare the version fetched at this time (as the manifest or the version file names it) with the current one',
    )
    .option('--since <date>', 'with ARCHIVE alone: list the articles that changed in fetches on or after DATE (YYYY-MM-DD, UTC)')
    .option('--color', 'colour the text output even when not on a terminal')
    .option('--no-color', 'never colour the output');
  cmd.addHelpText(
    'after',
    `
Examples:
  $ kliping diff old.json new.json
  $ kliping diff arsip/ https://katajari.com/2024/12/some-article/
  $ kliping diff arsip/ https://katajari.com/2024/12/some-article/ --from 2024-12-01T02:00:00.000Z
  $ kliping diff arsip/ --since 2024-12-01
  $ kliping diff --format html old.json new.json > changes.html

ARCHIVE URL compares the article's current version with the one before it (kept by a
re-crawl in <slug>.versions/). Without colour, removed words are [-marked-] and added
words {+marked+}.

Exit status: 0 no differences (or no changed article), 1 differences, 2 bad input
(one line on stderr: kliping: <input>: <reason>).`,
  );
  cmd.action(async (first: string, second: string | undefined, options: DiffCommandOptions) => {
    const { runDiff } = await import('./diff-run.js');
    setExit(await runDiff(first, second, options, io));
  });
  return cmd;
}
