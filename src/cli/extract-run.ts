/** `kliping extract` at work: inputs read, extracted, rendered and written in input order. Loaded when the command runs. */
import { extract } from '../pipeline.js';
import { decodeHtml } from '../fetch/charset.js';
import { extractionFromRecord } from '../extract/from-record.js';
import type { Extraction } from '../extract/article.js';
import { lintArticle } from '../lint/runner.js';
import type { LintConfig } from '../lint/config.js';
import { ExtractPool } from '../parallel/pool.js';
import type { ArticleRecord } from '../record.js';
import { toJson, toJsonLine } from '../export/json.js';
import { toMarkdown } from '../export/markdown.js';
import { toText } from '../export/text.js';
import { OutDir } from '../sink/out-dir.js';
import { AtomicStream } from '../sink/atomic.js';
import { InputError } from './inputs.js';
import { expandInputs } from './expand.js';
import { inputItems, type InputItem } from './items.js';
import { fsReason } from '../sink/fs-errors.js';
import { DataOut, Log, readAll, type CliIO } from './io.js';
import { fetchOptionsFrom } from './fetch-options.js';
import { lintConfigFor } from './lint-run.js';
import { ConfigLookup } from '../lint/config-file.js';
import { ConfigError } from '../lint/config.js';
import { EXTENSION, type ExtractCommandOptions, type Format } from './extract.js';

export async function runExtract(inputs: string[], options: ExtractCommandOptions, io: CliIO): Promise<number> {
  const log = new Log(io.stderr);
  if (options.output && options.outDir) {
    log.line('kliping: --output and --out-dir cannot be used together');
    return 2;
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    log.line('kliping: "-" (stdin) can be given only once');
    return 2;
  }
  let file: AtomicStream | null = null;
  if (options.output) {
    try {
      file = await AtomicStream.open(options.output);
    } catch (err) {
      log.problem(options.output, fsReason(err));
      return 2;
    }
  }
  return new ExtractRun(inputs, options, io, log, file).run();
}

/** One `kliping extract` run: inputs read in order, extracted (on the pool or here), written in input order. */
class ExtractRun {
  private readonly format: ExtractCommandOptions['format'];
  private readonly stdout: DataOut;
  private readonly outDir: OutDir | null;
  private readonly configs: ConfigLookup | null;
  private readonly jobs: number;
  private readonly pool: ExtractPool | null;
  private readonly jsonRecords: ArticleRecord[] = [];
  private ok = 0;
  private failed = 0;
  /** Inputs that are no article (a category archive, a protected post): exit 1, not 2, when nothing else was written. */
  private skipped = 0;

  constructor(
    private readonly inputs: string[],
    private readonly options: ExtractCommandOptions,
    private readonly io: CliIO,
    private readonly log: Log,
    private readonly file: AtomicStream | null,
  ) {
    this.format = options.format;
    this.stdout = new DataOut(io.stdout);
    this.outDir = options.outDir ? new OutDir(options.outDir, EXTENSION[options.format]) : null;
    this.configs = options.lint === false ? null : new ConfigLookup();
    this.jobs = options.jobs ?? 1;
    this.pool = this.jobs > 1 ? new ExtractPool(this.jobs) : null;
  }

  async run(): Promise<number> {
    let fatal: boolean;
    try {
      fatal = !(await this.extractAll());
    } finally {
      await this.pool?.close();
    }
    if (fatal) {
      await this.file?.abort();
      return 2;
    }
    try {
      // -f json is a list whatever the number of inputs: a pattern that matches one file gives the same shape.
      if (this.format === 'json' && !this.outDir && this.jsonRecords.length) await this.emit(toJson(this.jsonRecords));
      if (this.file) await this.file.commit();
    } catch (err) {
      await this.file?.abort();
      this.log.problem(this.options.output ?? 'stdout', fsReason(err));
      return 2;
    }
    if (this.ok === 0 && this.skipped === 0) return 2;
    return this.failed > 0 || this.skipped > 0 ? 1 : 0;
  }

  /** Every input, a window of them in flight; false when the run must stop (the output cannot be written, a bad config). */
  private async extractAll(): Promise<boolean> {
    const fetchOptions = fetchOptionsFrom(this.options);
    const window: Promise<Outcome>[] = [];
    const limit = Math.max(1, this.jobs * 2);
    const itemOptions = { fetch: fetchOptions, stdin: (max: number) => readAll(this.io.stdin, max) };
    for await (const input of expandInputs(this.inputs)) {
      const items = input instanceof InputError ? [input] : inputItems(input, itemOptions);
      for await (const item of items) {
        if (this.stdout.closed) return true;
        window.push(item instanceof InputError ? Promise.resolve({ input: item.input, error: item.message }) : this.extractOne(item));
        while (window.length >= limit) if (!(await this.write(await window.shift()!))) return false;
      }
    }
    while (window.length && !this.stdout.closed) if (!(await this.write(await window.shift()!))) return false;
    return true;
  }

