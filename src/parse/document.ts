import { load, type CheerioAPI } from 'cheerio/slim';
import type { Document } from 'domhandler';
import { SourceLines } from './source-lines.js';
import { PageIndex } from './page-index.js';
import { parseHtmlDocument } from './depth-limited-parser.js';

/** One HTML page, parsed once; every extractor reads this tree and never re-parses. */
export class ParsedPage {
  readonly document: Document;
  readonly lines: SourceLines;
  /** Elements by tag, class, id and attribute; `index.select(css)` for site selectors. */
  readonly index: PageIndex;
  private cheerio: CheerioAPI | null = null;

  constructor(
    readonly html: string,
    /** The page URL (for resolving relative links), or null for local input without one. */
    readonly url: string | null,
  ) {
    this.document = parseHtmlDocument(html, { withStartIndices: true, withEndIndices: true });
    this.lines = new SourceLines(html);
    this.index = new PageIndex(this.document);
  }

  /** A cheerio API over the same tree, built on first use (the extractors do not need it). */
  get $(): CheerioAPI {
    this.cheerio ??= load(this.document);
    return this.cheerio;
  }
}

/**
 * Parse with htmlparser2: several times faster than parse5 on real pages, and it records
 * each node's offset in the source, which lint findings point at. cheerio's loader stays
 * out of the hot path: it builds a class per document, which costs memory at scale.
 */
export function parsePage(html: string, url: string | null = null): ParsedPage {
  return new ParsedPage(html, url);
}
