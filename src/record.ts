/**
 * The article record: the contract downstream tools read (see schema/article.schema.json).
 * Additive changes only within one schemaVersion; anything else bumps it.
 */

export const SCHEMA_VERSION = 1 as const;

export type Severity = 'error' | 'warning' | 'info';

export interface Dateline {
  /** The lead's dateline as written, e.g. "MARTAPURA, Katajari.com – … Selasa (22/10/2024) siang". */
  raw: string;
  /** Place name in capitals at the start of the lead ("MARTAPURA"), or null. */
  place: string | null;
  /** The outlet named at the start of the lead ("Katajari.com"), or null. */
  source: string | null;
  /** ISO calendar date (YYYY-MM-DD) the lead gives, or null. */
  date: string | null;
  /** The weekday as written in the lead, in its canonical spelling ("Selasa"), or null. */
  weekday: string | null;
  /** Time of day as written ("siang", "10.00 WITA"), or null. */
  time: string | null;
}

export interface Byline {
  author: string | null;
  /** Reporter's initials closing the body ("kjc", "adv/ad"), or null. */
  initials: string | null;
}

export interface Caption {
  /** The caption text, credit included, as the reader sees it. */
  text: string;
  /** The photo credit ("DKISP Kabupaten Banjar", "Ist", "ANTARA/Istimewa"), or null. */
  credit: string | null;
  /** ISO date written in the caption, or null. */
  date: string | null;
  /** Absolute URL of the image the caption stands under, or null. */
  image: string | null;
  alt: string | null;
  /** How many paragraphs precede the image in reading order (where it stood). */
  paragraphIndex: number;
}

/**
 * What one of `paragraphs` is, at the same index: a paragraph, a heading, a list item, a table
 * row or a quoted paragraph. Consecutive items make one list and consecutive rows one table
 * (the Markdown export renders them so); `paragraphs[i]` stays the block's plain text (a row's
 * cells joined by spaces), which is what lint and text exports read.
 */
export interface BlockShape {
  kind: 'paragraph' | 'heading' | 'item' | 'row' | 'quote';
  /** heading: 1–6. */
  level?: number;
  /** item: in a numbered list. */
  ordered?: boolean;
  /** item: 1 for a top-level item, 2 for an item of a list inside it, … */
  depth?: number;
  /** row: the text of each cell. */
  cells?: string[];
  /** row: a header row (its cells are <th>, or it stands in <thead>). */
  header?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** headline | dateline | caption[i] | paragraphs[i] | published */
  where: string;
  found: string;
  expected: string | null;
  message: string;
  suggestion?: string | null;
  line: number | null;
  column: number | null;
  /** Length of the offending text in the source, where known (for underlining). */
  length?: number | null;
  /** Which of its rule's messages this is ("wrongYear"): stable, for tests and tools to match instead of the sentence. */
  messageId?: string;
  /**
   * A correction safe to apply without an editor's judgement (the weekday of an unambiguous
   * date), as a replacement of the source's characters [start, end) — offsets into the file
   * the finding's line and column count in. Only where the source was read exactly.
   */
  fix?: { start: number; end: number; text: string } | null;
}

/**
 * The source of `published`: JSON-LD, a <meta> or microdata value, a <time> element, a date
 * the page prints, or the URL's path.
 */
export type PublishedFrom = 'jsonld' | 'meta' | 'time' | 'visible' | 'url';

export interface ArticleRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Source URL, or file path for local input. */
  url: string;
  canonicalUrl: string | null;
  siteName: string | null;
  language: string | null;
  headline: string | null;
  /**
   * ISO 8601: 'YYYY-MM-DDTHH:MM:SS±HH:MM' when the offset is known (from the page, the
   * dateline's place or the site's configured zone), 'YYYY-MM-DDTHH:MM:SS' local time when it
   * is not, 'YYYY-MM-DD' when only the day is; null if no date.
   */
  published: string | null;
  /** Where `published` came from; null when it is null. */
  publishedFrom: PublishedFrom | null;
  modified: string | null;
  dateline: Dateline | null;
  byline: Byline;
  category: string | null;
  tags: string[];
  captions: Caption[];
  paragraphs: string[];
  /**
   * What each paragraph is (same index as `paragraphs`). Added within schemaVersion 1: records
   * written before it was added have no `blocks`.
   */
  blocks?: BlockShape[];
  /** Paragraphs joined by blank lines. */
  text: string;
  findings: Finding[];
  /**
   * Set only when the page is no article, to the reason: `password-protected`, `empty page`,
   * or `not an article: <kind>` (category archive, tag archive, author archive, date archive,
   * archive, home page, list of posts, search results, attachment page, 404 page).
   * Added within schemaVersion 1; `kliping extract` reports such a page instead of printing
   * it, and the crawl records it as skipped.
   */
  notArticle?: string;
}
