/**
 * Applying findings' safe fixes to a source, ESLint's way: fixes are replacements of source
 * ranges; they are applied from the start, and one that overlaps a fix already taken waits
 * for the next pass (the caller lints the output again, up to a few passes).
 */
import type { Finding } from '../record.js';

export interface FixResult {
  /** The source with the fixes applied. */
  output: string;
  /** The findings whose fixes were applied. */
  fixed: Finding[];
}

export function applyFixes(source: string, findings: readonly Finding[]): FixResult {
  const fixable = findings
    .filter((f): f is Finding & { fix: NonNullable<Finding['fix']> } => !!f.fix && isInside(f.fix, source.length))
    .sort((a, b) => a.fix.start - b.fix.start || a.fix.end - b.fix.end);
  const parts: string[] = [];
  const fixed: Finding[] = [];
  let at = 0;
  for (const f of fixable) {
    if (f.fix.start < at) continue;
    parts.push(source.slice(at, f.fix.start), f.fix.text);
    at = f.fix.end;
    fixed.push(f);
  }
  parts.push(source.slice(at));
  return { output: fixed.length ? parts.join('') : source, fixed };
}

function isInside(fix: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(fix.start) && Number.isInteger(fix.end) && fix.start >= 0 && fix.start <= fix.end && fix.end <= length;
}

/** How many passes `lint --fix` makes at most (a fix can make another possible, as in ESLint). */
export const MAX_FIX_PASSES = 10;
