/** The author's name: JSON-LD, <meta name=author>, then the theme's byline. */
import type { ParsedPage } from '../parse/document.js';
import { jsonLdResolve, jsonText, metaValue, type PageMetadata } from './metadata.js';
import { AUTHOR_SELECTORS } from './sites/selectors.js';
import { rawText } from './dom.js';
import { normalizeText } from '../util/text.js';
import { outsideArticle } from './scope.js';

const BY_PREFIX = /^(?:oleh|by|penulis|reporter|pewarta|ditulis oleh)\s*[:：]?\s*/i;

export function readAuthor(page: ParsedPage, metadata: PageMetadata): string | null {
  const ld = jsonText(jsonLdResolve(metadata, firstOf(metadata.article?.author)));
  if (ld) return clean(ld);
  const meta = metaValue(metadata, 'author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author');
  if (meta && !/^https?:\/\//.test(meta)) return clean(meta);
  for (const selector of AUTHOR_SELECTORS) {
    for (const el of page.index.select(selector)) {
      if (outsideArticle(el)) continue;
      const t = clean(normalizeText(rawText(el)));
      if (t && t.length < 80) return t;
    }
  }
  return null;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function clean(value: string): string {
  return normalizeText(value).replace(BY_PREFIX, '');
}
