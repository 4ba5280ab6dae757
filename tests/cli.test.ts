/** The CLI, run in-process: commands, formats, inputs, exit codes and determinism. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { describe, it, expect, beforeAll } from "vitest";
import { cli } from "./support/cli.js";
import { FIXTURES, ROOT } from "./support/fixtures.js";
import { VERSION } from "../src/version.js";
import { validateRecord } from "../src/schema/validate.js";

const SEED = path.join(FIXTURES, "board", "seed-h200", "page.txt");
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-cli-"));
});

function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of fs.readdirSync(d).sort()) {
      const f = path.join(d, n);
      if (fs.statSync(f).isDirectory()) walk(f);
      else out.push(path.relative(dir, f));
    }
  };
  walk(dir);
  return out;
}

describe("gisa --version and --help", () => {
  it("prints the package version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = await cli(["--version"]);
    expect(r).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });
  it("the installed command (bin/gisa.cjs) answers --version itself and runs the ES module CLI otherwise", () => {
    const bin = path.join(ROOT, "bin", "gisa.cjs");
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin: { gisa: string } };
    expect(pkg.bin.gisa).toBe("bin/gisa.cjs");
    for (const flag of ["--version", "-V"]) {
      const v = spawnSync(process.execPath, [bin, flag], { encoding: "utf8" });
      expect(v.status).toBe(0);
      expect(v.stdout).toBe(`${VERSION}\n`);
    }
    const page = path.join(FIXTURES, "board", "seed-h200", "page.txt");
    const r = spawnSync(process.execPath, [bin, page, "--format", "ndjson"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { article: { title: string } }).article.title).toMatch(/H200/);
  });
  it("the installed command reads piped standard input and writes the records itself", () => {
    const bin = path.join(ROOT, "bin", "gisa.cjs");
    const page = fs.readFileSync(path.join(FIXTURES, "board", "seed-h200", "page.txt"));
    const r = spawnSync(process.execPath, [bin, "--format", "ndjson"], { input: page, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const rec = JSON.parse(r.stdout) as { input: { path: string }; article: { title: string } };
    expect(rec.input.path).toBe("-");
    expect(rec.article.title).toMatch(/H200/);
    // usage errors keep their status through the launcher
    expect(spawnSync(process.execPath, [bin, "--no-such-flag"], { encoding: "utf8" }).status).toBe(2);
  });
  it("the installed command ends quietly with status 0 when its reader closes the pipe (gisa … | head)", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "gisa.cjs"), FIXTURES, "-j", "1"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
  it("the installed command goes on without its standard error, and exits while piped input is still open", async () => {
    const bin = path.join(ROOT, "bin", "gisa.cjs");
    const pages = fs.readdirSync(path.join(FIXTURES, "daum")).map((d) => path.join(FIXTURES, "daum", d));
    // standard error closed from the start: the records are all written, the status still counts the failure
    const quiet = spawn(process.execPath, [bin, path.join(tmp, "no-such-page.html"), ...pages, "-j", "1"], { stdio: ["ignore", "pipe", "pipe"] });
    quiet.stderr.destroy();
    let out = "";
    quiet.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    expect(await new Promise<number | null>((resolve) => quiet.on("close", resolve))).toBe(1);
    expect(out.trim().split("\n")).toHaveLength(pages.length + 1);

    // input over --max-bytes while the writer keeps the pipe open: the process does not wait for it
    const open = spawn(process.execPath, [bin, "--max-bytes", "100", "--format", "ndjson", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    open.stdin.write(Buffer.alloc(1000, 0x41));
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => {
      const guard = setTimeout(() => open.stdin.end(), 20_000);
      open.on("close", (c) => {
        clearTimeout(guard);
        resolve(c);
      });
    });
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    open.stdin.destroy();
  });
  it("the installed command stops with an error when pool workers cannot start, instead of replacing them forever", () => {
    // a copy of the built command whose worker module throws as it loads
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-broken-"));
    fs.cpSync(path.join(ROOT, "bin"), path.join(copy, "bin"), { recursive: true });
    fs.cpSync(path.join(ROOT, "dist"), path.join(copy, "dist"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "package.json"), path.join(copy, "package.json"));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
    fs.appendFileSync(path.join(copy, "dist", "cli", "worker.js"), '\nthrow new Error("broken on purpose");\n');
    const r = spawnSync(process.execPath, [path.join(copy, "bin", "gisa.cjs"), SEED], { encoding: "utf8", timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/pool workers fail to start: broken on purpose/);
  });
  it("prints help for each command with exit 0", async () => {
    for (const args of [["--help"], ["extract", "--help"], ["validate", "--help"], ["check", "--help"], ["schema", "--help"], ["lexicon", "--help"]]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stdout).toMatch(/Usage: gisa/);
    }
  });
  it("prints help and exits 2 with no input on a terminal", async () => {
    const r = await cli([], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: gisa/);
  });
  it("exits 2 on an unknown flag or a bad value", async () => {
    expect((await cli(["--no-such-flag", SEED])).code).toBe(2);
    expect((await cli(["extract", "--format", "xml", SEED])).code).toBe(2);
    expect((await cli(["extract", "--jobs", "zero", SEED])).code).toBe(2);
    const young = await cli(["extract", "--young-heap", "0", SEED]);
    expect(young.code).toBe(2);
    expect(young.stderr).toMatch(/--young-heap must be at least 1/);
  });
  it("gives the same record with a larger young generation", async () => {
    const [a, b] = await Promise.all([cli([SEED]), cli(["--young-heap", "32", SEED])]);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe("gisa extract", () => {
  it("writes one pretty JSON record for one file, and the same bytes twice", async () => {
    const a = await cli([SEED]);
    const b = await cli(["extract", SEED]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const rec = JSON.parse(a.stdout) as { article: { title: string }; input: { path: string } };
    expect(validateRecord(rec)).toEqual([]);
    expect(rec.article.title).toContain("H200");
    expect(a.stdout.split("\n").length).toBeGreaterThan(10); // pretty, not one line
  });

  it("reads piped standard input, with or without '-'", async () => {
    const html = fs.readFileSync(SEED);
    const a = await cli([], { stdin: html, tty: false });
    const b = await cli(["-"], { stdin: html, tty: false });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).input.path).toBe("-");
  });

  it("reads standard input among other inputs, in order", async () => {
    const html = fs.readFileSync(SEED);
    const r = await cli([SEED, "-", "--quiet"], { stdin: html, tty: false });
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs.map((x) => x.input.path)).toEqual([SEED, "-"]);
    expect(recs[1].article).toEqual(recs[0].article);
  });

  it("holds --timeout for a single input too", async () => {
    const big = path.join(tmp, "big.html");
    fs.writeFileSync(big, `<html><body><article>${"<p>엔비디아와 삼성전자가 협력한다고 밝혔다.</p>".repeat(20000)}</article></body></html>`);
    const r = await cli([big, "--timeout", "5", "--quiet"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe("TIMEOUT");
  });

  it("takes --url for input.url and article.url", async () => {
    const r = await cli(["--url", "https://v.daum.net/v/20251210104450961", SEED]);
    const rec = JSON.parse(r.stdout);
    expect(rec.input.url).toBe("https://v.daum.net/v/20251210104450961");
    expect(rec.article.url).toBe("https://v.daum.net/v/20251210104450961");
  });

  it("writes NDJSON in input order for several inputs and exits 1 when one fails, keeping the others", async () => {
    const bad = path.join(tmp, "empty.html");
    fs.writeFileSync(bad, "");
    const other = path.join(FIXTURES, "daum");
    const r = await cli([SEED, bad, other, "--quiet"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0].input.path).toBe(SEED);
    expect(lines[1].error.code).toBe("EMPTY");
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(validateRecord(l)).toEqual([]);
    const single = JSON.parse((await cli([SEED])).stdout);
    expect(lines[0]).toEqual(single);
  });

  it("gives the same output with -j 1 and -j 2", async () => {
    const a = await cli([FIXTURES, "-j", "1", "--quiet"]);
    const b = await cli([FIXTURES, "-j", "2", "--quiet"]);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it("gives a NOT_HTML error record for binary or JSON input, and UNREADABLE for a missing file", async () => {
    const png = path.join(tmp, "x.png.html");
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const json = path.join(tmp, "x.json.html");
    fs.writeFileSync(json, '{"a": 1}');
    const r = await cli([png, json, path.join(tmp, "missing.html"), "--quiet"]);
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs.map((x) => x.error?.code)).toEqual(["NOT_HTML", "NOT_HTML", "UNREADABLE"]);
    expect(r.code).toBe(1);
  });

  it("writes --out files mirroring the tree, atomically, never outside the folder", async () => {
    const out = path.join(tmp, "out");
    const r = await cli([path.join(FIXTURES, "chosun"), "--out", out, "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const files = tree(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.endsWith("page.json"))).toBe(true);
    expect(files.some((f) => f.includes(".tmp"))).toBe(false);
    // a relative input with .. in its name stays inside --out
    const nested = path.join(tmp, "a", "b");
    fs.mkdirSync(nested, { recursive: true });
    fs.copyFileSync(SEED, path.join(tmp, "a", "seed.txt"));
    const out2 = path.join(tmp, "out2");
    const r2 = await cli(["../seed.txt", "--out", out2, "--quiet"], { cwd: nested });
    expect(r2.code).toBe(0);
    expect(tree(out2)).toEqual(["seed.json"]);
    expect(fs.existsSync(path.join(tmp, "seed.json"))).toBe(false);
  });

  it("prints a colored summary with --format pretty, without color under NO_COLOR", async () => {
    const colored = await cli([SEED, "--format", "pretty"], { env: { FORCE_COLOR: "1" } });
    expect(colored.stdout).toContain("\u001b[");
    expect(colored.stdout).toContain("H200");
    const plain = await cli([SEED, "--format", "pretty"], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(plain.stdout).not.toContain("\u001b[");
    expect(plain.stdout).toMatch(/Claims/);
  });
});

describe("gisa schema and validate", () => {
  it("prints a 2020-12 JSON Schema", async () => {
    const r = await cli(["schema"]);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(JSON.stringify(schema)).toContain("schemaVersion");
  });

  it("accepts records gisa wrote and names the broken field of a bad one", async () => {
    const good = (await cli([SEED])).stdout;
    const goodFile = path.join(tmp, "good.json");
    fs.writeFileSync(goodFile, good);
    expect((await cli(["validate", goodFile])).code).toBe(0);
    const rec = JSON.parse(good);
    rec.article.publishedAt = "yesterday";
    const badFile = path.join(tmp, "bad.ndjson");
    fs.writeFileSync(badFile, `${JSON.stringify(JSON.parse(good))}\n${JSON.stringify(rec)}\n`);
    const r = await cli(["validate", badFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${badFile}:2: article.publishedAt`);
    const shifted = JSON.parse(good);
    shifted.claims[0].start += 1;
    const r2 = await cli(["validate", "-"], { stdin: JSON.stringify(shifted), tty: false });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain("-:1: claims.0");
  });
});

describe("gisa check", () => {
  it("fails on a changed expectation with a diff, and passes after --update", async () => {
    const dir = path.join(tmp, "golden");
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(SEED, path.join(dir, "seed.txt"));
    const first = await cli(["check", dir]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain("no pages with expectations");
    expect((await cli(["check", dir, "--update"])).code).toBe(0);
    expect((await cli(["check", dir])).code).toBe(0);
    const exp = path.join(dir, "seed.expected.json");
    const rec = JSON.parse(fs.readFileSync(exp, "utf8"));
    rec.article.title = "a different title";
    fs.writeFileSync(exp, JSON.stringify(rec));
    const changed = await cli(["check", dir]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("article.title");
    expect(changed.stdout).toContain("a different title");
    expect((await cli(["check", dir, "--update"])).code).toBe(0);
    expect((await cli(["check", dir])).code).toBe(0);
  });
});
