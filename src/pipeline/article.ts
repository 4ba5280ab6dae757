/** From decoded text to the article: load, detect the site, run its spec, normalize. */
import type { Article, Warning } from "../schema/record.js";
import { loadChecked } from "./load.js";
import { textStart } from "./decode.js";
import { detectSite, LEAD_CHARS } from "./detect.js";
import { indexHead } from "./head.js";
import { makeContext, runSite } from "../sites/engine.js";
import { densityBody } from "../sites/density.js";
import { blockTexts } from "../sites/body.js";
import { GENERIC } from "../sites/index.js";
import { normalizeArticle } from "./normalize.js";

export interface ArticleResult {
  site: string;
  article: Article;
  warnings: Warning[];
  /** Which rule produced each field; shown by --explain. */
  explain: Record<string, string>;
}

/** The article of a page's text, given whole or in pieces (decodeChunks'). */
export function extractArticle(text: string | readonly string[], options: { url?: string | null } = {}): ArticleResult {
  const { doc, flattened } = loadChecked(text);
  const head = indexHead(doc);
  const lead = typeof text === "string" ? text.slice(0, LEAD_CHARS) : textStart(text, LEAD_CHARS);
  const { spec, reason } = detectSite(doc, lead, options.url ?? null, head);
  const ctx = makeContext(doc, lead, spec, head, GENERIC);
  let raw = runSite(ctx, spec, GENERIC);
  if (raw.explain.body === "none") {
    // no container the spec knows: the generic containers, then text density
    const viaGeneric = spec === GENERIC ? raw : runSite(makeContext(doc, lead, GENERIC, head, null), GENERIC, null);
    if (viaGeneric.explain.body !== "none") {
      raw = { ...raw, paragraphs: viaGeneric.paragraphs, images: raw.images.length ? raw.images : viaGeneric.images, explain: { ...raw.explain, body: viaGeneric.explain.body } };
    } else {
      const { container, skip } = densityBody(doc);
      if (container) raw = { ...raw, paragraphs: blockTexts(container, { skip }), explain: { ...raw.explain, body: `density <${container.name}${container.attribs["id"] ? `#${container.attribs["id"]}` : ""}${container.attribs["class"] ? `.${container.attribs["class"].trim().split(/\s+/).join(".")}` : ""}>` } };
    }
  }
  const lang = head.lang;
  const { article, warnings } = normalizeArticle({ raw, url: options.url ?? null, lang });
  if (flattened) warnings.unshift({ code: "DEEP_NESTING", message: "elements nested deeper than 512 levels were flattened into text" });
  const explain: Record<string, string> = { site: `${spec.id} (${reason})` };
  for (const [k, v] of Object.entries(raw.explain)) if (v) explain[k] = v;
  return { site: spec.id, article, warnings, explain };
}
