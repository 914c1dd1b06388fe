/** `kliping report`: the archive at `root` as one self-contained HTML page (data.ts, html.ts). */
import { dirname, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../sink/atomic.js';
import { reportData, type ReportData } from './data.js';
import { renderReport } from './html.js';

/** The href of an archive-relative file from the folder the report is written to. */
export function hrefFrom(outDir: string, root: string): (file: string) => string {
  return (file: string) =>
    relative(outDir, resolve(root, file))
      .split(sep)
      .map((part) => (part === '..' ? part : encodeURIComponent(part)))
      .join('/');
}

export interface ReportResult {
  data: ReportData;
  html: string;
}

/** The report of the archive at `root`, with links for a page written to `out`. */
export function buildReport(root: string, out: string, now?: Date): ReportResult {
  const data = reportData(root);
  const html = renderReport(data, { href: hrefFrom(dirname(resolve(out)), data.root), now });
  return { data, html };
}

export async function writeReport(root: string, out: string, now?: Date): Promise<ReportResult> {
  const result = buildReport(root, out, now);
  await writeFileAtomic(out, result.html);
  return result;
}
