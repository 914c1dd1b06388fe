/**
 * Fuzzing (fast-check, seeded): random tag soup, random JSON-LD, random bytes in random
 * charsets, and random Markdown drafts. On every input extract() and lint() never throw,
 * the record is valid against schema/article.schema.json, every exporter and lint formatter
 * runs on it without throwing, and what they print holds no control character from the
 * page. The time bound per input is a hang guard (super-linear blow-ups), not a speed test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, extractDraft, lint, type ArticleRecord, type Finding } from '../src/index.js';
import { toJson, toJsonLine } from '../src/export/json.js';
import { toMarkdown } from '../src/export/markdown.js';
import { toText } from '../src/export/text.js';
import { FORMATTERS, LINT_FORMATS, type LintReport } from '../src/export/lint/index.js';
import { RULES } from '../src/lint/rules/index.js';
import { schemaErrors } from './helpers/schema.js';
import { UNSAFE, checkMarkdown } from './helpers/markdown.js';

const SEED = 20241022;
/** Hang guard per input (generous: the slowest inputs take a few ms). */
const BOUND_MS = 2000;
const URL_ = 'https://katajari.com/2024/10/berita-uji/';

// ---------------------------------------------------------------------------------------
// the pieces

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'br',
  'hr',
  'img',
  'figure',
  'figcaption',
  'picture',
  'source',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'foreignObject',
  'desc',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'plaintext',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'colgroup',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'code',
  'h1',
  'h2',
  'h3',
  'article',
  'section',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'time',
  'meta',
  'link',
  'head',
  'body',
  'html',
  'form',
  'input',
  'select',
  'option',
  'button',
  'frameset',
  'object',
  'ruby',
  'rt',
];
const CLASSES = [
  'entry-content',
  'post',
  'single',
  'wp-caption',
  'wp-caption-text',
  'wp-block-image',
  'caption',
  'td-post-content',
  'detail__body-text',
  'read__content',
  'content',
  'article-body',
  'entry-title',
  'post-title',
  'jeg_post_title',
  'sharedaddy',
  'baca-juga',
  'related-posts',
  'comment-respond',
  'author',
  'byline',
  'date',
  'updated',
  'tags',
];
const ATTR_NAMES = [
  'class',
  'id',
  'href',
  'src',
  'alt',
  'title',
  'datetime',
  'content',
  'property',
  'name',
  'itemprop',
  'rel',
  'srcset',
  'data-src',
  'data-lazy-src',
  'type',
  'lang',
  'charset',
  'http-equiv',
  'style',
  'onerror',
  'dir',
  'hidden',
];
const HOSTILE = [
  '\u0000',
  '\u0007',
  '\b',
  '\u000b',
  '\f',
  '\r',
  '\u001b',
  '\u001b[31m',
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example/\u001b\\',
  '\u001b]52;c;ZWNobyBoYWNr\u0007',
  '\u009b31m',
  '\u009d0;x\u009c',
  '\u0085',
  '\u007f',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\ud83d',
  '\ufffd',
  '\u200b',
  '\u00a0',
  '😀',
  'é',
  'ẹ́',
  'Ⅻ',
  'ﬁ',
];
const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&nbsp;',
  '&#0;',
  '&#x0;',
  '&#xD800;',
  '&#x110000;',
  '&#27;',
  '&#x9b;',
  '&#128512;',
  '&bogus;',
  '&amp',
  '&',
  '&#',
  '&#x;',
  '&NotANamedEntity;',
  '&ensp;',
];
const WORDS = [
  'MARTAPURA, Katajari.com –',
  'BANJARMASIN -',
  'Kepala Dinas',
  'Heny Ermawati',
  'Heni Ermawati',
  'DKISP Kabupaten Banjar',
  'Selasa (22/10/2024) siang',
  'Selasa (22/10/2023)',
  'Senin (29/9)',
  '31/9/2024',
  'Rabu (29/2)',
  '22 Oktober 2024',
  "Jum'at, 8 Nov 2024",
  'pukul 10.00 WITA',
  'Tuesday, October 22, 2024',
  '2024-10-22T14:05:00+08:00',
  '0000-00-00',
  '9999-99-99',
  'Baca Juga:',
  'Tinggalkan Balasan',
  'Bagikan ke Facebook',
  'Editor: Budi',
  '(kjc)',
  '(adv/ad)',
  '(Foto: Humas)',
  'Foto:',
  'ANTARA FOTO/Bayu',
  'warga memadati Siring Tendean untuk menyaksikan lomba jukung hias.',
  'yang',
  'dan',
  'di',
  'lalu',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '</',
  '<',
  '>',
  '"',
  "'",
  '`',
  '[x](javascript:alert(1))',
  '![y](data:x)',
  '<javascript:x>',
  '[r]: javascript:alert(1)',
  '# judul',
  '---',
  '* ',
  '1. ',
  '> ',
  '    ',
  '\n',
  '\n\n',
  '\t',
  ' ',
  ' ',
  ' ',
];
const ATTR_VALUES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:x',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  'https://katajari.com/foto/a.jpg',
  '/wp-content/uploads/2024/10/a-800x450.jpg',
  'a b(c).jpg',
  '//evil.example/x',
  'x) ![z](y',
  'http://[::1',
  'http://%zz',
  'https://k.id/a.jpg 800w, https://k.id/b.jpg 1600w',
  'x" onerror="alert(1)',
  "x' onload='y",
  'article:published_time',
  'og:title',
  'og:image',
  'datePublished',
  'headline',
  'author',
  'canonical',
  'application/ld+json',
  '2024-10-22T14:05:00+08:00',
  'Selasa, 22/10/2024',
  '',
  'utf-8',
  'windows-1252',
  'rtl',
  ...CLASSES,
];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const text = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: pick(WORDS) },
      { weight: 2, arbitrary: pick(HOSTILE) },
      { weight: 2, arbitrary: pick(ENTITIES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));

