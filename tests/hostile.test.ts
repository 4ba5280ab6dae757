/**
 * Hostile and broken input: whatever arrives, each input gets exactly one record, the batch
 * goes on, and nothing is written where it should not be. Inputs are generated here.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, it, expect, beforeAll } from "vitest";
import fc from "fast-check";
import { cli } from "./support/cli.js";
import { FIXTURES } from "./support/fixtures.js";
import { extractRecord } from "../src/pipeline/extract.js";
import { validateRecord } from "../src/schema/validate.js";
import { parseLexiconFile } from "../src/entities/index.js";

let tmp: string;
const SEED = fs.readFileSync(path.join(FIXTURES, "board", "seed-h200", "page.txt"));
const DAUM = fs.readFileSync(path.join(FIXTURES, "daum", "d2026-newspaper", "page.html"));
const u8 = (b: Buffer | string) => new Uint8Array(typeof b === "string" ? Buffer.from(b) : b);

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gisa-hostile-"));
});

function codeOf(bytes: Uint8Array, options = {}): string {
  const rec = extractRecord(bytes, options);
  expect(validateRecord(rec)).toEqual([]);
  return "error" in rec ? rec.error.code : "article";
}

describe("bad input gets a clear error record", () => {
  it.each([
    ["empty", u8(""), "EMPTY"],
    ["whitespace only", u8("   \n\t \r\n"), "EMPTY"],
    ["PNG", u8(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), "NOT_HTML"],
    ["gzip", u8(zlib.gzipSync(SEED)), "NOT_HTML"],
    ["PDF", u8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"), "NOT_HTML"],
    ["JSON", u8('{"title": "not a page", "items": [1, 2, 3]}'), "NOT_HTML"],
    ["CSV", u8("id,title,url\n1,기사,https://example.com\n"), "NOT_HTML"],
    ["NUL bytes", u8(Buffer.concat([Buffer.from("<p>"), Buffer.alloc(200), Buffer.from("</p>")])), "NOT_HTML"],
    ["random bytes that decode as nothing", u8(Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f)))), "DECODE_FAILED"],
    ["a page that is all chrome", u8("<html><body><nav><a href=/>홈</a><a href=/a>정치</a></nav><footer>Copyright</footer></body></html>"), "NO_ARTICLE"],
  ].map(([name, bytes, code]) => ({ name, bytes, code })))("$name → $code", ({ bytes, code }) => {
    expect(codeOf(bytes as Uint8Array)).toBe(code);
  });

  it("TOO_LARGE over --max-bytes", () => {
    expect(codeOf(u8(SEED), { maxBytes: 1000 })).toBe("TOO_LARGE");
  });

  it("a 50 MB page is TOO_LARGE at the default limit, without being parsed", () => {
    const page = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    page.set(new TextEncoder().encode("<html><body><p>"), 0);
    expect(codeOf(page)).toBe("TOO_LARGE");
  });
});

describe("degenerate pages still give valid records", () => {
  it.each([
    ["invalid UTF-8 inside a UTF-8 page", u8(Buffer.concat([Buffer.from("<html><body><p>정상 문단입니다. 엔비디아는 H200을 만든다.</p><p>"), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from("</p></body></html>")]))],
    ["lone surrogates from the page", u8("<p>엔비디아 &#xD800; 칩 \uD800 문단</p>")],
    ["unclosed quotes", u8(`<p>${"트럼프 대통령은 “중국에 칩을 팔 것이라고 말했다. ".repeat(50)}</p>`)],
    ["HTML truncated in a tag", u8(SEED.subarray(0, Math.floor(SEED.length / 2)))],
  ].map(([name, bytes]) => ({ name, bytes })))("$name", ({ bytes }) => {
    const rec = extractRecord(bytes as Uint8Array);
    expect(validateRecord(rec)).toEqual([]);
  });

  it("takes a page nested 100,000 levels deep without overflowing the stack", () => {
    const html = `<html><head><title>깊은 페이지</title></head><body>${"<div>".repeat(100_000)}<p>깊은 문단의 본문입니다. 삼성전자가 새 반도체 공장을 짓는다고 발표했다.</p>${"</div>".repeat(100_000)}</body></html>`;
    const rec = extractRecord(u8(html));
    expect(validateRecord(rec)).toEqual([]);
    expect("error" in rec ? rec.error : rec.article.paragraphs.map((p) => p.text)).toEqual(["깊은 문단의 본문입니다. 삼성전자가 새 반도체 공장을 짓는다고 발표했다."]);
    expect("error" in rec ? [] : rec.warnings.map((w) => w.code)).toContain("DEEP_NESTING");
  });

  it.each([
    ["stray closing tags before", `${"</x>".repeat(100_000)}${"<div>".repeat(100_000)}`],
    ["a stray closing tag after each", "<div></x>".repeat(100_000)],
    ["<div/>, which HTML does not close", "<div/>".repeat(100_000)],
    ["an upper-case script before", `<SCRIPT>x()</SCRIPT>${"<div>".repeat(100_000)}`],
    ["a script tag inside a comment before", `<!-- <script> -->${"<div>".repeat(100_000)}`],
  ])("cuts a page down by its real depth: %s", (_name, markup) => {
    const html = `<html><head><title>깊은 페이지</title></head><body>${markup}<p>깊은 문단의 본문입니다. 삼성전자가 새 반도체 공장을 짓는다고 발표했다.</p></body></html>`;
    const rec = extractRecord(u8(html));
    expect(validateRecord(rec)).toEqual([]);
    expect("error" in rec ? rec.error : rec.article.paragraphs.map((p) => p.text)).toEqual(["깊은 문단의 본문입니다. 삼성전자가 새 반도체 공장을 짓는다고 발표했다."]);
    expect("error" in rec ? [] : rec.warnings.map((w) => w.code)).toContain("DEEP_NESTING");
  });

  it("keeps every paragraph of a long article whose <p> tags are never closed (they do not nest)", () => {
    const paragraphs = Array.from({ length: 4000 }, (_, i) => `문단 ${i}번째입니다. 삼성전자가 새 반도체 공장을 짓는다고 발표했다.`);
    const html = `<html><head><title>긴 기사</title></head><body><article>${paragraphs.map((p) => `<p>${p}`).join("")}</article></body></html>`;
    const rec = extractRecord(u8(html), { articleOnly: true });
    expect("error" in rec ? rec.error : rec.article.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect("error" in rec ? [] : rec.warnings.map((w) => w.code)).not.toContain("DEEP_NESTING");
  });

  it("takes a page with a million elements", () => {
    const html = `<html><body><article>${"<span>가</span>".repeat(1_000_000)}</article></body></html>`;
    const rec = extractRecord(u8(html), { maxBytes: 50 * 1024 * 1024 });
    expect(validateRecord(rec)).toEqual([]);
  });

  it.each([
    ["a 1 MB paragraph with no spaces", "가".repeat(350_000)],
    ["100,000 opening quotes", "“".repeat(100_000)],
    ["100,000 parentheses", "(".repeat(50_000) + ")".repeat(50_000)],
    ["100,000 mixed quotes and particles", "“엔비디아는”".repeat(20_000)],
  ])("%s in an article body", (_name, body) => {
    const html = `<html><head><title>제목</title></head><body><article><p>${body}</p></article></body></html>`;
    const rec = extractRecord(u8(html), { maxBytes: 50 * 1024 * 1024 });
    expect(validateRecord(rec)).toEqual([]);
  });

  it("decodes EUC-KR with no declaration", () => {
    const euckr = fs.readFileSync(path.join(FIXTURES, "generic", "khan-euckr", "page.html"));
    const rec = extractRecord(u8(euckr));
    expect("error" in rec ? rec.error : rec.input.encoding).toBe("euc-kr");
  });
});

describe("lexicon files", () => {
  it("refuses wrong types with the entry and field named", () => {
    expect(() => parseLexiconFile({ entries: [{ id: "x", type: "chip", name: "X", aliases: "X", attributes: {} }] }, "bad.json")).toThrow(/bad\.json.*(entries\.0|entry 0|x).*aliases/s);
  });
  it("cannot pollute prototypes", () => {
    const json = JSON.parse('{"entries": [], "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;
    try {
      parseLexiconFile(json, "evil.json");
    } catch {
      /* refusing the file is fine too */
    }
    const entry = JSON.parse('{"entries": [{"id": "a", "type": "country", "name": "A", "aliases": ["에이"], "attributes": {"iso": "AA", "__proto__": {"polluted": true}}}]}') as unknown;
    try {
      parseLexiconFile(entry, "evil2.json");
    } catch {
      /* refusing is fine */
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
  it("a bad --lexicon file is a usage error naming it", async () => {
    const f = path.join(tmp, "bad-lexicon.json");
    fs.writeFileSync(f, JSON.stringify({ entries: [{ id: "Bad Id", type: "company" }] }));
    const r = await cli(["--lexicon", f, path.join(FIXTURES, "board", "seed-h200", "page.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad-lexicon.json");
  });
});

describe("batches with hostile inputs", () => {
  it("one record per input, good pages unchanged, exit 1, with a symlink loop and an unreadable entry", async () => {
    const dir = path.join(tmp, "batch");
    fs.mkdirSync(path.join(dir, "sub"), { recursive: true });
    fs.writeFileSync(path.join(dir, "a-good.html"), DAUM);
    fs.writeFileSync(path.join(dir, "b-empty.html"), "");
    fs.writeFileSync(path.join(dir, "c-binary.html"), zlib.gzipSync(SEED));
    fs.writeFileSync(path.join(dir, "d-json.html"), "[1,2,3]");
    fs.writeFileSync(path.join(dir, "sub", "e-good.txt"), SEED);
    fs.symlinkSync("..", path.join(dir, "sub", "loop"));
    fs.mkdirSync(path.join(dir, "f-folder.html")); // a folder with a page's name is walked, not read
    const r = await cli([dir, "-j", "2"]);
    expect(r.code).toBe(1);
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs.map((x) => (x.error ? x.error.code : "ok"))).toEqual(["ok", "EMPTY", "NOT_HTML", "NOT_HTML", "ok"]);
    expect(r.stderr).toMatch(/symlink loop/);
    const single = JSON.parse((await cli([path.join(dir, "a-good.html")])).stdout);
    expect(recs[0].article).toEqual(single.article);
  });

  it("an input that overruns --timeout gets TIMEOUT and the batch goes on", async () => {
    const dir = path.join(tmp, "slow");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "a.html"), DAUM);
    // a large page that takes far longer than 1 ms to extract
    fs.writeFileSync(path.join(dir, "b.html"), `<html><body><article>${"<p>엔비디아와 삼성전자가 협력한다고 밝혔다.</p>".repeat(20000)}</article></body></html>`);
    fs.writeFileSync(path.join(dir, "c.html"), DAUM);
    const r = await cli([dir, "--timeout", "1", "--quiet", "-j", "1"]);
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs).toHaveLength(3);
    expect(recs[1].error.code).toBe("TIMEOUT");
    expect(r.code).toBe(1);
  });

  it("an output folder that cannot be written is a clear error", async () => {
    const blocker = path.join(tmp, "blocker");
    fs.writeFileSync(blocker, "a file, not a folder");
    const r = await cli([path.join(FIXTURES, "board"), "--out", path.join(blocker, "out")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/blocker/);
  });
});

