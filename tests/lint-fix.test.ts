/**
 * Safe fixes: rules mark a fix (the weekday of an unambiguous date), `lint --fix` applies it to
 * drafts atomically, `--fix-dry-run` only reports, pages and records are never touched; fixes
 * and messageIds reach the JSON and SARIF reports; the html report is one self-contained page.
 */
import { chmodSync, copyFileSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { runKliping } from './helpers/cli.js';
import { applyFixes } from '../src/lint/fix.js';
import { messageOf } from '../src/lint/runner.js';
import type { Finding } from '../src/record.js';
import { lint, extract, toMarkdown, toJsonLine, toText } from '../src/index.js';

const root = new URL('..', import.meta.url).pathname;
/** A draft whose caption writes "Minggu (28/10/2024)" under a dateline of Senin (28/10/2024). */
const DRAFT = join(root, 'fixtures/lint/weekday-mismatch-caption.md');
const SEED = join(root, 'fixtures/katajari-seed-anjangsana.html');

const run = (args: string[], input = '') => runKliping(args, { input });

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function copyOf(file: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kliping-fix-'));
  dirs.push(dir);
  const to = join(dir, name);
  copyFileSync(file, to);
  return to;
}

function finding(fix: Finding['fix']): Finding {
  return { rule: 'r', severity: 'error', where: 'paragraphs[0]', found: '', expected: null, message: '', line: 1, column: 1, fix };
}

describe('applyFixes', () => {
  it('applies fixes from the start and leaves an overlapping one for the next pass', () => {
    const source = 'Minggu (28/10/2024) dan Selasa (29/10/2024)';
    const result = applyFixes(source, [
      finding({ start: 24, end: 30, text: 'Selasa' }),
      finding({ start: 0, end: 6, text: 'Senin' }),
      finding({ start: 2, end: 8, text: 'x' }),
    ]);
    expect(result.output).toBe('Senin (28/10/2024) dan Selasa (29/10/2024)');
    expect(result.fixed).toHaveLength(2);
  });

  it('ignores fixes outside the source and findings without one', () => {
    const result = applyFixes('abc', [finding({ start: 2, end: 9, text: 'z' }), finding(null), finding(undefined)]);
    expect(result).toEqual({ output: 'abc', fixed: [] });
  });
});

describe('messages by id', () => {
  const meta = {
    id: 'demo',
    defaultSeverity: 'error' as const,
    description: '',
    docs: '',
    examples: [],
    options: {},
    messages: { wrong: '{{written}} was a {{actual}}' },
  };
  it('fills a template with the hit data', () => {
    expect(messageOf(meta, { messageId: 'wrong', data: { written: '22/10/2023', actual: 'Minggu' } })).toBe('22/10/2023 was a Minggu');
  });
  it('an unknown id is a bug in the rule, said so', () => {
    expect(() => messageOf(meta, { messageId: 'nope' })).toThrow(/demo: unknown messageId "nope"/);
  });
  it('every finding of every rule carries a messageId', () => {
    const findings = lint(readFileSync(SEED, 'utf8')).concat(lint(readFileSync(DRAFT, 'utf8')));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.messageId, `${f.rule}: ${f.message}`).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });
});

