/**
 * Markdown with YAML front matter. Page text is untrusted: raw HTML, link and image
 * syntax, autolinks, reference definitions and block markers in it are escaped so that
 * they render as the text they are; only http(s) image URLs are emitted, percent-encoded
 * so that they cannot end the link destination.
 */
import { stringify } from 'yaml';
import type { ArticleRecord, Caption } from '../record.js';
import { sanitizeForTerminal } from '../util/terminal.js';

export function toMarkdown(record: ArticleRecord): string {
  const front = {
    headline: record.headline,
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
  const headline = escapeInline(record.headline ?? '').trim().replace(/(^|\s)(#+)$/, '$1\\$2');
  if (headline) out.push(`# ${headline}`, '');
  const byIndex = new Map<number, Caption[]>();
  for (const c of record.captions) {
    const list = byIndex.get(c.paragraphIndex) ?? [];
    list.push(c);
    byIndex.set(c.paragraphIndex, list);
  }
  record.paragraphs.forEach((p, i) => {
    for (const c of byIndex.get(i) ?? []) out.push(...figure(c));
    out.push(escapeBlock(p), '');
  });
  for (const [index, list] of byIndex) if (index >= record.paragraphs.length) for (const c of list) out.push(...figure(c));
  return out.join('\n').trimEnd() + '\n';
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
