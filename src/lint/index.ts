/** kliping lint: check an article against itself. */
export { lintArticle, type LintOptions } from './runner.js';
export {
  defaultConfig,
  resolveConfig,
  parseSeverity,
  parseRuleArgument,
  severityRank,
  atLeast,
  ConfigError,
  type LintConfig,
  type LintConfigInput,
  type RuleConfigInput,
  type RuleSetting,
  type SeverityInput,
} from './config.js';
export { RULES, ruleById } from './rules/index.js';
export { LintContext, type TextUnit, type PreviousVersion } from './context.js';
export { isCorrectionNote, correctionLabelOf } from './corrections.js';
export type { Rule, RuleMeta, RuleHit, RuleSeverity, OptionSpec, RuleOptions, RuleExample } from './types.js';
export { CONFIG_FILE, ConfigLookup, loadConfigFile, type ConfigLayer } from './config-file.js';
