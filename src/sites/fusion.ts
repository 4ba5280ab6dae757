/**
 * Arc XP (Fusion) embedded story reading: `Fusion.globalContent={…};Fusion.globalContentConfig=…`.
 * The object is cut with a brace-balanced scanner that respects JSON strings, so a "};" inside
 * a string value cannot end it early (the naive `({.*?});` regex of public crawlers does).
 */
import type { EmbeddedData } from "./types.js";
import { kstFromIso } from "./iso.js";

/** The JSON object that starts at `text[start]` ("{"), or null when unbalanced. */
export function balancedObject(text: string, start: number): string | null {
  if (text[start] !== "{") return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | null {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null;
}
function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v : null;
}

/** HTML of an ANS text element to plain text, <br> kept as "\n". */
function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]{0,2000}>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => safeCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => safeCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&")
    .split("\n")
    .map((l) => l.replace(/[\s\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

function safeCodePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : "";
}

export function readFusion(scripts: readonly string[]): EmbeddedData {
  for (const s of scripts) {
    const at = s.indexOf("Fusion.globalContent=");
    if (at < 0) continue;
    const raw = balancedObject(s, at + "Fusion.globalContent=".length);
    if (!raw) continue;
    let story: Json;
    try {
      story = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    return storyToData(story);
  }
  return {};
}

function storyToData(story: Json): EmbeddedData {
  const paragraphs: string[] = [];
  const images: NonNullable<EmbeddedData["images"]> = [];
  const elements = Array.isArray(story["content_elements"]) ? (story["content_elements"] as unknown[]) : [];
  for (const e of elements) {
    const el = obj(e);
    if (!el) continue;
    const type = el["type"];
    if ((type === "text" || type === "header") && str(el["content"])) {
      const t = htmlToText(el["content"] as string);
      if (t) paragraphs.push(t);
    } else if (type === "image") {
      const by = obj(el["credits"])?.["by"];
      const credit = Array.isArray(by) ? by.map((b) => str(obj(b)?.["name"])).filter(Boolean).join(", ") : null;
      images.push({ src: str(el["url"]), caption: str(el["caption"]) ? htmlToText(el["caption"] as string) : null, credit: credit || null });
    }
  }
  const authors = Array.isArray(obj(story["credits"])?.["by"])
    ? ((obj(story["credits"])?.["by"] as unknown[]).map((b) => str(obj(b)?.["name"])).filter(Boolean) as string[])
    : [];
  const canonical = str(story["canonical_url"]);
  return {
    fields: {
      title: str(obj(story["headlines"])?.["basic"]),
      subtitle: str(obj(story["subheadlines"])?.["basic"]),
      authors: authors.length ? authors : null,
      published: kstFromIso(str(story["first_publish_date"]) ?? str(story["display_date"])),
      modified: kstFromIso(str(story["last_updated_date"])),
      canonicalUrl: canonical,
      section: str(obj(obj(story["taxonomy"])?.["primary_section"])?.["name"]),
    },
    paragraphs,
    images,
  };
}
