/** What a text block of the body is: a paragraph, a heading, a list item, a table row or a quote. */
import type { Element } from 'domhandler';
import type { BlockShape } from '../record.js';
import { isElement, rawText } from './dom.js';
import { normalizeText } from '../util/text.js';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELL_TAGS = new Set(['td', 'th']);

/** What a text block is, from the element that owns it and where it stands. */
export function shapeOf(owner: Element, text: string, listDepth: number, ordered: boolean, quoted: boolean): BlockShape {
  if (HEADING_TAGS.has(owner.name)) return { kind: 'heading', level: Number(owner.name[1]) };
  if (listDepth > 0) return { kind: 'item', ordered, depth: listDepth };
  if (owner.name === 'tr') {
    const row = tableRow(owner, text);
    if (row) return row;
  }
  return quoted ? { kind: 'quote' } : { kind: 'paragraph' };
}

/**
 * A data row: two or more cells holding only inline text (the block's text is the cells'
 * text). A layout table's row, whose cells hold paragraphs and boxes, is no table row.
 */
function tableRow(tr: Element, text: string): BlockShape | null {
  const cells = tr.children.filter((c): c is Element => isElement(c) && CELL_TAGS.has(c.name));
  if (cells.length < 2) return null;
  const texts = cells.map((c) => normalizeText(rawText(c)));
  if (texts.filter(Boolean).length < 2 || texts.filter(Boolean).join(' ') !== text) return null;
  const header = cells.every((c) => c.name === 'th') || (tr.parent as Element | null)?.name === 'thead';
  return { kind: 'row', cells: texts, header };
}
