/**
 * Text to a queryable document: htmlparser2, which takes documents, fragments and text mixed
 * with HTML alike. Pathologically deep trees are flattened below a depth limit so that
 * selector queries (which keep a stack as deep as the tree) stay linear.
 */
import { parseMeasured, type AnyNode, type Document, type Element, type ParentNode } from "./dom.js";

/** Blink's HTML parser stops nesting at 512 levels; real pages stay far below (the corpus: < 40). */
export const MAX_DEPTH = 512;

export interface Loaded {
  doc: Document;
  /** True when elements nested deeper than MAX_DEPTH were flattened into their ancestor at that depth. */
  flattened: boolean;
}

export function loadDocument(html: string): Document {
  return loadChecked(html).doc;
}

/** The document of a page given whole or in pieces (decodeChunks'). */
export function loadChecked(text: string | readonly string[]): Loaded {
  // the parse stops at the first element deeper than PARSE_DEPTH; only such a page is cut down and parsed again
  let parsed = parseMeasured(text, PARSE_DEPTH);
  const limited = parsed === null;
  if (parsed === null) {
    const html = typeof text === "string" ? text : text.join("");
    parsed = parseMeasured(limitNesting(html), PARSE_DEPTH) ?? parseMeasured(limitNesting(html, true));
  }
  // the walk is needed only when some element lies at MAX_DEPTH or below
  const flattened = parsed.depth >= MAX_DEPTH && flattenDeep(parsed.doc);
  return { doc: parsed.doc, flattened: flattened || limited };
}

/**
 * htmlparser2 keeps its open-element stack with Array#unshift, so parsing is quadratic in the
 * nesting depth (100,000 levels: ~9 s). A page with an element deeper than PARSE_DEPTH has the
 * tags beyond that depth removed (their text stays) and is parsed again.
 */
const PARSE_DEPTH = 3000;

const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"]);

/**
 * `html` with the tags nested deeper than PARSE_DEPTH removed, by a count of open and close tags
 * (script and style bodies skipped). The count can be fooled (a closing tag the parser ignores,
 * `<div/>`, which HTML does not close, a `<script>` inside a comment), so a page still too deep is
 * cut `monotonic`ally: every open tag the pattern finds counts, `<x/>` and those inside scripts and
 * comments included, no closing tag does, and every open tag past PARSE_DEPTH is removed. That
 * count is never below the depth the parser builds, whose every element needs an open tag.
 */
export function limitNesting(html: string, monotonic = false): string {
  const re = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;
  const out: string[] = [];
  let last = 0;
  let depth = 0;
  let dropped = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const name = (m[2] as string).toLowerCase();
    const closing = m[1] === "/";
    if (VOID_TAGS.has(name)) continue;
    if (!monotonic) {
      if (m[0].endsWith("/>")) continue;
      if (!closing && (name === "script" || name === "style")) {
        // the body ends at the first closing tag of its kind, in any case
        const end = new RegExp(`</${name}`, "gi");
        end.lastIndex = re.lastIndex;
        re.lastIndex = end.exec(html)?.index ?? html.length;
        continue;
      }
    }
    if (closing) {
      if (monotonic) continue;
      if (dropped > 0 && depth >= PARSE_DEPTH) {
        dropped--;
        out.push(html.slice(last, m.index));
        last = re.lastIndex;
      } else depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth >= PARSE_DEPTH) {
      dropped++;
      out.push(html.slice(last, m.index));
      last = re.lastIndex;
      continue;
    }
    depth++;
  }
  out.push(html.slice(last));
  return out.join("");
}

function isParent(n: AnyNode): n is ParentNode & AnyNode {
  return Array.isArray((n as ParentNode).children);
}

/** Replaces the subtree of every element at MAX_DEPTH by its text nodes, in order. */
function flattenDeep(root: AnyNode): boolean {
  let changed = false;
  // two parallel stacks instead of [node, depth] pairs: this walk visits every node of every page
  const stack: AnyNode[] = [root];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const depth = depths.pop() as number;
    if (!isParent(node)) continue;
    if (depth >= MAX_DEPTH && node.children.some((c) => isParent(c))) {
      const texts: AnyNode[] = [];
      const inner: AnyNode[] = [...node.children].reverse();
      while (inner.length > 0) {
        const n = inner.pop() as AnyNode;
        if (n.type === "text") texts.push(n);
        else if (isParent(n) && (n as Element).name !== "script" && (n as Element).name !== "style") for (let i = n.children.length - 1; i >= 0; i--) inner.push(n.children[i] as AnyNode);
      }
      texts.forEach((t, i) => {
        t.parent = node;
        t.prev = texts[i - 1] ?? null;
        t.next = texts[i + 1] ?? null;
      });
      node.children = texts;
      changed = true;
      continue;
    }
    for (const c of node.children) {
      if (!isParent(c)) continue;
      stack.push(c);
      depths.push(depth + 1);
    }
  }
  return changed;
}
