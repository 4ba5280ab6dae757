#!/usr/bin/env node
/**
 * Summarises a V8 .cpuprofile: self time aggregated by function + file:line, top N (25).
 *   node bench/profile-summary.mjs <file.cpuprofile | folder> [N]
 * A folder means its newest .cpuprofile. Paths under the repository are shown relative to it;
 * dist/*.js lines map to src/*.ts only approximately (tsc keeps most line numbers close).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let file = process.argv[2] ?? join(root, "bench", ".tmp");
const top = Number(process.argv[3] ?? 25);
if (statSync(file).isDirectory()) {
  const found = readdirSync(file)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => join(file, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (found.length === 0) {
    console.error(`no .cpuprofile in ${file}`);
    process.exit(1);
  }
  file = found[0];
}
const prof = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
}
const where = (url) => {
  if (!url) return "";
  const p = url.startsWith("file://") ? fileURLToPath(url) : url;
  return p.startsWith("/") ? relative(root, p) : p;
};
const agg = new Map();
const lineTicks = new Map(); // key -> Map(line -> ticks), from the profile's positionTicks
let total = 0;
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  if (!n) continue;
  const cf = n.callFrame;
  const loc = cf.url ? `${where(cf.url)}:${cf.lineNumber + 1}` : "";
  const key = `${cf.functionName || "(anonymous)"}\t${loc}`;
  agg.set(key, (agg.get(key) ?? 0) + us);
  total += us;
  if (n.positionTicks) {
    const m = lineTicks.get(key) ?? new Map();
    for (const t of n.positionTicks) m.set(t.line, (m.get(t.line) ?? 0) + t.ticks);
    lineTicks.set(key, m);
  }
}

// dist/x.js:line → src/x.ts:line, by finding the same statement text (tsc keeps it) or, failing
// that, the function's declaration.
const srcCache = new Map();
const lines = (f) => {
  if (!srcCache.has(f)) srcCache.set(f, existsSync(f) ? readFileSync(f, "utf8").split("\n") : null);
  return srcCache.get(f);
};
function srcLine(distRel, line, fn) {
  if (!distRel.startsWith("dist/")) return null;
  const srcRel = distRel.replace(/^dist\//, "src/").replace(/\.js$/, ".ts");
  const dist = lines(join(root, distRel));
  const src = lines(join(root, srcRel));
  if (!dist || !src) return null;
  const want = (dist[line - 1] ?? "").trim().replace(/;$/, "");
  if (want.length > 8) {
    const exact = src.findIndex((l) => l.trim().replace(/;$/, "") === want);
    if (exact >= 0) return `${srcRel}:${exact + 1}`;
    const head = want.slice(0, 40);
    const part = src.findIndex((l) => l.includes(head));
    if (part >= 0) return `${srcRel}:${part + 1}`;
  }
  if (fn && fn !== "(anonymous)") {
    const decl = src.findIndex((l) => new RegExp(`(function\\s+${fn}\\b|\\b${fn}\\s*[(=:])`).test(l));
    if (decl >= 0) return `${srcRel}:${decl + 1} (function)`;
  }
  return `${srcRel}:?`;
}
const rows = [...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`${relative(process.cwd(), file)}: ${(total / 1000).toFixed(0)} ms sampled`);
console.log(`${"self ms".padStart(9)} ${"share".padStart(6)}  function  (file:line)`);
for (const [key, us] of rows) {
  const [fn, loc] = key.split("\t");
  console.log(`${(us / 1000).toFixed(0).padStart(9)} ${((us / total) * 100).toFixed(1).padStart(5)}%  ${fn}${loc ? `  (${loc})` : ""}`);
  const m = lineTicks.get(key);
  if (m && loc.startsWith("dist/")) {
    const sum = [...m.values()].reduce((a, b) => a + b, 0);
    const hot = [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2);
    const distRel = loc.replace(/:\d+$/, "");
    for (let [line, ticks] of hot) {
      if (ticks / sum < 0.15) continue;
      // a tick on a comment line belongs to the statement after it
      const dl = lines(join(root, distRel)) ?? [];
      while (line < dl.length && /^\s*(\/\/|\/\*|\*|$)/.test(dl[line - 1] ?? "")) line++;
      const text = (lines(join(root, distRel))?.[line - 1] ?? "").trim().slice(0, 90);
      console.log(`${"".padStart(17)}${((ticks / sum) * 100).toFixed(0)}% of it at ${distRel}:${line} → ${srcLine(distRel, line, fn)}  ${text}`);
    }
  } else if (loc.startsWith("dist/")) {
    const [distRel, line] = [loc.replace(/:\d+$/, ""), Number(loc.split(":").pop())];
    console.log(`${"".padStart(17)}→ ${srcLine(distRel, line, fn)}`);
  }
}
// inclusive (self + callees) time of gisa's own functions, to see which stage spends it
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, us] of selfUs) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur)?.callFrame;
    if (!cf || !where(cf.url).startsWith("dist/")) continue;
    const key = `${cf.functionName || "(anonymous)"}\t${where(cf.url)}:${cf.lineNumber + 1}`;
    if (seen.has(key)) continue; // recursion counts once
    seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + us);
  }
}
console.log();
console.log("inclusive time of gisa functions (self + callees)");
for (const [key, us] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  const [fn, loc] = key.split("\t");
  const [distRel, line] = [loc.replace(/:\d+$/, ""), Number(loc.split(":").pop())];
  console.log(`${(us / 1000).toFixed(0).padStart(9)} ${((us / total) * 100).toFixed(1).padStart(5)}%  ${fn}  (${loc} → ${srcLine(distRel, line, fn)})`);
}

// the same by file, to see which modules cost
const byFile = new Map();
for (const [key, us] of agg) {
  const loc = key.split("\t")[1] || "(native / gc / idle)";
  const f = loc.replace(/:\d+$/, "");
  byFile.set(f, (byFile.get(f) ?? 0) + us);
}
console.log();
console.log("self time by file");
for (const [f, us] of [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${(us / 1000).toFixed(0).padStart(9)} ${((us / total) * 100).toFixed(1).padStart(5)}%  ${f}`);
}
