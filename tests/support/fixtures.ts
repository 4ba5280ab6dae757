/** The fixture walker: one folder per case under fixtures/<site>/<case>/, found automatically. */
import fs from "node:fs";
import path from "node:path";
import type { GoldFacts } from "./gold.js";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "fixtures");
export const SHARED = path.resolve(ROOT, "..", "shared");
export const CORPUS = path.join(SHARED, "corpus");

export interface FixtureCase {
  /** "<site>/<case>" */
  name: string;
  dir: string;
  page: string;
  checks: GoldFacts | null;
  expected: unknown;
}

export function fixtureCases(): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const site of fs.readdirSync(FIXTURES).sort()) {
    const siteDir = path.join(FIXTURES, site);
    if (!fs.statSync(siteDir).isDirectory()) continue;
    for (const c of fs.readdirSync(siteDir).sort()) {
      const dir = path.join(siteDir, c);
      if (!fs.statSync(dir).isDirectory()) continue;
      const page = fs.readdirSync(dir).find((f) => /^page\.(html?|txt|shtml)$/.test(f));
      if (!page) continue;
      const read = (f: string) => (fs.existsSync(path.join(dir, f)) ? (JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as unknown) : null);
      out.push({ name: `${site}/${c}`, dir, page: path.join(dir, page), checks: read("checks.json") as GoldFacts | null, expected: read("expected.json") });
    }
  }
  return out;
}
