/** One pass over <html>, <meta>, <link> and <script>: what many rules read, indexed once per page. */
import { elements, type Document, type Element } from "./dom.js";

export interface HeadIndex {
  /** content of every <meta> by property, name and itemprop (the first one wins). */
  metas: ReadonlyMap<string, string>;
  /** Text of every inline <script>, in order. */
  scripts: readonly string[];
  /** Bodies of <script type="application/ld+json">. */
  jsonld: readonly string[];
  canonical: string | null;
  lang: string | null;
}

/** Text of a <script> (htmlparser2 keeps its body as one text node, or none). */
function scriptText(el: Element): string {
  let out = "";
  for (const c of el.children) if (c.type === "text") out += c.data;
  return out;
}

export function indexHead(doc: Document): HeadIndex {
  const metas = new Map<string, string>();
  const scripts: string[] = [];
  const jsonld: string[] = [];
  let canonical: string | null = null;
  let lang: string | null = null;
  elements(doc, (el) => {
    const a = el.attribs;
    switch (el.name) {
      case "html":
        lang ??= a["lang"] ?? null;
        return;
      case "link":
        if (canonical === null && (a["rel"] ?? "").toLowerCase() === "canonical" && a["href"]) canonical = a["href"];
        return;
      case "script": {
        if (a["src"]) return;
        const text = scriptText(el);
        if ((a["type"] ?? "").toLowerCase() === "application/ld+json") jsonld.push(text);
        else scripts.push(text);
        return;
      }
      case "meta": {
        const content = a["content"];
        if (content === undefined) return;
        for (const key of ["property", "name", "itemprop"]) {
          const k = a[key];
          if (k && !metas.has(k)) metas.set(k, content);
        }
      }
    }
  });
  return { metas, scripts, jsonld, canonical, lang };
}
