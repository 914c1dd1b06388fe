/** `kliping lint` at work: inputs read as pages, drafts or records, linted with their config, reported. Loaded when the command runs. */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractDetailed } from '../pipeline.js';
import { decodeHtml } from '../fetch/charset.js';
import { extractionFromRecord } from '../extract/from-record.js';
import type { Extraction } from '../extract/article.js';
import { ConfigError, atLeast, parseRuleArgument, resolveConfig, type LintConfig, type LintConfigInput } from '../lint/config.js';
import { ConfigLookup, loadConfigFile, type ConfigLayer } from '../lint/config-file.js';
import { lintArticle } from '../lint/runner.js';
import type { PreviousVersion } from '../lint/context.js';
import { latestVersionBeside } from '../diff/archive.js';
import { RULES } from '../lint/rules/index.js';
import { DIRECTIVE_RULE } from '../lint/directives.js';
import { fixDraft, readAsUtf8, type DraftSource } from './lint-fix.js';
import { FORMATTERS, countAll, type LintReport } from '../export/lint/index.js';
import { VERSION } from '../fetch/version.js';
import { AtomicStream } from '../sink/atomic.js';
import { fsReason } from '../sink/fs-errors.js';
import { InputError, isUrl } from './inputs.js';
import { expandInputs } from './expand.js';
import { inputItems, type InputItem } from './items.js';
import { DataOut, Log, readAll, type CliIO } from './io.js';
import { fetchOptionsFrom } from './fetch-options.js';
import type { LintCommandOptions } from './lint.js';

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
  const configFor = (path: string) => (fixed || !lookup ? resolveConfig(fixed ?? undefined, ...ruleLayers) : lintConfigFor(path, lookup, ruleLayers));

  let collected: { reports: LintReport[]; failed: number };
  try {
    collected = await lintAll(inputs, options, io, log, configFor);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    log.line(`kliping: ${err.message}`);
    return 2;
  }
  const { reports, failed } = collected;
  if (!reports.length) return 2;
  if (!(await writeReport(reports, options, io, log))) return 2;

  const total = countAll(reports);
  const failOn = options.failOn ?? 'error';
  const reached = (['error', 'warning', 'info'] as const).some((s) => total[s] > 0 && atLeast(s, failOn));
  const tooManyWarnings = options.maxWarnings !== undefined && total.warning > options.maxWarnings;
  if (tooManyWarnings) log.line(`kliping: ${total.warning} ${total.warning === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${options.maxWarnings}`);
  return reached || tooManyWarnings || failed > 0 ? 1 : 0;
}

/** Every input (folders and patterns expanded, archives and record files opened) linted; a bad one is a line on stderr. */
async function lintAll(
  inputs: string[],
  options: LintCommandOptions,
  io: CliIO,
  log: Log,
  configFor: (path: string) => LintConfig | Promise<LintConfig>,
): Promise<{ reports: LintReport[]; failed: number }> {
  const reports: LintReport[] = [];
  let failed = 0;
  const itemOptions = { fetch: fetchOptionsFrom(options), stdin: (limit: number) => readAll(io.stdin, limit), draft: options.draft };
  for await (const input of expandInputs(inputs)) {
    if (input instanceof InputError) {
      failed++;
      log.problem(input.input, input.message);
      continue;
    }
    for await (const item of inputItems(input, itemOptions)) {
      const read = item instanceof InputError ? item : await readItem(item, options);
      if (read instanceof InputError) {
        failed++;
        log.problem(read.input, read.message);
        continue;
      }
      const config = await configFor(input);
      let findings = lintArticle(read.extraction, config, {
        previous: read.previous,
        onRuleError: (rule, error) =>
          log.problem(read.name, `rule ${rule} failed (${error instanceof Error ? error.message : String(error)}); its findings are missing`),
      });
      let source = read.extraction.page.html;
      let fixes: Pick<LintReport, 'output' | 'fixed'> = {};
      if ((options.fix || options.fixDryRun) && read.draft) {
        const outcome = await fixDraft(read.draft, findings, config, !!options.fix && !options.fixDryRun);
        if (outcome.notWritten) {
          // Nothing changed on disk: the findings are the file's own, and the run did not do what was asked.
          log.problem(read.name, outcome.notWritten);
          failed++;
        } else if (outcome.fixed) {
          ({ findings } = outcome);
          source = outcome.output;
          fixes = { output: outcome.output, fixed: outcome.fixed };
        }
      }
      const shown = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
      if (options.verbose)
        log.line(`kliping: ${read.name}: read as ${KIND_NAME[read.kind]}, ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`);
      reports.push({ input: read.name, uri: uriOf(input, read.url), url: read.url, kind: read.kind, source, findings: shown, ...fixes });
    }
  }
  return { reports, failed };
}