describe('kliping lint --fix', () => {
  it('fixes the weekday of an unambiguous date in a draft, atomically, and reports what is left', async () => {
    const file = copyOf(DRAFT, 'draft.md');
    const before = readFileSync(file, 'utf8');
    const r = await run(['lint', '--fix', file]);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(before.replace('Minggu (28/10/2024)', 'Senin (28/10/2024)'));
    expect(r.stdout).toMatch(/fixed 1 problem in 1 draft/);
    expect(r.stdout).not.toMatch(/weekday-mismatch/);
    expect(r.stderr).toBe('');
  });

  it('--fix-dry-run writes nothing and gives the fixed text in -f json', async () => {
    const file = copyOf(DRAFT, 'draft.md');
    const before = readFileSync(file, 'utf8');
    const r = await run(['lint', '--fix-dry-run', '-f', 'json', file]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const [report] = JSON.parse(r.stdout);
    expect(report.fixedCount).toBe(1);
    expect(report.output).toBe(before.replace('Minggu (28/10/2024)', 'Senin (28/10/2024)'));
    expect(report.findings.filter((f: Finding) => f.rule === 'weekday-mismatch')).toEqual([]);
  });

  it('without --fix the finding says what the fix is, and the summary says it is fixable', async () => {
    const r = await run(['lint', '-f', 'json', DRAFT]);
    const [report] = JSON.parse(r.stdout);
    const weekday = report.findings.find((f: Finding) => f.rule === 'weekday-mismatch');
    expect(weekday.fix.text).toBe('Senin');
    const source = readFileSync(DRAFT, 'utf8');
    expect(source.slice(weekday.fix.start, weekday.fix.end)).toBe('Minggu');
    expect(report.fixableCount).toBe(1);
    expect((await run(['lint', DRAFT])).stdout).toMatch(/1 problem fixable with --fix/);
  });

  it('a year that needs judgement ("did you mean 2024?") gets no fix', () => {
    const seed = lint(readFileSync(SEED, 'utf8'));
    const slip = seed.find((f) => f.rule === 'weekday-mismatch');
    expect(slip).toBeDefined();
    expect(slip!.fix ?? null).toBeNull();
  });

  it('never touches a page or a record', async () => {
    const page = copyOf(SEED, 'page.html');
    const html = readFileSync(page, 'utf8');
    await run(['lint', '--fix', page]);
    expect(readFileSync(page, 'utf8')).toBe(html);
    const record = copyOf(DRAFT, 'x.md').replace(/x\.md$/, 'record.json');
    writeFileSync(record, (await run(['extract', DRAFT])).stdout);
    const json = readFileSync(record, 'utf8');
    await run(['lint', '--fix', record]);
    expect(readFileSync(record, 'utf8')).toBe(json);
  });

  it('stdin is never written: the findings stay, stderr says why, and the exit says so', async () => {
    const r = await run(['lint', '--fix', '--draft', '-f', 'json', '-'], readFileSync(DRAFT, 'utf8'));
    const [report] = JSON.parse(r.stdout);
    expect(report.output).toBeUndefined();
    expect(report.findings.some((f: Finding) => f.rule === 'weekday-mismatch')).toBe(true);
    expect(r.stderr).toMatch(/^kliping: -: fixes not written \(not a file/);
    expect(r.code).toBe(1);
  });

  it('a draft whose text is not its bytes as UTF-8 (a declared charset) is left alone', async () => {
    const file = copyOf(DRAFT, 'draft.md');
    const before = readFileSync(file, 'utf8')
      .replace('# Bupati', '<meta charset="windows-1252">\n\n# Bupati')
      .replace('Bupati Banjar H', 'Bupati Banjar café – H');
    writeFileSync(file, before);
    const r = await run(['lint', '--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(r.stderr).toMatch(/fixes not written \(the file is not read as UTF-8/);
    expect(r.code).toBe(1);
  });

  it('writes through a symlink to the draft, keeping its permissions and its byte order mark', async () => {
    const file = copyOf(DRAFT, 'draft.md');
    writeFileSync(file, '\uFEFF' + readFileSync(file, 'utf8'));
    chmodSync(file, 0o600);
    const link = join(dirname(file), 'link.md');
    symlinkSync(file, link);
    const r = await run(['lint', '--fix', link]);
    expect(r.stderr).toBe('');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after).toContain('Senin (28/10/2024)');
  });
});

describe('report formats', () => {
  it('sarif: each rule has a helpUri to its documentation, a draft fix is a SARIF fix', async () => {
    const r = await run(['lint', '-f', 'sarif', DRAFT]);
    const run0 = JSON.parse(r.stdout).runs[0];
    for (const rule of run0.tool.driver.rules) expect(rule.helpUri).toMatch(new RegExp(`docs/rules\\.md#${rule.id}$`));
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'weekday-mismatch');
    const replacement = result.fixes[0].artifactChanges[0].replacements[0];
    expect(replacement.insertedContent.text).toBe('Senin');
    const region = replacement.deletedRegion;
    expect(region.startLine).toBe(region.endLine);
    expect(
      readFileSync(DRAFT, 'utf8')
        .split('\n')
        [region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1),
    ).toBe('Minggu');
    expect(result.properties.messageId).toMatch(/^[a-z]/);
  });

  it('html: one self-contained page, page text escaped', async () => {
    const hostile = readFileSync(DRAFT, 'utf8').replace('Jembatan sepanjang', '<script>alert(1)</script> Jembatan sepanjang');
    const r = await run(['lint', '--draft', '-f', 'html', '-'], hostile);
    const $ = cheerio.load(r.stdout);
    expect($('script')).toHaveLength(0);
    expect($('link, img, iframe, [src]')).toHaveLength(0);
    expect($('td.sev.error').length).toBeGreaterThan(0);
    expect($('mark').first().text()).toBe('Minggu (28/10/2024)');
    expect(r.stdout).not.toMatch(/https?:\/\//);
  });
});

describe('the library', () => {
  it('lint() reads Markdown as a draft without being told', () => {
    const text = readFileSync(DRAFT, 'utf8');
    expect(lint(text).map((f) => f.rule)).toEqual(lint(text, { draft: true }).map((f) => f.rule));
    expect(lint(text).some((f) => f.rule === 'weekday-mismatch')).toBe(true);
  });

  it('extract("") says the page is empty instead of returning an empty record; what is no text throws', () => {
    expect(extract('').notArticle).toBe('empty page');
    expect(extract(Buffer.alloc(0)).notArticle).toBe('empty page');
    expect(() => extract(null as unknown as string)).toThrow(/expected a string or bytes, got null/);
    expect(() => lint(42 as unknown as string)).toThrow(TypeError);
  });

  it('exports the exporters', () => {
    const record = extract(readFileSync(SEED, 'utf8'));
    expect(toMarkdown(record)).toMatch(/^---\ntitle: /);
    expect(JSON.parse(toJsonLine(record)).headline).toBe(record.headline);
    expect(toText(record)).toContain(record.headline!);
  });
});
