/**
 * The real saved pages of ../shared/corpus against their gold annotations, scored with the
 * corpus's own scorer. The folder must exist: a missing corpus fails the suite.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { CORPUS } from "./support/fixtures.js";
import { extractRecord } from "../src/pipeline/extract.js";
import { validateRecord } from "../src/schema/validate.js";
import { loadScorer, type PageScore } from "./support/score.js";


const pagesDir = path.join(CORPUS, "pages");
const goldDir = path.join(CORPUS, "gold");

describe("real corpus pages", async () => {
  it("the corpus folder exists (CI provides ../shared/corpus)", () => {
    expect(fs.existsSync(pagesDir), pagesDir).toBe(true);
    expect(fs.existsSync(goldDir), goldDir).toBe(true);
  });
  if (!fs.existsSync(goldDir)) return;
  const scorer = await loadScorer();
  const golds = fs.readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort();
  const results: PageScore[] = [];
  const records = golds.map((g) => {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, g), "utf8")) as { file: string };
    const file = path.join(CORPUS, gold.file);
    const rec = extractRecord(new Uint8Array(fs.readFileSync(file)), { path: `pages/${path.basename(file)}` });
    const score = scorer.scorePage(gold, rec);
    results.push(score);
    return { name: path.basename(file), rec, score };
  });

  for (const { name, rec, score } of records) {
    it(`${name}: an article record that validates, with the gold's metadata`, () => {
      expect(validateRecord(rec)).toEqual([]);
      const metadataFailures = score.fail.filter((f) => score.checks.some((c) => f.startsWith(c)) || f.startsWith("no article"));
      expect(metadataFailures).toEqual([]);
    });
  }

  it("scores at or above the floors (metadata, body F1, entities, claims)", () => {
    const s = scorer.summarize(results);
    console.log(`corpus: ${scorer.line(s)}`);
    expect(s["pagesNoArticle"]).toBe(0);
    expect(s["offsets"]).toBe(1);
    expect(s["metadata"]).toBeGreaterThanOrEqual(0.95);
    expect(s["bodyF1"]).toBeGreaterThanOrEqual(0.95);
    expect(s["entityF1"]).toBeGreaterThanOrEqual(0.8);
    expect(s["attribution"]).toBeGreaterThanOrEqual(0.6);
    expect(s["attributionParts"]).toBeGreaterThanOrEqual(0.8);
    expect(s["hedge"]).toBeGreaterThanOrEqual(0.8);
  });
});
