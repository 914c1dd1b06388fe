/**
 * Drafts: an editor's article before it is published, as Markdown or plain text, read into
 * the same Extraction an HTML page gives — so lint runs on it unchanged, and findings point
 * at lines and columns of the draft itself.
 *
 * - YAML front matter (between `---` lines) may give title/headline, published/date,
 *   modified, url, author, category, tags, language.
 * - Headline: the first `# ` (or `===`-underlined) heading; else the front matter title;
 *   else the first line, when it is at most 200 characters.
 * - Captions: a line starting with "Foto:"/"FOTO:"/"Caption:"/"Keterangan foto:" (the label
 *   is dropped unless what follows is only a credit), and the line under an image
 *   `![alt](src)` when it is emphasised (`*…*`, `_…_`), directly under it, or reads like a
 *   caption. Credit and date are read as for HTML captions.
 * - Paragraphs: the other blocks separated by blank lines (lines of one block are joined;
 *   list items and lower headings are blocks of their own). Inline Markdown (emphasis,
 *   links, code, escapes, tags) is removed from the text, keeping exact offsets.
 * - A "Oleh:"/"Penulis:"/"Reporter:" line before the first paragraph is the author; such
 *   lines and "Editor:" lines before the first or after the last paragraph are not text.
 * - The dateline and the reporter's initials are read exactly as for pages.
 */
import { parse as parseYaml } from 'yaml';
import { parsePage } from '../parse/document.js';
import type { SourcedText } from '../parse/sourced-text.js';
import { SCHEMA_VERSION, type ArticleRecord, type BlockShape } from '../record.js';
import { normalizeTimestamp, parseVisibleTimestamp, type Zone } from '../dates/index.js';
import type { Extraction } from './article.js';
import { takeClosingInitials } from './initials.js';
import { captionCredit, looksLikeCaption } from './caption.js';
import { readLead } from './lead.js';
import { guessLanguage } from './language.js';
import { resolveUrl } from './dom.js';
import { isSpaceChar } from '../util/text.js';

export interface DraftOptions {
  /** What to record as `url` (the file path as given, or "-"). */
  source?: string | null;
  /** The article's URL, if known (resolves relative image paths). */
  url?: string | null;
  /** Zone for a front-matter time written without one (default WIB). */
  defaultZone?: Zone;
}

const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|article|main|section|div|p|figure|h[1-6]|table|span|a|img|header|nav|amp-|\?xml)/i;

/** Does the text read as an HTML page (rather than a Markdown or plain-text draft)? */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 2048).replace(/^\uFEFF/, ''));
}

interface Line {
  start: number;
  /** End of the line's content (before "\r\n" or "\n"). */
  end: number;
  text: string;
}

type Item =
  | { kind: 'blank'; line: Line }
  | { kind: 'heading'; level: number; line: Line; from: number }
  | { kind: 'underline'; level: number; line: Line }
  | { kind: 'image'; line: Line; alt: string | null; src: string | null; rest: number }
  | { kind: 'label'; line: Line }
  | { kind: 'item'; line: Line; from: number }
  | { kind: 'quote'; line: Line; from: number }
  | { kind: 'rule'; line: Line }
  | { kind: 'meta'; line: Line; author: string | null }
  | { kind: 'text'; line: Line; from: number };

