/**
 * Drafts: an editor's article before it is published, as Markdown or plain text, read into
 * the same Extraction an HTML page gives — so lint runs on it unchanged, and findings point
 * at lines and columns of the draft itself. The draft is parsed as CommonMark (draft/blocks.ts),
 * so every text keeps the place the parser gives it (draft/inline.ts).
 *
 * - YAML front matter (between `---` lines) may give title/headline, published/date,
 *   modified, url, author, category, tags, language (draft/front-matter.ts).
 * - Headline: the first `# ` (or `===`-underlined) heading; else the front matter title;
 *   else the first line, when it is at most 200 characters.
 * - Captions: a paragraph starting with "Foto:"/"FOTO:"/"Caption:"/"Keterangan foto:" (the
 *   label is dropped unless what follows is only a credit), and the line under an image
 *   `![alt](src)` — directly under it, or after a blank line when it is one line that is
 *   emphasised (`*…*`, `_…_`) or reads like a caption. Credit and date are read as for pages.
 * - Paragraphs: the other blocks (the lines of one block joined; list items and lower headings
 *   are blocks of their own), without inline Markdown.
 * - A "Oleh:"/"Penulis:"/"Reporter:" line before the first paragraph is the author; such
 *   lines and "Editor:" lines before the first or after the last paragraph are not text.
 * - The dateline and the reporter's initials are read exactly as for pages.
 */
import { parsePage } from '../parse/document.js';
import type { SourcedText } from '../parse/sourced-text.js';
import { SCHEMA_VERSION, type ArticleRecord, type BlockShape } from '../record.js';
import { formatTimestamp, type Zone } from '../dates/index.js';
import { zoneOfPlace } from '../dates/places.js';
import { applyZone } from './published/index.js';
import type { Extraction } from './article.js';
import { takeClosingInitials } from './initials.js';
import { captionCredit, looksLikeCaption } from './caption.js';
import { readLead } from './lead.js';
import { guessLanguage } from './language.js';
import { resolveUrl } from './dom.js';
import { parseDraft, type Block } from './draft/blocks.js';
import { inlineText } from './draft/inline.js';
import { readFrontMatter } from './draft/front-matter.js';
export { looksLikeHtml } from './draft/sniff.js';
import type { PhrasingContent } from 'mdast';

export interface DraftOptions {
  /** What to record as `url` (the file path as given, or "-"). */
  source?: string | null;
  /** The article's URL, if known (resolves relative image paths). */
  url?: string | null;
  /** The site's zone: a front-matter time written without one gets its offset (else the dateline's place decides, else none). */
  zone?: Zone | null;
  /** @deprecated the former name of `zone`; it no longer defaults to WIB. */
  defaultZone?: Zone | null;
}

const LABEL = /^(?:foto|photo|caption|keterangan(?:\s+foto)?|ket\.?\s*foto)\s*[:：]\s*(?=\S)/i;
// "Oleh: Rina Oktaviani", "Penulis Rina" — not "Oleh karena itu, …" (no case-insensitive flag: it would let \p{Lu} match lower case).
const BYLINE = /^(?:[Oo]leh|OLEH|[Pp]enulis|PENULIS|[Rr]eporter|REPORTER|[Pp]ewarta|PEWARTA|[Ww]artawan|WARTAWAN|[Bb]y|BY)\s*[:：]?\s*(\p{Lu}[^.!?\n]{1,60})$/u;
const STAFF_LINE = /^(?:editor|penyunting|redaktur|editing)\s*[:：]\s*\S.{0,60}$/i;
const EMPHASISED = /^(\*{1,2}|_{1,2})(?=\S)([\s\S]*\S)\1$/;
/** A first line longer than this is no headline (plain-text drafts without a title). */
const MAX_HEADLINE = 200;

interface DraftCaption {
  sourced: SourcedText;
  image: string | null;
  alt: string | null;
  paragraphIndex: number;
}

