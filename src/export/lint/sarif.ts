/**
 * sarif: SARIF 2.1.0 for code-scanning tools. One run; the driver lists every rule with its
 * descriptions and default level; each result has ruleId/ruleIndex, level (error, warning,
 * note), the message, and a physical location (artifact URI, region with start/end line and
 * column in UTF-16 code units, the offending text as snippet) plus the record field as a
 * logical location. `found`, `expected`, `suggestion`, `where` and `messageId` are kept in
 * properties; each rule has a helpUri (its section of docs/rules.md), and a draft's safe fix
 * is a SARIF fix (one replacement).
 */
import type { Finding } from '../../record.js';
import { stringifyJson } from '../json.js';
import { SourceText, type FormatOptions, type LintReport } from './report.js';
import { ruleDocsUrl } from './docs-url.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(reports: readonly LintReport[], options: FormatOptions): string {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  const artifacts: unknown[] = [];
  reports.forEach((r, artifactIndex) => {
    artifacts.push({ location: { uri: r.uri } });
    const source = new SourceText(r.source);
    for (const f of r.findings) results.push(result(f, r, artifactIndex, source, ruleIndex));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kliping',
            version: options.version,
            semanticVersion: options.version,
            rules: options.rules.map((m) => ({
              id: m.id,
              name: m.id.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase()).replace(/^[a-z]/, (ch) => ch.toUpperCase()),
              shortDescription: { text: m.description },
              fullDescription: { text: m.docs },
              help: { text: m.docs },
              ...helpUriOf(m.id),
              defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
      },
    ],
  };
  return stringifyJson(log, 2) + '\n';
}

function helpUriOf(ruleId: string): { helpUri?: string } {
  const uri = ruleDocsUrl(ruleId);
  return uri ? { helpUri: uri } : {};
}

/** A finding's fix as a SARIF fix: one replacement, its region by line and column (character offsets would not count a byte order mark). */
function sarifFix(fix: NonNullable<Finding['fix']>, r: LintReport, artifactIndex: number, source: SourceText): unknown {
  const start = source.positionOf(fix.start);
  const end = source.positionOf(fix.end);
  return {
    description: { text: `replace with "${fix.text}"` },
    artifactChanges: [
      {
        artifactLocation: { uri: r.uri, index: artifactIndex },
        replacements: [
          {
            deletedRegion: {
              startLine: start.line,
              startColumn: start.column,
              endLine: end.line,
              endColumn: end.column,
            },
            insertedContent: { text: fix.text },
          },
        ],
      },
    ],
  };
}

function result(f: Finding, r: LintReport, artifactIndex: number, source: SourceText, ruleIndex: Map<string, number>): unknown {
  const physical: Record<string, unknown> = { artifactLocation: { uri: r.uri, index: artifactIndex } };
  if (f.line !== null) {
    const region: Record<string, unknown> = { startLine: f.line };
    if (f.column !== null) {
      region.startColumn = f.column;
      if (f.length) {
        const end = source.endOf(f.line, f.column, f.length);
        region.endLine = end.line;
        region.endColumn = end.column;
      }
    }
    region.snippet = { text: f.found };
    physical.region = region;
  }
  const out: Record<string, unknown> = {
    ruleId: f.rule,
    level: LEVEL[f.severity],
    message: { text: f.suggestion ? `${f.message}\nSuggestion: ${f.suggestion}` : f.message },
    locations: [{ physicalLocation: physical, logicalLocations: [{ name: f.where, kind: 'member' }] }],
    properties: { where: f.where, found: f.found, expected: f.expected, suggestion: f.suggestion ?? null, ...(f.messageId ? { messageId: f.messageId } : {}) },
  };
  if (f.fix && r.kind === 'draft') out.fixes = [sarifFix(f.fix, r, artifactIndex, source)];
  const index = ruleIndex.get(f.rule);
  if (index !== undefined) out.ruleIndex = index;
  return out;
}
