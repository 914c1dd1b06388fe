/**
 * From blocks to the article's paragraphs and captions: pair captions with images,
 * drop chrome lines and link lists, take the reporter's initials off the end.
 */
import type { Block, ImageBlock, TextBlock } from './blocks.js';
import type { SourcedText } from '../parse/sourced-text.js';
import type { BlockShape } from '../record.js';
import { joinSourced } from '../parse/sourced-text.js';
import { isChromeLine, isRelatedLeadIn } from './chrome.js';
import { looksLikeCaption } from './caption.js';
import { takeClosingInitials } from './initials.js';
import { looseKey, wordCount } from '../util/text.js';
import { END_OF_ARTICLE, RELATED_SECTION } from './sites/boilerplate.js';
import { isDateLine } from './date-line.js';
import { BIO_ROLES, BIO_VERBS, WRITER_IS } from './sites/bios.js';

export interface BodyCaption {
  sourced: SourcedText;
  image: string | null;
  alt: string | null;
  paragraphIndex: number;
}

export interface Body {
  paragraphs: SourcedText[];
  /** What each paragraph is (same index). */
  blocks: BlockShape[];
  captions: BodyCaption[];
  initials: string | null;
}

export function assembleBody(blocks: Block[], headline: string | null): Body {
  const items = dropLinkLists(pairCaptions(blocks));
  const headlineKey = headline ? looseKey(headline) : null;
  const kept: (TextBlock | ImageBlock)[] = [];
  let articleChars = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'image') {
      kept.push(item);
      continue;
    }
    const text = item.sourced.text;
    if (text.length < 60) {
      const end = END_OF_ARTICLE.test(text);
      if (end || RELATED_SECTION.test(text)) {
        // Before any text it is a stray box title; after the article, the comment section
        // ends it, and a related box ends it when only link lists follow.
        if (articleChars >= 200 && (end || onlyLinksFollow(items, i + 1))) break;
        continue;
      }
    }
    // A short heading followed only by links and teasers titles a box of other articles, whatever it says.
    if (item.heading && text.length < SHORT_HEADING && articleChars >= 200 && onlyTeasersFollow(items, i + 1)) break;
    if (isChrome(item, headlineKey)) continue;
    kept.push(item);
    articleChars += text.length;
  }

  const paragraphs: SourcedText[] = [];
  const shapes: BlockShape[] = [];
  const captions: BodyCaption[] = [];
  for (const item of kept) {
    if (item.kind === 'image') {
      if (item.caption) addCaption(captions, { sourced: item.caption, image: item.image, alt: item.alt, paragraphIndex: paragraphs.length });
    } else {
      paragraphs.push(item.sourced);
      shapes.push(item.shape);
    }
  }

  dropTrailingBio(paragraphs);

  const initials = takeClosingInitials(paragraphs, captions);
  // Both only ever take paragraphs off the end.
  shapes.length = paragraphs.length;
  return { paragraphs, blocks: shapes, captions, initials };
}

