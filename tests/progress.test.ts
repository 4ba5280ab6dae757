/**
 * The progress line: on a terminal's standard error (a pseudo-terminal made with util-linux
 * `script`), never in piped output. Runs the built CLI.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, it, expect } from "vitest";
import { FIXTURES, ROOT } from "./support/fixtures.js";

const BIN = path.join(ROOT, "bin", "gisa.cjs");

describe("progress line", () => {
  it("appears under a pseudo-terminal, with done/total, rate and ETA, while stdout stays data", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-pty-"));
    const out = path.join(tmp, "out.ndjson");
    const typescript = path.join(tmp, "typescript");
    const r = spawnSync("script", ["-q", "-e", "-c", `${process.execPath} ${BIN} ${FIXTURES} -j 2 > ${out}`, typescript], { encoding: "utf8" });
    expect(r.error, "util-linux script(1) is needed for this test").toBeUndefined();
    const terminal = fs.readFileSync(typescript, "utf8");
    expect(terminal).toMatch(/\r.*\d+\/\d+ \d+% · [\d.]+ pages\/s · ETA/);
    const lines = fs.readFileSync(out, "utf8").trim().split("\n");
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  it("never appears in piped output", () => {
    const r = spawnSync(process.execPath, [BIN, FIXTURES, "-j", "2"], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/pages\/s · ETA/);
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).toMatch(/ok, 0 failed/);
    expect(r.stdout).not.toContain("pages/s");
  });
});
