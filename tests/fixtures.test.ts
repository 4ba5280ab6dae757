/**
 * Every fixture folder is a test case: its record validates, obeys the offset invariants,
 * holds the curated facts of checks.json and equals the reviewed expected.json.
 */
import path from "node:path";
import { describe, it, expect } from "vitest";
import { fixtureCases, FIXTURES } from "./support/fixtures.js";
import { checkFacts } from "./support/gold.js";
import { extractRecord } from "../src/pipeline/extract.js";
import { validateRecord } from "../src/schema/validate.js";
import { jsonDiff } from "../src/cli/check-command.js";
import fs from "node:fs";

const cases = fixtureCases();

function extractCase(c: (typeof cases)[number]) {
  const rel = path.relative(FIXTURES, c.page).split(path.sep).join("/");
  return extractRecord(new Uint8Array(fs.readFileSync(c.page)), { path: rel, url: c.checks?.url ?? null });
}

describe("fixtures", () => {
  it("has at least one case per site family", () => {
    const sites = new Set(cases.map((c) => c.name.split("/")[0]));
    for (const s of ["daum", "chosun", "naver", "board", "generic"]) expect(sites, `fixtures/${s}`).toContain(s);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const rec = extractCase(c);

      it("gives a valid article record obeying the offset invariants", () => {
        expect(validateRecord(rec)).toEqual([]);
        expect("error" in rec ? rec.error : null).toBeNull();
      });

      it("holds the article facts of checks.json", () => {
        expect(c.checks, "checks.json").not.toBeNull();
        const r = checkFacts(c.checks!, rec);
        expect(r.articleFailures).toEqual([]);
        if (r.bodyF1 !== null) expect(r.bodyF1).toBeGreaterThanOrEqual(0.97);
      });

      it("matches the reviewed expected.json", () => {
        expect(c.expected, "expected.json (write it with: gisa check fixtures --update)").not.toBeNull();
        const diff = jsonDiff(c.expected, JSON.parse(JSON.stringify(rec)));
        expect(diff.map(([p, a, b]) => `${p}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`)).toEqual([]);
      });
    });
  }
});

describe("fixture entities and claims", () => {
  it("find the curated entities and attributions across all fixtures", () => {
    let entityGold = 0;
    let entityMissed = 0;
    let attrGold = 0;
    let attrWrong = 0;
    let hedgeGold = 0;
    let hedgeWrong = 0;
    const report: string[] = [];
    for (const c of cases) {
      if (!c.checks) continue;
      const r = checkFacts(c.checks, extractCase(c));
      entityGold += c.checks.entities?.length ?? 0;
      entityMissed += r.entityFailures.length;
      attrGold += c.checks.attributions?.length ?? 0;
      attrWrong += r.claimFailures.filter((f) => f.startsWith("attribution") || f.startsWith("no claim")).length;
      hedgeGold += (c.checks.hedgedSentences?.length ?? 0) + (c.checks.unhedgedSentences?.length ?? 0);
      hedgeWrong += r.claimFailures.filter((f) => f.startsWith("not hedged") || f.startsWith("wrongly hedged")).length;
      report.push(...[...r.entityFailures, ...r.claimFailures].map((f) => `${c.name}: ${f}`));
    }
    const entityRecall = entityGold ? 1 - entityMissed / entityGold : 1;
    const attribution = attrGold ? 1 - attrWrong / attrGold : 1;
    const hedging = hedgeGold ? 1 - hedgeWrong / hedgeGold : 1;
    console.log(`fixtures: entity recall ${(entityRecall * 100).toFixed(1)}% | attributions ${(attribution * 100).toFixed(1)}% | hedging ${(hedging * 100).toFixed(1)}%`);
    if (report.length) console.log(report.join("\n"));
    expect(entityRecall).toBeGreaterThanOrEqual(0.9);
    expect(attribution).toBeGreaterThanOrEqual(0.8);
    expect(hedging).toBeGreaterThanOrEqual(0.85);
  });
});
