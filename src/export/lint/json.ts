/**
 * json: for programs. Always an array, one object per input that could be read, in input
 * order: { input, url, kind, errorCount, warningCount, infoCount, findings } — findings as
 * in the article record (schema/article.schema.json, $defs/finding).
 */
import { stringifyJson } from '../json.js';
import { countFindings, type FormatOptions, type LintReport } from './report.js';

export function formatJson(reports: readonly LintReport[], _options: FormatOptions): string {
  const out = reports.map((r) => {
    const c = countFindings(r.findings);
    return { input: r.input, url: r.url, kind: r.kind, errorCount: c.error, warningCount: c.warning, infoCount: c.info, findings: r.findings };
  });
  return stringifyJson(out, 2) + '\n';
}
