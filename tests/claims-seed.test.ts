/**
 * The seed article (../shared/seed/gold.json) through the claims stage, with hand-built
 * entities, scored the way ../shared/tools/score.mjs scores claims: a gold attribution matches
 * the first claim whose text contains sentenceHas, then source / verb / citing / via / date /
 * quote are checked.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findClaims } from "../src/claims/index.js";
import { entitiesFromNames, type NamedEntity } from "../src/claims/entities-from-names.js";
import { ClaimSchema } from "../src/schema/record.js";
import { attributionErrors, norm, type GoldAttribution } from "./support/gold.js";

const SEED = path.resolve(import.meta.dirname, "..", "..", "shared", "seed", "gold.json");
const PUBLISHED_AT = "2025-12-10T10:44:50+09:00";

interface Gold {
  bodyText: string;
  attributions: GoldAttribution[];
  hedgedSentences: string[];
  unhedgedSentences: string[];
}

const SEED_ENTITIES: NamedEntity[] = [
  { id: "financial-times", type: "source", names: ["파이낸셜타임스(FT)", "파이낸셜타임스", "FT", "Financial Times"] },
  { id: "bloomberg", type: "source", names: ["블룸버그", "Bloomberg"] },
  { id: "truth-social", type: "source", names: ["트루스소셜", "Truth Social"] },
  { id: "donald-trump", type: "person", names: ["트럼프", "Donald Trump"] },
  { id: "xi-jinping", type: "person", names: ["시진핑", "시 주석", "Xi Jinping"] },
  { id: "china-government", type: "regulator", names: ["중국 정부"] },
  { id: "china-regulators", type: "regulator", names: ["중국 규제 기관"] },
  { id: "china", type: "country", names: ["중국", "China"] },
  { id: "united-states", type: "country", names: ["미국", "United States"] },
  { id: "h200", type: "chip", names: ["H200"] },
  { id: "h20", type: "chip", names: ["H20"] },
  { id: "blackwell", type: "chip", names: ["블랙웰", "Blackwell"] },
  { id: "nvidia", type: "company", names: ["엔비디아", "Nvidia", "NVIDIA"] },
  { id: "huawei", type: "company", names: ["화웨이", "Huawei"] },
  { id: "cambricon", type: "company", names: ["캠브리콘", "Cambricon"] },
  { id: "alibaba", type: "company", names: ["알리바바", "Alibaba"] },
  { id: "bytedance", type: "company", names: ["바이트댄스", "ByteDance"] },
  { id: "tencent", type: "company", names: ["텐센트", "Tencent"] },
  { id: "smic", type: "company", names: ["SMIC"] },
  { id: "tsmc", type: "company", names: ["TSMC"] },
];

describe("claims of the seed article", () => {
  it("the seed gold file exists (../shared/seed/gold.json)", () => {
    expect(fs.existsSync(SEED), SEED).toBe(true);
  });
  const gold = JSON.parse(fs.readFileSync(SEED, "utf8")) as Gold;
  const paragraphs = gold.bodyText.split("\n\n");
  const entities = entitiesFromNames(paragraphs, SEED_ENTITIES);
  const { claims, entities: allEntities } = findClaims({ paragraphs, entities, publishedAt: PUBLISHED_AT });

  it.each(gold.attributions.map((a) => [a.sentenceHas, a] as const))("attribution fully right: %s", (_has, ga) => {
    expect(attributionErrors(ga, claims, allEntities)).toEqual([]);
  });

  it.each(gold.hedgedSentences)("hedged: %s", (h) => {
    expect(claims.find((c) => norm(c.text).includes(norm(h)))?.hedged).toBe(true);
  });

  it.each(gold.unhedgedSentences)("not hedged: %s", (h) => {
    expect(claims.find((c) => norm(c.text).includes(norm(h)))?.hedged).toBe(false);
  });

  it("the FT claim is the SPEC's example", () => {
    const c = claims.find((x) => x.text.startsWith("파이낸셜타임스(FT)는"))!;
    expect(c).toMatchObject({
      id: "c3",
      paragraph: 1,
      start: 0,
      kind: "reported",
      attribution: {
        source: { entity: "financial-times", text: "파이낸셜타임스(FT)" },
        verb: "보도했다",
        via: null,
        citing: [{ entity: null, text: "소식통", anonymous: true }],
        date: "2025-12-09",
      },
      quotes: [],
      entities: ["financial-times", "china-regulators", "h200"],
    });
  });

  it("the Trump claim: via Truth Social, dated the 8th, two quotes with Trump as speaker", () => {
    const c = claims.find((x) => x.text.includes("트루스소셜을 통해"))!;
    expect(c.kind).toBe("quoted");
    expect(c.attribution).toMatchObject({ source: { entity: "donald-trump", text: "트럼프 대통령" }, via: { entity: "truth-social", text: "트루스소셜" }, date: "2025-12-08" });
    expect(c.quotes).toHaveLength(2);
    expect(c.quotes.every((q) => q.speaker?.entity === "donald-trump")).toBe(true);
  });

  it("every claim validates, keeps the offset invariant, and ids run c1, c2, …", () => {
    claims.forEach((c, i) => {
      expect(ClaimSchema.safeParse(c).success).toBe(true);
      expect(c.id).toBe(`c${i + 1}`);
      expect(paragraphs[c.paragraph]!.slice(c.start, c.end)).toBe(c.text);
      for (const q of c.quotes) expect(paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
    });
  });

  it("every sentence of the seed is a claim (all name an entity or assert something)", () => {
    expect(claims).toHaveLength(24);
  });

  it("no entity is invented for the seed: all sources are known", () => {
    expect(allEntities.map((e) => e.id)).toEqual(entities.map((e) => e.id));
  });
});

describe("claims of the seed article with the real entity matcher", async () => {
  const gold = JSON.parse(fs.readFileSync(SEED, "utf8")) as Gold;
  const paragraphs = gold.bodyText.split("\n\n");
  const { findEntities, defaultLexicon } = await import("../src/entities/index.js");
  const entities = findEntities({ title: "中, H200 수출 허용에도 ‘사용 규제’...자국 칩 생태계 계속 키운다", paragraphs }, defaultLexicon());
  const { claims, entities: allEntities } = findClaims({ paragraphs, entities, publishedAt: PUBLISHED_AT });

  it.each(gold.attributions.map((a) => [a.sentenceHas, a] as const))("attribution fully right: %s", (_has, ga) => {
    expect(attributionErrors(ga, claims, allEntities)).toEqual([]);
  });

  it("hedge judgements all right", () => {
    for (const h of gold.hedgedSentences) expect(claims.find((c) => norm(c.text).includes(norm(h)))?.hedged, h).toBe(true);
    for (const h of gold.unhedgedSentences) expect(claims.find((c) => norm(c.text).includes(norm(h)))?.hedged, h).toBe(false);
  });
});
