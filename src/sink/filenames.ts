/**
 * Safe file names for articles written into an output folder: ASCII slugs from the URL
 * slug or the headline, never a path, never a reserved device name, bounded in length.
 */
import { basename, resolve, sep } from 'node:path';

const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;
const MAX_SLUG = 80;

/** "Pemkab Banjar Gelar Rapat!" → "pemkab-banjar-gelar-rapat". Lower-case ASCII letters, digits, dashes. */
export function slugify(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG) : slug;
}

/** The last meaningful path segment of a URL ("…/2024/10/dkisp-anjangsana.html" → "dkisp-anjangsana"). */
export function urlSlug(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const segments = u.pathname
    .split('/')
    .map((s) => safeDecode(s))
    .filter((s) => s && !/^(?:amp|index\.\w+)$/i.test(s));
  for (let i = segments.length - 1; i >= 0; i--) {
    const slug = slugify(segments[i].replace(/\.(?:html?|php|aspx?)$/i, ''));
    if (slug && !/^\d+$/.test(slug)) return slug;
  }
  const q = u.searchParams.get('p') ?? u.searchParams.get('id');
  return q ? slugify(`${u.hostname}-${q}`) : null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A base file name (no extension) for an article: URL slug, else headline, else the input's base name. */
export function articleBaseName(url: string, headline: string | null): string {
  const candidates = [urlSlug(url), headline ? slugify(headline) : null, slugify(basename(url).replace(/\.[^.]*$/, ''))];
  let name = candidates.find((c): c is string => !!c) ?? 'article';
  if (RESERVED.test(name)) name = `article-${name}`;
  return name;
}

/** The absolute path of `name` inside `dir`, or an error if it would land outside it. */
export function pathInside(dir: string, name: string): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  if (!target.startsWith(root + sep) || basename(target) !== name) {
    throw new Error(`refusing to write outside ${dir}: ${name}`);
  }
  return target;
}

/** `rel` resolved inside `dir`, or null when it would leave it ("../x", an absolute path): for paths an archive's own files name. */
export function resolveInside(dir: string, rel: string): string | null {
  const root = resolve(dir);
  const target = resolve(root, rel);
  return target.startsWith(root + sep) ? target : null;
}
