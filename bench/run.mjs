#!/usr/bin/env node
/**
 * gisa's speed benchmark (`npm run bench` from the repository root).
 *
 * In one warm process, on the same pages: htmlparser2.parseDocument alone (the floor),
 * cheerio.load, Readability over linkedom and over jsdom, @extractus/article-extractor,
 * @postlight/parser, gisa article-only and gisa's full pipeline (given the same text as the
 * others, and from the saved bytes). Then, by spawning the CLI: `gisa --version`, one small page
 * end to end, peak RSS over a 10,000-page batch (also with --young-heap 32) and batch throughput
 * at -j 1 and -j 2. Prints a table and writes bench/results.json.
 *
 * Options: --quick (fewer rounds, smaller batches), --no-cli (in-process figures only),
 * --one-process (all systems in one process with interleaved rounds, instead of one fresh
 * warmed process per system).
 * Environment: BENCH_ROUNDS (5), BENCH_WARMUP (1), BENCH_BATCH (10000), BENCH_TPUT_BATCH (2000),
 * BENCH_VERSION_RUNS (10), BENCH_MIN_ROUND_MS (1000), BENCH_SESSIONS (3: processes per system,
 * the fastest one counts), BENCH_GC=1 (see lib/measure.mjs).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, "..");
const argv = new Set(process.argv.slice(2));
const quick = argv.has("--quick");
const withCli = !argv.has("--no-cli");
const oneProcess = argv.has("--one-process");
const num = (name, dflt) => (process.env[name] ? Number(process.env[name]) : dflt);
const cfg = {
  rounds: num("BENCH_ROUNDS", quick ? 3 : 5),
  warmup: num("BENCH_WARMUP", 1),
  batch: num("BENCH_BATCH", quick ? 2000 : 10000),
  tputBatch: num("BENCH_TPUT_BATCH", quick ? 500 : 2000),
  versionRuns: num("BENCH_VERSION_RUNS", 10),
  // a fast system repeats the pages within a round until the round lasts this long
  minRoundMs: num("BENCH_MIN_ROUND_MS", quick ? 400 : 1000),
  // how many times each system is measured, each time in a fresh process (the fastest one counts)
  sessions: num("BENCH_SESSIONS", quick ? 1 : 3),
};

// 1. the bench's own dependencies, installed on first use
if (!existsSync(join(benchDir, "node_modules"))) {
  console.error("bench: installing the benchmark's own dependencies (bench/node_modules) …");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["install", "--prefix", benchDir, "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("bench: npm install failed");
    process.exit(1);
  }
}

// 2. gisa, built
const distIndex = join(root, "dist", "index.js");
if (!existsSync(distIndex)) {
  console.error("bench: gisa is not built (dist/index.js is missing). Run `npm run build` first.");
  process.exit(1);
}

const { loadPages } = await import("./lib/pages.mjs");
const { systemList } = await import("./lib/systems.mjs");
const { round3 } = await import("./lib/measure.mjs");
const cli = await import("./lib/cli.mjs");

const pages = loadPages(root);
const totalBytes = pages.reduce((n, p) => n + p.bytes.length, 0);
const cpuModel = /model name\s*:\s*(.+)/.exec(existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "")?.[1] ?? os.cpus()[0]?.model ?? "?";
const gisaVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const machine = {
  cpuModel,
  cores: os.availableParallelism(),
  memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};

const log = (s = "") => process.stdout.write(`${s}\n`);
log(`gisa ${gisaVersion} benchmark — ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);
log(
  `${pages.length} pages (${(totalBytes / 1024).toFixed(0)} KiB, mean ${(totalBytes / pages.length / 1024).toFixed(1)} KiB; ` +
    `${pages.filter((p) => p.encoding === "euc-kr").length} EUC-KR); ${cfg.warmup} warm-up + ${cfg.rounds} timed rounds of ≥ ${cfg.minRoundMs} ms per system, ${oneProcess ? "all in one process" : `each in its own process, ${cfg.sessions} times (the fastest counts)`}`,
);
log();

const load0 = os.loadavg()[0];
if (load0 > machine.cores * 0.75) {
  log(`WARNING: load average ${load0.toFixed(2)} on ${machine.cores} cores — other processes compete for the CPU; wall times and ratios will be distorted.`);
  log();
}

// 3. in process
const systems = systemList({ distIndex: pathToFileURL(distIndex).href });
const loadBefore = os.loadavg();
// Each system runs in its own fresh, warmed process (1 warm-up + N timed rounds), one after the
// other, so no system inherits another's heap: jsdom leaves a heap of ~1 GB behind, which
// slowed whatever ran after it several-fold. --one-process runs them all interleaved in one.
const env = { ...process.env, BENCH_ROUNDS: String(cfg.rounds), BENCH_WARMUP: String(cfg.warmup), BENCH_MIN_ROUND_MS: String(cfg.minRoundMs) };
const child = join(benchDir, "lib", "child.mjs");
const runChild = (keys) => {
  const r = spawnSync(process.execPath, [child, ...keys], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) {
    console.error(`bench: measuring ${keys.join(", ")} failed (exit ${r.status})`);
    process.exit(1);
  }
  return JSON.parse(r.stdout.toString().trim().split("\n").pop());
};
const results = [];
if (oneProcess) {
  process.stderr.write(`  all ${systems.length} systems in one process, rounds interleaved …\n`);
  results.push(...runChild(systems.map((s) => s.key)));
} else {
  // The load from elsewhere on a shared machine drifts over minutes, and one system measured at a
  // bad moment skews every ratio to it. So every system is measured in `sessions` processes, the
  // sessions going through the systems in alternate directions, and each system's figures are
  // those of its fastest session: other work on the machine only ever adds time.
  const sessions = systems.map(() => []);
  for (let k = 0; k < cfg.sessions; k++) {
    const order = systems.map((_, i) => i);
    if (k % 2 === 1) order.reverse();
    for (const i of order) {
      process.stderr.write(`  measuring ${systems[i].name} (session ${k + 1} of ${cfg.sessions}) …\n`);
      sessions[i].push(...runChild([systems[i].key]));
    }
  }
  for (const runs of sessions) {
    const sorted = [...runs].sort((a, b) => a.msPerPage - b.msPerPage);
    results.push({ ...sorted[0], sessionsMsPerPage: runs.map((r) => r.msPerPage) });
  }
}
machine.loadAverage = { before: loadBefore.map((x) => round3(x)), afterInProcess: os.loadavg().map((x) => round3(x)) };
const by = Object.fromEntries(results.map((r) => [r.key, r]));
const full = by.gisaFull.msPerPage;
const floor = by.floor.msPerPage;

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
log(`${pad("system", 34)}${lpad("ms/page", 9)}${lpad("pages/s", 9)}${lpad("cpu ms", 8)}${lpad("× floor", 9)}${lpad("vs gisa full", 14)}${lpad("ok", 7)}`);
log("-".repeat(90));
// "vs gisa full": how the system compares with gisa's full pipeline on the same pages
for (const r of results) {
  const vsFull = r.key === "gisaFull" ? "—" : r.msPerPage >= full ? `${(r.msPerPage / full).toFixed(2)}× slower` : `${(full / r.msPerPage).toFixed(2)}× faster`;
  log(
    `${pad(r.name, 34)}${lpad(r.msPerPage.toFixed(2), 9)}${lpad(r.pagesPerSec.toFixed(0), 9)}${lpad(r.cpuMsPerPage.toFixed(2), 8)}${lpad((r.msPerPage / floor).toFixed(2), 9)}${lpad(vsFull, 14)}${lpad(`${r.ok}/${r.pages}`, 7)}`,
  );
}
for (const r of results) if (r.firstError) log(`  note: ${r.name} threw on ${r.firstError}`);
log();

const ratios = {
  gisaFullVsFloor: full / floor,
  gisaArticleOnlyVsFloor: by.gisaArticle.msPerPage / floor,
  gisaFullFromBytesVsFloor: by.gisaFullBytes ? by.gisaFullBytes.msPerPage / floor : null,
  entityClaimStagesMsPerPage: full - by.gisaArticle.msPerPage,
  entityClaimStagesShare: (full - by.gisaArticle.msPerPage) / full,
  gisaFullFasterThan: Object.fromEntries(results.filter((r) => r.group === "peer" || r.group === "parser").map((r) => [r.key, r.msPerPage / full])),
};
log("Ratios");
log(`  gisa full / floor                  ${ratios.gisaFullVsFloor.toFixed(2)}×   (article-only / floor ${ratios.gisaArticleOnlyVsFloor.toFixed(2)}×)`);
if (ratios.gisaFullFromBytesVsFloor !== null) log(`  gisa full from the bytes / floor   ${ratios.gisaFullFromBytesVsFloor.toFixed(2)}×   (decoding included; the floor gets text)`);
log(
  `  entity + claim stages              ${ratios.entityClaimStagesMsPerPage.toFixed(2)} ms/page = ${(ratios.entityClaimStagesShare * 100).toFixed(0)}% of the full pipeline`,
);
for (const r of results.filter((x) => x.group === "peer")) {
  log(`  gisa full is ${lpad((r.msPerPage / full).toFixed(2), 6)}× faster than ${r.name}`);
}
log();

// 4. the CLI
let cliResults = null;
if (withCli) {
  process.stderr.write("  measuring the CLI …\n");
  const nodeStart = cli.nodeStartMs(cfg.versionRuns);
  const version = cli.wallMs(root, ["--version"], cfg.versionRuns);
  const smallPage = cli.wallMs(root, ["fixtures/board/seed-h200/page.txt"], Math.max(3, Math.round(cfg.versionRuns / 2)));
  const base = cli.tempBase();
  let big, j1, j2, bigYoung;
  try {
    const tputDir = cli.makeBatch(base, pages, cfg.tputBatch);
    process.stderr.write(`  batch of ${cfg.tputBatch} at -j 1 …\n`);
    j1 = await cli.runBatch(root, tputDir, cfg.tputBatch, 1);
    process.stderr.write(`  batch of ${cfg.tputBatch} at -j 2 …\n`);
    j2 = await cli.runBatch(root, tputDir, cfg.tputBatch, 2);
    const bigDir = cli.makeBatch(base, pages, cfg.batch);
    process.stderr.write(`  batch of ${cfg.batch} at -j 2 (peak RSS) …\n`);
    big = await cli.runBatch(root, bigDir, cfg.batch, 2);
    // the memory a larger young generation costs, and the speed it buys (--young-heap)
    process.stderr.write(`  batch of ${cfg.batch} at -j 2 --young-heap 32 …\n`);
    bigYoung = await cli.runBatch(root, bigDir, cfg.batch, 2, ["--young-heap", "32"]);
  } finally {
    cli.removeBase(base);
  }
  machine.loadAverage.afterCli = os.loadavg().map((x) => round3(x));
  cliResults = { nodeStartMs: nodeStart, version, smallPage, batch: big, batchYoungHeap32: bigYoung, j1, j2, j2OverJ1: j2.pagesPerSec / j1.pagesPerSec };
  log("CLI (node bin/gisa.cjs, full pipeline)");
  log(`  node -e 0 (startup floor)          ${nodeStart.toFixed(0)} ms (median of ${cfg.versionRuns})`);
  log(`  gisa --version                     ${version.medianMs.toFixed(0)} ms (median of ${version.runs})`);
  log(`  one small page end to end          ${smallPage.medianMs.toFixed(0)} ms (seed-h200/page.txt, median of ${smallPage.runs})`);
  log(
    `  ${pad(`${big.files}-page batch -j 2`, 34)} peak RSS ${big.peakRssMb.toFixed(0)} MB, ${big.pagesPerSec.toFixed(0)} pages/s, ${(big.wallMs / 1000).toFixed(1)} s` +
      `${big.exitCode ? ` (exit ${big.exitCode})` : ""}`,
  );
  log(
    `  ${pad(`  … with --young-heap 32`, 34)} peak RSS ${bigYoung.peakRssMb.toFixed(0)} MB, ${bigYoung.pagesPerSec.toFixed(0)} pages/s, ${(bigYoung.wallMs / 1000).toFixed(1)} s` +
      `${bigYoung.exitCode ? ` (exit ${bigYoung.exitCode})` : ""}`,
  );
  const cpuNote = (b) => (b.cpuSec != null ? `, ${b.cpuSec.toFixed(1)} CPU s` : "");
  log(`  ${pad(`${j1.files}-page batch -j 1`, 34)} ${j1.pagesPerSec.toFixed(0)} pages/s, peak RSS ${j1.peakRssMb.toFixed(0)} MB${cpuNote(j1)}${j1.exitCode ? ` (exit ${j1.exitCode})` : ""}`);
  log(`  ${pad(`${j2.files}-page batch -j 2`, 34)} ${j2.pagesPerSec.toFixed(0)} pages/s, peak RSS ${j2.peakRssMb.toFixed(0)} MB${cpuNote(j2)}${j2.exitCode ? ` (exit ${j2.exitCode})` : ""}`);
  log(`  -j 2 / -j 1 throughput             ${cliResults.j2OverJ1.toFixed(2)}×`);
  if (big.exitCode && big.stderrTail) log(`  stderr: ${big.stderrTail}`);
  log();
}

// 5. the issue's targets
const peerRatio = (k) => by[k].msPerPage / full;
const targets = [
  { target: "gisa full ≤ 3× floor", value: `${ratios.gisaFullVsFloor.toFixed(2)}×`, met: ratios.gisaFullVsFloor <= 3 },
  { target: "≥ 2.5× faster than Readability+linkedom", value: `${peerRatio("readabilityLinkedom").toFixed(2)}×`, met: peerRatio("readabilityLinkedom") >= 2.5 },
  { target: "≥ 8× faster than Postlight", value: `${peerRatio("postlight").toFixed(2)}×`, met: peerRatio("postlight") >= 8 },
  { target: "≥ 8× faster than article-extractor", value: `${peerRatio("articleExtractor").toFixed(2)}×`, met: peerRatio("articleExtractor") >= 8 },
];
if (cliResults) {
  targets.push(
    { target: `${cliResults.batch.files}-page batch peak RSS ≤ 200 MB`, value: `${cliResults.batch.peakRssMb.toFixed(0)} MB`, met: cliResults.batch.peakRssMb <= 200 },
    { target: "gisa --version < 120 ms", value: `${cliResults.version.medianMs.toFixed(0)} ms`, met: cliResults.version.medianMs < 120 },
    { target: "-j 2 ≥ 1.7× -j 1", value: `${cliResults.j2OverJ1.toFixed(2)}×`, met: cliResults.j2OverJ1 >= 1.7 },
  );
}
log(`Load average (1 min) before ${machine.loadAverage.before[0]}, after in-process ${machine.loadAverage.afterInProcess[0]}${machine.loadAverage.afterCli ? `, after CLI ${machine.loadAverage.afterCli[0]}` : ""} on ${machine.cores} cores`);
log();
log("Targets (issue #6)");
for (const t of targets) log(`  ${t.met ? "met    " : "NOT met"}  ${pad(t.target, 42)} ${t.value}`);

const out = {
  date: new Date().toISOString(),
  gisaVersion,
  machine,
  config: { ...cfg, isolation: oneProcess ? "one process, interleaved rounds" : "one warmed process per system" },
  pages: pages.map((p) => ({ file: p.rel, bytes: p.bytes.length, encoding: p.encoding, url: p.url })),
  inProcess: results.map((r) => ({ ...r, msPerPage: round3(r.msPerPage), cpuMsPerPage: round3(r.cpuMsPerPage), pagesPerSec: round3(r.pagesPerSec), bestRoundMsPerPage: round3(r.bestRoundMsPerPage), worstRoundMsPerPage: round3(r.worstRoundMsPerPage) })),
  ratios,
  cli: cliResults,
  targets,
};
writeFileSync(join(benchDir, "results.json"), `${JSON.stringify(out, null, 2)}\n`);
log();
log("wrote bench/results.json");
