/**
 * Readers for the XML documents discovery meets: sitemaps and sitemap indexes
 * (sitemaps.org, with Google News dates), RSS 2.0 and Atom feeds. A streaming
 * htmlparser2 parser in XML mode: CDATA, entities and namespaced names handled, the
 * document never turned into a tree.
 *
 * Hostile documents: entities are never expanded beyond XML's five and numeric references
 * (a document that declares its own, as the "billion laughs" does, is refused rather than
 * read with its references left as text), and reading stops after `maxEntries` entries
 * (the sitemaps.org limit of 50,000 URLs per file, by default), so that neither the time
 * nor the memory a document takes grows past what its size limit allows.
 */
import { Parser } from 'htmlparser2';

export interface DiscoveredEntry {
  /** The URL as written (absolute or relative to the document). */
  loc: string;
  /** Sitemap <lastmod>, or a feed entry's <updated>, as written. */
  lastmod: string | null;
  /** News sitemap publication date, RSS <pubDate>, Atom <published>, as written. */
  published: string | null;
}

export interface ParsedSitemap {
  kind: 'index' | 'urlset' | 'unknown';
  entries: DiscoveredEntry[];
  /** Set when the document lists more than `maxEntries` entries: only the first ones were read. */
  truncated?: true;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'unknown';
  entries: DiscoveredEntry[];
  truncated?: true;
}

/** URLs per sitemap file, and sitemaps per index file, in the sitemaps.org protocol. */
export const MAX_ENTRIES = 50_000;

/** A document kliping will not read (it declares entities). */
export class XmlRefused extends Error {}

/** Thrown from a parser callback to stop reading. */
class Stop extends Error {}

/** Local name of an element: "news:publication_date" → "publication_date". */
function local(name: string): string {
  const i = name.indexOf(':');
  return (i >= 0 ? name.slice(i + 1) : name).toLowerCase();
}

interface Walker {
  open(name: string, attrs: Record<string, string>, depth: number): void;
  close(name: string, text: string, depth: number): void;
}

function walk(xml: string, walker: Walker): void {
  const stack: string[] = [];
  let text = '';
  const parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        // <!DOCTYPE x [ … ]> with an internal subset, or an <!ENTITY …> declaration.
        const n = name.toLowerCase();
        if (n === '!entity' || (n === '!doctype' && data.includes('['))) {
          throw new XmlRefused('declares its own XML entities (<!ENTITY>), which kliping does not expand');
        }
      },
      onopentag(name, attrs) {
        const n = local(name);
        stack.push(n);
        text = '';
        walker.open(n, attrs, stack.length);
      },
      ontext(t) {
        text += t;
      },
      onclosetag(name) {
        const n = local(name);
        walker.close(n, text.trim(), stack.length);
        stack.pop();
        text = '';
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  try {
    parser.write(xml);
    parser.end();
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
  }
}

/** Parse a sitemap or a sitemap index. Anything else comes back as kind "unknown". Throws XmlRefused. */
export function parseSitemap(xml: string, maxEntries = MAX_ENTRIES): ParsedSitemap {
  let kind: ParsedSitemap['kind'] = 'unknown';
  let truncated = false;
  const entries: DiscoveredEntry[] = [];
  let current: DiscoveredEntry | null = null;
  let entryDepth = 0;
  walk(xml, {
    open(name, _attrs, depth) {
      if (depth === 1) {
        if (name === 'sitemapindex') kind = 'index';
        else if (name === 'urlset') kind = 'urlset';
        return;
      }
      if (depth === 2 && kind !== 'unknown' && (name === 'sitemap' || name === 'url')) {
        current = { loc: '', lastmod: null, published: null };
        entryDepth = depth;
      }
    },
    close(name, text, depth) {
      if (!current) return;
      if (depth === entryDepth + 1) {
        // Only the entry's own <loc>, not <image:loc> or <video:loc> deeper down.
        if (name === 'loc') current.loc = text;
        else if (name === 'lastmod') current.lastmod = text || null;
      } else if (name === 'publication_date') {
        current.published = text || null;
      }
      if (depth === entryDepth && (name === 'sitemap' || name === 'url')) {
        if (current.loc) {
          if (entries.length === maxEntries) {
            truncated = true;
            throw new Stop();
          }
          entries.push(current);
        }
        current = null;
      }
    },
  });
  return truncated ? { kind, entries, truncated: true } : { kind, entries };
}

/** Parse an RSS 2.0 (or RSS 1.0/RDF) or Atom feed into its entries' links and dates. Throws XmlRefused. */
export function parseFeed(xml: string, maxEntries = MAX_ENTRIES): ParsedFeed {
  let kind: ParsedFeed['kind'] = 'unknown';
  let truncated = false;
  const entries: DiscoveredEntry[] = [];
  let current: (DiscoveredEntry & { alternate: boolean; guid: string | null }) | null = null;
  let entryDepth = 0;
  walk(xml, {
    open(name, attrs, depth) {
      if (depth === 1) {
        if (name === 'rss' || name === 'rdf') kind = 'rss';
        else if (name === 'feed') kind = 'atom';
        return;
      }
      if (kind === 'unknown') return;
      if ((kind === 'rss' && name === 'item') || (kind === 'atom' && name === 'entry')) {
        current = { loc: '', lastmod: null, published: null, alternate: false, guid: null };
        entryDepth = depth;
        return;
      }
      if (current && kind === 'atom' && name === 'link' && depth === entryDepth + 1 && attrs.href) {
        const rel = (attrs.rel ?? 'alternate').toLowerCase();
        if (rel === 'alternate' && (!current.alternate || !current.loc)) {
          current.loc = attrs.href;
          current.alternate = true;
        }
      }
      if (current && kind === 'rss' && name === 'guid' && (attrs.ispermalink ?? attrs.isPermaLink ?? 'true').toLowerCase() !== 'true') {
        current.guid = 'not-permalink';
      }
    },
    close(name, text, depth) {
      if (!current) return;
      if (depth === entryDepth + 1) {
        if (kind === 'rss') {
          if (name === 'link' && text) current.loc = text;
          else if (name === 'origlink' && text)
            current.loc = text; // feedburner:origLink beats the tracking link
          else if (name === 'guid' && text && current.guid !== 'not-permalink' && !current.loc) current.loc = text;
          else if ((name === 'pubdate' || name === 'date') && text) current.published = text;
        } else {
          if (name === 'published' && text) current.published = text;
          else if (name === 'updated' && text) current.lastmod = text;
        }
      }
      if (depth === entryDepth && (name === 'item' || name === 'entry')) {
        if (current.loc) {
          if (entries.length === maxEntries) {
            truncated = true;
            throw new Stop();
          }
          entries.push({ loc: current.loc, lastmod: current.lastmod, published: current.published });
        }
        current = null;
      }
    },
  });
  return truncated ? { kind, entries, truncated: true } : { kind, entries };
}
