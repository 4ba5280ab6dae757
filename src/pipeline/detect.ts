/**
 * Which site spec reads a page: the host of its address first (--url, og:url, canonical),
 * then a text prefix (board re-posts), then markup selectors; the generic spec otherwise.
 */
import { matchSet, selectorSet, type Document, type SelectorSet } from "./dom.js";
import type { SiteSpec } from "../sites/types.js";
import { SITES, GENERIC } from "../sites/index.js";
import { hostOf } from "../sites/outlets.js";
import { indexHead, type HeadIndex } from "./head.js";

export interface Detection {
  spec: SiteSpec;
  reason: string;
}

function hostMatches(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase();
  return hosts.some((x) => h === x || h.endsWith(`.${x}`));
}

export function pageUrl(head: HeadIndex): string | null {
  for (const u of [head.metas.get("og:url"), head.canonical]) if (u && /^https?:\/\//i.test(u.trim())) return u.trim();
  return null;
}

/** Every site's detection selectors as one set: one traversal finds them all. */
const ALL_DETECT_SELECTORS = [...new Set(SITES.flatMap((s) => s.detect.selectors))];
let detectSet: SelectorSet | null = null;

/** How much of the start of a page's text detection reads (its prefixes), and what a site spec's embedded reader gets. */
export const LEAD_CHARS = 4096;

export function detectSite(doc: Document, text: string, url: string | null, head: HeadIndex = indexHead(doc)): Detection {
  const start = text.slice(0, LEAD_CHARS);
  for (const spec of SITES) {
    if (spec.detect.prefix?.test(start)) return { spec, reason: `prefix ${spec.id}` };
  }
  const host = hostOf(url ?? pageUrl(head));
  if (host) {
    for (const spec of SITES) if (hostMatches(host, spec.detect.hosts)) return { spec, reason: `host ${host}` };
  }
  const hits = matchSet((detectSet ??= selectorSet(ALL_DETECT_SELECTORS)), doc);
  for (const spec of SITES) {
    for (const sel of spec.detect.selectors) {
      if (hits.has(sel)) return { spec, reason: `selector ${sel}` };
    }
  }
  return { spec: GENERIC, reason: "fallback" };
}
