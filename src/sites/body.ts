/**
 * The body walker: turns a container element into paragraph texts. Block elements and
 * runs of two or more <br> end a paragraph; a single <br> is a line break inside one.
 * The walk is iterative (deeply nested pages cannot overflow the stack) and skips, never
 * removes, what the site excludes.
 */
import type { AnyNode, Element } from "../pipeline/dom.js";
import { collapseSpace, foldSpace } from "../text/normalize.js";

/** Elements whose content is never body text. */
const SKIP_TAGS = new Set([
  "script", "style", "noscript", "iframe", "object", "embed", "video", "audio", "canvas", "svg", "button",
  "select", "option", "textarea", "input", "form", "template", "head", "title", "meta", "link", "figure",
  "figcaption", "img", "picture", "nav", "footer", "aside", "header",
]);

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
  "dd", "blockquote", "table", "tr", "td", "th", "tbody", "thead", "pre", "hr", "address", "center",
]);

const BR = "\u0001";

export interface WalkOptions {
  /** Nodes to skip with their whole subtree. */
  skip?: ReadonlySet<AnyNode>;
  /** Tags to skip in addition to SKIP_TAGS. */
  skipTags?: ReadonlySet<string>;
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** Paragraph texts of `root`, whitespace folded, single <br> kept as "\n". */
export function blockTexts(root: AnyNode, options: WalkOptions = {}): string[] {
  const out: string[] = [];
  let cur = "";
  const flush = () => {
    if (cur) {
      for (const para of splitOnBreaks(cur)) out.push(para);
      cur = "";
    }
  };
  // explicit stack: [node, entering]
  const stack: [AnyNode, boolean][] = [[root, true]];
  while (stack.length > 0) {
    const [node, entering] = stack.pop() as [AnyNode, boolean];
    if (!entering) {
      flush();
      continue;
    }
    if (node.type === "text") {
      cur += (node as unknown as { data: string }).data;
      continue;
    }
    if (!isElement(node) && node.type !== "root") continue;
    if (node !== root && options.skip?.has(node)) continue;
    if (isElement(node)) {
      const tag = node.name.toLowerCase();
      if (node !== root && (SKIP_TAGS.has(tag) || options.skipTags?.has(tag))) continue;
      if (tag === "br") {
        cur += BR;
        continue;
      }
      if (isHidden(node)) continue;
      if (tag === "a" && isStandaloneLink(node)) continue;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push([node, false]);
      }
    }
    const children = (node as Element).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as AnyNode, true]);
  }
  flush();
  return out;
}

/**
 * A link that stands alone on its line (only <br> or block edges around it) is a promo or
 * related-article line, not body text ("최신 유행 트렌드 총집결 #흥(클릭!)").
 */
function isStandaloneLink(a: Element): boolean {
  const edge = (n: AnyNode | null, dir: "prev" | "next"): boolean => {
    let cur = n;
    while (cur && cur.type === "text" && !(cur as unknown as { data: string }).data.trim()) cur = dir === "prev" ? cur.prev : cur.next;
    if (!cur) return true;
    if (cur.type === "comment") return edge(dir === "prev" ? cur.prev : cur.next, dir);
    return isElement(cur) && (cur.name === "br" || BLOCK_TAGS.has(cur.name));
  };
  return edge(a.prev, "prev") && edge(a.next, "next") && a.parent !== null && isElement(a.parent as AnyNode) && (a.parent as Element).name !== "p" && (a.parent as Element).name !== "li";
}

function isHidden(el: Element): boolean {
  const style = el.attribs?.["style"];
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Splits collected text at runs of two or more breaks; single breaks become "\n". */
function splitOnBreaks(raw: string): string[] {
  const folded = collapseSpace(raw);
  const paras: string[] = [];
  let lines: string[] = [];
  let breaks = 0;
  const pushPara = () => {
    const text = lines.map((l) => l.trim()).filter(Boolean).join("\n");
    if (text) paras.push(text);
    lines = [];
  };
  for (const part of folded.split(BR)) {
    if (part.trim() === "") {
      breaks++;
      continue;
    }
    if (breaks >= 1 && lines.length > 0) {
      // one break between two text parts: a line break; an empty part between means 2+ breaks
      if (breaks >= 2) pushPara();
    }
    lines.push(part);
    breaks = 1;
  }
  pushPara();
  return paras;
}

/** Plain text of a node, whitespace folded, skipping scripts and styles. */
export function nodeText(root: AnyNode): string {
  let out = "";
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === "text") {
      out += (node as unknown as { data: string }).data;
      continue;
    }
    if (isElement(node)) {
      const tag = node.name.toLowerCase();
      if (node !== root && (tag === "script" || tag === "style" || tag === "noscript")) continue;
      if (tag === "br") {
        out += " ";
        continue;
      }
    } else if (node.type !== "root") continue;
    const children = (node as Element).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  return foldSpace(out);
}
