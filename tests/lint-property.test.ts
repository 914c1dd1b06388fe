/**
 * Property tests: on random articles made of date-ish, name-ish and chrome-ish fragments,
 * as Markdown drafts and as HTML pages, no rule ever throws, every finding is schema-valid
 * and points inside the source, and linting is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDetailed } from '../src/index.js';
import { extractDraft } from '../src/extract/draft.js';
import { LintContext } from '../src/lint/context.js';
import { resolveConfig } from '../src/lint/config.js';
import { lintArticle } from '../src/lint/runner.js';
import { RULES } from '../src/lint/rules/index.js';
import type { Extraction } from '../src/extract/article.js';
import type { Finding } from '../src/record.js';
import { schemaErrors } from './helpers/schema.js';

const DATES = [
  'Selasa (22/10/2023)',
  'Selasa (22/10/2024)',
  'Senin (29/9)',
  '31/9/2024',
  'Rabu (29/2)',
  'Kamis (29/2/2024)',
  '29 Februari 2023',
  '22 Oktober 2024',
  "Jum'at, 8 Nov 2024",
  'Jum’at (8/11/2024)',
  'Minggu (30/12)',
  '(26/2/24)',
  '2024-10-22',
  'pukul 10.00 WITA',
  'Tuesday, October 22, 2024',
  'Oct. 25',
  'Sabtu (31/12/2039)',
  '1/1/1970',
  'Senin-Selasa (21-22/10/2024)',
  '21 s.d. 22 Oktober 2024',
  'Ahad (1/1/2023)',
  '12/13/2024',
  '0/0/0000',
  'No. 5/2024',
];
const NAMES = [
  'Heny Ermawati',
  'Heni Ermawati',
  'H. Saidi Mansyur',
  'Hj. Siti Rahmah',
  'Siti Rahma',
  'S.Pd',
  'M.Si',
  'dr',
  'HM Aidil Basith',
  'Diskominfo SP Kota Surakarta',
  'Kominfo SP Kota Surakarta',
  'DKISP Kabupaten Banjar',
  'Diskominfo SP',
  'Muhammad Anwar',
  'Muhamad Anwar',
  'Anang Dwi Darwanto',
  'Anang Dwi Darwinto',
  'South Korea',
  'South Korean',
  'Олеся Куприн',
  'Hañifah',
];
const CHROME = [
  'Baca Juga:',
  'BACA JUGA',
  'Tinggalkan Balasan',
  'Alamat email Anda tidak akan dipublikasikan',
  'Bagikan ke Facebook',
  'Editor: Budi',
  '(kjc)',
  '[adv/ad]',
  'Foto:',
  '(Foto: Humas)',
  'ANTARA FOTO/Bayu',
];
const GLUE = [
  ' ',
  ' ',
  ' ',
  '. ',
  ', ',
  ' (',
  ') ',
  ' lalu ',
  ' akan ',
  ' dijadwalkan ',
  ' telah ',
  ' di ',
  'MARTAPURA, Katajari.com – ',
  '\n',
  '*',
  '_',
  '**',
  '[',
  '](',
  ')',
  '`',
  '<',
  '>',
  '&amp;',
  '&',
  '—',
  'é',
  '\u200b',
  '\u00a0',
  '😀',
  '\ud800',
  '#',
  '!',
  '![x](y.jpg)',
  '-',
  '|',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...CHROME) },
  { weight: 4, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const text = fc.array(fragment, { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));
const published = fc.constantFrom(
  undefined,
  '2024-10-22T14:05:00+08:00',
  '2024-10-22',
  '2023-01-01T23:59:00+00:00',
  '2024-02-29T00:00:00-05:00',
  '0001-01-01T00:00:00+00:00',
);

const article = fc.record({
  published,
  headline: text,
  paragraphs: fc.array(text, { minLength: 0, maxLength: 6 }),
  captions: fc.array(fc.tuple(text, fc.constantFrom(null, 'https://x.id/a.jpg', 'https://x.id/a-800x450.jpg', 'https://x.id/b.jpg')), { maxLength: 4 }),
});
type Article = typeof article extends fc.Arbitrary<infer T> ? T : never;

function asDraft(a: Article): string {
  const fm = a.published ? `---\npublished: "${a.published}"\n---\n\n` : '';
  const blocks = a.paragraphs.map((p) => p.replace(/\n{2,}/g, '\n'));
  a.captions.forEach(([c, img], i) =>
    blocks.splice(Math.min(i, blocks.length), 0, img ? `![foto](${img})\n*${c.replace(/\n/g, ' ')}*` : `Foto: ${c.replace(/\n/g, ' ')}`),
  );
  return `${fm}# ${a.headline.replace(/\n/g, ' ')}\n\n${blocks.join('\n\n')}\n`;
}

const esc = (s: string) =>
  s
    .replace(/&(?!amp;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

function asHtml(a: Article): string {
  const meta = a.published ? `<meta property="article:published_time" content="${a.published}">` : '';
  // Every third space as &nbsp;: positions must survive entities.
  const blocks = a.paragraphs.map((p) => {
    let n = 0;
    return `<p>${esc(p).replace(/ /g, () => (++n % 3 === 0 ? '&nbsp;' : ' '))}</p>`;
  });
  a.captions.forEach(([c, img], i) =>
    blocks.splice(
      Math.min(i, blocks.length),
      0,
      `<figure class="wp-block-image">${img ? `<img src="${img}" alt="">` : ''}<figcaption>${esc(c)}</figcaption></figure>`,
    ),
  );
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${meta}<title>${esc(a.headline)}</title></head><body class="single"><article class="post"><h1 class="entry-title">${esc(a.headline)}</h1><div class="entry-content">\n${blocks.join('\n')}\n</div></article></body></html>`;
}

/** Every rule on, institutions too, and the tightest thresholds: the most code runs. */
const EVERYTHING = resolveConfig({
  rules: {
    ...Object.fromEntries(RULES.map((r) => [r.meta.id, 'error'])),
    'name-variant': ['error', { institutions: 'info' }],
    'caption-date-conflict': ['error', { maxDays: 0 }],
    'dateline-publication-gap': ['error', { maxDays: 0 }],
  },
});

