/**
 * A draft's blocks, read with a CommonMark parser (micromark, through mdast-util-from-markdown,
 * with YAML front matter): headings, paragraphs, list items, quotes and images, each with its
 * place in the draft. Code, HTML blocks and comments are not article text. Indented code is
 * switched off: a plain-text draft may indent its paragraphs.
 */
import type { Image, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { SourcedText } from '../../parse/sourced-text.js';
import type { BlockShape } from '../../record.js';
import { inlineText } from './inline.js';

interface Place {
  start: number;
  end: number;
}

export type Block =
  | { kind: 'heading'; depth: number; place: Place; text: SourcedText }
  /** A paragraph, a list item's paragraph or a quote's (`shape` says which); `lines` counts its source lines. */
  | { kind: 'text'; place: Place; text: SourcedText; lines: number; nodes: PhrasingContent[]; shape: BlockShape }
  /** An image opening a paragraph; `after` is the rest of that paragraph (the line under it), if any, with its nodes and place. */
  | { kind: 'image'; place: Place; alt: string | null; src: string | null; after: { nodes: PhrasingContent[]; place: Place } | null }
  | { kind: 'rule'; place: Place };

export interface ParsedDraft {
  blocks: Block[];
  /** HTML comments as the parser found them (never inside code or front matter), with their places. */
  comments: { text: string; start: number; end: number }[];
  /** The YAML front matter's text and where it starts, if the draft opens with one. */
  frontMatter: { value: string; start: number } | null;
}

const NO_INDENTED_CODE = { disable: { null: ['codeIndented'] } };

export function parseDraft(source: string): ParsedDraft {
  let root: Root;
  try {
    root = fromMarkdown(source, { extensions: [frontmatter(['yaml']), NO_INDENTED_CODE], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  } catch {
    return { blocks: [], comments: [], frontMatter: null };
  }
  const blocks: Block[] = [];
  let frontMatter: ParsedDraft['frontMatter'] = null;
  for (const node of root.children) {
    if (node.type === 'yaml' && blocks.length === 0 && frontMatter === null) {
      const start = node.position?.start.offset ?? 0;
      // The value starts on the line after the opening '---'.
      frontMatter = { value: node.value, start: source.indexOf('\n', start) + 1 };
      continue;
    }
    collect(node, source, blocks);
  }
  return { blocks, comments: commentsIn(root), frontMatter };
}

/** Every HTML comment of the tree, block or inline ("text <!-- … -->"), in source order. */
function commentsIn(root: Root): ParsedDraft['comments'] {
  const out: ParsedDraft['comments'] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const place = placeOf(node);
      if (place && node.value.trimStart().startsWith('<!--')) out.push({ text: node.value, ...place });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

function placeOf(node: Nodes): Place | null {
  const p = node.position;
  return p?.start.offset !== undefined && p.end.offset !== undefined ? { start: p.start.offset, end: p.end.offset } : null;
}

/** Where a block stands: how deep in lists (in a numbered one or not), first in a list item, in a quote. */
interface Container {
  depth: number;
  ordered: boolean;
  itemHead: boolean;
  quote: boolean;
}

const TOP: Container = { depth: 0, ordered: false, itemHead: false, quote: false };

function collect(node: RootContent, source: string, out: Block[], within: Container = TOP): void {
  const place = placeOf(node);
  if (!place) return;
  switch (node.type) {
    case 'heading':
      out.push({ kind: 'heading', depth: node.depth, place, text: inlineText(source, node.children) });
      return;
    case 'paragraph':
      paragraph(node, place, source, out, shapeIn(within));
      return;
    case 'thematicBreak':
      out.push({ kind: 'rule', place });
      return;
    case 'list': {
      const inList = { ...within, depth: within.depth + 1, ordered: node.ordered === true, itemHead: false };
      for (const child of node.children) collect(child, source, out, inList);
      return;
    }
    case 'listItem':
      // The item's first paragraph is the item; what follows in it (more paragraphs, a nested list) is not.
      node.children.forEach((child, i) => collect(child, source, out, { ...within, itemHead: i === 0 }));
      return;
    case 'blockquote':
      for (const child of node.children) collect(child, source, out, { ...TOP, quote: true });
      return;
    default:
      // code, html (comments, tag-only lines), definitions, front matter elsewhere: not article text
      return;
  }
}

function shapeIn(within: Container): BlockShape {
  if (within.itemHead) return { kind: 'item', ordered: within.ordered, depth: within.depth };
  return within.quote ? { kind: 'quote' } : { kind: 'paragraph' };
}

function paragraph(node: Paragraph, place: Place, source: string, out: Block[], shape: BlockShape): void {
  const first = node.children[0];
  if (first?.type === 'image') {
    const rest = node.children.slice(1);
    const from = first.position?.end.offset ?? place.end;
    const text = rest.length ? inlineText(source, rest) : null;
    const after = text?.text ? { nodes: rest, place: { start: from, end: place.end } } : null;
    out.push({ kind: 'image', place, alt: imageAlt(first), src: first.url || null, after });
    return;
  }
  const lines = source.slice(place.start, place.end).split('\n').length;
  out.push({ kind: 'text', place, text: inlineText(source, node.children), lines, nodes: node.children, shape });
}

function imageAlt(image: Image): string | null {
  return image.alt?.trim() ? image.alt.trim() : null;
}
