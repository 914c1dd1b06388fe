import { load, type CheerioAPI } from 'cheerio/slim';
import type { Document } from 'domhandler';
import { SourceLines } from './source-lines.js';
import { PageIndex } from './page-index.js';

/** One HTML page, parsed once; every extractor reads this tree and never re-parses. */
export interface ParsedPage {
  html: string;
  /** The page URL (for resolving relative links), or null for local input without one. */
  url: string | null;
  $: CheerioAPI;
  document: Document;
  lines: SourceLines;
  /** Elements by tag, class, id and attribute; `index.select(css)` for site selectors. */
  index: PageIndex;
}

/**
 * Parse with htmlparser2 (cheerio/slim): several times faster than parse5 on real pages,
 * and it records each node's offset in the source, which lint findings point at.
 */
export function parsePage(html: string, url: string | null = null): ParsedPage {
  // htmlparser2 options pass through cheerio's loader; its types only list parse5's.
  const $ = load(html, { withStartIndices: true, withEndIndices: true } as Parameters<typeof load>[1]);
  const document = $.root()[0] as unknown as Document;
  return { html, url, $, document, lines: new SourceLines(html), index: new PageIndex(document) };
}
