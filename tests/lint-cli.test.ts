/**
 * `kliping lint` and `kliping rules` end to end: the built binary on real files, drafts and
 * stdin; exit codes, --fail-on, --max-warnings, --rule, .klipingrc.json lookup, every
 * output format, underlines under the right text, colour only when asked, bad inputs.
 */
import { createServer } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/lint/rules/index.js';
import { extract } from '../src/index.js';
import { repoRoot as root, runKliping, type CliRun, type CliRunOptions } from './helpers/cli.js';

const SEED = 'fixtures/katajari-seed-anjangsana.html';
const CLEAN = 'fixtures/wp-classic-wp-caption.html';
const WARNING_ONLY = 'fixtures/lint/date-after-publication-caption.html';
const ESC = '\u001b';

/** The CLI without NO_COLOR or FORCE_COLOR from the caller's environment: colour is what these tests look at. */
function run(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  return runKliping(args, { ...options, env: { NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env } });
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kliping-lint-'));
}

describe('kliping lint: stylish', () => {
  it('shows the seed slip with line:column, rule, message, the source line underlined, and the suggestion', async () => {
    const r = await run(['lint', SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC); // not a TTY: no colour
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${SEED}  2 problems`);
    expect(lines[1]).toBe('error[weekday-mismatch]: 22/10/2023 was a Minggu, not a Selasa; 22/10/2024 is a Selasa, as the dateline says — did you mean 2024?');
    expect(lines[2]).toBe(`   --> ${SEED}:125:397 (caption[0])`);
    expect(r.stdout).toContain('= suggestion: write "Selasa (22/10/2024)"');
    expect(r.stdout).toContain('info[name-variant]: "Kominfo SP" here, but "Diskominfo SP"');
    expect(lines.at(-2)).toBe('✖ 2 problems (1 error, 0 warnings, 1 info) in 1 input');

    // The carets stand exactly under "Selasa (22/10/2023)" in the quoted source line.
    const at = lines.findIndex((l) => l.startsWith('125 | '));
    const shown = lines[at].slice('125 | '.length);
    const carets = lines[at + 1].slice('    | '.length);
    const start = carets.indexOf('^');
    expect(carets.trimEnd().slice(start)).toBe('^'.repeat(19));
    expect(shown.slice(start, start + 19)).toBe('Selasa (22/10/2023)');
  });

  it('underlines the right text in a draft too', async () => {
    const r = await run(['lint', 'fixtures/lint/name-variant-heny-heni.md']);
    expect(r.code).toBe(0); // a warning does not fail by default
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => /^\d+ \| /.test(l));
    const prefix = lines[at].indexOf('| ') + 2;
    const start = lines[at + 1].indexOf('^');
    expect(lines[at].slice(start, start + 13)).toBe('Heni Ermawati');
    expect(lines[at + 1].slice(start).trimEnd()).toBe('^'.repeat(13));
    expect(start).toBeGreaterThan(prefix - 1);
    expect(lines[1]).toContain('warning[name-variant]');
  });

  it('colour with FORCE_COLOR, never with NO_COLOR', async () => {
    expect((await run(['lint', SEED], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}[`);
    const plain = await run(['lint', SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.code).toBe(1);
  });

  it('sanitises page text before it reaches the terminal', async () => {
    // Enough ordinary text around the escapes that the input is not refused as binary data.
    const body = 'Warga memadati halaman kantor bupati sejak pagi untuk mengikuti rapat dengar pendapat. '.repeat(3);
    const draft = `# Judul\n\nMARTAPURA – Rapat digelar Minggu (28/10/2024) \u001b]8;;http://evil.example\u0007klik\u001b]8;;\u0007 \u001b[31mmerah\u001b[0m.\n\n${body}\n`;
    const r = await run(['lint', '-'], { input: draft, env: { FORCE_COLOR: '0' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('error[weekday-mismatch]');
    expect(r.stdout).toContain('klik');
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('\u0007');
  });

  it('a clean page: exit 0 and says so', async () => {
    const r = await run(['lint', CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ no problems (1 input)\n');
  });
});

describe('kliping lint: exit codes and rule settings', () => {
  it('--fail-on decides which severity fails', async () => {
    expect((await run(['lint', WARNING_ONLY])).code).toBe(0);
    expect((await run(['lint', WARNING_ONLY, '--fail-on', 'warning'])).code).toBe(1);
    expect((await run(['lint', WARNING_ONLY, '--fail-on', 'info'])).code).toBe(1);
    expect((await run(['lint', CLEAN, '--fail-on', 'info'])).code).toBe(0);
    const info = await run(['lint', SEED, '--rule', 'weekday-mismatch=info', '--rule', 'caption-date-conflict=info']);
    expect(info.code).toBe(0);
    expect((await run(['lint', SEED, '--rule', 'weekday-mismatch=info', '--rule', 'caption-date-conflict=info', '--fail-on', 'info'])).code).toBe(1);
  });

  it('--max-warnings', async () => {
    const over = await run(['lint', WARNING_ONLY, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('kliping: 1 warning, more than --max-warnings 0\n');
    expect((await run(['lint', WARNING_ONLY, '--max-warnings', '1'])).code).toBe(0);
    expect((await run(['lint', WARNING_ONLY, '--max-warnings', 'many'])).code).toBe(2);
  });

  it('--rule turns rules off, changes severities and options; bad ones are usage errors', async () => {
    const off = await run(['lint', SEED, '--rule', 'weekday-mismatch=off', '--rule', 'caption-date-conflict=off']);
    expect(off.code).toBe(0);
    const warn = await run([
      'lint',
      SEED,
      '--format',
      'unix',
      '--rule',
      'weekday-mismatch=warn',
      '--rule',
      'caption-date-conflict=["error",{"maxDays":400}]',
      '--rule',
      'name-variant=off',
    ]);
    expect(warn.code).toBe(0);
    expect(warn.stdout.trim().split('\n')).toEqual([expect.stringMatching(/:125:397: warning: 22\/10\/2023 was a Minggu.* \[weekday-mismatch\]$/)]);
    const bad = await run(['lint', SEED, '--rule', 'no-such-rule=error']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('kliping: --rule no-such-rule=error: unknown rule "no-such-rule" (run "kliping rules" for the list)\n');
    expect(bad.stdout).toBe('');
    expect((await run(['lint', SEED, '--rule', 'weekday-mismatch=loud'])).code).toBe(2);
    expect((await run(['lint', SEED, '--format', 'xml'])).code).toBe(2);
  });

  it(".klipingrc.json is looked up from the input's folder upward; --no-config and --config", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(
      join(dir, 'a', '.klipingrc.json'),
      JSON.stringify({ rules: { 'weekday-mismatch': 'off', 'caption-date-conflict': ['warn', { maxDays: 3 }], 'name-variant': 'off' } }),
    );
    copyFileSync(join(root, SEED), join(dir, 'a', 'b', 'seed.html'));
    copyFileSync(join(root, SEED), join(dir, 'seed.html'));

    const inside = await run(['lint', '--format', 'json', join(dir, 'a', 'b', 'seed.html')]);
    expect(inside.code).toBe(0);
    expect(JSON.parse(inside.stdout)[0].findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity])).toEqual([
      ['caption-date-conflict', 'warning'],
    ]);

    expect((await run(['lint', join(dir, 'seed.html')])).code).toBe(1); // no config above it
    expect((await run(['lint', '--no-config', join(dir, 'a', 'b', 'seed.html')])).code).toBe(1);
    // --rule beats the file
    expect((await run(['lint', '--rule', 'weekday-mismatch=error', join(dir, 'a', 'b', 'seed.html')])).code).toBe(1);
    // --config uses that file for every input
    expect((await run(['lint', '--config', join(dir, 'a', '.klipingrc.json'), join(dir, 'seed.html')])).code).toBe(0);
    // stdin: looked up from the current folder
    const seed = readFileSync(join(root, SEED));
    expect((await run(['lint', '-'], { input: seed, cwd: join(dir, 'a', 'b') })).code).toBe(0);
    expect((await run(['lint', '-'], { input: seed, cwd: dir })).code).toBe(1);
    // kliping extract honours it too
    const [record] = JSON.parse((await run(['extract', join(dir, 'a', 'b', 'seed.html')])).stdout);
    expect(record.findings.map((f: { rule: string }) => f.rule)).toEqual(['caption-date-conflict']);
  });

  it('a broken config file is a usage error naming the file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.klipingrc.json'), '{ "rules": { "weekday-mismatch": "off", } }');
    copyFileSync(join(root, CLEAN), join(dir, 'page.html'));
    const r = await run(['lint', join(dir, 'page.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^kliping: ${join(dir, '.klipingrc.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`));
    writeFileSync(join(dir, '.klipingrc.json'), '{ "rules": { "weekday-mismach": "off" } }');
    const typo = await run(['lint', join(dir, 'page.html')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown rule "weekday-mismach"');
    expect((await run(['lint', '--config', join(dir, 'missing.json'), CLEAN])).stderr).toMatch(/missing\.json: no such file\n$/);
  });
});

describe('kliping lint: formats', () => {
  it("json: an array per input with counts and the record's findings", async () => {
    const r = await run(['lint', '--format', 'json', SEED, CLEAN]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { input: string; kind: string; errorCount: number }) => [o.input, o.kind, o.errorCount])).toEqual([
      [SEED, 'html', 1],
      [CLEAN, 'html', 0],
    ]);
    expect(out[0].findings).toEqual(extract(readFileSync(join(root, SEED))).findings);
  });

  it('unix: file:line:col: severity: message [rule]', async () => {
    const r = await run(['lint', '--format', 'unix', SEED, 'fixtures/lint/weekday-mismatch-caption.md']);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      `${SEED}:125:397: error: 22/10/2023 was a Minggu, not a Selasa; 22/10/2024 is a Selasa, as the dateline says — did you mean 2024? [weekday-mismatch]`,
      `${SEED}:136:785: info: "Kominfo SP" here, but "Diskominfo SP" in dateline for the same office in Surakarta [name-variant]`,
      'fixtures/lint/weekday-mismatch-caption.md:13:90: error: 28/10/2024 is a Senin, not a Minggu, as the dateline says — did you mean Senin? [weekday-mismatch]',
    ]);
  });

  it('github: workflow annotations with escaped values', async () => {
    const r = await run(['lint', '--format', 'github', SEED, WARNING_ONLY]);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^::error file=fixtures\/katajari-seed-anjangsana\.html,line=125,col=397,endColumn=416,title=weekday-mismatch::22\/10\/2023 was a Minggu, not a Selasa; 22\/10\/2024 is a Selasa, as the dateline says — did you mean 2024\?%0Asuggestion: write /,
    );
    expect(lines[2]).toMatch(
      /^::warning file=fixtures\/lint\/date-after-publication-caption\.html,line=14,col=\d+,endColumn=\d+,title=date-after-publication::/,
    );
    const info = await run(['lint', '--format', 'github', '--rule', 'missing-credit=info', 'fixtures/lint/missing-credit-caption.html']);
    expect(info.stdout).toMatch(/^::notice file=.*title=missing-credit::caption has no photo credit, though other captions here have one%0Asuggestion: /);
  });

  it('sarif: a valid SARIF 2.1.0 log with the rules, results and regions', async () => {
    const r = await run(['lint', '--format', 'sarif', '--rule', 'name-variant=off', SEED, CLEAN]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('kliping');
    expect(run0.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const rules = run0.tool.driver.rules;
    expect(rules.map((x: { id: string }) => x.id)).toEqual([...RULES.map((x) => x.meta.id), 'lint-directive']);
    for (const rule of rules) {
      expect(typeof rule.shortDescription.text).toBe('string');
      expect(typeof rule.fullDescription.text).toBe('string');
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run0.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([SEED, CLEAN]);
    expect(run0.results).toHaveLength(1);
    for (const result of run0.results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.level).toBe('error');
      expect(typeof result.message.text).toBe('string');
      const loc = result.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe(SEED);
      expect(loc.region).toMatchObject({ startLine: 125, startColumn: 397, endLine: 125, endColumn: 416, snippet: { text: 'Selasa (22/10/2023)' } });
      expect(result.locations[0].logicalLocations[0].name).toBe('caption[0]');
    }
  });
});

describe('kliping lint: inputs', () => {
  it('drafts by extension, and stdin as a draft or a page by its content', async () => {
    const md = await run(['lint', '--format', 'json', 'fixtures/lint/weekday-mismatch-caption.md']);
    expect(JSON.parse(md.stdout)[0].kind).toBe('draft');
    const stdinDraft = await run(['lint', '--format', 'json', '-'], { input: readFileSync(join(root, 'fixtures/lint/weekday-mismatch-caption.md')) });
    expect(JSON.parse(stdinDraft.stdout)[0]).toMatchObject({ input: '-', kind: 'draft', errorCount: 1 });
    const stdinPage = await run(['lint', '--format', 'json', '-'], { input: readFileSync(join(root, SEED)) });
    expect(JSON.parse(stdinPage.stdout)[0]).toMatchObject({ kind: 'html', errorCount: 1, infoCount: 1 });
    const sarif = JSON.parse((await run(['lint', '--format', 'sarif', '-'], { input: readFileSync(join(root, SEED)) })).stdout);
    expect(sarif.runs[0].artifacts[0].location.uri).toBe('stdin');
  });

  it('URLs are fetched and linted as pages, named by their URL', async () => {
    const seed = readFileSync(join(root, SEED));
    const server = createServer((req, res) => {
      if (req.url === '/artikel/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(seed);
      } else {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not found</h1>');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const r = await run(['lint', '--format', 'unix', `${base}/artikel/`, `${base}/hilang/`]);
      expect(r.code).toBe(1);
      expect(
        r.stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => l.slice(0, l.search(/: (?:error|info)/)))
          .sort(),
      ).toEqual([`${base}/artikel/:125:397`, `${base}/artikel/:136:785`]);
      expect(r.stderr).toBe(`kliping: ${base}/hilang/: HTTP 404 Not Found\n`);
      const sarif = JSON.parse((await run(['lint', '--format', 'sarif', `${base}/artikel/`])).stdout);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`${base}/artikel/`);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('a bad input gets one line on stderr and the others go on', async () => {
    const r = await run(['lint', '--format', 'unix', 'missing.html', SEED]);
    expect(r.stderr).toBe('kliping: missing.html: no such file\n');
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(r.code).toBe(1);
    const clean = await run(['lint', 'missing.html', CLEAN]);
    expect(clean.code).toBe(1); // an input failed
  });

  it('no input could be read: exit 2, nothing on stdout', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.md'), '');
    const empty = tempDir();
    const r = await run(['lint', 'missing.html', empty, join(dir, 'empty.md')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'kliping: missing.html: no such file',
      `kliping: ${empty}: a folder with no pages, drafts, records or web archives in it`,
      `kliping: ${join(dir, 'empty.md')}: empty file`,
    ]);
  });
});

describe('kliping rules and extract --no-lint', () => {
  it('lists every rule with its default severity and description', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES)
      expect(r.stdout).toMatch(
        new RegExp(`^${rule.meta.id} +${rule.meta.defaultSeverity} +${rule.meta.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
      );
    const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout);
    expect(json.map((m: { id: string; defaultSeverity: string }) => [m.id, m.defaultSeverity])).toEqual(RULES.map((x) => [x.meta.id, x.meta.defaultSeverity]));
  });

  it('extract carries the findings; --no-lint leaves them out', async () => {
    const [withLint] = JSON.parse((await run(['extract', SEED])).stdout);
    expect(withLint.findings.map((f: { rule: string }) => f.rule)).toEqual(['weekday-mismatch', 'name-variant']);
    const [without] = JSON.parse((await run(['extract', '--no-lint', SEED])).stdout);
    expect(without.findings).toEqual([]);
  });
});
