/**
 * Photos and their captions where no <figure> or caption class says so. The large Indonesian
 * portals put the photo above the body in a small container of their own ("pic_artikel",
 * "imgfull_div", "photo") holding the image and a short text beside or under it; gallery pages
 * caption each slide in an element of the slide, or only in the image's alt or title.
 */
import type { Element } from 'domhandler';
import type { NodeStats } from './scorer.js';
import { classAndId } from './dom.js';
import { normalizeText } from '../util/text.js';
import { GALLERY_PARTS, NOT_A_PHOTO } from './sites/captions.js';

/** A caption is a sentence or two and a credit; more is article text. */
export const MAX_CAPTION = 300;
/** Containers a photo box can be: not <p> (a paragraph with an inline image is body text). */
const BOX_TAGS = new Set(['div', 'span', 'td', 'table', 'tbody', 'center', 'section', 'li', 'dl', 'a', 'picture']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GALLERY_PART = new RegExp(`(?:^|[\\s_-])(?:${GALLERY_PARTS.map(escape).join('|')})(?=$|[\\s_-])`);

/**
 * A small container holding one photo and a short text: the photo and its caption, whatever the
 * class names. Not when its text is much of the body's (a short article beside its one photo),
 * holds a heading or a list, or is mostly links (a teaser).
 */
export function isPhotoBox(el: Element, stats: NodeStats | undefined, bodyText: number): boolean {
  if (!stats || !BOX_TAGS.has(el.name)) return false;
  if (stats.images !== 1 || stats.text === 0 || stats.text > MAX_CAPTION || stats.outline) return false;
  if (stats.link > 0.5 * stats.text) return false;
  return stats.text < 0.5 * bodyText;
}

/** Is the image a photo, not an icon, a logo, an avatar or a tracking pixel? */
export function isPhoto(img: Element): boolean {
  const a = img.attribs;
  const w = Number(a.width);
  const h = Number(a.height);
  if ((w > 0 && w < 100) || (h > 0 && h < 60)) return false;
  const src = a['data-src'] ?? a['data-original'] ?? a['data-lazy-src'] ?? a.src ?? '';
  return !NOT_A_PHOTO.test(src) && !NOT_A_PHOTO.test(a.class ?? '');
}

/** A gallery or slideshow container ("gallery", "galeri-foto", "slider", "owl-carousel"). */
export function isGallery(el: Element): boolean {
  const ci = classAndId(el);
  return ci !== '' && GALLERY_PART.test(ci);
}

/**
 * In a gallery a slide's only caption may be the image's alt or title: taken when it reads
 * as words (three or more), not as a file name or a placeholder.
 */
export function altCaption(img: Element): string | null {
  for (const value of [img.attribs.alt, img.attribs.title]) {
    if (!value) continue;
    const text = normalizeText(value);
    if (text.split(' ').length < 3) continue;
    if (/\.(?:jpe?g|png|gif|webp)\b/i.test(text) || /^[\w-]+$/.test(text)) continue;
    return text;
  }
  return null;
}
