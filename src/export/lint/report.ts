/** What a lint formatter gets: per input, its findings and the source they point into. */
import type { Finding, Severity } from '../../record.js';
import type { RuleMeta } from '../../lint/types.js';
import { terminalLine } from '../../util/terminal.js';

export interface LintReport {
  /** The input as the user gave it ("page.html", "https://…", "-"). */
  input: string;
  /** Where it is, as a URI reference for SARIF and GitHub: a relative path with "/", or the URL. */
  uri: string;
  /** The page URL, when the input came from the web or --url. */
  url: string | null;
  /** A page, a draft, or an article record read back (no source: findings name fields, not lines). */
  kind: 'html' | 'draft' | 'record';
  /** The decoded source the findings' lines and columns count in. */
  source: string;
  findings: Finding[];
  /** With --fix/--fix-dry-run, when fixes were applied: the fixed text (`source` is then the same) and how many. */
  output?: string;
  fixed?: number;
}

export interface FormatOptions {
  /** ANSI colour (stylish only). */
  color: boolean;
  rules: readonly RuleMeta[];
  version: string;
  /** --fix (written), --fix-dry-run (not written), or neither. */
  fixMode?: 'fix' | 'dry-run' | null;
}

export type Formatter = (reports: readonly LintReport[], options: FormatOptions) => string;

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity as Severity]++;
  return counts;
}

export function countAll(reports: readonly LintReport[]): Counts {
  const total: Counts = { error: 0, warning: 0, info: 0 };
  for (const r of reports) {
    const c = countFindings(r.findings);
    total.error += c.error;
    total.warning += c.warning;
    total.info += c.info;
  }
  return total;
}

/** Line texts of a source, split once per report. */
export class SourceText {
  private lines: string[] | null = null;
  private starts: number[] | null = null;

  constructor(private readonly source: string) {}

  line(n: number): string | null {
    this.lines ??= this.source.split('\n');
    const text = this.lines[n - 1];
    return text === undefined ? null : text.replace(/\r$/, '');
  }

  /** Line and column (1-based) of a character offset. */
  positionOf(offset: number): { line: number; column: number } {
    return this.endOf(1, 1, offset);
  }

  /** Line and column (1-based) `length` characters after a position: the end of a region. */
  endOf(line: number, column: number, length: number): { line: number; column: number } {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.source.indexOf('\n'); i !== -1; i = this.source.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }
    const start = this.starts[line - 1];
    if (start === undefined) return { line, column: column + length };
    const end = start + column - 1 + length;
    let lo = line - 1;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= end) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: end - this.starts[lo] + 1 };
  }
}

/** One line of untrusted text for a text format: escape sequences and controls removed, line breaks as spaces. */
/** Untrusted text as one line of a report (see terminalLine). */
export const oneLine = terminalLine;
