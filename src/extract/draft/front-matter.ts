/** A draft's YAML front matter: title, dates, URL, author, category, tags, language, site name. */
import { parse as parseYaml } from 'yaml';
import type { SourcedText } from '../../parse/sourced-text.js';
import { parseMachineTimestamp, readVisibleTimestamp, type Timestamp, type Zone } from '../../dates/index.js';

export interface FrontMatter {
  title: SourcedText | null;
  published: Timestamp | null;
  modified: Timestamp | null;
  url: string | null;
  author: string | null;
  category: string | null;
  tags: string[];
  language: string | null;
  siteName: string | null;
}

/** The front matter's fields; `value` is the YAML text, starting at offset `start` of the draft. */
export function readFrontMatter(front: { value: string; start: number } | null, zone: Zone | null): FrontMatter {
  const out: FrontMatter = { title: null, published: null, modified: null, url: null, author: null, category: null, tags: [], language: null, siteName: null };
  if (!front) return out;
  let data: unknown;
  try {
    // logLevel 'error': the yaml package would print warnings quoting the draft's text, raw, on stderr.
    data = parseYaml(front.value, { logLevel: 'error' });
  } catch {
    return out;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  const d = data as Record<string, unknown>;
  const str = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = d[k];
      if (typeof v === 'string' && v.trim()) return v.trim();
      if (typeof v === 'number') return String(v);
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
    }
    return null;
  };
  const when = (...keys: string[]): Timestamp | null => {
    const v = str(...keys);
    return v ? (parseMachineTimestamp(v, { zone }) ?? readVisibleTimestamp(v, { zone })) : null;
  };
  const title = str('headline', 'title', 'judul');
  if (title) out.title = anchorTitle(front, title);
  out.published = when('published', 'date', 'datePublished', 'tanggal');
  out.modified = when('modified', 'updated', 'dateModified', 'lastmod');
  const url = str('url', 'canonical', 'canonicalUrl', 'link');
  out.url = url && /^https?:\/\//i.test(url) ? url : null;
  out.author = str('author', 'penulis', 'reporter');
  out.category = str('category', 'kategori', 'section');
  const categories = d.categories;
  if (!out.category && Array.isArray(categories) && typeof categories[0] === 'string') out.category = categories[0];
  const tags = d.tags ?? d.label ?? d.keywords;
  const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [];
  out.tags = [
    ...new Set(
      list
        .filter((t): t is string => typeof t === 'string')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  const lang = str('language', 'lang');
  out.language = lang && /^[a-z]{2,3}(?:[-_].*)?$/i.test(lang) ? lang.slice(0, lang.search(/[-_]|$/)).toLowerCase() : null;
  out.siteName = str('siteName', 'site', 'site_name');
  return out;
}

/** The title anchored to its line of the front matter (for lint positions). */
function anchorTitle(front: { value: string; start: number }, title: string): SourcedText {
  const flat = title.replace(/\s+/g, ' ');
  if (flat !== title) return { text: flat, anchors: [0, -1] };
  let offset = front.start;
  for (const line of front.value.split('\n')) {
    if (/^(?:headline|title|judul)\s*:/.test(line)) {
      const at = line.indexOf(title);
      return { text: title, anchors: [0, at >= 0 ? offset + at : -1] };
    }
    offset += line.length + 1;
  }
  return { text: title, anchors: [0, -1] };
}
