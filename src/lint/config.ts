/**
 * Lint configuration: a severity (off | info | warning | error) and options per rule.
 *
 * The written form (`.klipingrc.json`, `--rule`, the library) is
 *   { "rules": { "<rule-id>": "warn" | "off" | ["error", { "maxDays": 5 }] } }
 * "warn" is accepted for "warning". Later layers override earlier ones rule by rule; a
 * layer giving only a severity keeps the options set before it.
 */
import type { Severity } from '../record.js';
import { RULES, ruleById } from './rules/index.js';
import type { OptionSpec, OptionValue, RuleOptions, RuleSeverity } from './types.js';

export type SeverityInput = RuleSeverity | 'warn';
export type RuleConfigInput = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

export interface LintConfigInput {
  rules?: Record<string, RuleConfigInput>;
}

export interface RuleSetting {
  severity: RuleSeverity;
  options: RuleOptions;
}

/** A resolved configuration: every known rule with its severity and complete options. */
export interface LintConfig {
  rules: Record<string, RuleSetting>;
}

export class ConfigError extends Error {}

const SEVERITY_WORDS: Record<string, RuleSeverity> = {
  off: 'off',
  info: 'info',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
};

export function parseSeverity(value: unknown, what: string): RuleSeverity {
  if (typeof value === 'string') {
    const s = SEVERITY_WORDS[value.trim().toLowerCase()];
    if (s) return s;
  }
  throw new ConfigError(`${what}: severity must be off, info, warn, warning or error (got ${JSON.stringify(value)})`);
}

const SEVERITY_RANK: Record<RuleSeverity, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** error > warning > info > off. */
export function severityRank(s: RuleSeverity): number {
  return SEVERITY_RANK[s];
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}

let defaults: LintConfig | null = null;

/** Every rule at its default severity with its default options. */
export function defaultConfig(): LintConfig {
  if (!defaults) {
    const rules: Record<string, RuleSetting> = {};
    for (const rule of RULES) {
      const options: RuleOptions = {};
      for (const [name, spec] of Object.entries(rule.meta.options)) options[name] = spec.default;
      rules[rule.meta.id] = { severity: rule.meta.defaultSeverity, options };
    }
    defaults = Object.freeze({ rules }) as LintConfig;
  }
  return defaults;
}

/**
 * Layers of written configuration over the defaults, first to last. Throws ConfigError
 * naming the layer (`origin`) for an unknown rule, a bad severity or a bad option.
 */
export function resolveConfig(...layers: ({ config: unknown; origin: string } | LintConfigInput | undefined)[]): LintConfig {
  const base = defaultConfig();
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(base.rules)) rules[id] = { severity: setting.severity, options: { ...setting.options } };
  for (const layer of layers) {
    if (layer === undefined) continue;
    const { config, origin } = 'origin' in layer && 'config' in layer ? layer : { config: layer, origin: 'config' };
    applyLayer(rules, config, String(origin));
  }
  return { rules };
}

function applyLayer(rules: Record<string, RuleSetting>, config: unknown, origin: string): void {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new ConfigError(`${origin}: the configuration must be a JSON object`);
  for (const key of Object.keys(config)) {
    if (key !== 'rules' && key !== '$schema') throw new ConfigError(`${origin}: unknown key "${key}" (expected "rules")`);
  }
  const written = (config as { rules?: unknown }).rules;
  if (written === undefined) return;
  if (written === null || typeof written !== 'object' || Array.isArray(written)) throw new ConfigError(`${origin}: "rules" must be an object of rule ids`);
  for (const [id, value] of Object.entries(written as Record<string, unknown>)) {
    const rule = ruleById(id);
    if (!rule) throw new ConfigError(`${origin}: unknown rule "${id}" (run "kliping rules" for the list)`);
    const setting = rules[id];
    if (Array.isArray(value)) {
      if (value.length < 1 || value.length > 2) throw new ConfigError(`${origin}: rule "${id}": expected ["severity", { options }]`);
      setting.severity = parseSeverity(value[0], `${origin}: rule "${id}"`);
      if (value.length === 2) {
        const opts = value[1];
        if (opts === null || typeof opts !== 'object' || Array.isArray(opts)) throw new ConfigError(`${origin}: rule "${id}": options must be an object`);
        for (const [name, v] of Object.entries(opts as Record<string, unknown>)) {
          const spec = rule.meta.options[name];
          if (!spec) {
            const known = Object.keys(rule.meta.options);
            throw new ConfigError(`${origin}: rule "${id}" has no option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ''}`);
          }
          setting.options[name] = checkOption(spec, v, `${origin}: rule "${id}" option "${name}"`);
        }
      }
    } else {
      setting.severity = parseSeverity(value, `${origin}: rule "${id}"`);
    }
  }
}

function checkOption(spec: OptionSpec, value: unknown, what: string): OptionValue {
  switch (spec.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new ConfigError(`${what} must be an integer`);
      if (spec.minimum !== undefined && value < spec.minimum) throw new ConfigError(`${what} must be at least ${spec.minimum}`);
      if (spec.maximum !== undefined && value > spec.maximum) throw new ConfigError(`${what} must be at most ${spec.maximum}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new ConfigError(`${what} must be true or false`);
      return value;
    case 'severity':
      return parseSeverity(value, what);
  }
}

/**
 * One `--rule` argument: "ID=SEVERITY" or "ID=[\"error\", {\"maxDays\": 5}]" (the config file's form).
 */
export function parseRuleArgument(arg: string): LintConfigInput {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new ConfigError(`--rule ${arg}: expected ID=SEVERITY (e.g. name-variant=off)`);
  const id = arg.slice(0, eq).trim();
  const raw = arg.slice(eq + 1).trim();
  let value: unknown = raw;
  if (raw.startsWith('[')) {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ConfigError(`--rule ${arg}: the value is not valid JSON`);
    }
  }
  // Validate now so the message names the argument.
  resolveConfig({ config: { rules: { [id]: value } }, origin: `--rule ${arg}` });
  return { rules: { [id]: value as RuleConfigInput } };
}