  /** A page extracted (on the pool when there is one), a draft read, a record taken again; each linted by its config. */
  private async extractOne(item: InputItem): Promise<Outcome> {
    const name = item.kind === 'record' ? item.source : item.loaded.source;
    try {
      const lint = this.configs ? await lintConfigFor(configPath(name), this.configs) : false;
      const record = await this.recordOf(item, lint);
      // A password-protected post, an archive, a search or an empty page: reported, not printed.
      if (record.notArticle) return { input: name, skipped: record.notArticle };
      if (!record.headline && record.paragraphs.length === 0) return { input: name, error: 'no article found (no headline and no text)' };
      return { input: name, record };
    } catch (err) {
      if (err instanceof ConfigError) return { input: name, fatal: err.message };
      return { input: name, error: err instanceof InputError ? err.message : unexpected(err) };
    }
  }

  private async recordOf(item: InputItem, lint: LintConfig | false): Promise<ArticleRecord> {
    const zone = this.options.zone ?? null;
    if (item.kind === 'record') return withFindings(extractionFromRecord(item.record), lint);
    const { loaded } = item;
    const url = loaded.url ?? this.options.url ?? null;
    const source = loaded.url ?? this.options.url ?? loaded.source;
    if (item.kind === 'draft') {
      // The Markdown parser loads with the first draft: extracting pages never needs it.
      const { extractDraft } = await import('../extract/draft.js');
      return withFindings(extractDraft(decodeHtml(loaded.bytes, loaded.contentType).html, { source, url, zone }), lint);
    }
    const opts = { url, contentType: loaded.contentType, source, lint, zone };
    return this.pool ? this.pool.extract(loaded.bytes, opts) : extract(loaded.bytes, opts);
  }

  private emit(chunk: string): Promise<void> {
    return this.file ? this.file.write(chunk) : this.stdout.write(chunk);
  }

  /** Write one outcome in its turn; false when the run must stop. */
  private async write(outcome: Outcome): Promise<boolean> {
    if (outcome.fatal) {
      this.log.line(`kliping: ${outcome.fatal}`);
      return false;
    }
    if (outcome.skipped) {
      this.skipped++;
      this.log.problem(outcome.input, outcome.skipped);
      return true;
    }
    if (!outcome.record) {
      this.failed++;
      this.log.problem(outcome.input, outcome.error ?? 'could not be processed');
      return true;
    }
    const record = outcome.record;
    try {
      const rendered = render(record, this.format);
      if (this.outDir) {
        const path = await this.outDir.write(record, this.format === 'jsonl' ? toJson(record) : rendered);
        this.log.line(`kliping: ${outcome.input}: wrote ${path}`);
      } else if (this.format === 'json') {
        this.jsonRecords.push(record);
      } else {
        const separator = this.format === 'md' ? '\n---\n\n' : '\n\f\n';
        await this.emit((this.ok > 0 && this.format !== 'jsonl' ? separator : '') + rendered);
      }
      this.ok++;
    } catch (err) {
      // The output cannot be written (full disk, read-only folder): every later record would
      // fail the same way, so the run ends here, with one line.
      this.log.problem(this.outDir ? this.outDir.dir : (this.options.output ?? 'stdout'), fsReason(err));
      return false;
    }
    return true;
  }
}

interface Outcome {
  input: string;
  record?: ArticleRecord;
  error?: string;
  /** Why the input is no article ("not an article: category archive"). */
  skipped?: string;
  /** A problem that ends the run (a bad config file). */
  fatal?: string;
}

/** A draft's or a record's findings, by its config (none with --no-lint). */
function withFindings(extraction: Extraction, lint: LintConfig | false): ArticleRecord {
  return { ...extraction.record, findings: lint === false ? [] : lintArticle(extraction, lint) };
}

/** The file an input name stands for, for its .klipingrc.json: "a.warc#https://…" → a.warc, "a.jsonl:3" → a.jsonl, "a.json[2]" → a.json. */
function configPath(name: string): string {
  return name.replace(/#.*$/, '').replace(/(?::\d+|\[\d+\])$/, '');
}

function render(record: ArticleRecord, format: Format): string {
  switch (format) {
    case 'json':
      return toJson(record);
    case 'jsonl':
      return toJsonLine(record);
    case 'md':
      return toMarkdown(record);
    case 'text':
      return toText(record);
  }
}

function unexpected(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `could not be processed (${message.split('\n')[0]})`;
}
