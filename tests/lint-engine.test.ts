/**
 * The lint engine: rule meta, configuration (severities, options, layers, errors), the
 * runner (order, severities, a failing rule), and docs/rules.md kept in step with the meta.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { RULES, ruleById } from '../src/lint/rules/index.js';
import { ConfigError, defaultConfig, parseRuleArgument, parseSeverity, resolveConfig } from '../src/lint/config.js';
import { lintArticle } from '../src/lint/runner.js';
import { rulesMarkdown } from '../src/export/lint/index.js';
import { DIRECTIVE_RULE } from '../src/lint/directives.js';
import { extractDetailed, lint } from '../src/index.js';

const root = new URL('../', import.meta.url);
const seed = readFileSync(new URL('fixtures/katajari-seed-anjangsana.html', root));
const seedExtraction = () => extractDetailed(seed, { source: 'fixtures/katajari-seed-anjangsana.html', lint: false });

describe('rule meta', () => {
  it('has the eleven rules, each in its own file named after its id', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([
      'weekday-mismatch',
      'caption-date-conflict',
      'date-after-publication',
      'dateline-publication-gap',
      'impossible-date',
      'name-variant',
      'spelling-variant',
      'duplicate-caption',
      'leftover-chrome',
      'missing-credit',
      'silent-edit',
    ]);
    for (const r of RULES) {
      expect(existsSync(new URL(`src/lint/rules/${r.meta.id}.ts`, root)), r.meta.id).toBe(true);
      expect(existsSync(new URL(`tests/lint-rules/${r.meta.id}.test.ts`, root)), r.meta.id).toBe(true);
    }
  });

  it('each rule has a one-line description, docs, examples and typed option defaults', () => {
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(['error', 'warning', 'info']).toContain(meta.defaultSeverity);
      expect(meta.description).not.toMatch(/\n/);
      expect(meta.description.length).toBeLessThan(100);
      expect(meta.docs.length).toBeGreaterThan(100);
      expect(meta.examples.length).toBeGreaterThanOrEqual(2);
      for (const spec of Object.values(meta.options)) {
        expect(spec.type === 'severity' ? typeof spec.default === 'string' : typeof spec.default).toBe(
          spec.type === 'integer' ? 'number' : spec.type === 'boolean' ? 'boolean' : true,
        );
      }
    }
  });

  it('docs/rules.md is generated from the meta (npm run docs:rules)', () => {
    expect(readFileSync(new URL('docs/rules.md', root), 'utf8')).toBe(
      rulesMarkdown(
        RULES.map((r) => r.meta),
        [DIRECTIVE_RULE],
      ),
    );
  });
});

describe('configuration', () => {
  it('defaults: every rule at its default severity with its default options', () => {
    const c = defaultConfig();
    expect(c.rules['caption-date-conflict']).toEqual({ severity: 'error', options: { maxDays: 7 } });
    expect(c.rules['name-variant']).toEqual({ severity: 'warning', options: { institutions: 'info' } });
  });

  it('accepts warn for warning, and [severity, options]', () => {
    const c = resolveConfig({ rules: { 'missing-credit': 'warn', 'caption-date-conflict': ['info', { maxDays: 2 }] } });
    expect(c.rules['missing-credit'].severity).toBe('warning');
    expect(c.rules['caption-date-conflict']).toEqual({ severity: 'info', options: { maxDays: 2 } });
  });

  it('later layers override earlier ones, a bare severity keeps earlier options', () => {
    const c = resolveConfig({ rules: { 'caption-date-conflict': ['warn', { maxDays: 2 }] } }, { rules: { 'caption-date-conflict': 'error' } });
    expect(c.rules['caption-date-conflict']).toEqual({ severity: 'error', options: { maxDays: 2 } });
  });

  it('refuses unknown rules, bad severities and bad options, naming where they came from', () => {
    const bad = (config: unknown) => () => resolveConfig({ config, origin: 'x/.klipingrc.json' });
    expect(bad({ rules: { 'no-such-rule': 'off' } })).toThrow(/x\/\.klipingrc\.json: unknown rule "no-such-rule"/);
    expect(bad({ rules: { 'missing-credit': 'loud' } })).toThrow(/severity must be off, info, warn, warning or error/);
    expect(bad({ rules: { 'caption-date-conflict': ['error', { maxDays: -1 }] } })).toThrow(/maxDays" must be at least 0/);
    expect(bad({ rules: { 'caption-date-conflict': ['error', { maxDays: 1.5 }] } })).toThrow(/must be an integer/);
    expect(bad({ rules: { 'caption-date-conflict': ['error', { days: 3 }] } })).toThrow(/has no option "days" \(options: maxDays\)/);
    expect(bad({ rules: { 'name-variant': ['warn', { institutions: 'sometimes' }] } })).toThrow(ConfigError);
    expect(bad({ rulez: {} })).toThrow(/unknown key "rulez"/);
    expect(bad([])).toThrow(/must be a JSON object/);
  });

  it('--rule arguments', () => {
    expect(parseRuleArgument('name-variant=off')).toEqual({ rules: { 'name-variant': 'off' } });
    expect(parseRuleArgument('caption-date-conflict=["warn",{"maxDays":3}]')).toEqual({ rules: { 'caption-date-conflict': ['warn', { maxDays: 3 }] } });
    expect(() => parseRuleArgument('name-variant')).toThrow(/expected ID=SEVERITY/);
    expect(() => parseRuleArgument('nope=error')).toThrow(/unknown rule "nope"/);
    expect(() => parseRuleArgument('missing-credit=[oops')).toThrow(/not valid JSON/);
    expect(parseSeverity('WARN', 'x')).toBe('warning');
  });
});

describe('runner', () => {
  it('configured severities apply; off turns a rule off', () => {
    const findings = lintArticle(seedExtraction(), { rules: { 'weekday-mismatch': 'info', 'name-variant': 'off' } });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['weekday-mismatch', 'info']]);
    // With weekday-mismatch off, the slip is caption-date-conflict's to report.
    const without = lintArticle(seedExtraction(), { rules: { 'weekday-mismatch': 'off', 'name-variant': 'off' } });
    expect(without.map((f) => [f.rule, f.severity])).toEqual([['caption-date-conflict', 'error']]);
  });

  it('sorts by position in the source', () => {
    const findings = lintArticle(seedExtraction(), { rules: { 'name-variant': ['warning', { institutions: 'info' }] } });
    const positions = findings.map((f) => [f.line!, f.column!]);
    expect(positions).toEqual([...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(findings.map((f) => f.rule)).toEqual(['weekday-mismatch', 'name-variant']);
  });

  it('a rule that throws costs only its own findings', () => {
    const spy = vi.spyOn(ruleById('missing-credit')!, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const errors: string[] = [];
    try {
      const findings = lintArticle(seedExtraction(), undefined, { onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
      expect(findings).toHaveLength(2);
      expect(errors).toEqual(['missing-credit: boom']);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('lint() as a library', () => {
  it('lints a page, or a draft with { draft: true }, with a chosen config', () => {
    expect(lint(seed).map((f) => f.rule)).toEqual(['weekday-mismatch', 'name-variant']);
    expect(lint(seed, { config: { rules: { 'name-variant': 'off' } } }).map((f) => f.rule)).toEqual(['weekday-mismatch']);
    const md = readFileSync(new URL('fixtures/lint/weekday-mismatch-caption.md', root));
    expect(lint(md, { draft: true }).map((f) => [f.rule, f.line, f.column])).toEqual([['weekday-mismatch', 13, 90]]);
  });
});