const attrValue = fc.oneof(
  pick(ATTR_VALUES),
  text,
  fc.array(pick(CLASSES), { maxLength: 3 }).map((c) => c.join(' ')),
);
const attr = fc
  .tuple(pick(ATTR_NAMES), attrValue, pick(['"', "'", '', '"']))
  .map(([name, value, q]) => (q ? ` ${name}=${q}${value.split(q).join(q === '"' ? '&quot;' : '&#39;')}${q}` : ` ${name}=${value.replace(/[\s>]/g, '')}`));

/** Random JSON-LD: NewsArticle-shaped or any JSON, sometimes broken or closing its script early. */
const jsonLd = fc
  .tuple(
    fc.oneof(
      fc.record(
        {
          '@context': pick(['https://schema.org', 'http://schema.org/', 42, null]),
          '@type': fc.oneof(pick(['NewsArticle', 'Article', 'BlogPosting', 'WebPage']), fc.constant(['NewsArticle']), fc.jsonValue({ maxDepth: 1 })),
          headline: fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
          datePublished: fc.oneof(pick(WORDS), text, fc.jsonValue({ maxDepth: 1 })),
          dateModified: fc.oneof(pick(WORDS), fc.jsonValue({ maxDepth: 1 })),
          author: fc.oneof(text, fc.record({ '@type': fc.constant('Person'), name: text }), fc.jsonValue({ maxDepth: 2 })),
          image: fc.oneof(pick(ATTR_VALUES), fc.jsonValue({ maxDepth: 2 })),
          articleBody: text,
          keywords: fc.oneof(text, fc.array(text, { maxLength: 3 })),
          articleSection: fc.jsonValue({ maxDepth: 1 }),
          mainEntityOfPage: fc.jsonValue({ maxDepth: 2 }),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue({ maxDepth: 4 }),
    ),
    pick(['plain', 'plain', 'graph', 'array', 'truncated', 'closes-early']),
  )
  .map(([value, how]) => {
    let json = JSON.stringify(how === 'graph' ? { '@context': 'https://schema.org', '@graph': [value, value] } : how === 'array' ? [value] : value) ?? 'null';
    if (how === 'truncated') json = json.slice(0, Math.floor(json.length / 2));
    if (how === 'closes-early') json = json.replace(/"/, '"</script><p>');
    return `<script type="application/ld+json">${json}</script>`;
  });

/** Tag soup: real tags nested at random, sometimes left open, sometimes closed twice. */
function soup(depth: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: jsonLd },
    {
      weight: 1,
      arbitrary: pick(['<br>', '<hr/>', '<img src="/a.jpg">', '</p>', '</div></div>', '<p', '<!DOCTYPE html>', '<?xml version="1.0"?>', '<![CDATA[x]]>']),
    },
  );
  if (depth === 0) return leaf;
  const element = fc
    .tuple(
      pick(TAGS),
      fc.array(attr, { maxLength: 3 }),
      fc.array(soup(depth - 1), { maxLength: 4 }),
      pick(['close', 'close', 'close', 'open', 'self', 'stray']),
    )
    .map(([tag, attrs, children, end]) => {
      const open = `<${tag}${attrs.join('')}${end === 'self' ? '/' : ''}>`;
      const inner = children.join('');
      if (end === 'open') return open + inner;
      if (end === 'stray') return `${open}${inner}</${tag}></${tag}></x>`;
      return `${open}${inner}</${tag}>`;
    });
  return fc.oneof({ weight: 2, arbitrary: leaf }, { weight: 3, arbitrary: element });
}

const PREFIXES = [
  '',
  '\ufeff',
  '<!DOCTYPE html>',
  '<!doctype html><html lang="id">',
  '<?xml version="1.0" encoding="utf-8"?>',
  '<html><head><meta charset="windows-1252">',
];

const q = (v: string) => v.replace(/"/g, '&quot;');

/** A photo with its caption, in one of the shapes themes use. */
const figure = fc.tuple(pick(ATTR_VALUES), text, text, pick(['figure', 'wp-caption', 'blogger', 'bare'])).map(([src, alt, caption, shape]) => {
  const img = `<img src="${q(src)}" alt="${q(alt)}">`;
  if (shape === 'figure') return `<figure class="wp-block-image">${img}<figcaption>${caption}</figcaption></figure>`;
  if (shape === 'wp-caption') return `<div class="wp-caption">${img}<p class="wp-caption-text">${caption}</p></div>`;
  if (shape === 'blogger') return `<table class="tr-caption-container"><tr><td>${img}</td></tr><tr><td class="tr-caption">${caption}</td></tr></table>`;
  return `${img}<p><em>${caption}</em></p>`;
});

/** Metadata: OpenGraph and article: properties, <time>, canonical. */
const meta = fc
  .tuple(
    pick(['article:published_time', 'article:modified_time', 'og:title', 'og:image', 'og:site_name', 'article:section', 'article:tag', 'og:url']),
    fc.oneof(pick(ATTR_VALUES), pick(WORDS), text),
  )
  .map(([property, value]) => `<meta property="${property}" content="${q(value)}">`);
const time = fc.oneof(pick(ATTR_VALUES), pick(WORDS)).map((v) => `<time class="entry-date published" datetime="${q(v)}">${v}</time>`);

/** A whole page: a prefix, a head with metadata, and a body of tag soup around an article-like core. */
const page = fc
  .tuple(
    pick(PREFIXES),
    fc.array(fc.oneof(jsonLd, meta, soup(1)), { maxLength: 4 }),
    fc.array(soup(4), { minLength: 1, maxLength: 4 }),
    text,
    fc.array(fc.oneof({ weight: 3, arbitrary: text.map((t) => `<p>${t}</p>`) }, { weight: 1, arbitrary: figure }, { weight: 1, arbitrary: time }), {
      maxLength: 6,
    }),
    fc.boolean(),
  )
  .map(([prefix, head, body, headline, blocks, article]) => {
    const core = article
      ? `<article class="post"><h1 class="entry-title">${headline}</h1><div class="entry-content">${blocks.join('')}${body[0]}</div></article>`
      : body[0] + blocks.join('');
    return `${prefix}<html><head><title>${headline}</title>${head.join('')}</head><body>${body.slice(1).join('')}${core}</body></html>`;
  });

const CHARSETS = [
  'utf-8',
  'windows-1252',
  'iso-8859-1',
  'utf-16le',
  'utf-16be',
  'shift_jis',
  'iso-2022-jp',
  'gb18030',
  'x-user-defined',
  'replacement',
  'utf-7',
  'bogus',
  '',
];
const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];

/** Bytes: a BOM, a <meta charset>, then random bytes or a page encoded some other way. */
const bytes = fc
  .tuple(
    pick(BOMS),
    pick(CHARSETS),
    fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      page.map((p) => new Uint8Array(Buffer.from(p, 'latin1'))),
      page.map((p) => new Uint8Array(Buffer.from(p, 'utf16le'))),
    ),
    pick(CHARSETS),
  )
  .map(([bom, charset, body, header]) => ({
    input: Buffer.concat([Buffer.from(bom), Buffer.from(charset ? `<meta charset="${charset}">` : ''), Buffer.from(body)]),
    contentType: header ? `text/html; charset=${header}` : null,
  }));

