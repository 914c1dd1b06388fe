/**
 * The runner: one extraction in, findings out, sorted by where they stand in the source.
 * Each enabled rule runs once over a shared context (date mentions are found once per
 * text); a rule that throws is a bug, and costs only its own findings.
 */
import type { Extraction } from '../extract/article.js';
import type { Finding, Severity } from '../record.js';
import { LintContext } from './context.js';
import { defaultConfig, resolveConfig, type LintConfig, type LintConfigInput } from './config.js';
import { locate } from './position.js';
import { RULES } from './rules/index.js';
import type { RuleHit } from './types.js';

export interface LintOptions {
  /** Called when a rule throws (the default is to ignore it and keep the other rules' findings). */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

/** Lints an extracted article. `config` is a resolved config, or written layers (`{ rules: { id: "warn" } }`). */
export function lintArticle(extraction: Extraction, config?: LintConfig | LintConfigInput, options: LintOptions = {}): Finding[] {
  const resolved = isResolved(config) ? config : config ? resolveConfig(config) : defaultConfig();
  const context = new LintContext(extraction);
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
      placed.push({ finding: toFinding(context, rule.meta.id, hit.severity ?? (setting.severity as Severity), hit), order: hit.unit.order, start: hit.start });
    }
  }
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

function isResolved(config: LintConfig | LintConfigInput | undefined): config is LintConfig {
  if (!config || !config.rules) return false;
  const first = Object.values(config.rules)[0];
  return typeof first === 'object' && first !== null && !Array.isArray(first) && 'severity' in first && 'options' in first;
}

function toFinding(context: LintContext, rule: string, severity: Severity, hit: RuleHit): Finding {
  const { page } = context.extraction;
  const pos = locate(page.html, page.lines, hit.unit.sourced, hit.start, hit.end);
  const finding: Finding = {
    rule,
    severity,
    where: context.whereAt(hit.unit, hit.start),
    found: hit.found,
    expected: hit.expected,
    message: hit.message,
    suggestion: hit.suggestion ?? null,
    line: pos.line,
    column: pos.column,
    length: pos.length,
  };
  return finding;
}
