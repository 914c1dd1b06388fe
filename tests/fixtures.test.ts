/**
 * Every fixture page against its expected record, field by field, and every record
 * against the JSON Schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { schemaErrors } from './helpers/schema.js';

const dir = new URL('../fixtures/', import.meta.url);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html') && readdirSync(dir).includes(f.replace(/\.html$/, '.expected.json')))
  .sort();

const FIELDS = [
  'schemaVersion',
  'url',
  'canonicalUrl',
  'siteName',
  'language',
  'headline',
  'published',
  'publishedFrom',
  'modified',
  'dateline',
  'byline',
  'category',
  'tags',
  'captions',
  'paragraphs',
  'blocks',
  'text',
] as const;

describe('fixtures', () => {
  it('has at least 12 fixtures with expected records', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  for (const page of pages) {
    describe(page, () => {
      const html = readFileSync(new URL(page, dir));
      const expected = JSON.parse(readFileSync(new URL(page.replace(/\.html$/, '.expected.json'), dir), 'utf8'));
      const record = extract(html, { source: `fixtures/${page}` });

      it('matches the JSON Schema', () => {
        expect(schemaErrors(record)).toEqual([]);
        expect(schemaErrors(expected)).toEqual([]);
      });

      for (const field of FIELDS) {
        it(field, () => {
          expect(record[field]).toEqual(expected[field]);
        });
      }
    });
  }
});
