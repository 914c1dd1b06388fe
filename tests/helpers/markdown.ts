/**
 * What kliping's Markdown must look like for page text to stay text. Two checks: a CommonMark
 * parser (micromark, the one drafts are read with) must find no raw HTML, no link and no image
 * but kliping's own http(s) figures; and the raw Markdown is read by the rules of the CommonMark
 * spec (and GFM), which also covers GFM's extensions the parser does not load:
 *
 * - links, images and link reference definitions all start with an unescaped "[";
 * - raw HTML (tags, comments, CDATA, declarations) and autolinks all start with "<";
 * - block structure (headings, lists, quotes, thematic breaks, setext underlines, tables,
 *   fences, indented code) starts a line.
 *
 * So: the body holds no "<" at all; every "[", "]", "`", "*", "_", "~" and "\" of page text
 * is backslash-escaped; no line of page text starts a block other than the one kliping gives it
 * (a "## " heading, a "- " or "1. " list item, a "> " quote, a "| … |" table row, whose cells
 * escape "|"); and the only unescaped "[" is that of kliping's own figure line,
 * `![escaped alt](http(s) URL with nothing that ends it)`.
 * GFM's extended autolinks need no "<" but only ever link http(s), www. and e-mail addresses.
 */
import { parse as parseYaml } from 'yaml';
import { expect } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';

/** Characters of the page that must never reach a terminal: C0 (but tab and newline), DEL, C1, bidi controls. */
export const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** kliping's figure line: escaped alt text, an http(s) destination without space, quote, bracket or parenthesis. */
export const FIGURE = /^!\[(?:[^\\[\]]|\\.)*\]\(https?:\/\/[^\s()<>"'`\\]*\)$/;

/** One record's Markdown (front matter, then the body): see above. */
export function checkMarkdown(md: string): void {
  expect(md).not.toMatch(UNSAFE);
  const end = md.indexOf('\n---\n', 4);
  expect(md.startsWith('---\n') && end > 0).toBe(true);
  parseYaml(md.slice(4, end)); // the front matter is YAML (throws if not)
  checkMarkdownBody(md.slice(end + 5));
}

/** What a CommonMark parser makes of the body: no HTML, no links, only http(s) images. */
export function checkMarkdownParsed(body: string): void {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'html' || node.type === 'link' || node.type === 'linkReference' || node.type === 'definition' || node.type === 'imageReference') {
      found.push(`${node.type}: ${JSON.stringify(body.slice(node.position?.start.offset, node.position?.end.offset))}`);
    }
    if (node.type === 'image' && !/^https?:\/\//i.test(node.url)) found.push(`image to ${node.url}`);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromMarkdown(body));
  expect(found).toEqual([]);
}

export function checkMarkdownBody(body: string): void {
  checkMarkdownParsed(body);
  expect(body).not.toContain('<');
  const lines = body.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line === '' || (line.startsWith('# ') && lines.slice(0, i).every((l) => l === ''))) continue;
    if (line.startsWith('![')) {
      expect(line).toMatch(FIGURE);
      continue;
    }
    if (/^\|(?: --- \|)+$/.test(line) || line === '>') continue; // a table's separator, a quote's blank line
    // kliping's own block markers; the page text after them starts no block of its own.
    const table = /^\| (.*) \|$/.exec(line);
    const texts = table ? table[1].split(/(?<!\\) \| /) : [line.replace(/^(?:#{2,6} |(?: {3})*(?:-|\d+\.) |> )/, '')];
    for (const text of texts) checkText(line, text);
  }
}

function checkText(line: string, text: string): void {
  // Page text: no block of its own (a "*caption*" line starts with emphasis, not a list: no space follows).
  expect(text).not.toMatch(/^(?:\s|[-+=#|>]|\d+[.)](?:\s|$)|\*\s|\*$)/);
  // Backslash escapes of ASCII punctuation are text; what remains must hold no syntax.
  const bare = text.replace(/\\[!-/:-@[-`{-~]/g, '');
  const inner = text.startsWith('*') && text.endsWith('*') && text.length > 1 ? bare.slice(1, -1) : bare;
  // In a table cell an unescaped "|" would end the cell.
  expect(inner).not.toMatch(line.startsWith('| ') ? /[[\]`*_~\\|]/ : /[[\]`*_~\\]/);
  // Entities: only kliping's own escapes.
  expect(inner.replace(/&(?:amp|lt|gt|#58);/g, '')).not.toContain('&');
  expect(text).not.toMatch(/\b(?:javascript|vbscript|data|file):/i);
}
