/**
 * stylish: for people at a terminal. Per input, each finding as
 *
 *   error[caption-date-conflict]: caption dated 22/10/2023, but the dateline says 22/10/2024 — 1 year earlier
 *      --> fixtures/katajari-seed-anjangsana.html:125:397 (caption[0])
 *       |
 *   125 | …di depan Balaikota Surakarta, Selasa (22/10/2023) siang. (Foto: DKISP Kabupaten Banjar)</p></div>
 *       |                                ^^^^^^^^^^^^^^^^^^^
 *       = suggestion: …
 *
 * then a count. Page text is sanitised before it reaches the terminal; colour only when asked.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding } from '../../record.js';
import { sanitizeForTerminal } from '../../util/terminal.js';
import { SourceText, countAll, type FormatOptions, type LintReport } from './report.js';

/** Columns of source shown around the underlined text. */
const WIDTH = 100;
const CONTEXT_BEFORE = 40;

export function formatStylish(reports: readonly LintReport[], options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const report of reports) {
    if (!report.findings.length) continue;
    out.push(
      c.bold.underline(clean(report.input)) + c.dim(`  ${plural(report.findings.length, 'problem')}${report.kind === 'html' ? '' : ` (${report.kind})`}`),
    );
    const source = new SourceText(report.source);
    const gutter = Math.max(...report.findings.map((f) => String(f.line ?? '').length), 1);
    for (const f of report.findings) out.push(finding(c, report, source, f, gutter), '');
  }
  out.push(...fixLines(reports, options));
  const total = countAll(reports);
  const problems = total.error + total.warning + total.info;
  const inputs = plural(reports.length, 'input');
  if (!problems) out.push(c.green(`✔ no problems (${inputs})`));
  else {
    const summary = `✖ ${plural(problems, 'problem')} (${plural(total.error, 'error')}, ${plural(total.warning, 'warning')}, ${plural(total.info, 'info', 'infos')}) in ${inputs}`;
    out.push(total.error ? c.red.bold(summary) : total.warning ? c.yellow.bold(summary) : c.bold(summary));
  }
  return out.join('\n') + '\n';
}

/** What --fix did, and what it could do: "fixed 2 problems in 1 draft", "1 problem fixable with --fix". */
function fixLines(reports: readonly LintReport[], options: FormatOptions): string[] {
  const lines: string[] = [];
  const fixedReports = reports.filter((r) => r.fixed);
  if (fixedReports.length) {
    const fixed = fixedReports.reduce((n, r) => n + (r.fixed ?? 0), 0);
    const how = options.fixMode === 'dry-run' ? ' (dry run: nothing written)' : '';
    lines.push(`fixed ${plural(fixed, 'problem')} in ${plural(fixedReports.length, 'draft')}${how}`);
  }
  const fixable = reports.reduce((n, r) => n + (r.kind === 'draft' ? r.findings.filter((f) => f.fix).length : 0), 0);
  if (fixable && !options.fixMode) lines.push(`${plural(fixable, 'problem')} fixable with --fix`);
  return lines;
}

function finding(c: ChalkInstance, report: LintReport, source: SourceText, f: Finding, gutterWidth: number): string {
  const paint = f.severity === 'error' ? c.red.bold : f.severity === 'warning' ? c.yellow.bold : c.cyan.bold;
  const lines: string[] = [];
  lines.push(`${paint(`${f.severity}[${f.rule}]`)}${c.bold(': ' + clean(f.message))}`);
  const pad = ' '.repeat(gutterWidth);
  const where = f.line !== null && f.column !== null ? `${clean(report.input)}:${f.line}:${f.column}` : clean(report.input);
  lines.push(`${pad}${c.blue('-->')} ${where} ${c.dim(`(${f.where})`)}`);
  const text = f.line !== null ? source.line(f.line) : null;
  if (text !== null && f.column !== null) {
    const { shown, caretOffset, caretLength } = snippet(text, f.column - 1, f.length ?? 1);
    lines.push(`${pad} ${c.blue('|')}`);
    lines.push(`${c.blue(String(f.line).padStart(gutterWidth))} ${c.blue('|')} ${shown}`);
    lines.push(`${pad} ${c.blue('|')} ${' '.repeat(caretOffset)}${paint('^'.repeat(Math.max(1, caretLength)))}`);
  } else {
    lines.push(`${pad} ${c.blue('=')} found: "${clean(f.found)}"`);
  }
  if (f.suggestion) lines.push(`${pad} ${c.blue('=')} ${c.green('suggestion:')} ${clean(f.suggestion)}`);
  return lines.join('\n');
}

/**
 * The source line cut to a window around the span, sanitised piece by piece so that the
 * caret still stands under the text it points at.
 */
export function snippet(line: string, col0: number, length: number): { shown: string; caretOffset: number; caretLength: number } {
  const start = Math.min(Math.max(0, col0), line.length);
  const end = Math.min(line.length, start + Math.max(1, length));
  let from = 0;
  let to = line.length;
  if (line.length > WIDTH) {
    from = Math.max(0, start - CONTEXT_BEFORE);
    to = Math.min(line.length, Math.max(from + WIDTH, Math.min(end, from + WIDTH * 2)));
  }
  const before = (from > 0 ? '…' : '') + clean(line.slice(from, start));
  const under = clean(line.slice(start, Math.min(end, to)));
  const after = clean(line.slice(Math.min(end, to), to)) + (to < line.length ? '…' : '');
  return { shown: before + under + after, caretOffset: [...before].length, caretLength: [...under].length };
}

function clean(text: string): string {
  return sanitizeForTerminal(text).replace(/[\t\n\r]/g, ' ');
}

function plural(n: number, word: string, many = word + 's'): string {
  return `${n} ${n === 1 ? word : many}`;
}
