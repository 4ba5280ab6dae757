/**
 * The claims stage over every gold page of ../shared/corpus (general Korean news: harder than
 * the chip/export-control target domain). Each page's body is gold.bodyText split on blank
 * lines; its entities are the gold's entity names (required and optional) found in the text,
 * a stand-in for the entity matcher; claims are scored with the corpus's own scorer
 * (../shared/tools/score.mjs: attributions fully right, attribution parts, hedge judgements).
 * A missing corpus fails the suite.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findClaims } from "../src/claims/index.js";
import { entitiesFromNames, type NamedEntity } from "../src/claims/entities-from-names.js";
import { ClaimSchema, ENTITY_TYPES, type EntityType } from "../src/schema/record.js";

const CORPUS = path.resolve(import.meta.dirname, "..", "..", "shared", "corpus");
const GOLD_DIR = path.join(CORPUS, "gold");
const SCORER = path.resolve(CORPUS, "..", "tools", "score.mjs");

/** Floors on this corpus (measured: 100 % / 100 % / 100 %); a regression below them fails. */
const FLOORS = { attribution: 0.9, attributionParts: 0.95, hedge: 0.95 };

interface GoldEntity {
  type: string | string[];
  names: string[];
}
interface Gold {
  file: string;
  article: { publishedAt?: string; publishedDate?: string };
  bodyText: string;
  entities?: GoldEntity[];
  entitiesOptional?: GoldEntity[];
}
interface PageScore {
  fail: string[];
  attr: { tp: number; gold: number; parts: number; partsOk: number };
  hedge: { ok: number; n: number };
  offsets: { ok: number; n: number };
}
interface Scorer {
  scorePage: (gold: unknown, rec: unknown) => PageScore;
}

const KNOWN_TYPES = new Set<string>(ENTITY_TYPES);

function standInEntities(gold: Gold, paragraphs: readonly string[]) {
  const specs: NamedEntity[] = [...(gold.entities ?? []), ...(gold.entitiesOptional ?? [])].map((e, i) => {
    const t = [e.type].flat()[0] ?? "organization";
    return { id: `g${i}`, type: (KNOWN_TYPES.has(t) ? t : "organization") as EntityType, names: e.names };
  });
  return entitiesFromNames(paragraphs, specs);
}

function publishedAtOf(gold: Gold): string | null {
  return gold.article.publishedAt ?? (gold.article.publishedDate ? `${gold.article.publishedDate}T00:00:00+09:00` : null);
}

describe("claims over the gold corpus", async () => {
  it("the corpus and its scorer exist (../shared/corpus, ../shared/tools/score.mjs)", () => {
    expect(fs.existsSync(GOLD_DIR), GOLD_DIR).toBe(true);
    expect(fs.existsSync(SCORER), SCORER).toBe(true);
  });
  if (!fs.existsSync(GOLD_DIR) || !fs.existsSync(SCORER)) return;
  const scorer = (await import(SCORER)) as Scorer;
  const files = fs.readdirSync(GOLD_DIR).filter((f) => f.endsWith(".json")).sort();

  const pages = files.map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), "utf8")) as Gold;
    const paragraphs = gold.bodyText ? gold.bodyText.split("\n\n") : [];
    const result = findClaims({ paragraphs, entities: standInEntities(gold, paragraphs), publishedAt: publishedAtOf(gold) });
    const record = { article: { paragraphs: paragraphs.map((text) => ({ text })) }, entities: result.entities, claims: result.claims };
    return { name: f, paragraphs, result, score: scorer.scorePage(gold, record) };
  });

  it("has gold pages", () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.name, p] as const))("%s: claims validate and keep the offset invariant", (_name, page) => {
    for (const c of page.result.claims) {
      expect(ClaimSchema.safeParse(c).success).toBe(true);
      expect(page.paragraphs[c.paragraph]!.slice(c.start, c.end)).toBe(c.text);
      for (const q of c.quotes) expect(page.paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
    }
    expect(page.score.offsets.ok).toBe(page.score.offsets.n);
  });

  it("attribution, part and hedge figures reach their floors", () => {
    const t = { attrTp: 0, attrGold: 0, parts: 0, partsOk: 0, hedgeOk: 0, hedgeN: 0 };
    const lines: string[] = [];
    for (const { name, score } of pages) {
      t.attrTp += score.attr.tp;
      t.attrGold += score.attr.gold;
      t.parts += score.attr.parts;
      t.partsOk += score.attr.partsOk;
      t.hedgeOk += score.hedge.ok;
      t.hedgeN += score.hedge.n;
      const claimFailures = score.fail.filter((f) => /^(claim missing|attribution wrong|not hedged|wrongly hedged)/.test(f));
      lines.push(`${name}: attributions ${score.attr.tp}/${score.attr.gold}, parts ${score.attr.partsOk}/${score.attr.parts}, hedges ${score.hedge.ok}/${score.hedge.n}`);
      for (const f of claimFailures) lines.push(`  - ${f}`);
    }
    const figures = {
      attribution: t.attrGold ? t.attrTp / t.attrGold : 1,
      attributionParts: t.parts ? t.partsOk / t.parts : 1,
      hedge: t.hedgeN ? t.hedgeOk / t.hedgeN : 1,
    };
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `${lines.join("\n")}\nclaims corpus: attributions ${pct(figures.attribution)} (${t.attrTp}/${t.attrGold}), parts ${pct(figures.attributionParts)} (${t.partsOk}/${t.parts}), hedging ${pct(figures.hedge)} (${t.hedgeOk}/${t.hedgeN})`,
    );
    expect(figures.attribution).toBeGreaterThanOrEqual(FLOORS.attribution);
    expect(figures.attributionParts).toBeGreaterThanOrEqual(FLOORS.attributionParts);
    expect(figures.hedge).toBeGreaterThanOrEqual(FLOORS.hedge);
  });
});
