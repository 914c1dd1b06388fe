/** Small pure helpers over the htmlparser2/domhandler tree. */
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Class and id of an element, lower-cased, space-separated. */
export function classAndId(el: Element): string {
  const c = el.attribs.class;
  const i = el.attribs.id;
  if (!c && !i) return '';
  return ((c ?? '') + ' ' + (i ?? '')).toLowerCase();
}

/** Raw text of a subtree (no normalisation), skipping scripts and styles. Iterative: pages nest deep. */
export function rawText(node: AnyNode): string {
  if (node.type === 'text') return (node as Text).data;
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      out += (n as Text).data;
      continue;
    }
    if (n.type === 'script' || n.type === 'style' || n.type === 'comment') continue;
    const children = (n as ParentNode).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

export function isAncestor(ancestor: AnyNode, node: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Resolve a possibly relative URL; null when it cannot be resolved or is not http(s)/protocol-relative. */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('data:') || trimmed.startsWith('javascript:')) return null;
  try {
    const u = base ? new URL(trimmed, base) : new URL(trimmed);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href;
  } catch {
    return null;
  }
}

/** Non-blank text nodes just before and just after an element, in document order (scripts skipped). */
export function textNodesAround(root: AnyNode, el: Element, before: number, after: number): { before: Text[]; after: Text[] } {
  const all: Text[] = [];
  let at = -1;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === el) {
      at = all.length;
      continue;
    }
    if (node.type === 'text') {
      if (/\S/.test((node as Text).data)) all.push(node as Text);
      continue;
    }
    if (node.type === 'script' || node.type === 'style' || node.type === 'comment') continue;
    const children = (node as ParentNode).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (at >= 0 && all.length - at >= after) break;
  }
  if (at < 0) return { before: [], after: [] };
  return { before: all.slice(Math.max(0, at - before), at).reverse(), after: all.slice(at, at + after) };
}
