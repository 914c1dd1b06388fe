/**
 * Markdown with YAML front matter. Page text is untrusted: raw HTML, link and image
 * syntax, autolinks, reference definitions and block markers in it are escaped so that
 * they render as the text they are; only http(s) image URLs are emitted, percent-encoded
 * so that they cannot end the link destination.
 */
import { stringify } from 'yaml';
import type { ArticleRecord, BlockShape, Caption } from '../record.js';
import { sanitizeForTerminal } from '../util/terminal.js';

export function toMarkdown(record: ArticleRecord): string {
  const front = {
    title: record.headline,
    url: record.url,
    canonicalUrl: record.canonicalUrl,
    siteName: record.siteName,
    language: record.language,
    published: record.published,
    modified: record.modified,
    dateline: record.dateline,
    byline: record.byline,
    category: record.category,
    tags: record.tags,
  };
  // Controls are removed from the values, not from the YAML: removing a character from a
  // plain scalar after the fact could leave it starting with "&", "*" or "!" (an anchor,
  // an alias, a tag).
  const out: string[] = ['---', stringify(cleanValues(front), { lineWidth: 0 }).trimEnd(), '---', ''];
  // A trailing run of "#" would be read as the heading's closing sequence and dropped.
  const headline = escapeInline(record.headline ?? '')
    .trim()
    .replace(/(^|\s)(#+)$/, '$1\\$2');
  if (headline) out.push(`# ${headline}`, '');
  const byIndex = new Map<number, Caption[]>();
  for (const c of record.captions) {
    const list = byIndex.get(c.paragraphIndex) ?? [];
    list.push(c);
    byIndex.set(c.paragraphIndex, list);
  }
  const shapes = record.blocks?.length === record.paragraphs.length ? record.blocks : null;
  for (let i = 0; i < record.paragraphs.length;) {
    for (const c of byIndex.get(i) ?? []) out.push(...figure(c));
    // A list or a table runs over consecutive blocks; a caption between them ends it.
    let end = i + 1;
    const kind = shapes?.[i].kind;
    if (kind === 'item' || kind === 'row' || kind === 'quote') {
      while (end < record.paragraphs.length && continues(shapes![i], shapes![end]) && !byIndex.has(end)) end++;
    }
    out.push(...blockLines(record.paragraphs.slice(i, end), shapes ? shapes.slice(i, end) : [{ kind: 'paragraph' }]), '');
    i = end;
  }
  for (const [index, list] of byIndex) if (index >= record.paragraphs.length) for (const c of list) out.push(...figure(c));
  return out.join('\n').trimEnd() + '\n';
}

/** Does `next` go on the list, table or quote that starts with `first`? A bulleted list right after a numbered one is another list. */
function continues(first: BlockShape, next: BlockShape): boolean {
  if (first.kind !== next.kind) return false;
  if (next.kind === 'item' && (next.depth ?? 1) === 1) return !!first.ordered === !!next.ordered;
  return true;
}

/** One paragraph, or a run of list items, table rows or quoted paragraphs, as Markdown lines. */
function blockLines(texts: string[], shapes: BlockShape[]): string[] {
  const shape = shapes[0];
  switch (shape.kind) {
    case 'heading':
      // A trailing run of "#" would be read as the heading's closing sequence and dropped.
      return [
        `${'#'.repeat(Math.min(6, Math.max(2, shape.level ?? 2)))} ${escapeBlock(texts[0])
          .trim()
          .replace(/(^|\s)(#+)$/, '$1\\$2')}`,
      ];
    case 'item': {
      const numbers: number[] = [];
      return texts.map((t, k) => {
        const depth = Math.max(1, shapes[k].depth ?? 1);
        numbers.length = depth;
        numbers[depth - 1] = (numbers[depth - 1] ?? 0) + 1;
        const marker = shapes[k].ordered ? `${numbers[depth - 1]}.` : '-';
        return `${'   '.repeat(depth - 1)}${marker} ${escapeBlock(t)}`;
      });
    }
    case 'row':
      return table(shapes.map((s, k) => s.cells ?? [texts[k]]));
    case 'quote':
      return texts.flatMap((t, k) => (k ? ['>', `> ${escapeBlock(t)}`] : [`> ${escapeBlock(t)}`]));
    default:
      return [escapeBlock(texts[0])];
  }
}

/** A table cell: escaped as a paragraph, and every "|" escaped (escapeBlock already did a leading one). */
function cell(text: string): string {
  const escaped = escapeBlock(text).trim();
  const lead = escaped.startsWith('\\|') ? 2 : 0;
  return escaped.slice(0, lead) + escaped.slice(lead).replace(/\|/g, '\\|');
}

/** A GFM table; the first row is its header (GFM has no table without one). */
function table(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => '| ' + Array.from({ length: width }, (_, k) => cell(cells[k] ?? '')).join(' | ') + ' |';
  return [line(rows[0]), '|' + ' --- |'.repeat(width), ...rows.slice(1).map(line)];
}

function cleanValues(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeForTerminal(value);
  if (Array.isArray(value)) return value.map(cleanValues);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValues(v)]));
  return value;
}

function figure(caption: Caption): string[] {
  const lines: string[] = [];
  const url = safeUrl(caption.image);
  if (url) lines.push(`![${escapeInline(caption.alt ?? '').trim()}](${url})`);
  // Trimmed: "* text*" would be a list item, not emphasis.
  const text = escapeInline(caption.text).trim();
  if (text) lines.push(`*${text}*`);
  lines.push('');
  return lines;
}

/** Only http(s); characters that could end the link destination are percent-encoded. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[()<>\s"'`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/**
 * Escape everything Markdown (CommonMark/GFM) would treat as syntax inside a line. Escape
 * sequences and controls are removed first, so that removing them can never join a
 * backslash or an entity to what it was meant to escape; line breaks become spaces, so
 * that page text cannot start a block (a heading, a list, a "---" line) of its own.
 */
export function escapeInline(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/[ \t]*[\n\u2028\u2029]\s*/g, ' ')
    .replace(/[\\`*_[\]<>~&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c))
    .replace(/\b(javascript|vbscript|data|file):/gi, '$1&#58;');
}

/** A paragraph: inline escapes plus block markers at its start ("1. ", "- ", "> ", "==="); no indented code block. */
export function escapeBlock(text: string): string {
  return escapeInline(text)
    .replace(/^\s+/, '')
    .replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3')
    .replace(/^([-=+#|])/, '\\$1');
}
