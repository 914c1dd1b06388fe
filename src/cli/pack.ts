/** `kliping pack`: an archive folder → one WACZ package (see src/pack/). */
import { Command } from 'commander';
import type { CliIO } from './io.js';

export interface PackCommandOptions {
  out?: string;
  title?: string;
}

export function packCommand(io: CliIO, setExit: (code: number) => void): Command {
  return new Command('pack')
    .description('package an archive folder crawled with --warc as one WACZ file (WARC files, CDXJ index, pages, datapackage.json)')
    .argument('<archive>', 'the archive folder (what kliping crawl --out wrote)')
    .option('-o, --out <file>', 'the WACZ file to write (required), e.g. arsip.wacz')
    .option('--title <text>', "the package's title (default: the archive folder's name)")
    .addHelpText(
      'after',
      `
Examples:
  $ kliping crawl --site katajari.com --out arsip/ --warc
  $ kliping pack arsip/ -o arsip.wacz
  $ kliping extract -f jsonl arsip.wacz

The package opens in ReplayWeb.page and is read by pywb and by kliping extract.
Exit status: 0 written, 2 usage error or the package cannot be written.`,
    )
    .action(async (archive: string, options: PackCommandOptions) => {
      const { runPack } = await import('./pack-run.js');
      setExit(await runPack(archive, options, io));
    });
}
