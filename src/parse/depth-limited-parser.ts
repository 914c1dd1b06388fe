/**
 * htmlparser2 keeps its open-element stack with the top at index 0 (shift/unshift), so each
 * open and close costs the depth: 100,000 nested <div>s take seconds. Beyond a depth no real
 * page reaches, opening tags are dropped — their text still lands in the deepest element kept
 * and their closing tags close what is open — so parsing stays linear.
 */
import { DomHandler, Parser, type Options } from 'htmlparser2';
import type { Document } from 'domhandler';

export const MAX_OPEN_ELEMENTS = 1024;

class DepthLimitedParser extends Parser {
  override onopentagname(start: number, endIndex: number): void {
    // htmlparser2 keeps its open elements in a private `stack`: the depth is read from there.
    const stack = (this as unknown as { stack: string[] }).stack;
    if (stack.length >= MAX_OPEN_ELEMENTS) {
      this.endIndex = endIndex;
      return;
    }
    super.onopentagname(start, endIndex);
  }
}

export function parseHtmlDocument(html: string, options: Options): Document {
  const handler = new DomHandler(undefined, options);
  new DepthLimitedParser(handler, options).end(html);
  return handler.root;
}
