/**
 * The findings of the rules that compare an article with its earlier version (`silent-edit`),
 * for a record already linted without it: the crawl's, when a re-crawl finds the article
 * changed. The record keeps no page, so these findings point at fields ("paragraphs[2]").
 */
import { extractionFromRecord } from '../extract/from-record.js';
import type { ArticleRecord, Finding } from '../record.js';
import { defaultConfig, type LintConfig } from './config.js';
import type { PreviousVersion } from './context.js';
import { RULES } from './rules/index.js';
import { lintArticle } from './runner.js';

/** The rules that read `previous`; every other rule has had its say on the page. */
const REVISION_RULES = new Set(['silent-edit']);

/** Findings of the revision rules on `record` against `previous`, at the severities `config` gives them. */
export function lintRevision(record: ArticleRecord, previous: PreviousVersion, config: LintConfig = defaultConfig()): Finding[] {
  const only: LintConfig = { ...config, rules: { ...config.rules } };
  for (const rule of RULES) if (!REVISION_RULES.has(rule.meta.id)) only.rules[rule.meta.id] = { ...only.rules[rule.meta.id], severity: 'off' };
  return lintArticle(extractionFromRecord(record), only, { previous });
}

/** Adds the revision rules' findings to a changed record's own. */
export function addRevisionFindings(record: ArticleRecord, previous: PreviousVersion, config?: LintConfig): void {
  const found = lintRevision(record, previous, config);
  if (found.length) record.findings = [...(record.findings ?? []), ...found];
}
