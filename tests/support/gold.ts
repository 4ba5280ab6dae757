/**
 * Curated facts (fixtures' checks.json, the corpus gold format of GUIDE.md) checked against a
 * record. Returns the failures, each naming the field; an empty list means all facts hold.
 */
import type { Claim, Entity, GisaRecord } from "../../src/schema/record.js";

export interface GoldAttribution {
  sentenceHas: string;
  source: string[];
  verbHas?: string;
  citingAnonymous?: boolean;
  via?: string[];
  date?: string;
  quoteHas?: string;
}

export interface GoldFacts {
  file?: string;
  url?: string;
  description?: string;
  article?: {
    title?: string;
    publisher?: string[];
    portal?: string[];
    authors?: string[];
    publishedAt?: string;
    publishedDate?: string;
    paragraphCount?: number;
    firstParagraphStarts?: string;
    lastParagraphEnds?: string;
    images?: { captionHas: string; credit?: string }[];
    copyrightHas?: string;
    textMustNotContain?: string[];
    textMustContain?: string[];
  };
  bodyText?: string;
  entities?: { type: string | string[]; names: string[] }[];
  entitiesOptional?: { type: string | string[]; names: string[] }[];
  attributions?: GoldAttribution[];
  hedgedSentences?: string[];
  unhedgedSentences?: string[];
}

export const norm = (s: string | null | undefined): string => (s ?? "").normalize("NFKC").replace(/\s+/g, " ").trim();
const low = (s: string) => norm(s).toLowerCase();
const bare = (s: string) => low(s).replace(/[^\p{L}\p{N}]/gu, "");
export const nameMatch = (cands: string[], names: string[]): boolean =>
  cands.some((c) => names.some((n) => low(c) === low(n) || bare(c) === bare(n)));

