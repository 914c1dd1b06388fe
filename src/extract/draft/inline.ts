/**
 * Inline Markdown (from the mdast tree) to plain text, keeping for every character its offset
 * in the draft: emphasis, links and code lose their markup, escapes and character references
 * their backslash and ampersand, line breaks become spaces. The parser gives each text node its
 * place; within a node the value is aligned with the source character by character.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { SourcedText } from '../../parse/sourced-text.js';
import { isSpaceChar } from '../../util/text.js';

/** Builds normalised text (one space for a run of whitespace) with [textOffset, sourceOffset] anchors. */
export class AnchoredText {
  /** Only characters from this source range are kept (the first line of a block, say). */
  constructor(private readonly range: { start: number; end: number } | null = null) {}

  private out = '';
  private anchors: number[] = [];
  private nextSource = -1;
  private pendingSpace = false;
  private inRange = false;

  /** One character of the text, standing at `src` in the draft (-1 when it stands for other source text). */
  char(ch: string, src: number): void {
    if (this.range) {
      if (src >= 0) this.inRange = src >= this.range.start && src < this.range.end;
      if (!this.inRange) return;
    }
    const c = ch.charCodeAt(0);
    if (isSpaceChar(c)) {
      this.pendingSpace = true;
      return;
    }
    if (isInvisible(c)) {
      this.nextSource = -1;
      return;
    }
    if (this.pendingSpace && this.out.length) {
      this.out += ' ';
      this.nextSource = -1;
    }
    this.pendingSpace = false;
    if (src !== this.nextSource) this.anchors.push(this.out.length, src);
    this.out += ch;
    this.nextSource = src < 0 ? -1 : src + ch.length;
  }

  space(): void {
    if (!this.range || this.inRange) this.pendingSpace = true;
  }

  get length(): number {
    return this.out.length;
  }

  build(): SourcedText {
    return { text: this.out, anchors: this.anchors.length ? this.anchors : [0, -1] };
  }
}

/** Zero-width, bidi and control characters: dropped from the text, as in pages. */
function isInvisible(c: number): boolean {
  return (
    c <= 0x1f ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    (c >= 0x200b && c <= 0x200d) ||
    c === 0x2060 ||
    c === 0xfeff ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;

/** The text a character reference at `at` stands for, and its length in the source; null if none. */
function characterReference(source: string, at: number): { value: string; length: number } | null {
  const m = REFERENCE.exec(source.slice(at, at + 40));
  if (!m) return null;
  let value: string | false;
  if (m[1] !== undefined || m[2] !== undefined) {
    const n = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
    value = n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
  } else value = decodeNamedCharacterReference(m[3]!);
  return value === false ? null : { value, length: m[0].length };
}

/**
 * Append `value`, the parsed text of the source range [start, end), aligning each character:
 * equal characters map one to one; an escape's backslash, a reference's source and whitespace
 * the parser dropped (indentation of a continued line, "\r") are stepped over.
 */
export function appendAligned(b: AnchoredText, source: string, value: string, start: number, end: number): void {
  let pos = start;
  let i = 0;
  while (i < value.length) {
    const ch = String.fromCodePoint(value.codePointAt(i)!);
    if (pos >= end) {
      b.char(ch, -1);
      i += ch.length;
      continue;
    }
    if (source.startsWith(ch, pos)) {
      b.char(ch, pos);
      pos += ch.length;
      i += ch.length;
      continue;
    }
    if (source[pos] === '\\' && source.startsWith(ch, pos + 1)) {
      b.char(ch, pos + 1);
      pos += 1 + ch.length;
      i += ch.length;
      continue;
    }
    const ref = source[pos] === '&' ? characterReference(source, pos) : null;
    if (ref && value.startsWith(ref.value, i)) {
      for (const c of ref.value) b.char(c, -1);
      pos += ref.length;
      i += ref.value.length;
      continue;
    }
    if (isSpaceChar(source.charCodeAt(pos))) {
      pos++; // whitespace of the source the value does not carry
      continue;
    }
    // Something the alignment cannot follow: keep the character, without a place.
    b.char(ch, -1);
    i += ch.length;
  }
}

/** Inline content of a block into `b`: markup removed, each character anchored. */
export function appendInline(b: AnchoredText, source: string, nodes: readonly PhrasingContent[] | readonly Nodes[]): void {
  for (const node of nodes as readonly Nodes[]) {
    switch (node.type) {
      case 'text': {
        const p = node.position;
        if (p?.start.offset !== undefined && p.end.offset !== undefined) appendAligned(b, source, node.value, p.start.offset, p.end.offset);
        else for (const ch of node.value) b.char(ch, -1);
        break;
      }
      case 'inlineCode': {
        // The value stands inside its backticks.
        const p = node.position;
        const from = p?.start.offset !== undefined ? source.indexOf(node.value, p.start.offset) : -1;
        if (from >= 0 && p?.end.offset !== undefined && from + node.value.length <= p.end.offset) appendAligned(b, source, node.value, from, p.end.offset);
        else for (const ch of node.value) b.char(ch, -1);
        break;
      }
      case 'break':
        b.space();
        break;
      case 'html':
        // An inline tag: a <br> or a block tag separates words, others vanish.
        if (/^<\/?(?:br|p|div|li|figcaption|figure|hr)\b/i.test(node.value)) b.space();
        break;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) appendInline(b, source, node.children as Nodes[]);
    }
  }
}

/** The plain text of inline content, anchored; only the part from `range` of the source when given. */
export function inlineText(source: string, nodes: readonly PhrasingContent[], range: { start: number; end: number } | null = null): SourcedText {
  const b = new AnchoredText(range);
  appendInline(b, source, nodes);
  return b.build();
}