function checkFindings(x: Extraction, findings: Finding[]): void {
  expect(schemaErrors({ ...x.record, findings })).toEqual([]);
  const lines = x.page.html.split('\n');
  for (const f of findings) {
    const m = /^(?:caption|paragraphs)\[(\d+)\]$/.exec(f.where);
    if (m) expect(Number(m[1])).toBeLessThan(f.where.startsWith('caption') ? x.record.captions.length : x.record.paragraphs.length);
    if (f.where === 'headline') expect(x.record.headline).not.toBeNull();
    if (f.where === 'dateline') expect(x.record.dateline).not.toBeNull();
    if (f.line !== null) {
      expect(f.line).toBeLessThanOrEqual(lines.length);
      expect(f.column).not.toBeNull();
      expect(f.column!).toBeLessThanOrEqual(lines[f.line - 1].length + 1);
    }
  }
}

function checkRules(x: Extraction): void {
  // Each rule on its own, straight from the context: none throws.
  const ctx = new LintContext(x);
  for (const rule of RULES) expect(() => rule.check(ctx, EVERYTHING.rules[rule.meta.id].options)).not.toThrow();
}

describe('lint properties', () => {
  it('drafts: rules never throw; findings are schema-valid, inside the source, deterministic', () => {
    fc.assert(
      fc.property(article, (a) => {
        const source = asDraft(a);
        const x = extractDraft(source, { source: 'draft.md' });
        checkRules(x);
        const errors: string[] = [];
        const findings = lintArticle(x, EVERYTHING, { onRuleError: (id, e) => errors.push(`${id}: ${String(e)}`) });
        expect(errors).toEqual([]);
        checkFindings(x, findings);
        expect(lintArticle(extractDraft(source, { source: 'draft.md' }), EVERYTHING)).toEqual(findings);
      }),
      { numRuns: 250 },
    );
  });

  it('pages: rules never throw; findings are schema-valid and inside the source', () => {
    fc.assert(
      fc.property(article, (a) => {
        const x = extractDetailed(asHtml(a), { source: 'page.html', lint: false });
        checkRules(x);
        const errors: string[] = [];
        const findings = lintArticle(x, EVERYTHING, { onRuleError: (id, e) => errors.push(`${id}: ${String(e)}`) });
        expect(errors).toEqual([]);
        checkFindings(x, findings);
      }),
      { numRuns: 200 },
    );
  });

  it('extract() fills findings that validate, on the same random pages', () => {
    fc.assert(
      fc.property(article, (a) => {
        const x = extractDetailed(asHtml(a), { source: 'page.html' });
        checkFindings(x, x.record.findings);
      }),
      { numRuns: 100 },
    );
  });
});
