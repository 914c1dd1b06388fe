/**
 * No false positives on the extraction fixtures: every fixtures/*.html page is clean except
 * the seed, which reports exactly the planted slip (caption[0] dated 22/10/2023 under a
 * 2024 dateline, and its weekday) — with every rule on at its strictest reasonable setting,
 * and with the defaults as `extract` runs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, extractDetailed } from '../src/index.js';
import { lintArticle } from '../src/lint/runner.js';
import { RULES } from '../src/lint/rules/index.js';
import { schemaErrors } from './helpers/schema.js';

const dir = new URL('../fixtures/', import.meta.url);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();
const SEED = 'katajari-seed-anjangsana.html';

/** Every rule at error, so nothing hides behind a severity. */
const ALL_ON = { rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'error' as const])) };

describe('lint on the extraction fixtures', () => {
  it('covers every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
    expect(pages).toContain(SEED);
  });

  for (const page of pages) {
    const html = readFileSync(new URL(page, dir));
    const source = `fixtures/${page}`;

    it(`${page}: extract's findings are the expected record's`, () => {
      const record = extract(html, { source });
      const expected = JSON.parse(readFileSync(new URL(page.replace(/\.html$/, '.expected.json'), dir), 'utf8'));
      expect(record.findings).toEqual(expected.findings);
      expect(schemaErrors(record)).toEqual([]);
    });

    it(`${page}: ${page === SEED ? 'only the planted slip and the office pair' : 'clean'} with every rule at error`, () => {
      const findings = lintArticle(extractDetailed(html, { source, lint: false }), ALL_ON);
      if (page !== SEED) {
        expect(findings).toEqual([]);
        return;
      }
      expect(findings.map((f) => [f.rule, f.where, f.found, f.line, f.column])).toEqual([
        ['weekday-mismatch', 'caption[0]', 'Selasa (22/10/2023)', 125, 397],
        ['name-variant', 'caption[1]', 'Kominfo SP', 136, 785],
      ]);
    });
  }

  it('the seed findings point at the caption text in the file', () => {
    const html = readFileSync(new URL(SEED, dir), 'utf8');
    const [f] = extract(html).findings;
    const line = html.split('\n')[f.line! - 1];
    expect(line.slice(f.column! - 1, f.column! - 1 + f.length!)).toBe('Selasa (22/10/2023)');
  });

  it('extract skips linting with { lint: false }', () => {
    const html = readFileSync(new URL(SEED, dir));
    expect(extract(html, { lint: false }).findings).toEqual([]);
    expect(extract(html, { lint: { rules: { 'weekday-mismatch': 'off' } } }).findings.map((f) => f.rule)).toEqual(['caption-date-conflict', 'name-variant']);
  });
});
