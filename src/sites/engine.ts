/**
 * The one engine that runs a site spec: evaluates each field's ordered rules and records
 * which rule won, picks the body container, walks it into paragraphs and collects figures.
 * It reads the document and never changes it.
 */
import { matchSet, selectAll, selectFirst, selectorSet, textContent, type AnyNode, type Document, type Element, type SelectorSet } from "../pipeline/dom.js";
import type { FieldName, FieldRule, SiteSpec, EmbeddedData } from "./types.js";
import { FIELD_NAMES } from "./types.js";
import { blockTexts, nodeText } from "./body.js";
import { readJsonLd, jsonLdField, type JsonLdArticle } from "./jsonld.js";
import type { HeadIndex } from "../pipeline/head.js";
import { collapseWhitespace } from "../text/normalize.js";

export interface RawImage {
  src: string | null;
  caption: string | null;
  credit: string | null;
}

export interface RawArticle {
  site: string;
  portal: string | null;
  fixedPublisher: string | null;
  fields: Partial<Record<FieldName, string[]>>;
  /** Which rule produced each field (for --explain and golden diffs). */
  explain: Partial<Record<FieldName | "body", string>>;
  paragraphs: string[];
  images: RawImage[];
  boilerplate: readonly RegExp[];
  titleSuffixes: readonly RegExp[];
  publisherStrip: readonly RegExp[];
}

export interface EngineContext {
  doc: Document;
  /** The start of the page's text (EmbeddedContext.lead). */
  lead: string;
  scripts: readonly string[];
  jsonld: JsonLdArticle | null;
  embedded: EmbeddedData;
  /** content of every <meta> by property, name and itemprop (first one wins), read in one pass. */
  metas: ReadonlyMap<string, string>;
  /**
   * The elements each document-wide selector of the spec (and the generic spec) matches: css
   * field rules, body containers and figures, all found in ONE walk of the document.
   */
  matched: ReadonlyMap<string, readonly Element[]>;
  /** Short text lines for textLine rules, collected when the first one runs. */
  lines?: readonly string[];
}

const NO_ELEMENTS: readonly Element[] = [];

/** The document-wide selectors of the specs, in a stable order (the selector set is cached by it). */
function documentSelectors(spec: SiteSpec, generic: SiteSpec | null): string[] {
  const out = new Set<string>();
  for (const s of generic && generic !== spec ? [spec, generic] : [spec])
    for (const rules of Object.values(s.fields)) for (const r of rules ?? []) if ("css" in r) out.add(r.css);
  for (const sel of spec.body.containers) out.add(sel);
  out.add(spec.figures.figure);
  return [...out];
}

/** The selector set of each spec, with and without the generic spec's rules (specs are fixed data). */
const documentSets = new Map<SiteSpec, Map<SiteSpec | null, SelectorSet>>();

function documentSelectorSet(spec: SiteSpec, generic: SiteSpec | null): SelectorSet {
  let bySpec = documentSets.get(spec);
  if (!bySpec) documentSets.set(spec, (bySpec = new Map()));
  let set = bySpec.get(generic);
  if (!set) bySpec.set(generic, (set = selectorSet(documentSelectors(spec, generic))));
  return set;
}

function elementsOf(ctx: EngineContext, selector: string): readonly Element[] {
  return ctx.matched.get(selector) ?? NO_ELEMENTS;
}

export function makeContext(doc: Document, lead: string, spec: SiteSpec, head: HeadIndex, generic: SiteSpec | null): EngineContext {
  const jsonld = readJsonLd(head.jsonld);
  const embedded = spec.embedded ? safeEmbedded(spec, lead, head.scripts) : {};
  const matched = matchSet(documentSelectorSet(spec, generic), doc);
  return { doc, lead, scripts: head.scripts, jsonld, embedded, metas: head.metas, matched };
}

function safeEmbedded(spec: SiteSpec, lead: string, scripts: readonly string[]): EmbeddedData {
  try {
    return spec.embedded?.({ lead, scripts }) ?? {};
  } catch {
    return {};
  }
}

function ruleName(rule: FieldRule): string {
  if ("css" in rule) return `css:${rule.css}${rule.attr ? `@${rule.attr}` : ""}`;
  if ("meta" in rule) return `meta:${rule.meta}`;
  if ("jsonld" in rule) return `jsonld:${rule.jsonld}`;
  if ("script" in rule) return `script:${rule.script.source.slice(0, 40)}`;
  if ("textLine" in rule) return `textLine:${rule.textLine.source.slice(0, 40)}`;
  return `embedded:${rule.embedded}`;
}