/** Attach to each image the caption written right under it; orphan caption blocks become captions of their own. */
function pairCaptions(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'image') {
      const next = blocks[i + 1];
      if (!block.caption && next?.kind === 'text' && !next.heading && captionUnderImage(next)) {
        out.push({ ...block, caption: next.sourced });
        i++;
        continue;
      }
      out.push(block);
      continue;
    }
    if (block.captionHint) {
      if (isChromeLine(block.sourced.text)) continue; // "Advertisement" in a caption slot

      const prev = out[out.length - 1];
      if (prev?.kind === 'image' && !prev.caption) out[out.length - 1] = { ...prev, caption: block.sourced };
      // A separate credit line under a caption ("Name / Agency", "Foto: Humas") belongs to it.
      else if (prev?.kind === 'image' && prev.caption && block.sourced.text.length < 100) {
        out[out.length - 1] = { ...prev, caption: joinSourced(prev.caption, block.sourced) };
      } else out.push({ kind: 'image', image: null, alt: null, caption: block.sourced, node: block.node });
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * Themes print some captions twice (a lightbox copy without the image): one caption per text,
 * the copy with the image kept. The same text under two different images stays twice — that
 * is for the duplicate-caption rule to report.
 */
function addCaption(captions: BodyCaption[], caption: BodyCaption): void {
  const same = captions.findIndex((c) => c.sourced.text === caption.sourced.text && (!c.image || !caption.image || c.image === caption.image));
  if (same < 0) captions.push(caption);
  else if (!captions[same].image && caption.image) captions[same] = { ...caption, paragraphIndex: captions[same].paragraphIndex };
}

const SHORT_HEADING = 80;

/**
 * Is the rest of the root links and teasers, with no paragraph of this article's prose? A teaser
 * is a linked title over a line or two; prose is a block of a sentence or more with few links.
 * A list of facts under a heading ("Details: …") has too few links to be a box of teasers.
 */
function onlyTeasersFollow(items: Block[], from: number): boolean {
  let linked = 0;
  let prose = 0;
  let total = 0;
  for (let i = from; i < items.length; i++) {
    const b = items[i];
    if (b.kind !== 'text') continue;
    const len = b.sourced.text.length;
    total += len;
    const share = b.linkChars / len;
    if (share >= 0.5) linked += len;
    else if (len >= 80 && share < 0.3 && !b.heading) prose++;
  }
  return total > 0 && linked >= 0.3 * total && prose === 0;
}

/** Does the rest of the root read like link lists and teasers rather than paragraphs? */
function onlyLinksFollow(items: Block[], from: number): boolean {
  let total = 0;
  let linky = 0;
  for (let i = from; i < items.length; i++) {
    const b = items[i];
    if (b.kind !== 'text') continue;
    const len = b.sourced.text.length;
    total += len;
    if (b.linkChars / len >= 0.5 || len < 80) linky += len;
  }
  return total === 0 || linky >= total * 0.6;
}

/**
 * "More Great Stories" and "Read next" boxes inside the body: a run of list items that
 * nearly all carry a link, and the short title above them.
 */
function dropLinkLists(blocks: Block[]): Block[] {
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length;) {
    if (!isListItem(blocks[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && isListItem(blocks[j])) j++;
    const run = blocks.slice(i, j) as TextBlock[];
    const linked = run.filter((b) => b.linkChars / b.sourced.text.length >= 0.3).length;
    const avg = run.reduce((n, b) => n + b.sourced.text.length, 0) / run.length;
    if (run.length >= 3 && linked >= run.length * 0.8 && avg < 200) {
      for (let k = i; k < j; k++) drop.add(k);
      const title = blocks[i - 1];
      if (title?.kind === 'text' && title.sourced.text.length < 60 && !/[.!?…"”]$/.test(title.sourced.text)) drop.add(i - 1);
    }
    i = j;
  }
  return drop.size ? blocks.filter((_, k) => !drop.has(k)) : blocks;
}

function isListItem(block: Block | undefined): boolean {
  return block?.kind === 'text' && block.listItem && !block.heading;
}

function captionUnderImage(block: TextBlock): boolean {
  const len = block.sourced.text.length;
  return looksLikeCaption(block.sourced.text, len ? block.emphasisChars / len : 0);
}

function isChrome(block: TextBlock, headlineKey: string | null): boolean {
  const text = block.sourced.text;
  const len = text.length;
  if (!len) return true;
  if (isChromeLine(text)) return true;
  const linkShare = block.linkChars / len;
  // "Baca juga: …" is a related link even when the link is lost; "Simak juga …" and "Lihat juga …"
  // also open ordinary sentences, so they need the link.
  if (isRelatedLeadIn(text) && (linkShare > 0.3 || (len < 160 && /^baca\b/i.test(text)))) return true;
  if (linkShare >= 0.6 && (wordCount(text) < 60 || linkShare >= 0.8)) return true;
  if (headlineKey && Math.abs(len - headlineKey.length) < 20 && looseKey(text) === headlineKey) return true;
  if (len < 120 && isDateLine(text)) return true;
  return false;
}

// "Phil Helsel is a reporter for NBC News." closing the body, maybe under a name line.
const NAME_IS = new RegExp(`^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3} (?:${BIO_VERBS.join('|')}) `, 'u');
const ROLE = new RegExp(`^[^.]{0,90}?(?:^|[\\s(])(?:${BIO_ROLES.join('|')})(?=$|[\\s,.;:)])`, 'iu');
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}$/u;

function isBio(text: string): boolean {
  if (WRITER_IS.test(text)) return true;
  const name = NAME_IS.exec(text);
  return !!name && ROLE.test(text.slice(name[0].length));
}

function dropTrailingBio(paragraphs: SourcedText[]): void {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || last.text.length > 300 || !isBio(last.text)) return;
  paragraphs.pop();
  const name = paragraphs[paragraphs.length - 1];
  if (name && NAME_LINE.test(name.text) && last.text.startsWith(name.text)) paragraphs.pop();
}
