/** unix: one line per finding, `file:line:col: severity: message [rule]` (editors and grep read it). */
import { oneLine, type FormatOptions, type LintReport } from './report.js';

export function formatUnix(reports: readonly LintReport[], _options: FormatOptions): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const at = f.line !== null && f.column !== null ? `${oneLine(r.input)}:${f.line}:${f.column}` : oneLine(r.input);
      lines.push(`${at}: ${f.severity}: ${oneLine(f.message)} [${f.rule}]`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