function ownText(el: Element): string {
  return (el.children ?? [])
    .filter((c) => c.type === "text")
    .map((c) => (c as unknown as { data: string }).data)
    .join(" ");
}

export function evalRule(ctx: EngineContext, rule: FieldRule): string[] {
  if ("css" in rule) {
    const values: string[] = [];
    for (const e of elementsOf(ctx, rule.css)) {
      const v = rule.attr ? (e.attribs?.[rule.attr] ?? "") : rule.ownText ? ownText(e) : nodeTextWithBreaks(e);
      if (v.trim()) values.push(v.trim());
      if (!rule.all && values.length > 0) break;
    }
    return values;
  }
  if ("meta" in rule) {
    const v = ctx.metas.get(rule.meta);
    return v && v.trim() ? [v.trim()] : [];
  }
  if ("jsonld" in rule) return ctx.jsonld ? jsonLdField(ctx.jsonld, rule.jsonld) : [];
  if ("script" in rule) {
    for (const s of ctx.scripts) {
      const m = rule.script.exec(s);
      if (m && m[1]) return [m[1]];
    }
    return [];
  }
  if ("textLine" in rule) return textLine(ctx, rule.textLine);
  const v = ctx.embedded.fields?.[rule.embedded];
  if (v == null) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => x.trim() !== "");
}

/** Text nodes longer than this are paragraphs, not the short lines textLine rules look for. */
const TEXT_LINE_MAX = 300;

const NON_SPACE = /\S/;

/**
 * The document's short text lines (text nodes outside scripts and styles, whitespace folded), in
 * order. Collected on the first textLine rule of a page and kept for the others.
 */
