/**
 * The runner: one extraction in, findings out, sorted by where they stand in the source.
 * Each enabled rule runs once over a shared context (date mentions are found once per
 * text); a rule that throws is a bug, and costs only its own findings.
 */
import type { DraftLayout, Extraction } from '../extract/article.js';
import type { Finding, Severity } from '../record.js';
import { LintContext, type PreviousVersion, type TextUnit } from './context.js';
import { defaultConfig, resolveConfig, type LintConfig, type LintConfigInput } from './config.js';
import { locate } from './position.js';
import { applyDirectives, readDirectives } from './directives.js';
import { RULES } from './rules/index.js';
import type { RuleHit, RuleMeta } from './types.js';
import { sourceOffsetAt } from '../parse/sourced-text.js';

export interface LintOptions {
  /** Called when a rule throws (the default is to ignore it and keep the other rules' findings). */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * The version of the article before this one (an archive's `<slug>.versions/` keeps them):
   * `silent-edit` reports what changed since then without a correction note. Without it that
   * rule is silent.
   */
  previous?: PreviousVersion | null;
}

/**
 * Lints an extracted article. `config` is a resolved config, or written layers (`{ rules: { id: "warn" } }`);
 * `options.previous` the article's earlier version, if any: `lintArticle(extraction, config, { previous })`.
 */
export function lintArticle(extraction: Extraction, config?: LintConfig | LintConfigInput, options: LintOptions = {}): Finding[] {
  const resolved = isResolved(config) ? config : config ? resolveConfig(config) : defaultConfig();
  const context = new LintContext(extraction, options.previous ?? null);
  const placed: { finding: Finding; order: number; start: number }[] = [];
  for (const rule of RULES) {
    const setting = resolved.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    let hits: RuleHit[];
    try {
      hits = rule.check(context, setting.options);
    } catch (err) {
      options.onRuleError?.(rule.meta.id, err);
      continue;
    }
    for (const hit of hits) {
      placed.push({ finding: toFinding(context, rule.meta, hit.severity ?? (setting.severity as Severity), hit), order: hit.unit.order, start: hit.start });
    }
  }
  if (extraction.draft) applyDraftDirectives(extraction.page.html, extraction.draft, placed, resolved);
  placed.sort(
    (a, b) =>
      (a.finding.line ?? Infinity) - (b.finding.line ?? Infinity) ||
      (a.finding.column ?? Infinity) - (b.finding.column ?? Infinity) ||
      a.order - b.order ||
      a.start - b.start ||
      (a.finding.rule < b.finding.rule ? -1 : a.finding.rule > b.finding.rule ? 1 : 0),
  );
  return placed.map((p) => p.finding);
}

/** A draft's kliping-disable comments: suppressed findings leave `placed`, stale or mistaken comments join it. */
function applyDraftDirectives(source: string, layout: DraftLayout, placed: { finding: Finding; order: number; start: number }[], config: LintConfig): void {
  const directives = readDirectives(source, layout);
  if (!directives.length) return;
  const known = new Set(RULES.map((r) => r.meta.id));
  const enabled = new Set(RULES.filter((r) => config.rules[r.meta.id]?.severity !== 'off').map((r) => r.meta.id));
  const { kept, problems } = applyDirectives(
    directives,
    placed.map((p) => p.finding),
    known,
    enabled,
  );
  const keep = new Set(kept);
  const survivors = placed.filter((p) => keep.has(p.finding));
  placed.length = 0;
  placed.push(...survivors, ...problems.map((finding) => ({ finding, order: -1, start: 0 })));
}

function isResolved(config: LintConfig | LintConfigInput | undefined): config is LintConfig {
  if (!config || !config.rules) return false;
  const first = Object.values(config.rules)[0];
  return typeof first === 'object' && first !== null && !Array.isArray(first) && 'severity' in first && 'options' in first;
}

function toFinding(context: LintContext, meta: RuleMeta, severity: Severity, hit: RuleHit): Finding {
  const { page } = context.extraction;
  const pos = locate(page.html, page.lines, hit.unit.sourced, hit.start, hit.end);
  const finding: Finding = {
    rule: meta.id,
    severity,
    where: context.whereAt(hit.unit, hit.start),
    found: hit.found,
    expected: hit.expected,
    message: messageOf(meta, hit),
    suggestion: hit.suggestion ?? null,
    line: pos.line,
    column: pos.column,
    length: pos.length,
  };
  if (hit.messageId) finding.messageId = hit.messageId;
  if (hit.fix) finding.fix = sourceFix(page.html, hit.unit, hit.fix);
  return finding;
}

/** The hit's own sentence, or its message template filled with its data. */
export function messageOf(meta: RuleMeta, hit: Pick<RuleHit, 'message' | 'messageId' | 'data'>): string {
  if (hit.message !== undefined) return hit.message;
  const template = hit.messageId ? meta.messages?.[hit.messageId] : undefined;
  if (template === undefined) throw new Error(`${meta.id}: unknown messageId ${JSON.stringify(hit.messageId)}`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (hit.data && name in hit.data ? String(hit.data[name]) : whole));
}

/**
 * A fix in source offsets, or null where the source does not hold the unit's characters
 * verbatim there (an entity, a tag or collapsed whitespace inside the span): a fix is only
 * offered where applying it cannot touch anything but the characters it names.
 */
function sourceFix(source: string, unit: TextUnit, fix: { start: number; end: number; text: string }): Finding['fix'] {
  const start = sourceOffsetAt(unit.sourced, fix.start);
  if (start === null || start < 0) return null;
  const original = unit.text.slice(fix.start, fix.end);
  if (source.slice(start, start + original.length) !== original) return null;
  return { start, end: start + original.length, text: fix.text };
}
