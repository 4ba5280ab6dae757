/** The corpus's own scorer (../shared/tools/score.mjs), typed for the suites that use it. */
import path from "node:path";
import { CORPUS } from "./fixtures.js";

export interface PageScore {
  fail: string[];
  checks: string[];
}

export interface Scorer {
  scorePage: (gold: unknown, rec: unknown) => PageScore;
  summarize: (results: PageScore[]) => Record<string, number | null>;
  line: (s: Record<string, number | null>) => string;
}

export async function loadScorer(): Promise<Scorer> {
  return (await import(path.join(CORPUS, "..", "tools", "score.mjs"))) as Scorer;
}
