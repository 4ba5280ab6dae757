/**
 * The CLI figures, by spawning `node bin/gisa.cjs`: wall time of --version and of one small page
 * end to end, peak RSS over a large batch, and batch throughput at -j 1 and -j 2.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { median } from "./measure.mjs";

const TIME = "/usr/bin/time";

/** Median wall ms of `node bin/gisa.cjs ...args` with stdout to /dev/null, over `runs` runs after one warm-up. */
export function wallMs(root, args, runs) {
  const times = [];
  let status = null;
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["bin/gisa.cjs", ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    const dt = performance.now() - t0;
    status = r.status;
    if (i > 0) times.push(dt);
  }
  return { medianMs: median(times), minMs: Math.min(...times), runs, exitCode: status };
}

/** Median wall ms of a bare `node -e 0`, the floor any Node CLI pays to start. */
export function nodeStartMs(runs) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ["-e", "0"], { stdio: "ignore" });
    if (i > 0) times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * A temporary folder with `count` page files: the benchmark pages copied once into src/, then
 * hard-linked (copied when linking fails) into numbered subfolders of 'batch-<count>/'.
 */
export function makeBatch(base, pages, count) {
  const srcDir = join(base, "src");
  const fresh = !existsSync(srcDir);
  if (fresh) mkdirSync(srcDir, { recursive: true });
  pages.forEach((p, i) => {
    const ext = extname(p.path) || ".html";
    p.batchName = `${String(i).padStart(2, "0")}-${basename(p.path, ext).replace(/[^\w.-]/g, "_")}${ext}`;
    if (fresh) copyFileSync(p.path, join(srcDir, p.batchName));
  });
  const dir = join(base, `batch-${count}`);
  if (existsSync(dir)) return dir;
  let made = 0;
  for (let set = 0; made < count; set++) {
    const sub = join(dir, `set-${String(set).padStart(4, "0")}`);
    mkdirSync(sub, { recursive: true });
    for (const p of pages) {
      if (made >= count) break;
      const from = join(srcDir, p.batchName);
      const to = join(sub, p.batchName);
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
      made++;
    }
  }
  return dir;
}

export function tempBase() {
  return mkdtempSync(join(tmpdir(), "gisa-bench-"));
}

export function removeBase(base) {
  rmSync(base, { recursive: true, force: true });
}

/** Peak RSS so far (VmHWM, KiB) of process `pid`, worker threads included; 0 once it is gone. */
export function readHwmKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `node bin/gisa.cjs extract DIR --format ndjson -j N --quiet > /dev/null` once and returns
 * wall ms, pages/s and peak RSS (MB). Peak RSS comes from /usr/bin/time -v when it exists, else
 * from polling VmHWM of the process in /proc (worker threads share the process, so it covers them).
 */
export function runBatch(root, dir, files, jobs, extra = []) {
  const args = ["bin/gisa.cjs", "extract", dir, "--format", "ndjson", "-j", String(jobs), "--quiet", ...extra];
  const useTime = existsSync(TIME);
  const out = openSync("/dev/null", "w");
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = useTime
      ? spawn(TIME, ["-v", process.execPath, ...args], { cwd: root, stdio: ["ignore", out, "pipe"] })
      : spawn(process.execPath, args, { cwd: root, stdio: ["ignore", out, "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let hwm = 0;
    const poll = useTime
      ? null
      : setInterval(() => {
          hwm = Math.max(hwm, readHwmKb(child.pid));
        }, 20);
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      closeSync(out);
      let peakKb = hwm;
      let cpuSec = null;
      let source = "VmHWM polling";
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
        peakKb = m ? Number(m[1]) : NaN;
        const u = /User time \(seconds\):\s*([\d.]+)/.exec(stderr);
        const sy = /System time \(seconds\):\s*([\d.]+)/.exec(stderr);
        if (u && sy) cpuSec = Number(u[1]) + Number(sy[1]);
        source = "/usr/bin/time -v";
        stderr = stderr.replace(/\n?\s*Command being timed:[\s\S]*$/, "");
      }
      resolve({
        jobs,
        files,
        wallMs: ms,
        pagesPerSec: files / (ms / 1000),
        peakRssMb: peakKb / 1024,
        cpuSec, // user + system CPU seconds of the CLI process (all threads), from /usr/bin/time
        rssSource: source,
        exitCode: code, // /usr/bin/time exits with the command's status
        stderrTail: stderr.trim().split("\n").slice(-3).join("\n"),
      });
    });
  });
}
