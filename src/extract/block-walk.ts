/**
 * The walk of a content root into blocks, in document order: text is gathered into the block
 * element that owns it (a paragraph, a heading, a list item, a cell's row) with what it sits in
 * (links, emphasis, a caption, a list, a quote, a gallery); images, figures and small photo
 * boxes become image blocks; chrome and the article's header are left out.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { TextBuilder, plainSourced } from '../parse/sourced-text.js';
import { isElement } from './dom.js';
import { shapeOf } from './block-shape.js';
import { altCaption, isGallery, isPhotoBox } from './photos.js';
import {
  BLOCK_TAGS,
  CELL_TAGS,
  EMPHASIS_TAGS,
  HEADING_TAGS,
  IMAGE_TAGS,
  MAX_DEPTH,
  altOf,
  contains,
  figureBlock,
  findFirst,
  hasImageOrCaption,
  imageSource,
  isArticleHeader,
  isCaptionElement,
  isFigure,
  photoBoxBlock,
  type Block,
  type BlockOptions,
} from './blocks.js';

/** Walk a content root into blocks. */
export function collectBlocks(root: Element, options: BlockOptions): Block[] {
  return new BlockWalk(root, options).run();
}

/** How deep the walk is inside each kind of element that colours the text it holds. */
interface Depths {
  link: number;
  emphasis: number;
  caption: number;
  list: number;
  quote: number;
  gallery: number;
}

class BlockWalk {
  private readonly blocks: Block[] = [];
  private builder = new TextBuilder();
  private linkChars = 0;
  private emphasisChars = 0;
  private readonly depth: Depths = { link: 0, emphasis: 0, caption: 0, list: 0, quote: 0, gallery: 0 };
  /** The lists the walk is inside, innermost last: is the current item numbered? */
  private readonly lists: boolean[] = [];
  private brRun = 0;
  private blockOwner: Element;
  private readonly rootText: number;
  /** When the root holds the headline, what stands before it (menus, breadcrumbs, kickers) is not the body. */
  private beforeHeadline: boolean;
  /** Blocks seen before the headline (-1: none): dropped at the end unless they are much of the text. */
  private headlineAt = -1;

  constructor(
    private readonly root: Element,
    private readonly options: BlockOptions,
  ) {
    this.blockOwner = root;
    this.rootText = options.stats?.get(root)?.text ?? 0;
    this.beforeHeadline = !!options.headline && contains(root, options.headline);
  }

  run(): Block[] {
    this.visit(this.root, 0);
    this.flush();
    const { blocks, headlineAt } = this;
    if (headlineAt > 0) {
      // A page whose h1 sits low in the body (a sticky title bar) keeps what stands above it.
      const textOf = (list: Block[]) => list.reduce((n, b) => n + (b.kind === 'text' ? b.sourced.text.length : 0), 0);
      if (textOf(blocks.slice(0, headlineAt)) < 0.25 * textOf(blocks)) return blocks.slice(headlineAt);
    }
    return blocks;
  }

  /** The text gathered so far becomes a block of the element that owns it. */
  private flush(): void {
    const sourced = this.builder.build();
    if (sourced.text.trim()) {
      const owner = this.blockOwner;
      const { depth, lists } = this;
      this.blocks.push({
        kind: 'text',
        tag: owner.name,
        heading: HEADING_TAGS.has(owner.name),
        sourced,
        linkChars: this.linkChars,
        emphasisChars: this.emphasisChars,
        captionHint: depth.caption > 0,
        listItem: depth.list > 0,
        shape: shapeOf(owner, sourced.text, depth.list, lists[lists.length - 1] ?? false, depth.quote > 0),
        node: owner,
      });
    }
    this.builder = new TextBuilder();
    this.linkChars = 0;
    this.emphasisChars = 0;
    this.brRun = 0;
  }