function shortLines(ctx: EngineContext): readonly string[] {
  if (ctx.lines) return ctx.lines;
  const lines: string[] = [];
  const stack: AnyNode[] = [ctx.doc];
  while (stack.length > 0) {
    const n = stack.pop() as AnyNode;
    if (n.type === "text") {
      // most text nodes are the indentation between tags
      if (!NON_SPACE.test(n.data)) continue;
      const t = collapseWhitespace(n.data).trim();
      if (t.length <= TEXT_LINE_MAX) lines.push(t);
      continue;
    }
    if (n.type !== "tag" && n.type !== "root") continue;
    if (n.type === "tag" && (n.name === "script" || n.name === "style")) continue;
    const children = n.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  ctx.lines = lines;
  return lines;
}

function textLine(ctx: EngineContext, re: RegExp): string[] {
  for (const t of shortLines(ctx)) {
    const m = re.exec(t);
    if (m) return [(m[1] ?? t).trim()];
  }
  return [];
}

/** Text of an element with <br> as a line break, for multi-line subtitles. */
function nodeTextWithBreaks(el: Element): string {
  const lines = blockTexts(el, {}).join("\n");
  return lines || nodeText(el);
}

export function runFields(ctx: EngineContext, spec: SiteSpec, generic: SiteSpec | null): Pick<RawArticle, "fields" | "explain"> {
  const fields: Partial<Record<FieldName, string[]>> = {};
  const explain: Partial<Record<FieldName, string>> = {};
  for (const name of FIELD_NAMES) {
    // a site with a fixed press does not take its publisher from generic meta (twitter:creator "@Chosun")
    const useGeneric = generic && generic !== spec && !(name === "publisher" && spec.publisher);
    const rules = [...(spec.fields[name] ?? []), ...(useGeneric ? (generic.fields[name] ?? []) : [])];
    for (const rule of rules) {
      const reject = spec.reject[name];
      const values = evalRule(ctx, rule).filter((v) => !reject || !reject.test(v));
      if (values.length > 0) {
        fields[name] = values;
        explain[name] = `${spec.fields[name]?.includes(rule) ? spec.id : "generic"} ${ruleName(rule)}`;
        break;
      }
    }
  }
  return { fields, explain };
}

/** Nodes matched by the exclude selectors inside `container`. */
function excludedNodes(container: Element, selectors: readonly string[]): Set<AnyNode> {
  if (selectors.length === 0) return new Set<AnyNode>();
  return new Set<AnyNode>(selectAll(selectors.join(", "), container));
}

export interface BodyResult {
  container: Element | null;
  paragraphs: string[];
  rule: string;
  /** A bold line opening the body (Dong-A, Naver), read as the subtitle. */
  leadSubtitle?: string;
}

/** A bold opening line is a subtitle when it is at most this long (Dong-A's run 10–40 characters). */
const LEAD_SUBTITLE_MAX = 80;

/** The container's first content: a lone <strong>/<b> line followed by <br> or a block is a subtitle. */
function leadingBoldLine(container: Element): Element | null {
  const kids = container.children.filter((c) => !(c.type === "text" && !(c as unknown as { data: string }).data.trim()) && c.type !== "comment");
  const first = kids[0];
  const second = kids[1];
  if (!first || first.type !== "tag" || !["strong", "b"].includes((first as Element).name)) return null;
  const text = nodeText(first as Element);
  if (!text || text.length > LEAD_SUBTITLE_MAX || /[.!?。]$/.test(text)) return null;
  if (!second || second.type !== "tag" || ((second as Element).name !== "br" && !["div", "p"].includes((second as Element).name))) return null;
  return first as Element;
}

export function runBody(ctx: EngineContext, spec: SiteSpec): BodyResult {
  for (const sel of spec.body.containers) {
    const el = elementsOf(ctx, sel)[0];
    if (!el) continue;
    const skip = excludedNodes(el, spec.body.exclude);
    const bold = spec.body.paragraphs ? null : leadingBoldLine(el);
    if (bold) skip.add(bold);
    const leadSubtitle = bold ? nodeText(bold) : undefined;
    let paragraphs: string[];
    if (spec.body.paragraphs) {
      paragraphs = [];
      for (const p of selectAll(spec.body.paragraphs, el)) {
        if (!skip.has(p) && !hasSkippedAncestor(p, el, skip)) paragraphs.push(...blockTexts(p, { skip }));
      }
    } else {
      paragraphs = blockTexts(el, { skip });
    }
    if (paragraphs.length > 0 || spec.body.containers.length === 1) return { container: el, paragraphs, rule: `${spec.id} css:${sel}`, ...(leadSubtitle ? { leadSubtitle } : {}) };
    // an empty container that exists (card news) still decides the body when nothing better follows
    if (paragraphs.length === 0) {
      const rest = spec.body.containers.slice(spec.body.containers.indexOf(sel) + 1);
      const later = rest.some((s) => {
        const first = elementsOf(ctx, s)[0];
        return first !== undefined && textContent(first).trim() !== "";
      });
      if (!later) return { container: el, paragraphs, rule: `${spec.id} css:${sel} (empty)` };
    }
  }
  return { container: null, paragraphs: [], rule: "none" };
}

function hasSkippedAncestor(node: AnyNode, stop: AnyNode, skip: ReadonlySet<AnyNode>): boolean {
  for (let p = node.parent; p && p !== stop; p = p.parent) if (skip.has(p)) return true;
  return false;
}

export function runFigures(ctx: EngineContext, spec: SiteSpec, container: Element | null): RawImage[] {
  const images: RawImage[] = [];
  for (const fig of container ? selectAll(spec.figures.figure, container) : elementsOf(ctx, spec.figures.figure)) {
    const img = selectFirst(spec.figures.img, fig);
    let src: string | null = null;
    for (const a of spec.figures.src) {
      const v = img?.attribs[a];
      if (v && v.trim()) {
        src = v.trim();
        break;
      }
    }
    const capEl = selectFirst(spec.figures.caption, fig);
    const caption = capEl ? nodeText(capEl) : null;
    if (!src && !caption) continue;
    images.push({ src, caption: caption || null, credit: null });
  }
  return images;
}

export function runSite(ctx: EngineContext, spec: SiteSpec, generic: SiteSpec | null): RawArticle {
  const { fields, explain } = runFields(ctx, spec, generic);
  let body = runBody(ctx, spec);
  let images = runFigures(ctx, spec, body.container);
  const embeddedParas = ctx.embedded.paragraphs ?? [];
  const domLength = body.paragraphs.join("").length;
  const embeddedLength = embeddedParas.join("").length;
  // embedded story data (Arc XP content_elements) is the publisher's own copy of the body: it
  // keeps intertitles and survives paywalled DOMs; the DOM wins only when it is clearly longer
  if (embeddedParas.length > 0 && embeddedLength >= domLength * 0.8) {
    body = { container: body.container, paragraphs: embeddedParas, rule: `${spec.id} embedded` };
    if (ctx.embedded.images && ctx.embedded.images.length >= images.length) images = ctx.embedded.images;
  }
  if (body.leadSubtitle && !fields.subtitle) {
    fields.subtitle = [body.leadSubtitle];
    explain.subtitle = `${spec.id} bold first line of the body`;
  }
  return {
    site: spec.id,
    portal: spec.portal,
    fixedPublisher: spec.publisher,
    fields,
    explain: { ...explain, body: body.rule },
    paragraphs: body.paragraphs,
    images,
    boilerplate: spec.boilerplate,
    titleSuffixes: spec.titleSuffixes,
    publisherStrip: spec.publisherStrip,
  };
}
