/**
 * The domain evaluation set (eval/domain/): hand-written articles on AI chips and export
 * controls, annotated without looking at the code, scored with the corpus scorer against the
 * targets the held-out check uses.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { ROOT } from "./support/fixtures.js";
import { loadScorer } from "./support/score.js";
import { extractRecord } from "../src/pipeline/extract.js";


const dir = path.join(ROOT, "eval", "domain");

describe("domain evaluation set", async () => {
  const scorer = await loadScorer();
  const cases = fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, "gold.json")))
    .sort();

  it("meets the targets: entities P ≥ 0.90 R ≥ 0.85, attributions ≥ 85% (parts ≥ 92%), hedges ≥ 90%, metadata ≥ 95%, body F1 ≥ 0.95", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const results = cases.map((c) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, c, "gold.json"), "utf8")) as { file: string };
      const rec = extractRecord(new Uint8Array(fs.readFileSync(path.join(dir, c, gold.file))), { path: `eval/domain/${c}/${gold.file}` });
      return scorer.scorePage(gold, rec);
    });
    const s = scorer.summarize(results);
    console.log(`domain: ${scorer.line(s)}`);
    expect(s["pagesNoArticle"]).toBe(0);
    expect(s["offsets"]).toBe(1);
    expect(s["metadata"]).toBeGreaterThanOrEqual(0.95);
    expect(s["bodyF1"]).toBeGreaterThanOrEqual(0.95);
    expect(s["entityP"]).toBeGreaterThanOrEqual(0.9);
    expect(s["entityR"]).toBeGreaterThanOrEqual(0.85);
    expect(s["attribution"]).toBeGreaterThanOrEqual(0.85);
    expect(s["attributionParts"]).toBeGreaterThanOrEqual(0.92);
    expect(s["hedge"]).toBeGreaterThanOrEqual(0.9);
  });
});
