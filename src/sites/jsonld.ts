/** JSON-LD NewsArticle reading: the first Article-like object of any ld+json script (including @graph). */

export type JsonLdArticle = Record<string, unknown>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage)$/;

function isArticle(o: unknown): o is JsonLdArticle {
  if (!o || typeof o !== "object") return false;
  const t = (o as Record<string, unknown>)["@type"];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === "string" && ARTICLE_TYPES.test(x) && x !== "WebPage");
}

function candidates(o: unknown): unknown[] {
  if (Array.isArray(o)) return o.flatMap(candidates);
  if (o && typeof o === "object") {
    const g = (o as Record<string, unknown>)["@graph"];
    return [o, ...(Array.isArray(g) ? g.flatMap(candidates) : [])];
  }
  return [];
}

export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  for (const block of blocks) {
    const raw = block.trim();
    if (!raw || raw.length > 2_000_000) continue;
    try {
      const parsed: unknown = JSON.parse(raw);
      const found = candidates(parsed).find(isArticle) as JsonLdArticle | undefined;
      if (found) return found;
    } catch {
      /* malformed JSON-LD is ignored; other sources follow */
    }
  }
  return null;
}

function names(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === "object") {
    const n = (v as Record<string, unknown>)["name"];
    return typeof n === "string" ? [n] : [];
  }
  return [];
}

export function jsonLdField(a: JsonLdArticle, field: string): string[] {
  const v = a[field];
  if (field === "author" || field === "publisher") return names(v).map((s) => s.trim()).filter(Boolean);
  if (field === "url") {
    const u = a["url"] ?? a["mainEntityOfPage"];
    if (typeof u === "string") return [u];
    if (u && typeof u === "object" && typeof (u as Record<string, unknown>)["@id"] === "string") return [(u as Record<string, string>)["@id"] as string];
    return [];
  }
  if (typeof v === "string" && v.trim()) return [v.trim()];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string" && x.trim() !== "");
  return [];
}
