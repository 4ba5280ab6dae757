/**
 * The document and its queries: htmlparser2's DOM, queried with css-select. Each selector is
 * compiled once per process and kept; site specs are fixed data, so the cache stays small.
 * (cheerio is built on these same two libraries; using them directly spares a wrapper object
 * and class per document and a selector compilation per call.)
 */
import { Parser } from "htmlparser2";
import { DomHandler } from "domhandler";
import { compile } from "css-select";
import { parse as parseSelector } from "css-what";
import type { AnyNode, Document, Element, ParentNode } from "domhandler";

export type { AnyNode, Document, Element, ParentNode };

type Query = (el: Element) => boolean;

const compiled = new Map<string, Query>();

/** The compiled test for `selector` (compiled on first use, then reused). */
export function query(selector: string): Query {
  let q = compiled.get(selector);
  if (!q) {
    q = compile<AnyNode, Element>(selector) as Query;
    compiled.set(selector, q);
  }
  return q;
}

/** Thrown out of the parser when the tree grows deeper than the caller allowed. */
class TooDeep extends Error {}

/** htmlparser2's DomHandler that also keeps the depth of the deepest element (the root's children are at depth 1). */
class DepthHandler extends DomHandler {
  maxDepth = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    super.onopentag(name, attribs);
    // the stack holds the root and every open element
    const depth = this.tagStack.length - 1;
    if (depth > this.maxDepth) {
      this.maxDepth = depth;
      if (depth > this.limit) throw new TooDeep();
    }
  }
}

/** The document of `html`, as htmlparser2's parseDocument gives it. */
export function parseHtml(html: string): Document {
  return parseMeasured(html).doc;
}

/**
 * The document of `html` (one string, or pieces to be read one after another) and the depth of
 * its deepest element; null as soon as an element lies deeper than `abortDepth` (the parse stops
 * there).
 */
export function parseMeasured(html: string | readonly string[]): { doc: Document; depth: number };
export function parseMeasured(html: string | readonly string[], abortDepth: number): { doc: Document; depth: number } | null;
export function parseMeasured(html: string | readonly string[], abortDepth = Infinity): { doc: Document; depth: number } | null {
  const handler = new DepthHandler(abortDepth);
  try {
    const parser = new Parser(handler);
    if (typeof html === "string") parser.end(html);
    else {
      for (const piece of html) parser.write(piece);
      parser.end();
    }
  } catch (e) {
    if (e instanceof TooDeep) return null;
    throw e;
  }
  return { doc: handler.root, depth: handler.maxDepth };
}

function isTag(n: AnyNode): n is Element {
  return n.type === "tag" || n.type === "script" || n.type === "style";
}

/** Calls `visit` on every element below `scope` in document order; stops when it returns true. */
function walk(scope: ParentNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [];
  for (let i = scope.children.length - 1; i >= 0; i--) stack.push(scope.children[i] as AnyNode);
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (!isTag(n)) continue;
    if (visit(n) === true) return;
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
}

/** Elements below `scope` matching `selector`, in document order. */
export function selectAll(selector: string, scope: ParentNode): Element[] {
  const test = query(selector);
  const out: Element[] = [];
  walk(scope, (el) => {
    if (test(el)) out.push(el);
  });
  return out;
}

/** The first element below `scope` matching `selector`, or null. */
export function selectFirst(selector: string, scope: ParentNode): Element | null {
  const test = query(selector);
  let found: Element | null = null;
  walk(scope, (el) => {
    if (!test(el)) return false;
    found = el;
    return true;
  });
  return found;
}

/** Every element below `scope`, in document order (for passes that look at each one). */
export function elements(scope: ParentNode, visit: (el: Element) => void): void {
  walk(scope, visit);
}

/** All text below `node` as is (script and style bodies included), like the DOM's textContent. */
export function textContent(node: AnyNode): string {
  let out = "";
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === "text") {
      out += n.data;
      continue;
    }
    if (n.type === "comment" || !("children" in n)) continue;
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
  }
  return out;
}

