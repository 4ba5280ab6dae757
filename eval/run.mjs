#!/usr/bin/env node
// Accuracy figures: extracts every annotated page and scores the records with the corpus's own
// scorer (../shared/tools/score.mjs). Run after `npm run build`: `npm run accuracy`.
//   corpus   ../shared/corpus/pages + gold/         real saved pages (general news)
//   seed     ../shared/seed                         the user's sample
//   fixtures fixtures/<site>/<case>/checks.json     pages written for each layout
//   domain   eval/domain/<case>/gold.json           hand-written chip/export-control articles, annotated blind
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "..", "shared");
const dist = path.join(root, "dist", "index.js");
if (!fs.existsSync(dist)) {
  console.error("eval: run `npm run build` first");
  process.exit(1);
}
const { extract } = await import(dist);
const scorer = await import(path.join(shared, "tools", "score.mjs"));

function scoreSet(name, cases) {
  const results = [];
  const failures = [];
  for (const c of cases) {
    const gold = JSON.parse(fs.readFileSync(c.gold, "utf8"));
    const rec = extract(new Uint8Array(fs.readFileSync(c.page)), { path: c.page, url: gold.url ?? null });
    const r = scorer.scorePage(gold, rec);
    results.push(r);
    for (const f of r.fail) failures.push(`${c.name}: ${f}`);
    if (r.ent.fp.length) failures.push(`${c.name}: extra entities ${r.ent.fp.join(", ")}`);
  }
  console.log(`${name.padEnd(9)} ${String(cases.length).padStart(3)} pages | ${scorer.line(scorer.summarize(results))}`);
  if (process.argv.includes("--verbose")) for (const f of failures) console.log(`  - ${f}`);
}

const folderCases = (dir, goldName) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => path.basename(f) === goldName)
        .sort()
        .map((f) => {
          const d = path.join(dir, path.dirname(f));
          const page = fs.readdirSync(d).find((x) => /^page\.(html?|txt)$/.test(x));
          return page ? { name: path.relative(root, d), page: path.join(d, page), gold: path.join(d, goldName) } : null;
        })
        .filter(Boolean)
    : [];

const corpusGold = path.join(shared, "corpus", "gold");
scoreSet(
  "corpus",
  fs
    .readdirSync(corpusGold)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(corpusGold, f), "utf8"));
      return { name: f, page: path.join(shared, "corpus", gold.file), gold: path.join(corpusGold, f) };
    }),
);
scoreSet("seed", [{ name: "seed", page: path.join(shared, "seed", "000_8ced4fe6637ed9df.txt"), gold: path.join(shared, "seed", "gold.json") }]);
scoreSet("fixtures", folderCases(path.join(root, "fixtures"), "checks.json"));
const domain = folderCases(path.join(root, "eval", "domain"), "gold.json");
if (domain.length) scoreSet("domain", domain);
