/**
 * html: one self-contained page (inline CSS, no script, nothing fetched) for people who would
 * rather open a report than read a terminal: totals, then per input its findings with the
 * source line, the offending text marked, and the suggestion. Every text from a page is escaped.
 */
import type { Finding } from '../../record.js';
import { SourceText, countAll, countFindings, type FormatOptions, type LintReport } from './report.js';
import { snippet } from './stylish.js';

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.05rem;margin-top:2rem;word-break:break-all}
.totals span{display:inline-block;margin-right:1rem;padding:.1rem .5rem;border-radius:.3rem}
table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #ddd}
.error{background:#fde2e1;color:#8a1111}.warning{background:#fff1cc;color:#6b4b00}.info{background:#e2eefc;color:#0d3c73}
td.sev{white-space:nowrap}code{font:13px/1.4 ui-monospace,monospace}pre{margin:.3rem 0 0;white-space:pre-wrap;background:#f6f6f6;padding:.3rem .5rem}
mark{background:#ffd54d}.sugg{color:#19602a}.where{color:#666;font-size:.9em}.clean{color:#19602a}`;

export function formatHtml(reports: readonly LintReport[], options: FormatOptions): string {
  const total = countAll(reports);
  const rules = new Map(options.rules.map((r) => [r.id, r]));
  const sections = reports.map((r) => section(r, rules));
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="kliping ${escape(options.version)}"><title>kliping lint: ${total.error} errors, ${total.warning} warnings</title>
<style>${STYLE}</style></head><body>
<h1>kliping lint</h1>
<p class="totals"><span class="error">${total.error} ${total.error === 1 ? 'error' : 'errors'}</span><span class="warning">${total.warning} ${total.warning === 1 ? 'warning' : 'warnings'}</span><span class="info">${total.info} ${total.info === 1 ? 'info' : 'infos'}</span> in ${reports.length} ${reports.length === 1 ? 'input' : 'inputs'}</p>
${sections.join('\n')}
</body></html>
`;
}

function section(report: LintReport, rules: Map<string, { description: string }>): string {
  const c = countFindings(report.findings);
  const head = `<h2>${escape(report.input)} <small class="where">(${report.kind}; ${c.error} errors, ${c.warning} warnings, ${c.info} infos)</small></h2>`;
  if (!report.findings.length) return `<section>${head}<p class="clean">no problems</p></section>`;
  const source = new SourceText(report.source);
  const rows = report.findings.map((f) => row(f, source, rules));
  return `<section>${head}<table><thead><tr><th>severity</th><th>rule</th><th>problem</th><th>where</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

function row(f: Finding, source: SourceText, rules: Map<string, { description: string }>): string {
  const at = f.line !== null ? `${f.line}${f.column !== null ? `:${f.column}` : ''}` : '';
  const rule = rules.get(f.rule);
  const ruleCell = `<code title="${escape(rule?.description ?? '')}">${escape(f.rule)}</code>`;
  const parts = [`<div>${escape(f.message)}</div>`, context(f, source)];
  if (f.suggestion) parts.push(`<div class="sugg">suggestion: ${escape(f.suggestion)}</div>`);
  return `<tr><td class="sev ${f.severity}">${f.severity}</td><td>${ruleCell}</td><td>${parts.join('')}</td><td class="where">${escape(at)}<br>${escape(f.where)}</td></tr>`;
}

/** The source line with the finding's text marked, or what was found when there is no line. */
function context(f: Finding, source: SourceText): string {
  const text = f.line !== null ? source.line(f.line) : null;
  if (text === null || f.column === null) return `<pre><code>${escape(f.found)}</code></pre>`;
  const { shown, caretOffset, caretLength } = snippet(text, f.column - 1, f.length ?? 1);
  const chars = [...shown];
  const before = chars.slice(0, caretOffset).join('');
  const marked = chars.slice(caretOffset, caretOffset + Math.max(1, caretLength)).join('');
  const after = chars.slice(caretOffset + Math.max(1, caretLength)).join('');
  return `<pre><code>${escape(before)}<mark>${escape(marked)}</mark>${escape(after)}</code></pre>`;
}

// Controls other than tab and line breaks are not allowed in HTML text: dropped.
// eslint-disable-next-line no-control-regex -- matching them is what it is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function escape(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
