/** SIGINT and SIGTERM in the middle of a batch: whole records only, no temporary files, 130/143. Runs the built CLI. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, it, expect, beforeAll } from "vitest";
import { FIXTURES, ROOT } from "./support/fixtures.js";

let batch: string;

beforeAll(() => {
  batch = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-int-"));
  const pages = [path.join(FIXTURES, "board", "seed-h200", "page.txt"), path.join(FIXTURES, "daum", "d2026-newspaper", "page.html"), path.join(FIXTURES, "naver", "n-2026", "page.html")];
  for (let i = 0; i < 3000; i++) {
    const dir = path.join(batch, String(Math.floor(i / 100)).padStart(3, "0"));
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(pages[i % pages.length]!, path.join(dir, `${String(i).padStart(5, "0")}.html`));
  }
});

function countFiles(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1;
  return n;
}

function runUntil(args: string[], signal: NodeJS.Signals, afterLines: number): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "gisa.cjs"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let sent = false;
    const send = () => {
      if (!sent) {
        sent = true;
        child.kill(signal);
      }
    };
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      if (out.split("\n").length > afterLines) send();
    });
    child.stderr.resume();
    // with --out nothing comes on stdout: signal once some records are written (not after a fixed
    // delay, which a loaded machine may not reach)
    const outDir = args.includes("--out") ? args[args.indexOf("--out") + 1] : undefined;
    const poll = outDir
      ? setInterval(() => {
          if (countFiles(outDir) >= 20) send();
        }, 25)
      : null;
    child.on("close", (code) => {
      if (poll) clearInterval(poll);
      resolve({ code, stdout: out });
    });
  });
}

describe("interruption", () => {
  it("SIGINT during an NDJSON batch: only complete lines, exit 130", async () => {
    const r = await runUntil([batch, "--format", "ndjson", "--quiet", "-j", "2"], "SIGINT", 50);
    expect(r.code).toBe(130);
    const lines = r.stdout.split("\n");
    expect(lines.at(-1)).toBe(""); // ends with a newline: no partial line
    const recs = lines.filter(Boolean).map((l) => JSON.parse(l) as { input: { path: string } });
    expect(recs.length).toBeGreaterThanOrEqual(50);
    expect(recs.length).toBeLessThan(3000);
  });

  it("SIGTERM during an --out batch: no temporary or partial file, exit 143", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-int-out-"));
    const r = await runUntil([batch, "--out", out, "--quiet", "-j", "2"], "SIGTERM", Infinity);
    expect(r.code).toBe(143);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of fs.readdirSync(d)) {
        const f = path.join(d, n);
        if (fs.statSync(f).isDirectory()) walk(f);
        else files.push(f);
      }
    };
    walk(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    for (const f of files) expect(() => JSON.parse(fs.readFileSync(f, "utf8"))).not.toThrow();
  });
});
