/** The lint formatters on hand-made reports: windows on long lines, unknown positions, escaping. */
import { describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatSarif, formatStylish, formatUnix, type LintReport } from '../src/export/lint/index.js';
import { snippet } from '../src/export/lint/stylish.js';
import { RULES } from '../src/lint/rules/index.js';
import type { Finding } from '../src/record.js';

const OPTIONS = { color: false, rules: RULES.map((r) => r.meta), version: '0.1.0' };

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'weekday-mismatch',
    severity: 'error',
    where: 'caption[0]',
    found: 'Selasa (22/10/2023)',
    expected: 'Selasa (22/10/2024)',
    message: '22/10/2023 was a Minggu, not a Selasa',
    suggestion: 'write "Selasa (22/10/2024)"',
    line: 1,
    column: 1,
    length: 19,
    ...overrides,
  };
}

function report(source: string, findings: Finding[], input = 'a.html'): LintReport {
  return { input, uri: input, url: null, kind: 'html', source, findings };
}

describe('stylish snippet', () => {
  it('cuts a long line to a window around the span, the caret still under the text', () => {
    const line = 'x'.repeat(5000) + 'Selasa (22/10/2023)' + 'y'.repeat(5000);
    const s = snippet(line, 5000, 19);
    expect(s.shown.length).toBeLessThan(120);
    expect(s.shown.startsWith('…')).toBe(true);
    expect(s.shown.endsWith('…')).toBe(true);
    expect([...s.shown].slice(s.caretOffset, s.caretOffset + s.caretLength).join('')).toBe('Selasa (22/10/2023)');
  });

  it('removes escape sequences before the span without moving the caret off it', () => {
    const line = '\u001b[31mmerah\u001b[0m\tSelasa (22/10/2023)';
    const col0 = line.indexOf('Selasa');
    const s = snippet(line, col0, 19);
    expect(s.shown).toBe('merah Selasa (22/10/2023)');
    expect(s.shown.slice(s.caretOffset, s.caretOffset + s.caretLength)).toBe('Selasa (22/10/2023)');
  });

  it('a span running past the end of the line is underlined to the end of the line', () => {
    const s = snippet('abc Selasa', 4, 500);
    expect(s.shown.slice(s.caretOffset)).toBe('Selasa');
    expect(s.caretLength).toBe(6);
  });
});

describe('formats with unknown positions', () => {
  const f = finding({ line: null, column: null, length: null, where: 'headline' });

  it('stylish shows the found text instead of a source line', () => {
    const out = formatStylish([report('', [f])], OPTIONS);
    expect(out).toContain(' --> a.html (headline)');
    expect(out).toContain('= found: "Selasa (22/10/2023)"');
  });

  it('unix leaves line:col out', () => {
    expect(formatUnix([report('', [f])], OPTIONS)).toBe('a.html: error: 22/10/2023 was a Minggu, not a Selasa [weekday-mismatch]\n');
  });

  it('sarif leaves the region out; github leaves line and col out', () => {
    const log = JSON.parse(formatSarif([report('', [f])], OPTIONS));
    expect(log.runs[0].results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'a.html', index: 0 } });
    expect(formatGithub([report('', [f])], OPTIONS)).toMatch(/^::error file=a\.html,title=weekday-mismatch::/);
  });
});

describe('escaping', () => {
  it('github escapes %, line breaks, and : , in properties', () => {
    const out = formatGithub([report('x', [finding({ message: '100% sure,\nreally' })], 'dir,1/a:b.md')], OPTIONS);
    expect(out).toBe(
      '::error file=dir%2C1/a%3Ab.md,line=1,col=1,endColumn=20,title=weekday-mismatch::100%25 sure, really%0Asuggestion: write "Selasa (22/10/2024)"\n',
    );
  });

  it('unix puts each finding on one line, control characters removed', () => {
    const out = formatUnix([report('x', [finding({ message: 'a\nb\u001b[31mc' })])], OPTIONS);
    expect(out).toBe('a.html:1:1: error: a bc [weekday-mismatch]\n');
  });

  it('sarif: a region across lines ends on the right line and column', () => {
    const log = JSON.parse(formatSarif([report('ab\ncd Selasa\n(22/10/2023)', [finding({ line: 2, column: 4, length: 19 })])], OPTIONS));
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 4, endLine: 3, endColumn: 13 });
  });

  it('json is an array even for one input, with counts', () => {
    const out = JSON.parse(formatJson([report('x', [finding(), finding({ severity: 'info' })])], OPTIONS));
    expect(out).toEqual([
      { input: 'a.html', url: null, kind: 'html', errorCount: 1, warningCount: 0, infoCount: 1, fixableCount: 0, findings: expect.any(Array) },
    ]);
  });
});
