/** `kliping report` at work. Loaded when the command runs. */
import { fsReason } from '../sink/fs-errors.js';
import { terminalLine } from '../util/terminal.js';
import { DataOut, type CliIO } from './io.js';
import type { ReportCommandOptions } from './report.js';

export async function runReport(archive: string, options: ReportCommandOptions, io: CliIO): Promise<number> {
  const say = (text: string) => io.stderr.write(`kliping: ${terminalLine(text)}\n`);
  if (!options.out) {
    say('report: --out <file> is required (the HTML file to write, or - for stdout)');
    return 2;
  }
  const { buildReport, writeReport } = await import('../report/report.js');
  let result;
  try {
    if (options.out === '-') {
      result = buildReport(archive, `${archive}/report.html`);
      await new DataOut(io.stdout).write(result.html);
    } else {
      result = await writeReport(archive, options.out);
    }
  } catch (err) {
    const path = (err as NodeJS.ErrnoException).path;
    const code = (err as NodeJS.ErrnoException).code;
    const where = typeof path === 'string' && !path.startsWith(archive) ? options.out : archive;
    say(`${where}: ${code ? fsReason(err) : (err as Error).message}`);
    return 2;
  }
  for (const problem of result.data.problems) say(`${archive}: ${problem}`);
  const { data } = result;
  if (options.out !== '-') {
    const findings = data.rules.reduce((n, r) => n + r.rows.length, 0);
    say(
      `wrote ${options.out}: ${data.articles.length} article(s), ${findings} finding(s), ${data.changed.length} changed, ${data.failed.reduce((n, g) => n + g.entries.length, 0)} failed`,
    );
  }
  return 0;
}
