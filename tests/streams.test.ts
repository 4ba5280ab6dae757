/** NDJSON and WARC record streams as inputs (archives written here with warcio). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { describe, it, expect, beforeAll } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import { cli } from "./support/cli.js";
import { FIXTURES, ROOT } from "./support/fixtures.js";
import { extractRecord } from "../src/pipeline/extract.js";
import { hostAllowed } from "../src/cli/streams.js";

const pages = [
  { file: path.join(FIXTURES, "daum", "d2026-newspaper", "page.html"), url: "https://v.daum.net/v/20260109070412345" },
  { file: path.join(FIXTURES, "chosun", "c2015-euckr", "page.html"), url: "http://news.chosun.com/site/data/html_dir/2016/10/04/2016100400123.html" },
  { file: path.join(FIXTURES, "naver", "n-2026", "page.html"), url: "https://n.news.naver.com/article/015/0005251234" },
];
let tmp: string;

async function warcRecord(url: string, body: Uint8Array, opts: { type?: string; contentType?: string } = {}): Promise<Uint8Array> {
  async function* payload() {
    yield body;
  }
  const rec = await WARCRecord.create(
    { url, type: (opts.type ?? "response") as "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": opts.contentType ?? "text/html" } },
    payload(),
  );
  return WARCSerializer.serialize(rec, { gzip: true });
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-streams-"));
});

describe("WARC input", () => {
  it("yields one record per HTML response, in order, equal to the page files' records", async () => {
    const parts: Uint8Array[] = [];
    for (const p of pages) parts.push(await warcRecord(p.url, new Uint8Array(fs.readFileSync(p.file)), { contentType: p.file.includes("euckr") ? "text/html; charset=euc-kr" : "text/html; charset=utf-8" }));
    // non-HTML responses and non-response records are skipped
    parts.splice(1, 0, await warcRecord("https://v.daum.net/robots.txt", new TextEncoder().encode("User-agent: *"), { contentType: "text/plain" }));
    parts.splice(3, 0, await warcRecord("https://v.daum.net/logo.png", new Uint8Array([0x89, 0x50]), { contentType: "image/png" }));
    const file = path.join(tmp, "crawl.warc.gz");
    fs.writeFileSync(file, Buffer.concat(parts));
    const r = await cli([file, "--quiet", "-j", "2"]);
    expect(r.code).toBe(0);
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs).toHaveLength(3);
    recs.forEach((rec, i) => {
      const page = pages[i]!;
      const direct = extractRecord(new Uint8Array(fs.readFileSync(page.file)), { path: rec.input.path, url: page.url });
      expect(rec.input.url).toBe(page.url);
      expect(rec.article).toEqual((direct as { article: unknown }).article);
      expect(rec.entities).toEqual((direct as { entities: unknown }).entities);
    });
  });

  it("reads an archive from the installed command's standard input like the file itself", async () => {
    const parts: Uint8Array[] = [];
    for (const p of pages) parts.push(await warcRecord(p.url, new Uint8Array(fs.readFileSync(p.file))));
    const file = path.join(tmp, "piped.warc.gz");
    fs.writeFileSync(file, Buffer.concat(parts));
    const bin = path.join(ROOT, "bin", "gisa.cjs");
    const fromFile = spawnSync(process.execPath, [bin, file, "--quiet"], { encoding: "utf8" });
    const piped = spawnSync(process.execPath, [bin, "--input-format", "warc", "--quiet", "-"], { input: fs.readFileSync(file), encoding: "utf8", maxBuffer: 1 << 28 });
    expect(piped.status).toBe(0);
    const urls = (out: string) => out.trim().split("\n").map((l) => (JSON.parse(l) as { input: { url: string } }).input.url);
    expect(urls(piped.stdout)).toEqual(pages.map((p) => p.url));
    // the same articles; only input.path differs (the file's name or '-')
    const articles = (out: string) => out.trim().split("\n").map((l) => JSON.stringify((JSON.parse(l) as { article: unknown }).article));
    expect(articles(piped.stdout)).toEqual(articles(fromFile.stdout));
  });

  it("writes NDJSON by default even for an archive of one record (a stream, not one input)", async () => {
    const file = path.join(tmp, "one.warc.gz");
    fs.writeFileSync(file, await warcRecord(pages[0]!.url, new Uint8Array(fs.readFileSync(pages[0]!.file))));
    const r = await cli([file, "--quiet"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0]!) as { input: { url: string } }).input.url).toBe(pages[0]!.url);
    // the same archive found in a folder is a stream too
    const dir = path.join(tmp, "one-archive");
    fs.mkdirSync(dir);
    fs.copyFileSync(file, path.join(dir, "one.warc.gz"));
    const inFolder = await cli([dir, "--quiet"]);
    const folderLines = inFolder.stdout.split("\n").filter(Boolean);
    expect(folderLines).toHaveLength(1);
    expect(JSON.parse(folderLines[0]!).article).toEqual(JSON.parse(lines[0]!).article);
  });

  it("reads a file named like a stream as one page with --input-format html, and writes it as JSON", async () => {
    const file = path.join(tmp, "page.ndjson");
    fs.copyFileSync(pages[0]!.file, file);
    const r = await cli(["--input-format", "html", file, "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").length).toBeGreaterThan(10); // pretty-printed JSON object
    expect(JSON.parse(r.stdout).article.title).toBeTruthy();
  });

  it("keeps only the named sites with --filter-site", async () => {
    const parts: Uint8Array[] = [];
    for (const p of pages) parts.push(await warcRecord(p.url, new Uint8Array(fs.readFileSync(p.file))));
    const file = path.join(tmp, "mixed.warc.gz");
    fs.writeFileSync(file, Buffer.concat(parts));
    const r = await cli([file, "--quiet", "--filter-site", "daum,naver"]);
    const urls = r.stdout.trim().split("\n").map((l) => JSON.parse(l).input.url);
    expect(urls).toEqual([pages[0]!.url, pages[2]!.url]);
  });

  it("gives the records before the damage, an error record for it, and exit 1 for a truncated archive", async () => {
    const parts: Uint8Array[] = [];
    for (const p of pages) parts.push(await warcRecord(p.url, new Uint8Array(fs.readFileSync(p.file))));
    const whole = Buffer.concat(parts);
    const file = path.join(tmp, "cut.warc.gz");
    fs.writeFileSync(file, whole.subarray(0, whole.length - 200)); // the last gzip member cut short
    const r = await cli([file, "--quiet"]);
    expect(r.code).toBe(1);
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs.slice(0, 2).map((x) => x.input.url)).toEqual([pages[0]!.url, pages[1]!.url]);
    expect(recs.at(-1).error.code).toBe("UNREADABLE");
    expect(recs).toHaveLength(3);
  });

  it("reports an uncompressed record shorter than its Content-Length", async () => {
    async function* payload() {
      yield new Uint8Array(fs.readFileSync(pages[0]!.file));
    }
    const rec = await WARCRecord.create({ url: pages[0]!.url, type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": "text/html" } }, payload());
    const plain = await WARCSerializer.serialize(rec, { gzip: false });
    const file = path.join(tmp, "cut.warc");
    fs.writeFileSync(file, Buffer.concat([plain, plain.subarray(0, plain.length - 500)]));
    const r = await cli([file, "--quiet"]);
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs).toHaveLength(2);
    expect(recs[0].article.title).toBeTruthy();
    expect(recs[1].error.code).toBe("UNREADABLE");
    expect(r.code).toBe(1);
  });
});

describe("streams from a slow writer", () => {
  it("gives each record as soon as it is made, and stops on SIGTERM while the writer is idle", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "gisa.cjs"), "--input-format", "ndjson", "--quiet", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    const lines = pages.map((p) => JSON.stringify({ url: p.url, html: fs.readFileSync(p.file, "latin1") }));
    child.stdin.write(`${lines.join("\n")}\n`); // and the pipe stays open
    let out = "";
    const all = new Promise<void>((resolve) => {
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString("utf8");
        if (out.split("\n").length > pages.length) resolve();
      });
    });
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    const late = setTimeout(() => child.stdin.end(), 20_000); // the failure case: records only once the writer closes
    const started = Date.now();
    await all;
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(out.trim().split("\n").map((l) => (JSON.parse(l) as { input: { url: string } }).input.url)).toEqual(pages.map((p) => p.url));
    child.kill("SIGTERM");
    expect(await closed).toBe(143);
    clearTimeout(late);
    child.stdin.destroy();
  });
});

describe("NDJSON input", () => {
  it("reads {url, html} lines, names a malformed line, and keeps order", async () => {
    const lines = [
      JSON.stringify({ url: pages[0]!.url, html: fs.readFileSync(pages[0]!.file, "utf8") }),
      "{not json",
      JSON.stringify({ url: "https://example.com/x" }),
      JSON.stringify({ url: pages[2]!.url, html: fs.readFileSync(pages[2]!.file, "utf8") }),
    ];
    const file = path.join(tmp, "pages.ndjson");
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    const r = await cli([file, "--quiet"]);
    expect(r.code).toBe(1);
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs).toHaveLength(4);
    expect(recs[0].input.url).toBe(pages[0]!.url);
    expect(recs[1].error).toMatchObject({ code: "BAD_RECORD" });
    expect(recs[1].error.message).toContain("line 2");
    expect(recs[2].error.code).toBe("BAD_RECORD");
    expect(recs[3].article.title).toBeTruthy();
  });

  it("reads a stream from standard input with --input-format ndjson", async () => {
    const line = JSON.stringify({ url: pages[0]!.url, html: fs.readFileSync(pages[0]!.file, "utf8") });
    const r = await cli(["--input-format", "ndjson", "-", "--quiet"], { stdin: `${line}\n${line}\n`, tty: false });
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs).toHaveLength(2);
    expect(recs[0].article).toEqual(recs[1].article);
  });

  it("writes a one-line stream as one NDJSON line, and a plain page from standard input as JSON", async () => {
    const html = fs.readFileSync(pages[0]!.file, "utf8");
    const one = await cli(["--input-format", "ndjson", "-", "--quiet"], { stdin: `${JSON.stringify({ url: pages[0]!.url, html })}\n`, tty: false });
    expect(one.stdout.endsWith("}\n")).toBe(true);
    expect(one.stdout.trim().split("\n")).toHaveLength(1);
    const page = await cli(["-", "--quiet"], { stdin: html, tty: false });
    expect(page.stdout.split("\n").length).toBeGreaterThan(10); // pretty-printed JSON object
    expect(JSON.parse(page.stdout).article.title).toBe(JSON.parse(one.stdout).article.title);
  });
});

describe("hostAllowed", () => {
  it.each([
    ["https://v.daum.net/v/1", ["daum"], true],
    ["https://n.news.naver.com/a", ["daum", "naver"], true],
    ["https://www.chosun.com/x", ["daum"], false],
    ["https://notdaum.net/x", ["daum"], false],
    ["not a url", ["daum"], false],
    ["https://x.com", null, true],
  ])("%s %j → %s", (url, sites, ok) => {
    expect(hostAllowed(url, sites)).toBe(ok);
  });
});