export function extractDraft(text: string, options: DraftOptions = {}): Extraction {
  const source = typeof text === 'string' ? text : '';
  const siteZone = options.zone ?? options.defaultZone ?? null;
  const parsed = parseDraft(source);
  const fm = readFrontMatter(parsed.frontMatter, siteZone);
  const pageUrl = options.url ?? fm.url ?? null;
  const blocks = parsed.blocks.map((b) => (b.kind === 'text' ? classifyText(source, b) : b));
  const headline = takeHeadline(source, blocks, fm.title);
  const { paragraphs, shapes, captions, author } = readBody(source, blocks, pageUrl, fm.author);

  // The reporter's initials closing the body, as for pages.
  const initials = takeClosingInitials(paragraphs, captions);
  shapes.length = paragraphs.length; // a paragraph of initials alone is gone
  const paragraphTexts = paragraphs.map((p) => p.text);
  const { dateline, captions: recordCaptions } = readLead(paragraphTexts, captions, fm.published?.date ?? null);
  const body = paragraphTexts.join('\n\n');
  const zone = siteZone ?? (dateline?.place ? zoneOfPlace(dateline.place, body) : null);
  const published = applyZone(fm.published, zone);
  const modified = applyZone(fm.modified, zone);

  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    url: options.source ?? pageUrl ?? '-',
    canonicalUrl: fm.url,
    siteName: fm.siteName,
    language: fm.language ?? guessLanguage([headline?.text ?? '', body].join('\n')),
    headline: headline?.text || null,
    published: published ? formatTimestamp(published) : null,
    publishedFrom: published ? 'meta' : null,
    modified: modified ? formatTimestamp(modified) : null,
    dateline,
    byline: { author, initials },
    category: fm.category,
    tags: fm.tags,
    captions: recordCaptions,
    paragraphs: paragraphTexts,
    blocks: shapes,
    text: body,
    findings: [],
  };

  const fields = new Map<string, SourcedText>();
  if (headline && headline.text) fields.set('headline', headline);
  paragraphs.forEach((p, n) => fields.set(`paragraphs[${n}]`, p));
  captions.forEach((c, n) => fields.set(`caption[${n}]`, c.sourced));
  if (dateline && paragraphs[0]) fields.set('dateline', paragraphs[0]);
  const draft = { comments: parsed.comments, blocks: parsed.blocks.map((b) => b.place) };
  return {
    record,
    page: parsePage(source, pageUrl),
    fields,
    method: 'draft',
    publishedWhy: published ? 'the front matter' : 'no date in the front matter',
    draft,
  };
}

// ---------------------------------------------------------------------------------------------
// What a text block is

/** Text blocks read further: a caption label line, a byline or staff line, or plain text. */
type Item =
  | Exclude<Block, { kind: 'text' }>
  | (Extract<Block, { kind: 'text' }> & { role: 'text' | 'label' | 'meta'; author: string | null; raw: string })
  | { kind: 'gone' };

function classifyText(source: string, block: Extract<Block, { kind: 'text' }>): Item {
  const raw = source.slice(block.place.start, block.place.end).trim();
  if (LABEL.test(raw)) return { ...block, role: 'label', author: null, raw };
  if (block.lines === 1) {
    const byline = BYLINE.exec(raw);
    if (byline || STAFF_LINE.test(raw)) return { ...block, role: 'meta', author: byline ? byline[1].trim() : null, raw };
  }
  return { ...block, role: 'text', author: null, raw };
}

/**
 * The headline: the first level-1 heading; else the front matter's title; else the first
 * block's first line when short enough (the rest of that block stays text).
 */