const ATX = /^ {0,3}(#{1,6})[ \t]+(?=\S)/;
const ATX_CLOSE = /[ \t]+#+[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const IMAGE = /^ {0,3}!\[([^\]]*)\]\(\s*<?([^\s)>]*)>?(?:\s+"[^"]*")?\s*\)/;
const LABEL = /^ {0,3}(?:foto|photo|caption|keterangan(?:\s+foto)?|ket\.?\s*foto)\s*[:：]\s*(?=\S)/i;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,3}[.)])[ \t]+(?=\S)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const FENCE = /^ {0,3}(```+|~~~+)/;
const HTML_COMMENT_LINE = /^\s*<!--.*-->\s*$/;
const TAG_ONLY_LINE = /^\s*(?:<\/?[A-Za-z][^>]*>\s*)+$/;
// "Oleh: Rina Oktaviani", "Penulis Rina" — not "Oleh karena itu, …" (no case-insensitive flag: it would let \p{Lu} match lower case).
const BYLINE = /^(?:[Oo]leh|OLEH|[Pp]enulis|PENULIS|[Rr]eporter|REPORTER|[Pp]ewarta|PEWARTA|[Ww]artawan|WARTAWAN|[Bb]y|BY)\s*[:：]?\s*(\p{Lu}[^.!?\n]{1,60})$/u;
const STAFF_LINE = /^(?:editor|penyunting|redaktur|editing)\s*[:：]\s*\S.{0,60}$/i;
const EMPHASISED = /^(\*{1,2}|_{1,2})(?=\S)([\s\S]*\S)\1$/;

export function extractDraft(text: string, options: DraftOptions = {}): Extraction {
  const source = typeof text === 'string' ? text : '';
  const lines = splitLines(source);
  const fm = readFrontMatter(source, lines, options.defaultZone ?? 'WIB');
  const pageUrl = options.url ?? fm.url ?? null;
  const items = classify(lines.slice(fm.bodyLine));

  // Headline.
  let headline: SourcedText | null = null;
  let headlineIndex = items.findIndex((it, i) => (it.kind === 'heading' && it.level === 1) || (it.kind === 'underline' && it.level === 1 && isTextLine(items[i - 1])));
  if (headlineIndex >= 0) {
    const it = items[headlineIndex];
    if (it.kind === 'heading') headline = inlineText(source, [{ start: it.line.start + it.from, end: headingEnd(it.line) }]);
    else {
      const prev = items[headlineIndex - 1] as { line: Line; from: number };
      headline = inlineText(source, [{ start: prev.line.start + prev.from, end: prev.line.end }]);
      items[headlineIndex - 1] = { kind: 'blank', line: prev.line };
    }
    items[headlineIndex] = { kind: 'blank', line: it.line };
  } else if (fm.title) {
    headline = fm.title;
  } else {
    headlineIndex = items.findIndex((it) => it.kind !== 'blank' && it.kind !== 'rule');
    const it = items[headlineIndex];
    if (it && (it.kind === 'text' || it.kind === 'heading') && it.line.end - it.line.start - it.from <= 200) {
      headline = inlineText(source, [{ start: it.line.start + it.from, end: it.kind === 'heading' ? headingEnd(it.line) : it.line.end }]);
      items[headlineIndex] = { kind: 'blank', line: it.line };
    }
  }

  // Blocks: paragraphs and captions, in order.
  const paragraphs: SourcedText[] = [];
  const blocks: BlockShape[] = [];
  const captions: { sourced: SourcedText; image: string | null; alt: string | null; paragraphIndex: number }[] = [];
  let author = fm.author;
  let i = 0;
  const firstBodyItem = () => paragraphs.length === 0;
  while (i < items.length) {
    const it = items[i];
    switch (it.kind) {
      case 'blank':
      case 'rule':
      case 'underline':
        i++;
        continue;
      case 'meta':
        if (firstBodyItem() || isTrailingMeta(items, i)) {
          if (it.author && firstBodyItem() && !author) author = it.author;
          i++;
          continue;
        }
        paragraphs.push(inlineText(source, [{ start: it.line.start, end: it.line.end }]));
        blocks.push({ kind: 'paragraph' });
        i++;
        continue;
      case 'image': {
        const image = resolveImage(it.src, pageUrl);
        const alt = it.alt?.trim() ? it.alt.trim() : null;
        let caption: SourcedText | null = null;
        if (it.line.start + it.rest < it.line.end && it.line.text.slice(it.rest).trim()) {
          caption = captionFrom(source, it.line.start + it.rest, it.line.end);
          i++;
        } else {
          i++;
          const next = items[i];
          const afterBlank = next?.kind === 'blank';
          let j = i;
          while (items[j]?.kind === 'blank') j++;
          const candidate = items[j];
          if (candidate?.kind === 'label') {
            caption = captionFrom(source, candidate.line.start, candidate.line.end);
            i = j + 1;
          } else if (candidate?.kind === 'text' && (!afterBlank || isSingleLine(items, j))) {
            const range = { start: candidate.line.start + candidate.from, end: candidate.line.end };
            const raw = source.slice(range.start, range.end).trim();
            if (!afterBlank || EMPHASISED.test(raw) || looksLikeCaption(raw, 0)) {
              caption = captionFrom(source, range.start, range.end);
              i = j + 1;
            }
          }
        }
        if (caption && caption.text) captions.push({ sourced: caption, image, alt, paragraphIndex: paragraphs.length });
        continue;
      }
      case 'label': {
        const caption = captionFrom(source, it.line.start, it.line.end);
        if (caption.text) captions.push({ sourced: caption, image: null, alt: null, paragraphIndex: paragraphs.length });
        i++;
        continue;
      }
      case 'heading':
        paragraphs.push(inlineText(source, [{ start: it.line.start + it.from, end: headingEnd(it.line) }]));
        blocks.push({ kind: 'heading', level: it.level });
        i++;
        continue;
      default: {
        // text, list item or quote: the block runs to the next blank or structural line.
        const ranges = [{ start: it.line.start + it.from, end: it.line.end }];
        const quote = it.kind === 'quote';
        i++;
        while (i < items.length) {
          const next = items[i];
          if (next.kind === 'text' && !quote) ranges.push({ start: next.line.start + next.from, end: next.line.end });
          else if (next.kind === 'quote' && quote) ranges.push({ start: next.line.start + next.from, end: next.line.end });
          else break;
          i++;
        }
        const sourced = inlineText(source, ranges);
        if (sourced.text) {
          paragraphs.push(sourced);
          blocks.push(quote ? { kind: 'quote' } : it.kind === 'item' ? { kind: 'item', ordered: /^\s*\d/.test(it.line.text), depth: 1 } : { kind: 'paragraph' });
        }
      }
    }
  }

  // The reporter's initials closing the body, as for pages.
  const initials = takeClosingInitials(paragraphs, captions);
  blocks.length = paragraphs.length;
  const paragraphTexts = paragraphs.map((p) => p.text);
  const published = fm.published;
  const { dateline, captions: recordCaptions } = readLead(paragraphTexts, captions, published);
  const body = paragraphTexts.join('\n\n');

  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    url: options.source ?? pageUrl ?? '-',
    canonicalUrl: fm.url,
    siteName: fm.siteName,
    language: fm.language ?? guessLanguage([headline?.text ?? '', body].join('\n')),
    headline: headline?.text || null,
    published,
    modified: fm.modified,
    dateline,
    byline: { author, initials },
    category: fm.category,
    tags: fm.tags,
    captions: recordCaptions,
    paragraphs: paragraphTexts,
    blocks,
    text: body,
    findings: [],
  };

  const fields = new Map<string, SourcedText>();
  if (headline && headline.text) fields.set('headline', headline);
  paragraphs.forEach((p, n) => fields.set(`paragraphs[${n}]`, p));
  captions.forEach((c, n) => fields.set(`caption[${n}]`, c.sourced));
  if (dateline && paragraphs[0]) fields.set('dateline', paragraphs[0]);
  return { record, page: parsePage(source, pageUrl), fields, method: 'draft' };
}

// ---------------------------------------------------------------------------------------------
// Lines and blocks

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return out;
}

function classify(lines: Line[]): Item[] {
  const items: Item[] = [];
  let fence: string | null = null;
  let comment = false;
  for (const line of lines) {
    const t = line.text;
    if (fence) {
      if (t.trim().startsWith(fence)) fence = null;
      items.push({ kind: 'blank', line });
      continue;
    }
    if (comment) {
      if (t.includes('-->')) comment = false;
      items.push({ kind: 'blank', line });
      continue;
    }
    const f = FENCE.exec(t);
    if (f) {
      fence = f[1];
      items.push({ kind: 'blank', line });
      continue;
    }
    if (!t.trim() || HTML_COMMENT_LINE.test(t) || TAG_ONLY_LINE.test(t)) {
      items.push({ kind: 'blank', line });
      continue;
    }
    if (/^\s*<!--/.test(t)) {
      comment = true;
      items.push({ kind: 'blank', line });
      continue;
    }
    const setext = SETEXT.exec(t);
    const prev = items[items.length - 1];
    if (setext && isTextLine(prev)) {
      items.push({ kind: 'underline', level: setext[1][0] === '=' ? 1 : 2, line });
      continue;
    }
    if (RULE.test(t)) {
      items.push({ kind: 'rule', line });
      continue;
    }
    const atx = ATX.exec(t);
    if (atx) {
      items.push({ kind: 'heading', level: atx[1].length, line, from: atx[0].length });
      continue;
    }
    const image = IMAGE.exec(t);
    if (image) {
      items.push({ kind: 'image', line, alt: image[1], src: image[2] || null, rest: image[0].length });
      continue;
    }
    const label = LABEL.exec(t);
    if (label) {
      items.push({ kind: 'label', line });
      continue;
    }
    const trimmed = t.trim();
    const byline = BYLINE.exec(trimmed);
    if (byline || STAFF_LINE.test(trimmed)) {
      items.push({ kind: 'meta', line, author: byline ? byline[1].trim() : null });
      continue;
    }
    const li = LIST_ITEM.exec(t);
    if (li) {
      items.push({ kind: 'item', line, from: li[0].length });
      continue;
    }
    const quote = QUOTE.exec(t);
    if (quote) {
      items.push({ kind: 'quote', line, from: quote[0].length });
      continue;
    }
    items.push({ kind: 'text', line, from: 0 });
  }
  return items;
}

function isTextLine(item: Item | undefined): boolean {
  return item?.kind === 'text';
}

function isSingleLine(items: Item[], j: number): boolean {
  const next = items[j + 1];
  return !next || next.kind !== 'text';
}

/** Only meta lines (and blanks) follow: the byline/editor block closing the draft. */
function isTrailingMeta(items: Item[], i: number): boolean {
  for (let k = i + 1; k < items.length; k++) {
    const kind = items[k].kind;
    if (kind !== 'blank' && kind !== 'meta' && kind !== 'rule') return false;
  }
  return true;
}

function headingEnd(line: Line): number {
  const close = ATX_CLOSE.exec(line.text);
  return close ? line.start + close.index : line.end;
}

/** A caption line: emphasis unwrapped, the "Foto:" label dropped unless only a credit follows it. */
function captionFrom(source: string, start: number, end: number): SourcedText {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(source[s])) s++;
  while (e > s && /\s/.test(source[e - 1])) e--;
  const label = LABEL.exec(source.slice(s, e));
  if (label) {
    const rest = source.slice(s + label[0].length, e);
    const restText = inlineText(source, [{ start: s + label[0].length, end: e }]).text;
    // "Foto: Humas Pemkab Banjar" under an image is a credit line: keep the label so the credit reads.
    if (captionCredit(restText) === null && isCreditOnly(restText)) return inlineText(source, [{ start: s, end: e }]);
    if (rest.trim()) return inlineText(source, [{ start: s + label[0].length, end: e }]);
  }
  return inlineText(source, [{ start: s, end: e }]);
}

function isCreditOnly(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && !/\d/.test(text) && !/[.!?,;]\s/.test(text) && !/[.!?,;]$/.test(text.trim());
}

function resolveImage(src: string | null, base: string | null): string | null {
  if (!src) return null;
  if (/^https?:\/\//i.test(src)) return resolveUrl(src, null) ?? null;
  if (base && /^https?:\/\//i.test(base)) return resolveUrl(src, base) ?? null;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Inline Markdown → text, with the source offset of every character

class AnchoredText {
  private out = '';
  private anchors: number[] = [];
  private nextSource = -1;
  private pendingSpace = false;

  char(ch: string, src: number): void {
    const c = ch.charCodeAt(0);
    if (isSpaceChar(c)) {
      this.pendingSpace = true;
      return;
    }
    if (isInvisible(c)) {
      this.nextSource = -1;
      return;
    }
    if (this.pendingSpace && this.out.length) {
      this.out += ' ';
      this.nextSource = -1;
    }
    this.pendingSpace = false;
    if (src !== this.nextSource) this.anchors.push(this.out.length, src);
    this.out += ch;
    this.nextSource = src + ch.length;
  }

  /** A character standing for a longer source text (an entity). */
  replaced(ch: string, src: number): void {
    this.char(ch, src);
    this.nextSource = -1;
  }

  space(): void {
    this.pendingSpace = true;
  }

  build(): SourcedText {
    return { text: this.out, anchors: this.anchors.length ? this.anchors : [0, -1] };
  }
}

/** Zero-width, bidi and control characters: dropped from the text, as in pages. */
function isInvisible(c: number): boolean {
  return (
    c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
const ENTITY = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/i;
const TAG = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/;
const AUTOLINK = /^<(https?:\/\/[^\s<>]+)>/i;

function inlineText(source: string, ranges: { start: number; end: number }[]): SourcedText {
  const b = new AnchoredText();
  for (const r of ranges) {
    b.space();
    inline(source, r.start, r.end, b);
  }
  return b.build();
}

function inline(s: string, from: number, to: number, b: AnchoredText): void {
  let i = from;
  while (i < to) {
    const c = s[i];
    if (c === '\\' && i + 1 < to && /[!-/:-@[-`{-~]/.test(s[i + 1])) {
      b.char(s[i + 1], i + 1);
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (s[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const close = s.indexOf(fence, i + n);
      if (close > 0 && close + n <= to) {
        for (let k = i + n; k < close; k++) b.char(s[k], k);
        i = close + n;
        continue;
      }
    }
    if (c === '!' && s[i + 1] === '[') {
      const end = linkEnd(s, i + 1, to);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    if (c === '[') {
      const close = matchingBracket(s, i, to);
      const end = close > 0 ? linkEnd(s, i, to) : -1;
      if (end > 0) {
        inline(s, i + 1, close, b);
        i = end;
        continue;
      }
    }
    if (c === '<') {
      const rest = s.slice(i, Math.min(to, i + 500));
      const auto = AUTOLINK.exec(rest);
      if (auto) {
        for (let k = 0; k < auto[1].length; k++) b.char(auto[1][k], i + 1 + k);
        i += auto[0].length;
        continue;
      }
      const tag = TAG.exec(rest);
      if (tag) {
        if (/^(?:br|p|div|li|figcaption|figure|hr)$/i.test(tag[1])) b.space();
        i += tag[0].length;
        continue;
      }
    }
    if (c === '&') {
      const e = ENTITY.exec(s.slice(i, Math.min(to, i + 12)));
      if (e) {
        const ch = e[1] ? codePoint(Number(e[1])) : e[2] ? codePoint(parseInt(e[2], 16)) : ENTITIES[e[3].toLowerCase()];
        if (ch !== undefined) {
          b.replaced(ch, i);
          i += e[0].length;
          continue;
        }
      }
    }
    if (c === '*' || c === '_' || (c === '~' && s[i + 1] === '~')) {
      let n = 1;
      while (s[i + n] === c) n++;
      const before = i > from ? s[i - 1] : ' ';
      const after = i + n < to ? s[i + n] : ' ';
      const spaceBefore = /\s/.test(before);
      const spaceAfter = /\s/.test(after);
      const word = /[\p{L}\p{N}]/u;
      // A delimiter touches text on one side only ("*kata*", "**Katajari.com**"); "_" never inside a word.
      const delimiter = !(spaceBefore && spaceAfter) && (c !== '_' || !(word.test(before) && word.test(after)));
      if (delimiter && !(c === '*' && n === 1 && /\d/.test(before) && /\d/.test(after))) {
        i += n;
        continue;
      }
      for (let k = 0; k < n; k++) b.char(c, i + k);
      i += n;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    b.char(ch, i);
    i += ch.length;
  }
}

function codePoint(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
  return String.fromCodePoint(n);
}

function matchingBracket(s: string, open: number, to: number): number {
  let depth = 0;
  for (let k = open; k < to; k++) {
    if (s[k] === '\\') {
      k++;
      continue;
    }
    if (s[k] === '[') depth++;
    else if (s[k] === ']') {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/** End (exclusive) of "[text](dest)" or "[text][ref]" starting at `open`; -1 if it is not a link. */
function linkEnd(s: string, open: number, to: number): number {
  const close = matchingBracket(s, open, to);
  if (close < 0) return -1;
  if (s[close + 1] === '(') {
    let depth = 0;
    for (let k = close + 1; k < to; k++) {
      if (s[k] === '(') depth++;
      else if (s[k] === ')') {
        depth--;
        if (depth === 0) return k + 1;
      }
    }
    return -1;
  }
  if (s[close + 1] === '[') {
    const end = s.indexOf(']', close + 2);
    return end > 0 && end < to ? end + 1 : -1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Front matter

interface FrontMatter {
  /** Index of the first line after the front matter. */
  bodyLine: number;
  title: SourcedText | null;
  published: string | null;
  modified: string | null;
  url: string | null;
  author: string | null;
  category: string | null;
  tags: string[];
  language: string | null;
  siteName: string | null;
}

function readFrontMatter(source: string, lines: Line[], defaultZone: Zone): FrontMatter {
  const none: FrontMatter = { bodyLine: 0, title: null, published: null, modified: null, url: null, author: null, category: null, tags: [], language: null, siteName: null };
  if (lines[0]?.text.trimEnd() !== '---') return none;
  const close = lines.findIndex((l, i) => i > 0 && (l.text.trimEnd() === '---' || l.text.trimEnd() === '...'));
  if (close < 0) return none;
  const out = { ...none, bodyLine: close + 1 };
  let data: unknown;
  try {
    // logLevel 'error': the yaml package would print warnings quoting the draft's text, raw, on stderr.
    data = parseYaml(source.slice(lines[1]?.start ?? 0, lines[close].start), { logLevel: 'error' });
  } catch {
    return out;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  const d = data as Record<string, unknown>;
  const str = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = d[k];
      if (typeof v === 'string' && v.trim()) return v.trim();
      if (typeof v === 'number') return String(v);
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
    }
    return null;
  };
  const when = (...keys: string[]): string | null => {
    const v = str(...keys);
    return v ? (normalizeTimestamp(v, { defaultZone }) ?? parseVisibleTimestamp(v, { defaultZone })) : null;
  };
  const title = str('headline', 'title', 'judul');
  if (title) {
    // Anchor the title to its line in the front matter.
    let anchored: SourcedText = { text: title, anchors: [0, -1] };
    for (let k = 1; k < close; k++) {
      const l = lines[k];
      if (!/^(?:headline|title|judul)\s*:/.test(l.text)) continue;
      const at = l.text.indexOf(title);
      if (at >= 0) anchored = { text: title, anchors: [0, l.start + at] };
      break;
    }
    out.title = anchored.text.replace(/\s+/g, ' ') === anchored.text ? anchored : { text: title.replace(/\s+/g, ' '), anchors: [0, -1] };
  }
  out.published = when('published', 'date', 'datePublished', 'tanggal');
  out.modified = when('modified', 'updated', 'dateModified', 'lastmod');
  const url = str('url', 'canonical', 'canonicalUrl', 'link');
  out.url = url && /^https?:\/\//i.test(url) ? url : null;
  out.author = str('author', 'penulis', 'reporter');
  out.category = str('category', 'kategori', 'section');
  const categories = d.categories;
  if (!out.category && Array.isArray(categories) && typeof categories[0] === 'string') out.category = categories[0];
  const tags = d.tags ?? d.label ?? d.keywords;
  const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [];
  out.tags = [...new Set(list.filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean))];
  const lang = str('language', 'lang');
  out.language = lang && /^[a-z]{2,3}(?:[-_].*)?$/i.test(lang) ? lang.slice(0, lang.search(/[-_]|$/)).toLowerCase() : null;
  out.siteName = str('siteName', 'site', 'site_name');
  return out;
}
