/** Lint output formats: stylish (people), json (programs), unix (editors, grep), sarif (code scanning), github (Actions),
 * html (one self-contained page). */
import type { Formatter } from './report.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatUnix } from './unix.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';

import type { LintFormat } from './formats.js';
export { LINT_FORMATS, type LintFormat } from './formats.js';

export const FORMATTERS: Record<LintFormat, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  unix: formatUnix,
  sarif: formatSarif,
  github: formatGithub,
  html: formatHtml,
};

export * from './report.js';
export { formatStylish, formatJson, formatUnix, formatSarif, formatGithub, formatHtml };
export { rulesText, rulesJson, rulesMarkdown } from './rules.js';
