/** `kliping lint` at work: inputs read as pages or drafts, linted with their config, reported. Loaded when the command runs. */
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractDetailed } from '../pipeline.js';
import { decodeHtml } from '../fetch/charset.js';
import { extractDraft, looksLikeHtml } from '../extract/draft.js';
import type { Extraction } from '../extract/article.js';
import { ConfigError, atLeast, parseRuleArgument, resolveConfig, type LintConfig, type LintConfigInput } from '../lint/config.js';
import { ConfigLookup, loadConfigFile, type ConfigLayer } from '../lint/config-file.js';
import { lintArticle } from '../lint/runner.js';
import { RULES } from '../lint/rules/index.js';
import { FORMATTERS, countAll, type LintReport } from '../export/lint/index.js';
import { VERSION } from '../fetch/version.js';
import { InputError, isUrl, loadInput, type LoadedInput } from './inputs.js';
import { DataOut, Log, readAll, type CliIO } from './io.js';
import { fetchOptionsFrom } from './fetch-options.js';
import { DRAFT_EXTENSIONS, HTML_EXTENSIONS, type LintCommandOptions } from './lint.js';

export async function runLint(inputs: string[], options: LintCommandOptions, io: CliIO): Promise<number> {
  const log = new Log(io.stderr);
  if (inputs.filter((i) => i === '-').length > 1) {
    log.line('kliping: "-" (stdin) can be given only once');
    return 2;
  }
  let ruleLayers: LintConfigInput[];
  let fixed: ConfigLayer | null = null;
  try {
    ruleLayers = (options.rule ?? []).map(parseRuleArgument);
    if (typeof options.config === 'string') fixed = await loadConfigFile(options.config);
  } catch (err) {
    if (err instanceof ConfigError) {
      log.line(`kliping: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const lookup = options.config === false || fixed ? null : new ConfigLookup();
  const fetchOptions = fetchOptionsFrom(options);

  const reports: LintReport[] = [];
  let failed = 0;
  for (const input of inputs) {
    let extraction: Extraction;
    let loaded: LoadedInput;
    let kind: LintReport['kind'];
    try {
      loaded = await loadInput(input, fetchOptions, (limit) => readAll(io.stdin, limit));
      const url = loaded.url ?? options.url ?? null;
      const source = loaded.url ?? options.url ?? input;
      kind = isDraft(input, loaded, options) ? 'draft' : 'html';
      if (kind === 'draft') extraction = extractDraft(decodeHtml(loaded.bytes, loaded.contentType).html, { source, url });
      else extraction = extractDetailed(loaded.bytes, { url, contentType: loaded.contentType, source, lint: false });
      if (!extraction.record.headline && extraction.record.paragraphs.length === 0) throw new InputError(input, 'no article found (no headline and no text)');
    } catch (err) {
      failed++;
      log.problem(input, err instanceof InputError ? err.message : unexpected(err));
      continue;
    }
    let config;
    try {
      config = fixed || !lookup ? resolveConfig(fixed ?? undefined, ...ruleLayers) : await lintConfigFor(input, lookup, ruleLayers);
    } catch (err) {
      if (err instanceof ConfigError) {
        log.line(`kliping: ${err.message}`);
        return 2;
      }
      throw err;
    }
    const findings = lintArticle(extraction, config, {
      onRuleError: (rule, error) => log.problem(input, `rule ${rule} failed (${error instanceof Error ? error.message : String(error)}); its findings are missing`),
    });
    reports.push({ input, uri: uriOf(input, loaded.url), url: loaded.url ?? options.url ?? null, kind, source: extraction.page.html, findings });
  }
  if (!reports.length) return 2;

  const formatted = FORMATTERS[options.format](reports, { color: options.format === 'stylish' && useColor(io), rules: RULES.map((r) => r.meta), version: VERSION });
  try {
    await new DataOut(io.stdout).write(formatted);
  } catch (err) {
    log.line(`kliping: ${(err as Error).message}`);
    return 2;
  }

  const total = countAll(reports);
  const failOn = options.failOn ?? 'error';
  const reached = (['error', 'warning', 'info'] as const).some((s) => total[s] > 0 && atLeast(s, failOn));
  const tooManyWarnings = options.maxWarnings !== undefined && total.warning > options.maxWarnings;
  if (tooManyWarnings) log.line(`kliping: ${total.warning} warnings, more than --max-warnings ${options.maxWarnings}`);
  return reached || tooManyWarnings || failed > 0 ? 1 : 0;
}

/** Drafts: forced, or a draft extension, or (not a page extension, not a URL) text that does not start like HTML. */
function isDraft(input: string, loaded: LoadedInput, options: LintCommandOptions): boolean {
  if (options.draft) return true;
  if (loaded.url) return false;
  const ext = input === '-' ? '' : extname(input).toLowerCase();
  if (DRAFT_EXTENSIONS.has(ext)) return true;
  if (HTML_EXTENSIONS.has(ext)) return false;
  return !looksLikeHtml(loaded.bytes.subarray(0, 4096).toString('utf8'));
}

/** The config for one input: the nearest .klipingrc.json (from its folder, or the current folder for URLs and stdin), then `layers`. */
export async function lintConfigFor(input: string, lookup: ConfigLookup, layers: LintConfigInput[] = []): Promise<LintConfig> {
  const found = await lookup.forDirectory(configFolder(input));
  return resolveConfig(found ?? undefined, ...layers);
}

/** Where to start looking for .klipingrc.json: the file's folder, or the current folder for URLs and stdin. */
function configFolder(input: string): string {
  return input === '-' || isUrl(input) ? process.cwd() : dirname(resolve(input));
}

/** A URI reference for SARIF and GitHub: the URL, a relative path with "/", or a file: URL outside the current folder. */
function uriOf(input: string, url: string | null): string {
  if (url) return url;
  if (input === '-') return 'stdin';
  const abs = resolve(input);
  const rel = relative(process.cwd(), abs);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(abs).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

/** Colour only on a terminal, never with NO_COLOR set; FORCE_COLOR (not "0") turns it on. */
export function useColor(io: CliIO): boolean {
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return !!io.stdout.isTTY;
}

function unexpected(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `could not be processed (${message.split('\n')[0]})`;
}