function takeHeadline(source: string, items: Item[], title: SourcedText | null): SourcedText | null {
  const h1 = items.findIndex((it) => it.kind === 'heading' && it.depth === 1);
  if (h1 >= 0) {
    const it = items[h1] as Extract<Item, { kind: 'heading' }>;
    items[h1] = { kind: 'gone' };
    return it.text;
  }
  if (title) return title;
  const at = items.findIndex((it) => it.kind !== 'rule' && it.kind !== 'gone');
  const it = items[at];
  if (!it || (it.kind !== 'heading' && !(it.kind === 'text' && it.role === 'text'))) return null;
  if (it.kind === 'heading') {
    if (it.text.text.length > MAX_HEADLINE) return null;
    items[at] = { kind: 'gone' };
    return it.text;
  }
  const lineEnd = source.indexOf('\n', it.place.start);
  const firstLineEnd = lineEnd < 0 || lineEnd > it.place.end ? it.place.end : lineEnd;
  const line = inlineText(source, it.nodes, { start: it.place.start, end: firstLineEnd });
  if (!line.text || source.slice(it.place.start, firstLineEnd).trim().length > MAX_HEADLINE) return null;
  if (firstLineEnd >= it.place.end) items[at] = { kind: 'gone' };
  else {
    const rest = inlineText(source, it.nodes, { start: firstLineEnd, end: it.place.end });
    items[at] = { ...it, text: rest, lines: it.lines - 1, place: { start: firstLineEnd + 1, end: it.place.end } };
  }
  return line;
}

// ---------------------------------------------------------------------------------------------
// The body: paragraphs, captions, the author

function readBody(source: string, items: Item[], pageUrl: string | null, frontAuthor: string | null) {
  const paragraphs: SourcedText[] = [];
  /** What each paragraph is, for `blocks`. */
  const shapes: BlockShape[] = [];
  const captions: DraftCaption[] = [];
  let author = frontAuthor;
  const caption = (sourced: SourcedText | null, image: string | null, alt: string | null) => {
    if (sourced?.text) captions.push({ sourced, image, alt, paragraphIndex: paragraphs.length });
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.kind === 'gone' || it.kind === 'rule') continue;
    if (it.kind === 'heading') {
      if (it.text.text) {
        paragraphs.push(it.text);
        shapes.push({ kind: 'heading', level: it.depth });
      }
      continue;
    }
    if (it.kind === 'image') {
      const image = resolveImage(it.src, pageUrl);
      if (it.after) caption(captionFrom(source, it.after.nodes, it.after.place.start, it.after.place.end), image, it.alt);
      else {
        const next = items[i + 1];
        if (next?.kind === 'text' && (next.role === 'label' || (next.lines === 1 && (EMPHASISED.test(next.raw) || looksLikeCaption(next.raw, 0))))) {
          caption(captionFrom(source, next.nodes, next.place.start, next.place.end), image, it.alt);
          i++;
        }
      }
      continue;
    }
    if (it.role === 'label') {
      caption(captionFrom(source, it.nodes, it.place.start, it.place.end), null, null);
      continue;
    }
    if (it.role === 'meta' && (paragraphs.length === 0 || onlyMetaFollows(items, i))) {
      if (it.author && paragraphs.length === 0 && !author) author = it.author;
      continue;
    }
    if (it.text.text) {
      paragraphs.push(it.text);
      shapes.push(it.shape);
    }
  }
  return { paragraphs, shapes, captions, author };
}

/** Only meta lines (and rules) follow: the byline/editor block closing the draft. */
function onlyMetaFollows(items: Item[], i: number): boolean {
  for (let k = i + 1; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'gone' || it.kind === 'rule') continue;
    if (!(it.kind === 'text' && it.role === 'meta')) return false;
  }
  return true;
}

/** A caption line: emphasis unwrapped, the "Foto:" label dropped unless only a credit follows it. */
function captionFrom(source: string, nodes: PhrasingContent[], start: number, end: number): SourcedText {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(source[s]!)) s++;
  while (e > s && /\s/.test(source[e - 1]!)) e--;
  const label = LABEL.exec(source.slice(s, e).replace(/^[*_]+/, ''));
  const whole = inlineText(source, nodes, { start: s, end: e });
  if (!label) return whole;
  const afterLabel = source.indexOf(label[0].trim(), s) + label[0].trim().length;
  const rest = inlineText(source, nodes, { start: afterLabel, end: e });
  // "Foto: Humas Pemkab Banjar" under an image is a credit line: keep the label so the credit reads.
  if (captionCredit(rest.text) === null && isCreditOnly(rest.text)) return whole;
  return rest.text ? rest : whole;
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
