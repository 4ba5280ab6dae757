/**
 * One measuring process: node bench/lib/child.mjs <key> [<key> …]. Loads the pages, sets up the
 * named systems, runs the warm-up and timed rounds (interleaved when several) and prints the
 * results as one JSON line. Config from BENCH_ROUNDS / BENCH_WARMUP / BENCH_MIN_ROUND_MS / BENCH_GC.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadPages } from "./pages.mjs";
import { systemList } from "./systems.mjs";
import { measureSystems } from "./measure.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const keys = process.argv.slice(2);
const cfg = {
  rounds: Number(process.env.BENCH_ROUNDS ?? 5),
  warmup: Number(process.env.BENCH_WARMUP ?? 1),
  minRoundMs: Number(process.env.BENCH_MIN_ROUND_MS ?? 1000),
  // BENCH_GC=1: a full GC before each round even for one system (the default when several share the process)
  forceGc: process.env.BENCH_GC === "1" ? true : undefined,
};
const pages = loadPages(root);
const all = systemList({ distIndex: pathToFileURL(join(root, "dist", "index.js")).href });
const systems = [];
for (const key of keys) {
  const s = all.find((x) => x.key === key);
  if (!s) throw new Error(`unknown system ${key}`);
  systems.push({ ...s, run: await s.setup() });
}
const results = await measureSystems(systems, pages, cfg);
for (const r of results) r.heapUsedMbAfter = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
process.stdout.write(`${JSON.stringify(results)}\n`);
