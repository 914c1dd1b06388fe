/** `kliping pack` at work: the archive packed, one summary line on stderr. Loaded when the command runs. */
import { basename } from 'node:path';
import { fsReason } from '../sink/fs-errors.js';
import { terminalLine } from '../util/terminal.js';
import type { CliIO } from './io.js';
import type { PackCommandOptions } from './pack.js';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export async function runPack(archive: string, options: PackCommandOptions, io: CliIO): Promise<number> {
  const say = (text: string) => io.stderr.write(`kliping: ${terminalLine(text)}\n`);
  if (!options.out) {
    say('pack: --out <file> is required (the WACZ file to write)');
    return 2;
  }
  if (!/\.wacz$/i.test(options.out)) {
    say(`pack: ${options.out}: the package's name must end in .wacz`);
    return 2;
  }
  const { packArchive } = await import('../pack/wacz.js');
  let summary;
  try {
    summary = await packArchive(archive, options.out, { title: options.title });
  } catch (err) {
    const { code, path } = err as NodeJS.ErrnoException;
    const where = typeof path === 'string' && path.includes(basename(options.out)) ? options.out : archive;
    say(`${where}: ${code ? fsReason(err) : (err as Error).message}`);
    return 2;
  }
  for (const problem of summary.problems) say(`${archive}: ${problem}`);
  if (summary.notCaptured.length > 0) {
    say(`${archive}: ${summary.notCaptured.length} article(s) not in the WARC files (crawled without --warc), left out of pages.jsonl`);
  }
  say(
    `wrote ${options.out} (${size(summary.bytes)}): ${summary.pages} page(s), ${summary.warcFiles} WARC file(s) (${size(summary.warcBytes)}), ${summary.indexLines} index line(s)`,
  );
  return 0;
}
