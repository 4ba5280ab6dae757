/** The user's canonical sample: the board re-post of a Daum-served Chosun article on the H200. */
import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { SHARED } from "./support/fixtures.js";
import { checkFacts, type GoldFacts } from "./support/gold.js";
import { extractRecord } from "../src/pipeline/extract.js";
import { validateRecord } from "../src/schema/validate.js";

const seedDir = path.join(SHARED, "seed");

describe("seed (../shared/seed)", () => {
  const gold = JSON.parse(fs.readFileSync(path.join(seedDir, "gold.json"), "utf8")) as GoldFacts;
  const bytes = new Uint8Array(fs.readFileSync(path.join(seedDir, gold.file as string)));
  const rec = extractRecord(bytes, { path: gold.file ?? null });
  const facts = checkFacts(gold, rec);

  it("is an article record that validates", () => {
    expect(validateRecord(rec)).toEqual([]);
    expect("error" in rec).toBe(false);
  });

  it("has the title, publisher 조선일보, portal Daum, date, 6 paragraphs, figure and copyright, and no board chrome", () => {
    expect(facts.articleFailures).toEqual([]);
    expect(facts.bodyF1).toBe(1);
    if ("error" in rec) return;
    expect(rec.article.publishedAt).toBe("2025-12-10T10:44:50+09:00");
    expect(rec.article.dateText).toBe("12-10");
    expect(rec.article.images).toEqual([
      { src: "https://t1.daumcdn.net/news/202512/10/chosun/20251210104450961warn.jpg", caption: "엔비디아의 GPU(그래픽처리장치) 'H200'.", credit: "엔비디아" },
    ]);
  });

  it("finds all 20 required entities with the right type and no false ones", () => {
    expect(facts.entityFailures).toEqual([]);
    if ("error" in rec) return;
    const allowed = [...(gold.entities ?? []), ...(gold.entitiesOptional ?? [])];
    const norm = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    const extra = rec.entities.filter((e) => {
      const names = [e.name, e.label, e.id, ...e.aliases, ...e.mentions.map((m) => m.text)].map(norm);
      return !allowed.some((g) => g.names.some((n) => names.includes(norm(n))));
    });
    expect(extra.map((e) => `${e.type}:${e.label}`)).toEqual([]);
  });

  it("gets all five attributions and every hedged and plain sentence right", () => {
    expect(facts.claimFailures).toEqual([]);
  });
});
