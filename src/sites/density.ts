/**
 * Text-density body finder for pages no spec knows: every text run of 25+ characters
 * scores its parent fully and its grandparent by half (Readability's propagation); the
 * best-scoring element is the body. Link-dense blocks (menus, related lists) inside it
 * are skipped.
 */
import { selectAll, type AnyNode, type Document, type Element } from "../pipeline/dom.js";

/** Shorter text runs are captions, buttons and menu items (Readability uses 25 as well). */
const MIN_RUN = 25;
/** Share of link text above which a block is navigation (Readability's 0.5 for lists). */
const LINK_DENSITY_MAX = 0.5;

const IGNORE = new Set(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select", "a", "iframe", "svg", "head", "title"]);

function textLen(node: AnyNode): number {
  return node.type === "text" ? (node as unknown as { data: string }).data.replace(/\s+/g, "").length : 0;
}

function linkAndTextLength(root: Element): { text: number; link: number } {
  let text = 0;
  let link = 0;
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length) {
    const [n, inLink] = stack.pop() as [AnyNode, boolean];
    if (n.type === "text") {
      const l = textLen(n);
      text += l;
      if (inLink) link += l;
      continue;
    }
    if (n.type !== "tag") continue;
    const el = n as Element;
    if (el.name === "script" || el.name === "style") continue;
    const isLink = inLink || el.name === "a";
    for (const c of el.children) stack.push([c, isLink]);
  }
  return { text, link };
}

export function densityBody(doc: Document): { container: Element | null; skip: Set<AnyNode> } {
  const scores = new Map<Element, number>();
  const stack: AnyNode[] = [...doc.children];
  while (stack.length) {
    const n = stack.pop() as AnyNode;
    if (n.type === "text") {
      const l = textLen(n);
      if (l < MIN_RUN) continue;
      const parent = n.parent as Element | null;
      if (parent && parent.type === "tag") {
        const host = parent.name === "p" || parent.name === "span" || parent.name === "b" || parent.name === "strong" ? (parent.parent as Element | null) : parent;
        if (host && host.type === "tag") {
          scores.set(host, (scores.get(host) ?? 0) + l);
          const gp = host.parent as Element | null;
          if (gp && gp.type === "tag") scores.set(gp, (scores.get(gp) ?? 0) + l / 2);
        }
      }
      continue;
    }
    if (n.type !== "tag") continue;
    const el = n as Element;
    if (IGNORE.has(el.name)) continue;
    for (const c of el.children) stack.push(c);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const { text, link } = linkAndTextLength(el);
    const adjusted = s * (1 - (text ? link / text : 0));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  const skip = new Set<AnyNode>();
  if (best) {
    for (const el of selectAll("ul, ol, div, table, p", best)) {
      const { text, link } = linkAndTextLength(el);
      if (text > 0 && link / text > LINK_DENSITY_MAX) skip.add(el);
    }
  }
  return { container: best, skip };
}
