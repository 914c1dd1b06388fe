/**
 * silent-edit in a re-crawl: two articles of a WordPress-like site edited, one silently and one
 * with a "Ralat:" paragraph; the re-crawl finds both `changed`, and only the silent one's record
 * (and its manifest line's findings count) carries `silent-edit`, pointing at the edited paragraph.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { crawl } from '../src/crawl/index.js';
import { main } from '../src/cli/main.js';
import type { ArticleRecord } from '../src/record.js';
import { startFakeSite, type FakeSite } from './helpers/fake-wp-site.mjs';
import { schemaErrors } from './helpers/schema.js';

let site: FakeSite | null = null;
let dir: string | null = null;
afterAll(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Line {
  url: string;
  status: string;
  file: string;
  findings: number;
  fetchedAt: string;
}

const manifest = (out: string): Line[] =>
  readFileSync(join(out, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

interface Report {
  input: string;
  findings: { rule: string; where: string; messageId?: string }[];
}

/** `kliping lint -f json INPUT`: a report per record read. */
async function lintReports(input: string): Promise<Report[]> {
  const stdout = new Capture();
  const stderr = new Capture();
  await main(['node', 'kliping', 'lint', '-f', 'json', '--no-config', input], { stdout, stderr, stdin: new PassThrough(), env: {} });
  expect(stderr.text).toBe('');
  return JSON.parse(stdout.text) as Report[];
}

const lintFile = async (file: string) => (await lintReports(file))[0].findings;

describe('re-crawl: silent-edit', () => {
  it('flags the article edited without a note, not the one edited with "Ralat:"', async () => {
    site = await startFakeSite({ articles: 12, validators: false });
    const out = (dir = mkdtempSync(join(tmpdir(), 'kliping-silent-edit-')));
    const first = await crawl({ out, sites: [site.origin], delayMs: 0 });
    expect(first).toMatchObject({ ok: 12, failed: 0 });
    const before = new Map(manifest(out).map((l) => [l.url, l]));

    // The note goes in as a <p> after the edited one: an article of a WordPress theme's page.
    const owned = site.articles.findIndex((a) => a.template === 'caption-em-under-image');
    const silent = site.articles.findIndex((a, i) => i !== owned && a.editable.text);
    expect(site.articles[owned]?.editable.text).toBe(true);
    site.edit(silent, 'text');
    site.edit(owned, 'ralat');
    const second = await crawl({ out, sites: [site.origin], delayMs: 0, recrawl: true });
    expect(second).toMatchObject({ changed: 2, unchanged: 10, failed: 0 });

    const lines = manifest(out).slice(12);
    const lineOf = (i: number) => lines.find((l) => l.url === site!.articleUrls[i]) as Line;
    const recordOf = (i: number) => JSON.parse(readFileSync(join(out, lineOf(i).file), 'utf8')) as ArticleRecord;

    // The owned-up edit: its note is in the record, and no silent-edit.
    const ownedRecord = recordOf(owned);
    expect(lineOf(owned).status).toBe('changed');
    expect(ownedRecord.paragraphs.some((p) => p.startsWith('Ralat:'))).toBe(true);
    expect(ownedRecord.findings.filter((f) => f.rule === 'silent-edit')).toEqual([]);
    expect(lineOf(owned).findings).toBe(ownedRecord.findings.length);

    // The silent one: one finding, at the edited paragraph, naming the version before; counted in the manifest.
    const silentLine = lineOf(silent);
    const silentRecord = recordOf(silent);
    expect(silentLine.status).toBe('changed');
    const found = silentRecord.findings.filter((f) => f.rule === 'silent-edit');
    expect(found.map((f) => [f.severity, f.messageId])).toEqual([['warning', 'edited']]);
    expect(found[0].where).toMatch(/^paragraphs\[\d+\]$/);
    expect(found[0].found).toMatch(/nya\b/);
    expect(found[0].message).toContain(`since the version of ${new Date(before.get(silentLine.url)!.fetchedAt).toISOString()}`);
    expect(silentLine.findings).toBe(silentRecord.findings.length);
    // A record field, not a line: the record keeps no page. The record is still valid against the schema.
    expect([found[0].line, found[0].column]).toEqual([null, null]);
    expect(schemaErrors(silentRecord)).toEqual([]);
    expect(silentLine.findings).toBe(before.get(silentLine.url)!.findings + 1);

    // The unchanged ones keep their findings, and none of them is a silent edit.
    for (const l of lines.filter((l) => l.status === 'unchanged')) expect(l.findings).toBe(before.get(l.url)!.findings);

    // kliping lint on the archive's record files compares each with the latest version beside it.
    const silentEdits = async (file: string) => (await lintFile(file)).filter((f) => f.rule === 'silent-edit');
    expect((await silentEdits(join(out, silentLine.file))).map((f) => [f.where, f.messageId])).toEqual([[found[0].where, 'edited']]);
    expect(await silentEdits(join(out, lineOf(owned).file))).toEqual([]);
    // The same record without its versions folder beside it: nothing to compare with.
    const alone = join(out, 'alone.json');
    copyFileSync(join(out, silentLine.file), alone);
    expect(await silentEdits(alone)).toEqual([]);

    // The whole archive: its current records only (not their versions), the silent one with its finding.
    const reports = await lintReports(out);
    expect(reports).toHaveLength(12);
    expect(reports.filter((r) => r.input.includes('.versions'))).toEqual([]);
    const flagged = reports.filter((r) => r.findings.some((f) => f.rule === 'silent-edit')).map((r) => r.input);
    expect(flagged).toEqual([join(out, silentLine.file)]);
  }, 60_000);
});
