/**
 * Markdown with YAML front matter. Page text is untrusted: raw HTML, link and image
 * syntax, autolinks and reference definitions in it are escaped so that they render as
 * the text they are; only http(s) image URLs are emitted.
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
  const out: string[] = ['---', stringify(front, { lineWidth: 0 }).trimEnd(), '---', ''];
  if (record.headline) out.push(`# ${escapeInline(record.headline)}`, '');
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
  return sanitizeForTerminal(out.join('\n').trimEnd()) + '\n';
}

function figure(caption: Caption): string[] {
  const lines: string[] = [];
  const url = safeUrl(caption.image);
  if (url) lines.push(`![${escapeInline(caption.alt ?? '')}](${url})`);
  lines.push(`*${escapeInline(caption.text)}*`, '');
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

/** Escape everything Markdown (CommonMark/GFM) would treat as syntax inside a line. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c))
    .replace(/\b(javascript|vbscript|data|file):/gi, '$1&#58;');
}

/** A paragraph: inline escapes plus block markers at its start ("1. ", "- ", "> ", "==="). */
export function escapeBlock(text: string): string {
  return escapeInline(text).replace(/^(\s*)(\d+)([.)])(\s)/, '$1$2\\$3$4').replace(/^(\s*)([-=+#|])/, '$1\\$2');
}