/** A draft: front matter (sometimes hostile YAML), headings, images, captions, paragraphs. */
const YAML_BITS = [
  'published: "2024-10-22T14:05:00+08:00"',
  'published: 2024-10-22',
  'published: [1, 2]',
  'published: {a: 1}',
  'title: "Judul \\e[31m"',
  'url: javascript:alert(1)',
  'tags: [a, b, *x]',
  'author: &a x',
  'category: !!binary aGVsbG8=',
  'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  ': : :',
  '- - -',
  '"unterminated',
  'tags: ' + '['.repeat(200),
];
const draft = fc
  .tuple(
    fc.option(fc.array(pick(YAML_BITS), { maxLength: 3 }), { nil: undefined }),
    text,
    fc.array(
      fc.oneof(
        text,
        text.map((t) => `Foto: ${t}`),
        fc.tuple(pick(ATTR_VALUES), text).map(([src, t]) => `![${t}](${src})\n*${t}*`),
        text.map((t) => `> ${t}`),
        text.map((t) => `- ${t}\n- ${t}`),
        pick(['---', '```', '<div>', '<script>x</script>', '| a | b |\n|---|---|', '[x]: javascript:alert(1)']),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([front, headline, blocks]) => `${front ? `---\n${front.join('\n')}\n---\n\n` : ''}# ${headline}\n\n${blocks.join('\n\n')}\n`);

// ---------------------------------------------------------------------------------------
// the checks

/** kliping's own colours in stylish output (chalk, level 1). */
const OWN_SGR = /\u001B\[\d+(?:;\d+)*m/g;

function timed<T>(what: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  if (ms > BOUND_MS) throw new Error(`${what} took ${Math.round(ms)} ms (hang guard ${BOUND_MS} ms)`);
  return out;
}

function checkRecord(record: ArticleRecord): void {
  expect(schemaErrors(record)).toEqual([]);
  const json = toJson(record);
  expect(JSON.parse(json)).toEqual(record);
  expect(json).not.toMatch(UNSAFE);
  expect(json).not.toMatch(/[\u2028\u2029]/);
  expect(JSON.parse(toJsonLine(record))).toEqual(record);
  const text = toText(record);
  expect(text).not.toMatch(UNSAFE);
  checkMarkdown(toMarkdown(record));
}

function checkFormatters(report: LintReport): void {
  const options = { rules: RULES.map((r) => r.meta), version: '0.0.0' };
  for (const format of LINT_FORMATS) {
    for (const color of format === 'stylish' ? [false, true] : [false]) {
      const out = FORMATTERS[format]([report], { ...options, color });
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(out)).not.toThrow();
      expect(out.replace(OWN_SGR, '')).not.toMatch(UNSAFE);
    }
  }
}

function checkFindings(record: ArticleRecord, findings: Finding[]): void {
  expect(schemaErrors({ ...record, findings })).toEqual([]);
}

function checkPage(input: string | Buffer, contentType: string | null = null): void {
  const record = timed('extract', () => extract(input, { url: URL_, contentType }));
  checkRecord(record);
  const findings = timed('lint', () => lint(input, { url: URL_, contentType }));
  checkFindings(record, findings);
  const source = typeof input === 'string' ? input : input.toString('latin1');
  checkFormatters({ input: 'page\u001b[31m.html', uri: 'page.html', url: URL_, kind: 'html', source, findings });
}

function checkDraft(source: string): void {
  const x = timed('extractDraft', () => extractDraft(source, { source: 'draft.md' }));
  checkRecord(x.record);
  const findings = timed('lint --draft', () => lint(source, { draft: true }));
  checkFindings(x.record, findings);
  checkFormatters({ input: 'draft.md', uri: 'draft.md', url: null, kind: 'draft', source, findings });
}

describe('fuzz: pages', () => {
  it('random tag soup with JSON-LD, hostile text and attributes', () => {
    fc.assert(
      fc.property(page, (html) => checkPage(html)),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('random bytes and re-encoded pages, any BOM, <meta charset> and Content-Type', () => {
    fc.assert(
      fc.property(bytes, ({ input, contentType }) => checkPage(input, contentType)),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('fuzz: drafts', () => {
  it('random Markdown drafts with hostile front matter, images and blocks', () => {
    fc.assert(
      fc.property(draft, (source) => checkDraft(source)),
      { seed: SEED, numRuns: 120 },
    );
  });
});

describe('fuzz: exporters on any record', () => {
  const caption = fc.record({
    text,
    credit: fc.option(text, { nil: null }),
    date: fc.constant(null),
    image: fc.option(pick(ATTR_VALUES), { nil: null }),
    alt: fc.option(text, { nil: null }),
    paragraphIndex: fc.nat(5),
  });
  const record = fc
    .record({
      headline: fc.option(text, { nil: null }),
      paragraphs: fc.array(text, { maxLength: 5 }),
      captions: fc.array(caption, { maxLength: 3 }),
      url: fc.oneof(pick(ATTR_VALUES), fc.constant(URL_)),
    })
    .map(({ headline, paragraphs, captions, url }) => ({
      ...extract('<p>x</p>', { url: URL_, lint: false }),
      url,
      headline,
      paragraphs,
      captions,
      text: paragraphs.join('\n\n'),
    }));

  it('Markdown, text and JSON of records built straight from hostile strings (as a library user may)', () => {
    fc.assert(
      fc.property(record, (r) => {
        checkMarkdown(toMarkdown(r));
        expect(toText(r)).not.toMatch(UNSAFE);
        expect(JSON.parse(toJsonLine(r))).toEqual(r);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
