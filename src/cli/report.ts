/** `kliping report`: an archive folder → one self-contained HTML page to look at (see src/report/). */
import { Command } from 'commander';
import type { CliIO } from './io.js';

export interface ReportCommandOptions {
  out?: string;
}

export function reportCommand(io: CliIO, setExit: (code: number) => void): Command {
  return new Command('report')
    .description('an HTML page of an archive folder: articles per month per site, findings by rule, changed articles, failed and skipped URLs')
    .argument('<archive>', 'the archive folder (what kliping crawl --out wrote)')
    .option('-o, --out <file>', 'the HTML file to write ("-" for stdout; required)')
    .addHelpText(
      'after',
      `
Examples:
  $ kliping report arsip/ -o arsip/report.html
  $ kliping report arsip/ -o - > report.html

The page needs no network: styles and the chart are inside it. Links to the article
records are relative, so keep it beside the archive (or inside it).
Exit status: 0 written, 2 usage error, not an archive, or the page cannot be written.`,
    )
    .action(async (archive: string, options: ReportCommandOptions) => {
      const { runReport } = await import('./report-run.js');
      setExit(await runReport(archive, options, io));
    });
}