/**
 * A fixed list of selectors matched in ONE walk of the document. Each selector is filed under
 * the id, a class or the tag its rightmost compound requires (as browsers file style rules),
 * so an element is tested only against the selectors that could match it.
 */
export interface SelectorSet {
  readonly selectors: readonly string[];
  readonly tests: readonly Query[];
  readonly byId: ReadonlyMap<string, readonly number[]>;
  readonly byClass: ReadonlyMap<string, readonly number[]>;
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  readonly byAttribute: ReadonlyMap<string, readonly number[]>;
  /** Selectors with an alternative that names no id, class, attribute or tag: tested on every element. */
  readonly always: readonly number[];
  /**
   * Per selector, null, or the ids and classes each alternative needs somewhere in the document
   * besides its bucket key (`.logo img` needs class logo). Such a selector is tested after the
   * walk, and only when the document has every name one of its alternatives needs: most pages
   * lack most sites' names, and testing `.logo img` on each img walks all of its ancestors.
   */
  readonly needs: readonly (readonly Needs[] | null)[];
  /** Whether any selector has needs (else the walk need not note the page's ids and classes). */
  readonly deferrable: boolean;
}

interface Needs {
  readonly ids: readonly string[];
  readonly classes: readonly string[];
}

const selectorSets = new Map<string, SelectorSet>();
const NONE: readonly number[] = [];
// what separates classes for css-select's `.x` (JavaScript's \s: U+00A0 and U+3000 too, not only HTML's ASCII spaces)
const CLASS_SEPARATOR = /\s/;
const CLASS_SEPARATORS = /\s+/;

type Token = ReturnType<typeof parseSelector>[number][number];

/**
 * The bucket one selector alternative is filed under: its rightmost compound's id, else a class,
 * else an attribute it requires to be present, else its tag.
 */
function bucketOf(tokens: readonly Token[]): { kind: "id" | "class" | "attribute" | "tag"; key: string } | null {
  let start = tokens.length;
  while (start > 0 && !isTraversal(tokens[start - 1] as Token)) start--;
  let cls: string | null = null;
  let tag: string | null = null;
  let attr: string | null = null;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === "attribute" && t.name === "id" && t.action === "equals" && t.ignoreCase !== true) return { kind: "id", key: t.value };
    if (t.type === "attribute" && t.name === "class" && t.action === "element" && t.ignoreCase !== true && cls === null) cls = t.value;
    // [a!=b] also matches elements without the attribute (jQuery's extension)
    if (t.type === "attribute" && t.action !== "not" && t.namespace === null && attr === null) attr = t.name.toLowerCase();
    if (t.type === "tag" && t.namespace === null) tag = t.name;
  }
  if (cls !== null) return { kind: "class", key: cls };
  if (attr !== null) return { kind: "attribute", key: attr };
  if (tag !== null) return { kind: "tag", key: tag };
  return null;
}

/** The ids and classes an alternative's compounds require (not inside :not() or :has()), less its bucket key. */
function needsOf(tokens: readonly Token[], bucket: { kind: string; key: string } | null): Needs {
  const ids: string[] = [];
  const classes: string[] = [];
  for (const t of tokens) {
    if (t.type !== "attribute" || t.ignoreCase === true || t.namespace !== null) continue;
    if (t.name === "id" && t.action === "equals" && !(bucket?.kind === "id" && bucket.key === t.value)) ids.push(t.value);
    if (t.name === "class" && t.action === "element" && !(bucket?.kind === "class" && bucket.key === t.value)) classes.push(t.value);
  }
  return { ids, classes };
}

function isTraversal(t: Token): boolean {
  return t.type === "descendant" || t.type === "child" || t.type === "sibling" || t.type === "adjacent" || t.type === "parent" || t.type === "column-combinator";
}