describe("property: any bytes give a valid record and no exception", () => {
  const mutate = (base: Buffer) =>
    fc.tuple(fc.nat({ max: base.length }), fc.nat({ max: base.length }), fc.uint8Array({ maxLength: 64 })).map(([a, b, junk]) => {
      const [s, e] = a < b ? [a, b] : [b, a];
      return new Uint8Array(Buffer.concat([base.subarray(0, s), Buffer.from(junk), base.subarray(e)]));
    });

  it("random byte strings", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(validateRecord(extractRecord(bytes))).toEqual([]);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it("mutated fixtures", () => {
    fc.assert(
      fc.property(fc.oneof(mutate(SEED), mutate(DAUM)), (bytes) => {
        expect(validateRecord(extractRecord(bytes))).toEqual([]);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it("random Korean-ish text with quotes, brackets and particles", () => {
    const piece = fc.constantFrom("엔비디아", "는", "“", "”", "(", ")", "H200", "을", " ", ".", "…", "밝혔다", "'", "\"", "중국 정부", "에 따르면", "FT", "가", "9일(현지 시각)", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (parts) => {
        const html = `<html><body><article><p>${parts.join("")}</p><p>${parts.reverse().join("")}</p></article></body></html>`;
        expect(validateRecord(extractRecord(u8(html)))).toEqual([]);
      }),
      { numRuns: 150, seed: 3 },
    );
  });
});
