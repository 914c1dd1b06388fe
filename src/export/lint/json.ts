/**
 * json: for programs. Always an array, one object per input that could be read, in input
 * order: { input, url, kind, errorCount, warningCount, infoCount,
 * fixableCount, findings }, plus fixedCount and output (the fixed text) after --fix or --fix-dry-run — findings as
 * in the article record (schema/article.schema.json, $defs/finding).
 */
import { stringifyJson } from '../json.js';
import { countFindings, type FormatOptions, type LintReport } from './report.js';

export function formatJson(reports: readonly LintReport[], _options: FormatOptions): string {
  const out = reports.map((r) => {
    const c = countFindings(r.findings);
    const fixable = r.kind === 'draft' ? r.findings.filter((f) => f.fix).length : 0;
    const entry: Record<string, unknown> = {
      input: r.input,
      url: r.url,
      kind: r.kind,
      errorCount: c.error,
      warningCount: c.warning,
      infoCount: c.info,
      fixableCount: fixable,
      findings: r.findings,
    };
    if (r.fixed) Object.assign(entry, { fixedCount: r.fixed, output: r.output });
    return entry;
  });
  return stringifyJson(out, 2) + '\n';
}
