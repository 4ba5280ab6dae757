#!/usr/bin/env node
/**
 * A profiling workload: every benchmark page through gisa's full pipeline, ROUNDS times (50).
 * Run it under the profiler and summarise:
 *   node --cpu-prof --cpu-prof-dir bench/.tmp bench/profile.mjs
 *   node bench/profile-summary.mjs bench/.tmp        # newest .cpuprofile there
 * (or `npm run profile --prefix bench`). Set ARTICLE_ONLY=1 to profile the article stage alone,
 * FROM_TEXT=1 to pass each page's decoded text instead of its bytes (as the benchmark's main rows do).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadPages } from "./lib/pages.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const distIndex = join(root, "dist", "index.js");
if (!existsSync(distIndex)) {
  console.error("profile: gisa is not built (dist/index.js is missing). Run `npm run build` first.");
  process.exit(1);
}
const { extract } = await import(pathToFileURL(distIndex).href);
const pages = loadPages(root);
const rounds = Number(process.env.ROUNDS ?? 50);
const articleOnly = process.env.ARTICLE_ONLY === "1";
const fromText = process.env.FROM_TEXT === "1";
const t0 = performance.now();
let n = 0;
for (let r = 0; r < rounds; r++) {
  for (const p of pages) {
    extract(fromText ? p.html : p.bytes, { url: p.url, path: p.rel, articleOnly });
    n++;
  }
}
const ms = performance.now() - t0;
console.error(`profile: ${n} extractions (${pages.length} pages × ${rounds}), ${(ms / n).toFixed(2)} ms/page${articleOnly ? " (article-only)" : ""}`);