export function selectorSet(selectors: readonly string[]): SelectorSet {
  const cacheKey = selectors.join("\n");
  const cached = selectorSets.get(cacheKey);
  if (cached) return cached;
  const byId = new Map<string, number[]>();
  const byClass = new Map<string, number[]>();
  const byTag = new Map<string, number[]>();
  const byAttribute = new Map<string, number[]>();
  const always: number[] = [];
  const needs: (Needs[] | null)[] = [];
  const file = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  selectors.forEach((sel, i) => {
    const alternatives = parseSelector(sel);
    const altNeeds: Needs[] = [];
    for (const alt of alternatives) {
      const b = bucketOf(alt);
      if (b === null) {
        if (always[always.length - 1] !== i) always.push(i);
      } else file(b.kind === "id" ? byId : b.kind === "class" ? byClass : b.kind === "attribute" ? byAttribute : byTag, b.key, i);
      altNeeds.push(needsOf(alt, b));
    }
    needs.push(altNeeds.every((n) => n.ids.length + n.classes.length > 0) ? altNeeds : null);
  });
  const set: SelectorSet = { selectors, tests: selectors.map(query), byId, byClass, byTag, byAttribute, always, needs, deferrable: needs.some((n) => n !== null) };
  selectorSets.set(cacheKey, set);
  return set;
}

/** For each selector of the set, the elements below `scope` it matches, in document order. */
export function matchSet(set: SelectorSet, scope: ParentNode): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  const stamp = new Int32Array(set.selectors.length).fill(-1);
  // the names a selector needs may sit above a scope below the document: defer only for a whole document
  const defer = set.deferrable && scope.type === "root";
  const ids = new Set<string>();
  const classes = new Set<string>();
  // tests of selectors that need names the walk has not seen yet: [selector index, element] pairs
  const deferred: (number | Element)[] = [];
  let n = 0;
  const record = (i: number, el: Element): void => {
    if (!(set.tests[i] as Query)(el)) return;
    const sel = set.selectors[i] as string;
    const list = out.get(sel);
    if (list) list.push(el);
    else out.set(sel, [el]);
  };
  const test = (i: number, el: Element): void => {
    if (stamp[i] === n) return;
    stamp[i] = n;
    if (defer && set.needs[i]) deferred.push(i, el);
    else record(i, el);
  };
  walk(scope, (el) => {
    n++;
    const a = el.attribs;
    const id = a["id"];
    if (id !== undefined) {
      if (defer) ids.add(id);
      for (const i of set.byId.get(id) ?? NONE) test(i, el);
    }
    const cls = a["class"];
    if (cls !== undefined && (defer || set.byClass.size > 0)) {
      if (!CLASS_SEPARATOR.test(cls)) {
        if (defer) classes.add(cls);
        const list = set.byClass.get(cls);
        if (list) for (const i of list) test(i, el);
      } else {
        for (const c of cls.split(CLASS_SEPARATORS)) {
          if (!c) continue;
          if (defer) classes.add(c);
          const list = set.byClass.get(c);
          if (list) for (const i of list) test(i, el);
        }
      }
    }
    if (set.byAttribute.size > 0) {
      for (const name in a) {
        const list = set.byAttribute.get(name);
        if (list) for (const i of list) test(i, el);
      }
    }
    for (const i of set.byTag.get(el.name) ?? NONE) test(i, el);
    for (const i of set.always) test(i, el);
  });
  if (deferred.length === 0) return out;
  const possible = set.needs.map((alts) => alts === null || alts.some((need) => need.ids.every((x) => ids.has(x)) && need.classes.every((x) => classes.has(x))));
  // pairs are in document order, so each selector's list stays in document order
  for (let k = 0; k < deferred.length; k += 2) {
    const i = deferred[k] as number;
    if (possible[i]) record(i, deferred[k + 1] as Element);
  }
  return out;
}
