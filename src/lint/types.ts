/**
 * The shapes every lint rule shares: its meta (id, default severity, docs, options) and
 * the hits its check returns. The runner turns hits into record Findings (severity from
 * the config, where/line/column from the text unit and the page source).
 */
import type { Severity } from '../record.js';
import type { LintContext, TextUnit } from './context.js';

export type RuleSeverity = Severity | 'off';

/** One option of a rule: a plain value with a default, checked when a config sets it. */
export type OptionSpec =
  | { type: 'integer'; default: number; minimum?: number; maximum?: number; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'severity'; default: RuleSeverity; description: string };

export type OptionValue = number | boolean | string;
export type RuleOptions = Record<string, OptionValue>;

export interface RuleExample {
  /** Copy that shows the rule at work (or not). */
  text: string;
  /** What the rule says about it. */
  note: string;
}

export interface RuleMeta {
  /** Stable id, kebab-case: used in configs, `--rule`, output and `finding.rule`. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule catches. */
  description: string;
  /** A short paragraph: when it fires, when it stays quiet, what `found`/`expected` hold. */
  docs: string;
  examples: RuleExample[];
  options: Record<string, OptionSpec>;
  /**
   * The rule's messages by id, ESLint's way: templates whose `{{name}}` placeholders a hit's
   * `data` fills ("{{written}} was a {{actual}}, not a {{weekday}}"). Tests and tools match
   * `messageId`, never the sentence.
   */
  messages?: Record<string, string>;
}

/** A replacement inside one text unit: offsets into `unit.text`, and what to put there. */
export interface TextFix {
  start: number;
  end: number;
  text: string;
}

/** What a rule reports: a span of one text unit, and what to tell the editor. */
export interface RuleHit {
  unit: TextUnit;
  /** Offsets into unit.text of the offending text. */
  start: number;
  end: number;
  found: string;
  expected: string | null;
  /** One of `meta.messages`; the runner fills its template with `data` into the finding's message. */
  messageId?: string;
  data?: Record<string, string | number>;
  /** The message itself, for a hit without a messageId. */
  message?: string;
  suggestion?: string | null;
  /**
   * A fix the rule marks safe: applying it needs no judgement (the one weekday an unambiguous,
   * plausible date can have). `kliping lint --fix` applies it to drafts; never to pages or records.
   */
  fix?: TextFix;
  /** A fixed severity for this hit (e.g. institution variants are info); else the rule's configured one. */
  severity?: Severity;
}

export interface Rule<O extends RuleOptions = RuleOptions> {
  meta: RuleMeta;
  /** Pure: reads the context, returns hits; never throws on odd input (the runner guards anyway). */
  check(context: LintContext, options: O): RuleHit[];
}
