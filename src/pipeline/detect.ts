/**
 * Which site spec reads a page: the host of its address first (--url, og:url, canonical),
 * then a text prefix (board re-posts), then markup selectors; the generic spec otherwise.
 */
import type { Doc } from "./load.js";
import type { SiteSpec } from "../sites/types.js";
import { SITES, GENERIC } from "../sites/index.js";
import { hostOf } from "../sites/outlets.js";

export interface Detection {
  spec: SiteSpec;
  reason: string;
}

function hostMatches(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase();
  return hosts.some((x) => h === x || h.endsWith(`.${x}`));
}

export function pageUrl($: Doc): string | null {
  const og = $('meta[property="og:url"]').attr("content");
  const canonical = $('link[rel="canonical"]').attr("href");
  for (const u of [og, canonical]) if (u && /^https?:\/\//i.test(u.trim())) return u.trim();
  return null;
}

export function detectSite($: Doc, text: string, url: string | null): Detection {
  const head = text.slice(0, 4096);
  for (const spec of SITES) {
    if (spec.detect.prefix?.test(head)) return { spec, reason: `prefix ${spec.id}` };
  }
  const host = hostOf(url ?? pageUrl($));
  if (host) {
    for (const spec of SITES) if (hostMatches(host, spec.detect.hosts)) return { spec, reason: `host ${host}` };
  }
  for (const spec of SITES) {
    for (const sel of spec.detect.selectors) {
      if ($(sel).length > 0) return { spec, reason: `selector ${sel}` };
    }
  }
  return { spec: GENERIC, reason: "fallback" };
}
