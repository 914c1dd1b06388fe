/**
 * github: GitHub Actions workflow commands, one annotation per finding:
 *   ::error file=article.md,line=12,col=5,endColumn=24,title=weekday-mismatch::message
 * error → error, warning → warning, info → notice. The suggestion follows the message on a
 * second line. Values are escaped as the runner expects (%, CR, LF; and : , in properties).
 */
import { oneLine, type FormatOptions, type LintReport } from './report.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: readonly LintReport[], _options: FormatOptions): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(oneLine(r.uri))}`];
      if (f.line !== null) props.push(`line=${f.line}`);
      if (f.column !== null) {
        props.push(`col=${f.column}`);
        if (f.length) props.push(`endColumn=${f.column + f.length}`);
      }
      props.push(`title=${escapeProperty(f.rule)}`);
      const message = oneLine(f.message) + (f.suggestion ? `\nsuggestion: ${oneLine(f.suggestion)}` : '');
      lines.push(`::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