function tokens(s: string): string[] {
  return norm(s).split(/[\s.,!?“”"'‘’()[\]·…:;]+/u).filter(Boolean);
}

export function tokenF1(gold: string, got: string): number {
  const count = (xs: string[]) => xs.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
  const g = count(tokens(gold));
  const o = count(tokens(got));
  let inter = 0;
  for (const [t, n] of o) inter += Math.min(n, g.get(t) ?? 0);
  const gn = [...g.values()].reduce((a, b) => a + b, 0);
  const on = [...o.values()].reduce((a, b) => a + b, 0);
  const p = on ? inter / on : 0;
  const r = gn ? inter / gn : 0;
  return p + r ? (2 * p * r) / (p + r) : gn === 0 && on === 0 ? 1 : 0;
}

/** Every name an entity goes by: what a gold name may match. */
const entityNames = (e: Entity | undefined): string[] => (e ? [e.name, e.label, e.id, ...e.aliases, ...e.mentions.map((m) => m.text)] : []);

/**
 * The parts of one gold attribution that the claims get wrong ("claim" when no claim holds its
 * sentence; empty: fully right), checked the way ../shared/tools/score.mjs checks them.
 */
export function attributionErrors(ga: GoldAttribution, claims: readonly Claim[], entities: readonly Entity[]): string[] {
  const c = claims.find((x) => norm(x.text).includes(norm(ga.sentenceHas)));
  if (!c) return ["claim"];
  const at = c.attribution;
  const byId = (id: string | null | undefined) => entities.find((e) => e.id === id);
  const src = [at.source?.text, at.source?.entity, ...entityNames(byId(at.source?.entity))].filter((x): x is string => !!x);
  const wrong: string[] = [];
  if (!(nameMatch(src, ga.source) || src.some((s) => ga.source.some((n) => norm(s).includes(norm(n)))))) wrong.push("source");
  if (ga.verbHas && !norm(at.verb).includes(ga.verbHas)) wrong.push("verb");
  if (ga.citingAnonymous && !at.citing.some((x) => x.anonymous)) wrong.push("citing");
  if (ga.via && !nameMatch([at.via?.text ?? "", at.via?.entity ?? "", ...entityNames(byId(at.via?.entity))], ga.via)) wrong.push("via");
  if (ga.date && at.date !== ga.date) wrong.push("date");
  if (ga.quoteHas && !c.quotes.some((q) => norm(q.text).includes(norm(ga.quoteHas)))) wrong.push("quote");
  return wrong;
}

export interface FactResult {
  articleFailures: string[];
  entityFailures: string[];
  claimFailures: string[];
  bodyF1: number | null;
}

export function checkFacts(gold: GoldFacts, rec: GisaRecord): FactResult {
  const articleFailures: string[] = [];
  const entityFailures: string[] = [];
  const claimFailures: string[] = [];
  if ("error" in rec) return { articleFailures: [`error record: ${rec.error.code} ${rec.error.message}`], entityFailures: [], claimFailures: [], bodyF1: null };
  const a = rec.article;
  const paras = a.paragraphs.map((p) => p.text);
  const text = paras.join("\n\n");
  const g = gold.article ?? {};
  const fail = (name: string, ok: boolean, got: unknown) => {
    if (!ok) articleFailures.push(`${name}: got ${JSON.stringify(got)}`);
  };
  if (g.title) fail("title", norm(a.title) === norm(g.title), a.title);
  if (g.publisher) fail("publisher", nameMatch([a.publisher ?? ""], g.publisher), a.publisher);
  if (g.portal) fail("portal", nameMatch([a.portal ?? ""], g.portal), a.portal);
  if (g.authors) fail("authors", g.authors.every((n) => a.authors.some((x) => norm(x.name).includes(norm(n)))), a.authors);
  if (g.publishedDate) fail("publishedDate", (a.publishedAt ?? "").startsWith(g.publishedDate), a.publishedAt);
  if (g.publishedAt) fail("publishedAt", !!a.publishedAt && Math.floor(Date.parse(a.publishedAt) / 60000) === Math.floor(Date.parse(g.publishedAt) / 60000), a.publishedAt);
  if (g.paragraphCount != null) fail("paragraphCount", paras.length === g.paragraphCount, paras.length);
  if (g.firstParagraphStarts) fail("firstParagraph", norm(paras[0]).startsWith(norm(g.firstParagraphStarts)), (paras[0] ?? "").slice(0, 60));
  if (g.lastParagraphEnds) fail("lastParagraph", norm(paras.at(-1)).endsWith(norm(g.lastParagraphEnds)), (paras.at(-1) ?? "").slice(-60));
  for (const im of g.images ?? [])
    fail(`image(${im.captionHas.slice(0, 20)})`, a.images.some((x) => norm(x.caption).includes(norm(im.captionHas)) && (!im.credit || norm(x.credit) === norm(im.credit))), a.images);
  if (g.copyrightHas) fail("copyright", norm(a.copyright).includes(norm(g.copyrightHas)), a.copyright);
  for (const bad of g.textMustNotContain ?? []) fail(`textExcludes(${bad})`, !text.includes(bad), null);
  for (const good of g.textMustContain ?? []) fail(`textIncludes(${good.slice(0, 20)})`, norm(text).includes(norm(good)), null);

  for (const ge of gold.entities ?? []) {
    const types = [ge.type].flat();
    const hit = rec.entities.some((e) => types.includes(e.type) && nameMatch(entityNames(e), ge.names));
    if (!hit) entityFailures.push(`entity missing: ${types.join("/")} ${ge.names[0]}`);
  }
  for (const ga of gold.attributions ?? []) {
    const bad = attributionErrors(ga, rec.claims, rec.entities);
    if (bad[0] === "claim") claimFailures.push(`no claim for "${ga.sentenceHas}"`);
    else if (bad.length) {
      const at = rec.claims.find((x) => norm(x.text).includes(norm(ga.sentenceHas)))?.attribution;
      claimFailures.push(`attribution "${ga.sentenceHas.slice(0, 24)}": ${bad.join(",")} got ${JSON.stringify(at)}`);
    }
  }
  for (const h of gold.hedgedSentences ?? []) {
    const c = rec.claims.find((x) => norm(x.text).includes(norm(h)));
    if (c?.hedged !== true) claimFailures.push(`not hedged: ${h}`);
  }
  for (const h of gold.unhedgedSentences ?? []) {
    const c = rec.claims.find((x) => norm(x.text).includes(norm(h)));
    if (c && c.hedged) claimFailures.push(`wrongly hedged: ${h}`);
  }
  return { articleFailures, entityFailures, claimFailures, bodyF1: gold.bodyText != null ? tokenF1(gold.bodyText, text) : null };
}
