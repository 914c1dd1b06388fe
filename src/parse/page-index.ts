/**
 * One walk over the parsed page indexes its elements by tag, class, id and a few attributes,
 * so that every selector of the site tables (dozens per page) costs a lookup and a check of
 * a handful of candidates instead of a walk over the whole tree.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { compile } from 'css-select';
import { parse as parseSelector, SelectorType, type Selector } from 'css-what';

const INDEXED_ATTRIBUTES = new Set(['itemprop', 'rel', 'itemtype', 'datetime', 'property', 'name', 'role', 'title', 'data-src']);

type Key = { kind: 'class' | 'id' | 'tag' | 'attr'; value: string } | null;

interface Alternative {
  key: Key;
  /** For "scope descendant" selectors keyed by a bare tag (".tags a"): the class/id of the first compound. */
  scope: Key;
  test: (el: Element) => boolean;
}

interface CompiledSelector {
  alternatives: Alternative[];
}

const compiled = new Map<string, CompiledSelector>();

function compileSelector(selector: string): CompiledSelector {
  let c = compiled.get(selector);
  if (c) return c;
  const alternatives = parseSelector(selector).map((tokens) => ({
    key: rightmostKey(tokens),
    scope: leftmostKey(tokens),
    // css-select types the compiled test over its adapter's node type; it is only ever called on elements here.
    test: compile<AnyNode, Element>([tokens]) as unknown as (el: Element) => boolean,
  }));
  c = { alternatives };
  compiled.set(selector, c);
  return c;
}

/** The most selective simple selector of the rightmost compound: the index to look candidates up in. */
function rightmostKey(tokens: Selector[]): Key {
  let start = tokens.length;
  while (start > 0 && !isCombinator(tokens[start - 1])) start--;
  let tag: Key = null;
  let attr: Key = null;
  let id: Key = null;
  for (const t of tokens.slice(start)) {
    if (t.type === SelectorType.Attribute) {
      if (t.name === 'class' && t.action === 'element') return { kind: 'class', value: t.value.toLowerCase() };
      if (t.name === 'id' && t.action === 'equals') id = { kind: 'id', value: t.value };
      else if (INDEXED_ATTRIBUTES.has(t.name)) attr ??= { kind: 'attr', value: t.name };
    } else if (t.type === SelectorType.Tag) tag = { kind: 'tag', value: t.name };
  }
  return id ?? attr ?? tag;
}

/** The class or id of the first compound, when the selector has more than one. */
function leftmostKey(tokens: Selector[]): Key {
  if (!tokens.some(isCombinator)) return null;
  for (const t of tokens) {
    if (isCombinator(t)) break;
    if (t.type === SelectorType.Attribute && t.name === 'class' && t.action === 'element') return { kind: 'class', value: t.value.toLowerCase() };
    if (t.type === SelectorType.Attribute && t.name === 'id' && t.action === 'equals') return { kind: 'id', value: t.value };
  }
  return null;
}

function isCombinator(t: Selector): boolean {
  return (
    t.type === SelectorType.Descendant ||
    t.type === SelectorType.Child ||
    t.type === SelectorType.Sibling ||
    t.type === SelectorType.Adjacent ||
    t.type === SelectorType.Parent ||
    t.type === SelectorType.ColumnCombinator
  );
}

export class PageIndex {
  readonly byTag = new Map<string, Element[]>();
  readonly byClass = new Map<string, Element[]>();
  readonly byId = new Map<string, Element[]>();
  readonly byAttr = new Map<string, Element[]>();
  readonly all: Element[] = [];
  private readonly order = new Map<Element, number>();

  constructor(root: AnyNode) {
    const stack: AnyNode[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const el = node as Element;
        this.order.set(el, this.all.length);
        this.all.push(el);
        push(this.byTag, el.name, el);
        const a = el.attribs;
        const cls = a.class;
        if (cls) for (const c of cls.toLowerCase().split(/\s+/)) if (c) push(this.byClass, c, el);
        for (const name in a) {
          if (name === 'id') push(this.byId, a.id, el);
          else if (INDEXED_ATTRIBUTES.has(name)) push(this.byAttr, name, el);
        }
      }
      const children = (node as ParentNode).children;
      if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }

  /** Elements matching a CSS selector (list), in document order. */
  select(selector: string): Element[] {
    const { alternatives } = compileSelector(selector);
    if (alternatives.length === 1) return this.matches(alternatives[0]);
    const seen = new Set<Element>();
    for (const alt of alternatives) for (const el of this.matches(alt)) seen.add(el);
    return [...seen].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** Elements matching a selector inside `scope` (excluding scope itself), in document order. */
  selectWithin(scope: Element, selector: string): Element[] {
    return this.select(selector).filter((el) => isInside(scope, el));
  }

  /** Position of an element in document order. */
  position(el: Element): number {
    return this.order.get(el) ?? -1;
  }

  tag(name: string): Element[] {
    return this.byTag.get(name) ?? [];
  }

  private lookup(key: Key): Element[] {
    if (!key) return this.all;
    if (key.kind === 'class') return this.byClass.get(key.value) ?? [];
    if (key.kind === 'id') return this.byId.get(key.value) ?? [];
    if (key.kind === 'attr') return this.byAttr.get(key.value) ?? [];
    return this.byTag.get(key.value) ?? [];
  }

  private matches(alt: Alternative): Element[] {
    const { key } = alt;
    // ".cat-links a": look in the few ".cat-links" subtrees, not at every link of the page.
    if (key?.kind === 'tag' && alt.scope) {
      const scopes = this.lookup(alt.scope);
      const tagged = this.byTag.get(key.value) ?? [];
      if (scopes.length * 40 < tagged.length) {
        const found = new Set<Element>();
        for (const scope of scopes) collectTag(scope, key.value, found);
        const out = [...found].filter((el) => alt.test(el));
        return out.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
      }
    }
    const candidates = this.lookup(key);
    const out: Element[] = [];
    for (const el of candidates) if (alt.test(el)) out.push(el);
    return out;
  }
}

function collectTag(root: Element, tag: string, out: Set<Element>): void {
  const stack: AnyNode[] = [...root.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === tag) out.add(el);
    for (const child of el.children) stack.push(child);
  }
}

function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

function isInside(scope: Element, el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === scope) return true;
  return false;
}
