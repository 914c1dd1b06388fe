/**
 * Inline suppression in drafts, ESLint's way, as HTML comments (which Markdown keeps out of
 * the text):
 *
 *   <!-- kliping-disable-next-line caption-date-conflict -- foto arsip 2023 -->
 *   <!-- kliping-disable-line weekday-mismatch -->        (at the end of the line it covers)
 *   <!-- kliping-disable name-variant -->  …  <!-- kliping-enable name-variant -->
 *
 * No rule named means every rule; several are separated by commas or spaces; the reason
 * after ` -- ` is for the reader. "Next line" covers the next block as the Markdown parser
 * sees it (a heading, a paragraph soft-wrapped over several lines, one list item, an image
 * with its caption line); comments inside code are no directives. A directive that
 * suppresses nothing, or names no known rule, is itself reported (rule `lint-directive`).
 */
import type { Finding } from '../record.js';
import type { RuleMeta } from './types.js';
import type { DraftLayout } from '../extract/article.js';
import { SourceLines } from '../parse/source-lines.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty: every rule. */
  rules: string[];
  reason: string | null;
  /** 1-based line and column of the comment's start, and its text (for reports). */
  line: number;
  column: number;
  text: string;
  /** Lines covered by a -line directive (inclusive); for disable/enable, from `line` on. */
  fromLine: number;
  toLine: number;
}

export const DIRECTIVE_RULE: RuleMeta = {
  id: 'lint-directive',
  defaultSeverity: 'warning',
  description: 'a kliping-disable comment in a draft that suppresses nothing, or names no rule kliping has',
  docs:
    'Reported by the runner, not a rule that can be configured: a `<!-- kliping-disable… -->` comment whose rules report ' +
    'nothing where it stands is stale (the text was fixed; remove the comment), and one naming an unknown rule is a typo.',
  examples: [
    { text: '`<!-- kliping-disable-next-line caption-date-conflict -- foto arsip -->`', note: 'reported when the next paragraph has no such finding' },
  ],
  options: {},
  messages: {
    unused: 'unused kliping-{{kind}} comment: no {{rules}} finding here to suppress',
    unknownRule: 'kliping-{{kind}} names "{{rule}}", which is not a kliping rule',
  },
};

const DIRECTIVE = /^<!--\s*kliping-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->$/;

/**
 * The directives among a draft's HTML comments (as its Markdown parser found them: never in
 * code or front matter), in order. `blocks` are the places of its blocks: "next line" covers
 * the lines of the first block after the comment.
 */
export function readDirectives(source: string, layout: DraftLayout): Directive[] {
  const lines = new SourceLines(source);
  const directives: Directive[] = [];
  for (const comment of layout.comments) {
    const m = DIRECTIVE.exec(comment.text.trim());
    if (!m) continue;
    const { line, column } = lines.position(comment.start);
    const endLine = lines.position(Math.max(comment.start, comment.end - 1)).line;
    const [names, reason] = splitReason(m[2]);
    const kind = m[1] as DirectiveKind;
    const covered = kind === 'disable-next-line' ? nextBlock(layout, lines, comment.end) : kind === 'disable-line' ? [line, endLine] : [line, Infinity];
    directives.push({
      kind,
      rules: names,
      reason,
      line,
      column,
      text: comment.text.trim(),
      fromLine: covered[0],
      toLine: covered[1],
    });
  }
  return directives;
}

export interface DirectiveOutcome {
  /** The findings left after suppression. */
  kept: Finding[];
  /** Findings about the directives themselves (unused, unknown rule). */
  problems: Finding[];
}

/**
 * Applies a draft's directives to its findings. `known` are the ids of every rule, `enabled`
 * those switched on: a directive naming a rule that is off is not reported as unused.
 */
export function applyDirectives(
  directives: readonly Directive[],
  findings: readonly Finding[],
  known: ReadonlySet<string>,
  enabled: ReadonlySet<string>,
): DirectiveOutcome {
  const used = new Set<Directive>();
  const kept = findings.filter((f) => {
    const by = suppressor(directives, f);
    if (by) used.add(by);
    return !by;
  });
  const problems: Finding[] = [];
  for (const d of directives) {
    for (const rule of d.rules) if (!known.has(rule)) problems.push(directiveFinding(d, 'error', 'unknownRule', { kind: d.kind, rule }));
    if (d.kind === 'enable' || used.has(d)) continue;
    const relevant = d.rules.length === 0 || d.rules.some((r) => enabled.has(r));
    if (relevant && d.rules.every((r) => known.has(r)))
      problems.push(directiveFinding(d, 'warning', 'unused', { kind: d.kind, rules: d.rules.join(', ') || 'rule' }));
  }
  return { kept, problems };
}

/** The directive that silences a finding, if any: a -line directive covering its line, or the last disable before it not since enabled. */
function suppressor(directives: readonly Directive[], f: Finding): Directive | null {
  if (f.line === null) return null;
  const line = f.line;
  const names = (d: Directive) => d.rules.length === 0 || d.rules.includes(f.rule);
  let open: Directive | null = null;
  for (const d of directives) {
    if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      if (line >= d.fromLine && line <= d.toLine && names(d)) return d;
      continue;
    }
    if (d.line > line) continue;
    if (d.kind === 'disable' && names(d)) open = d;
    else if (d.kind === 'enable' && open && (d.rules.length === 0 || d.rules.includes(f.rule))) open = null;
  }
  return open;
}

function directiveFinding(d: Directive, severity: 'error' | 'warning', messageId: 'unused' | 'unknownRule', data: Record<string, string>): Finding {
  const template = DIRECTIVE_RULE.messages![messageId];
  return {
    rule: DIRECTIVE_RULE.id,
    severity,
    where: 'source',
    found: d.text,
    expected: null,
    message: template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => data[name] ?? ''),
    suggestion: messageId === 'unused' ? 'remove the comment' : null,
    line: d.line,
    column: d.column,
    length: d.text.length,
    messageId,
  };
}

/** Rule names, then the reason after " -- ". */
function splitReason(body: string): [string[], string | null] {
  const cut = body.search(/\s--\s|\s--$/);
  const names = (cut < 0 ? body : body.slice(0, cut)).trim();
  const reason =
    cut < 0
      ? null
      : body
          .slice(cut)
          .replace(/^\s*--\s*/, '')
          .trim() || null;
  return [names ? names.split(/[\s,]+/).filter(Boolean) : [], reason];
}

/** The lines of the first block that begins after `offset` (none: an empty range). */
function nextBlock(layout: DraftLayout, lines: SourceLines, offset: number): [number, number] {
  const block = layout.blocks.find((b) => b.start >= offset);
  if (!block) return [0, -1];
  return [lines.position(block.start).line, lines.position(Math.max(block.start, block.end - 1)).line];
}