  private visit(node: AnyNode, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (node.type === 'text') return this.text(node as Text);
    if (!isElement(node)) return;
    const el = node;
    const { options, root } = this;
    if (el === options.headline || (el !== root && isArticleHeader(el, options.headline))) {
      this.flush();
      if (this.beforeHeadline) this.headlineAt = this.blocks.length;
      this.beforeHeadline = false;
      return;
    }
    if (el !== root && options.isChrome(el)) return;
    if (this.breakOrRule(el) || this.imageBlock(el)) return;
    this.container(el, depth);
  }

  private text(node: Text): void {
    const before = this.builder.length;
    this.builder.append(node.data, node.startIndex);
    const added = this.builder.length - before;
    if (added > 0) {
      this.brRun = 0;
      if (this.depth.link) this.linkChars += added;
      if (this.depth.emphasis) this.emphasisChars += added;
    }
  }

  /** <br> (two in a row end a block) and <hr>. */
  private breakOrRule(el: Element): boolean {
    if (el.name === 'br') {
      this.brRun++;
      if (this.brRun >= 2) this.flush();
      else this.builder.space();
      return true;
    }
    if (el.name === 'hr') {
      this.flush();
      return true;
    }
    return false;
  }

  /** An image, a figure or a small photo box, as one image block with its caption. */
  private imageBlock(el: Element): boolean {
    const { root, options } = this;
    const inGallery = this.depth.gallery > 0;
    if (IMAGE_TAGS.has(el.name)) {
      this.flush();
      // A slide's only caption may be its alt or title.
      const caption = inGallery ? altCaption(el) : null;
      this.blocks.push({ kind: 'image', image: imageSource(el, options.baseUrl), alt: altOf(el), caption: caption ? plainSourced(caption) : null, node: el });
      return true;
    }
    if (el === root) return false;
    // A gallery holds figures of its own: descend instead.
    if (isFigure(el) && hasImageOrCaption(el) && !findFirst(el, (n) => n.name === 'figure' || (n !== el && isFigure(n)))) {
      this.flush();
      this.blocks.push(figureBlock(el, options.baseUrl, inGallery));
      return true;
    }
    if (options.stats && isPhotoBox(el, options.stats.get(el), this.rootText)) {
      const photo = photoBoxBlock(el, options.baseUrl, inGallery);
      if (photo) {
        this.flush();
        this.blocks.push(photo);
        return true;
      }
    }
    return false;
  }

  /** Any other element: its children, inside its block (if it is one) and with its colours. */
  private container(el: Element, depth: number): void {
    const name = el.name;
    // A gallery holds two images or more.
    const gallery = el !== this.root && (this.options.stats?.get(el)?.images ?? 0) >= 2 && isGallery(el);
    const isBlock = BLOCK_TAGS.has(name);
    const isCell = CELL_TAGS.has(name);
    if (isBlock) this.flush();
    else if (isCell) this.builder.space();
    const previousOwner = this.blockOwner;
    if (isBlock) this.blockOwner = el;
    const caption = isCaptionElement(el);
    this.enter(name, caption, gallery, +1);
    for (const child of el.children) this.visit(child, depth + 1);
    // Flush while this element's flags (caption, list item) still apply to its text.
    if (isBlock) {
      this.flush();
      this.blockOwner = previousOwner;
    } else if (isCell) this.builder.space();
    this.enter(name, caption, gallery, -1);
  }

  /** Into (+1) or out of (-1) an element that colours the text it holds. */
  private enter(name: string, caption: boolean, gallery: boolean, step: 1 | -1): void {
    const d = this.depth;
    if (gallery) d.gallery += step;
    if (name === 'a') d.link += step;
    if (EMPHASIS_TAGS.has(name)) d.emphasis += step;
    if (caption) d.caption += step;
    if (name === 'li') d.list += step;
    if (name === 'blockquote') d.quote += step;
    if (name === 'ul' || name === 'ol') {
      if (step > 0) this.lists.push(name === 'ol');
      else this.lists.pop();
    }
  }
}