const KIND_NAME: Record<LintReport['kind'], string> = { html: 'a page', draft: 'a draft', record: 'an article record' };

interface ReadItem {
  name: string;
  url: string | null;
  kind: LintReport['kind'];
  extraction: Extraction;
  /** A draft's text and where it came from, for --fix. */
  draft?: DraftSource;
  /** A record's earlier version, kept beside its file in an archive (`<slug>.versions/`). */
  previous?: PreviousVersion | null;
}

/** An item as an Extraction: a page parsed and extracted, a draft read, a record taken as it is. */
async function readItem(item: InputItem, options: LintCommandOptions): Promise<ReadItem | InputError> {
  if (item.kind === 'record') {
    return {
      name: item.source,
      url: item.record.url && isUrl(item.record.url) ? item.record.url : null,
      kind: 'record',
      extraction: extractionFromRecord(item.record),
      previous: latestVersionBeside(item.source),
    };
  }
  const { loaded } = item;
  const url = loaded.url ?? options.url ?? null;
  const source = loaded.url ?? options.url ?? loaded.source;
  try {
    if (item.kind === 'draft') {
      const text = decodeHtml(loaded.bytes, loaded.contentType).html;
      // The Markdown parser loads with the first draft: linting pages never needs it.
      const { extractDraft } = await import('../extract/draft.js');
      const extraction = extractDraft(text, { source, url });
      if (isEmpty(extraction)) return new InputError(loaded.source, 'no article found (no headline and no text)');
      const path = loaded.url || loaded.source === '-' ? null : loaded.source;
      const bom = hasBom(loaded.bytes);
      const draft: DraftSource = { path, text, bom, utf8: readAsUtf8(loaded.bytes, text, bom), source, url };
      return { name: loaded.source, url, kind: 'draft', extraction, draft };
    }
    const extraction = extractDetailed(loaded.bytes, { url, contentType: loaded.contentType, source, lint: false });
    // An archive page, a password-protected post: nothing of the editor's to check.
    if (extraction.record.notArticle) return new InputError(loaded.source, extraction.record.notArticle);
    if (isEmpty(extraction)) return new InputError(loaded.source, 'no article found (no headline and no text)');
    return { name: loaded.source, url, kind: 'html', extraction };
  } catch (err) {
    return new InputError(loaded.source, unexpected(err));
  }
}

function isEmpty(extraction: Extraction): boolean {
  return !extraction.record.headline && extraction.record.paragraphs.length === 0;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The report, formatted, to stdout or (atomically) to -o FILE; false when it cannot be written. */
async function writeReport(reports: LintReport[], options: LintCommandOptions, io: CliIO, log: Log): Promise<boolean> {
  const color = options.format === 'stylish' && (options.color ?? (!options.outputFile && useColor(io)));
  const formatted = FORMATTERS[options.format](reports, {
    color,
    rules: [...RULES.map((r) => r.meta), DIRECTIVE_RULE],
    version: VERSION,
    fixMode: options.fixDryRun ? 'dry-run' : options.fix ? 'fix' : null,
  });
  if (options.outputFile) {
    let file: AtomicStream | null = null;
    try {
      file = await AtomicStream.open(options.outputFile);
      await file.write(formatted);
      await file.commit();
      return true;
    } catch (err) {
      await file?.abort();
      log.problem(options.outputFile, fsReason(err));
      return false;
    }
  }
  try {
    await new DataOut(io.stdout).write(formatted);
    return true;
  } catch (err) {
    log.line(`kliping: ${(err as Error).message}`);
    return false;
  }
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

/** Colour only on a terminal, never with NO_COLOR set; FORCE_COLOR (not "0") turns it on. --color and --no-color decide before these. */
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
