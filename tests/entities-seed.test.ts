/**
 * The seed article (/work/shared/seed/gold.json): every required entity is found with its type,
 * nothing outside the required and optional lists is output, and every mention's offsets hold.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { defaultLexicon, findEntities } from "../src/entities/index.js";
import type { Entity } from "../src/schema/record.js";

const SEED = process.env.GISA_SEED_GOLD ?? "/work/shared/seed/gold.json";

interface GoldEntity {
  type: string | string[];
  names: string[];
}
const gold = JSON.parse(readFileSync(SEED, "utf8")) as {
  article: { title: string };
  bodyText: string;
  entities: GoldEntity[];
  entitiesOptional?: GoldEntity[];
};

// matching as /work/shared/tools/score.mjs does
const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
const bare = (s: string) => norm(s).replace(/[^\p{L}\p{N}]/gu, "");
const nameMatch = (cands: string[], names: string[]) => cands.some((c) => names.some((n) => norm(c) === norm(n) || bare(c) === bare(n)));
const typeOk = (ge: GoldEntity, t: string) => [ge.type].flat().includes(t);
const namesOf = (e: Entity) => [e.name, e.label, e.id, ...e.aliases, ...e.mentions.map((m) => m.text)];

const paragraphs = gold.bodyText.split("\n\n");
const entities = findEntities({ title: gold.article.title, paragraphs }, defaultLexicon());

describe("seed article entities", () => {
  it.each(gold.entities.map((ge) => [ge.names[0]!, ge] as const))("finds %s", (_name, ge) => {
    const hit = entities.find((e) => typeOk(ge, e.type) && nameMatch(namesOf(e), ge.names));
    expect(hit, `${ge.names[0]} (${[ge.type].flat().join("/")}) in ${entities.map((e) => `${e.type}:${e.label}`).join(", ")}`).toBeDefined();
  });

  it("outputs nothing outside the gold lists", () => {
    const allowed = [...gold.entities, ...(gold.entitiesOptional ?? [])];
    const extra = entities.filter((e) => !allowed.some((ge) => nameMatch(namesOf(e), ge.names))).map((e) => `${e.type}:${e.label}`);
    expect(extra).toEqual([]);
  });

  it("matches each gold entity to its own output entity", () => {
    const used = new Set<number>();
    for (const ge of gold.entities) {
      const i = entities.findIndex((e, k) => !used.has(k) && typeOk(ge, e.type) && nameMatch(namesOf(e), ge.names));
      expect(i, ge.names[0]).toBeGreaterThanOrEqual(0);
      used.add(i);
    }
  });

  it("keeps the offset invariant for every mention", () => {
    for (const e of entities) {
      expect(e.mentions.length).toBe(e.count);
      for (const m of e.mentions) expect(paragraphs[m.paragraph]!.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("names people without their titles and keeps FT as one mention", () => {
    expect(entities.find((e) => e.id === "donald-trump")?.mentions.map((m) => m.text)).toEqual(["트럼프"]);
    expect(entities.find((e) => e.id === "financial-times")?.mentions[0]?.text).toBe("파이낸셜타임스(FT)");
    const china = entities.filter((e) => e.type === "regulator").map((e) => e.id);
    expect(china).toEqual(expect.arrayContaining(["china-government", "china-regulators"]));
  });

  it("ranks the topic entities highest", () => {
    const top = [...entities].sort((a, b) => b.salience - a.salience).slice(0, 3).map((e) => e.id);
    expect(top).toEqual(expect.arrayContaining(["h200", "china"]));
  });
});
