/**
 * A site is data: ordered rules per field, the body's containers and what to leave out,
 * figure selectors and boilerplate patterns. One engine (src/sites/engine.ts) runs them.
 */
import { z } from "zod";

/** Where a field's value may come from, tried in order; the first non-empty value wins. */
export const FieldRuleSchema = z.union([
  z.strictObject({ css: z.string(), attr: z.string().optional(), all: z.boolean().optional(), ownText: z.boolean().optional() }),
  z.strictObject({ meta: z.string() }),
  z.strictObject({ jsonld: z.enum(["headline", "alternativeHeadline", "datePublished", "dateModified", "author", "publisher", "url", "articleSection"]) }),
  z.strictObject({ script: z.instanceof(RegExp) }),
  z.strictObject({ embedded: z.string() }),
  /** The first text node (trimmed) matching the pattern: its group 1, or the whole line. For pages whose markup names nothing. */
  z.strictObject({ textLine: z.instanceof(RegExp) }),
]);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

export const FIELD_NAMES = [
  "title",
  "subtitle",
  "publisher",
  "authors",
  "published",
  "modified",
  "dateText",
  "section",
  "url",
  "canonicalUrl",
  "copyright",
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export const SiteSpecSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string(),
  /** The portal that serves other presses' articles, null for a publisher's own site. */
  portal: z.string().nullable(),
  /** A fixed publisher (a newspaper's own site), used when no rule finds one. */
  publisher: z.string().nullable(),
  detect: z.strictObject({
    hosts: z.array(z.string()),
    /** Any of these selectors matching identifies the site's markup. */
    selectors: z.array(z.string()),
    /** Tested against the start of the decoded text (fragments and re-posts have no <head>). */
    prefix: z.instanceof(RegExp).optional(),
  }),
  fields: z.partialRecord(z.enum(FIELD_NAMES), z.array(FieldRuleSchema)),
  /** Suffixes stripped from the title (site names in <title>). */
  titleSuffixes: z.array(z.instanceof(RegExp)),
  /** Prefixes and suffixes stripped from the publisher value ("Daum | ", " | 네이버"). */
  publisherStrip: z.array(z.instanceof(RegExp)),
  body: z.strictObject({
    /** Body containers, best first; the first one with text wins. */
    containers: z.array(z.string()),
    /** Chrome inside the container, skipped (never removed from the DOM). */
    exclude: z.array(z.string()),
    /** When set, only these elements of the container are paragraphs (one each, <br><br> splits further). */
    paragraphs: z.string().optional(),
  }),
  figures: z.strictObject({
    /** Figure elements, searched inside the body container first, then the document. */
    figure: z.string(),
    img: z.string(),
    caption: z.string(),
    /** Image attributes holding the original address, best first. */
    src: z.array(z.string()),
  }),
  /** Values a field's rule must not yield (a portal's own name as publisher); the next rule is tried. */
  reject: z.partialRecord(z.enum(FIELD_NAMES), z.instanceof(RegExp)),
  /** Paragraphs matching any of these are boilerplate (credits, tip lines, sign-offs), dropped from the body. */
  boilerplate: z.array(z.instanceof(RegExp)),
});

export type SiteSpec = z.infer<typeof SiteSpecSchema> & {
  /** Site-specific data the declarative rules cannot reach (embedded JSON), exposed to `{ embedded: key }` rules. */
  embedded?: (ctx: EmbeddedContext) => EmbeddedData;
};

export interface EmbeddedContext {
  /** The start of the page's text, markup included (its first 4,096 characters: detect.ts's LEAD_CHARS). */
  lead: string;
  /** Text of every inline <script>, in order. */
  scripts: readonly string[];
}

export interface EmbeddedData {
  fields?: Partial<Record<string, string | string[] | null>>;
  /** Body paragraphs from embedded data, used when the DOM body is shorter (paywalled DOM, JS-rendered page). */
  paragraphs?: string[];
  images?: { src: string | null; caption: string | null; credit: string | null }[];
}

/** Identity helper that gives a site spec its type. */
export function defineSite(spec: SiteSpec): SiteSpec {
  return spec;
}
