import { describe, it, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { CHUNK_BYTES, decodeBytes, decodeChunks, metaCharset } from "../src/pipeline/decode.js";
import { extract } from "../src/library.js";
import { CORPUS, fixtureCases } from "./support/fixtures.js";
import { generator } from "./support/random.js";

/** EUC-KR bytes, built from Node's own decoder (the inverse of its CP949 table). */
const EUCKR_TABLE = (() => {
  const dec = new TextDecoder("euc-kr");
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x41; b <= 0xfe; b++) {
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [a, b]);
    }
  return map;
})();
const euckr = (s: string): Uint8Array => {
  const out: number[] = [];
  for (const ch of s) out.push(...(EUCKR_TABLE.get(ch) ?? [...new TextEncoder().encode(ch)]));
  return new Uint8Array(out);
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it.each([
    ["UTF-8 BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<p>한국</p>")]), "utf-8", "<p>한국</p>"],
    ["valid UTF-8 without declaration", utf8("<p>한국</p>"), "utf-8", "<p>한국</p>"],
    ["declares euc-kr but is valid UTF-8 (re-encoded recording)", utf8('<meta charset="euc-kr"><p>한국</p>'), "utf-8", '<meta charset="euc-kr"><p>한국</p>'],
    ["EUC-KR declared by http-equiv", euckr('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>한국</p>'), "euc-kr", '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>한국</p>'],
    ["EUC-KR with a UTF-8 charset on an earlier <script>", euckr('<script src="x.js" charset="UTF-8"></script><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><h1>北 한국</h1>'), "euc-kr", '<script src="x.js" charset="UTF-8"></script><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><h1>北 한국</h1>'],
    ["EUC-KR with no declaration at all", euckr("<p>한국 가</p>"), "euc-kr", "<p>한국 가</p>"],
    ["ASCII", utf8("<p>hello</p>"), "utf-8", "<p>hello</p>"],
  ])("%s", (_name, bytes, encoding, text) => {
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.replacements).toBe(0);
  });

  it("prefers a transport hint over sniffing when the bytes are not UTF-8", () => {
    const d = decodeBytes(euckr("<p>한국</p>"), { charsetHint: "EUC-KR" });
    expect(d).toMatchObject({ encoding: "euc-kr", via: "hint" });
  });

  it("decodes windows-1252 as the Encoding Standard says, 0x80–0x9F included", () => {
    // (Node 20's one-shot decoder reads these bytes as ISO-8859-1 control characters; its streaming one maps them)
    const bytes = new Uint8Array([...utf8('<meta charset="iso-8859-1"><p>'), 0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x20, 0xe9, ...utf8("</p>")]);
    expect(decodeBytes(bytes)).toEqual({ text: '<meta charset="iso-8859-1"><p>“A” – € é</p>', encoding: "windows-1252", via: "meta", replacements: 0 });
  });

  it("reports replacements for bytes that are no encoding's text", () => {
    const d = decodeBytes(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xff, 0xff, 0xfe, 0x3c]));
    expect(d.replacements).toBeGreaterThan(0);
  });
});

describe("decodeChunks", () => {
  const BOMS: Record<string, number[]> = { "utf-8": [0xef, 0xbb, 0xbf], "utf-16le": [0xff, 0xfe], "utf-16be": [0xfe, 0xff] };
  const utf16 = (s: string, littleEndian: boolean): number[] => {
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
    }
    return out;
  };

  it("cuts the text into pieces below CHUNK_BYTES code units that join to what one decoder makes of the whole", () => {
    const rand = generator(31);
    const TEXTS = ["<p>", "</p>", "한국어 기사 ", "北京 ", "😀", "abc ", "\n", '<meta charset="euc-kr">', "가".repeat(50), "x".repeat(300)];
    const kinds = new Set<string>();
    for (let n = 0; n < 60; n++) {
      let text = "";
      const target = rand(4) === 0 ? rand(200) : CHUNK_BYTES + rand(2 * CHUNK_BYTES);
      while (text.length < target) text += TEXTS[rand(TEXTS.length)];
      const kind = ["utf-8", "euc-kr", "euc-kr-undeclared", "utf-16le", "utf-16be", "bom-utf-8", "broken", "windows-1252"][rand(8)]!;
      let bytes: number[];
      if (kind === "utf-8" || kind === "broken") bytes = [...utf8(text)];
      else if (kind === "euc-kr") bytes = [...euckr(text.replace(/😀/g, ""))];
      else if (kind === "euc-kr-undeclared") bytes = [...euckr(text.replace(/😀|<meta charset="euc-kr">/g, ""))];
      else if (kind === "bom-utf-8") bytes = [...BOMS["utf-8"]!, ...utf8(text)];
      else if (kind === "windows-1252") bytes = [...utf8('<meta charset="windows-1252">'), ...Array.from({ length: text.length }, () => 0x20 + rand(0xe0))];
      else bytes = [...BOMS[kind]!, ...utf16(text, kind === "utf-16le")];
      // bytes that are no encoding's text, here and there
      if (kind === "broken") for (let k = 0; k < 1 + rand(10); k++) bytes.splice(rand(bytes.length), 0, 0xff);
      const input = new Uint8Array(bytes);
      const d = decodeChunks(input);
      kinds.add(`${d.via} ${d.encoding}`);
      const bom = d.via === "bom" ? BOMS[d.encoding]!.length : 0;
      // (one streaming call: Node 20's one-shot decoder reads windows-1252's 0x80–0x9F as ISO-8859-1)
      const decoder = new TextDecoder(d.encoding, { ignoreBOM: true });
      const whole = decoder.decode(input.subarray(bom), { stream: true }) + decoder.decode();
      expect(d.chunks.join(""), `${kind} ${bytes.length}`).toBe(whole);
      expect(d.replacements).toBe(whole.split("\ufffd").length - 1);
      for (const c of d.chunks) {
        expect(c.length).toBeGreaterThan(0);
        expect(c.length).toBeLessThanOrEqual(CHUNK_BYTES);
      }
      expect(decodeBytes(input)).toEqual({ text: whole, encoding: d.encoding, via: d.via, replacements: d.replacements });
    }
    // every way of decoding was taken
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["ascii utf-8", "bom utf-16be", "bom utf-16le", "bom utf-8", "meta euc-kr", "meta windows-1252", "sniff-cp949 euc-kr", "utf-8-valid utf-8"]));
  });
});

describe("metaCharset", () => {
  it.each([
    ['<meta charset="euc-kr">', "euc-kr"],
    ["<meta charset=utf-8>", "utf-8"],
    ['<meta http-equiv="content-type" content="text/html; charset=ks_c_5601-1987">', "euc-kr"],
    ['<script charset="UTF-8" src="a.js"></script>', null],
    ['<!-- <meta charset="utf-8"> --><meta charset="cp949">', "euc-kr"],
    ["<p>no meta</p>", null],
  ])("%s → %s", (html, expected) => {
    expect(metaCharset(utf8(html))).toBe(expected);
  });
});

describe("text input", () => {
  // A page given as text stands for its UTF-8 bytes: the record must be the one those bytes give.
  const viaBytes = (s: string) => extract(new TextEncoder().encode(s), { url: "https://example.com/a" });
  const viaText = (s: string) => extract(s, { url: "https://example.com/a" });
  const page = (body: string) => `<html><head><title>제목입니다</title></head><body><article><p>${body}</p></article></body></html>`;

  it.each([
    ["Hangul", page("엔비디아가 H200을 중국에 판다고 밝혔다.")],
    ["a BOM", "\uFEFF" + page("본문입니다.")],
    ["a BOM and a U+FFFD", "\uFEFF" + page("깨진 \uFFFD 글자.")],
    ["lone surrogates", page("앞 \uD800 뒤 \uDC00 끝.")],
    ["a BOM and a lone surrogate", "\uFEFF" + page("앞 \uD800 뒤.")],
    ["a surrogate pair", page("이모지 😀 하나.")],
    ["ASCII declaring euc-kr", '<meta charset="euc-kr">' + page("ascii only").replace("제목입니다", "title")],
    ["ASCII without declaration", page("ascii").replace("제목입니다", "title")],
    ["nothing", ""],
    ["whitespace", " \n\t "],
    ["PNG magic", "\u0089PNG\r\n\u001a\n" + "x".repeat(50)],
    ["NUL bytes", "\u0000".repeat(100) + page("x")],
    ["JSON", '{"a": 1}'],
    ["plain text", "그냥 글입니다."],
    // the bytes are decoded in pieces of CHUNK_BYTES: what spans two pieces reads as in one text
    ["the only tag cut between two pieces", "x".repeat(CHUNK_BYTES - 1) + "<p>본문"],
    ["a tag cut by a piece of control characters only", "x".repeat(CHUNK_BYTES - 1) + "<" + "\u0001".repeat(CHUNK_BYTES) + "p>본문"],
    ["JSON after more whitespace than a piece", " ".repeat(CHUNK_BYTES + 10) + '{"a": 1}'],
    ["a page after more whitespace than two pieces", " \n".repeat(CHUNK_BYTES) + page("본문입니다.")],
    ["a long page", page("엔비디아가 H200을 중국에 판다고 밝혔다. ".repeat(3000))],
  ])("%s", (_name, s) => {
    expect(viaText(s)).toEqual(viaBytes(s));
  });

  it("sniffs binary data in text as in its UTF-8 bytes, near the thresholds and across the 4096 bytes looked at", () => {
    // control characters are one byte each, Hangul three, é two, an emoji four: the shares differ by characters and by bytes
    const pieces = ["\u0000", "\u0001", "\u001f", "\u000b", "가", "a", "é", "😀", "\uD800", "<p>", " "];
    const rand = generator(7);
    let binary = 0;
    for (let n = 0; n < 300; n++) {
      const controlPerMille = rand(300);
      const length = rand(3000);
      let s = rand(2) === 0 ? page("") : "";
      for (let i = 0; i < length; i++) s += rand(1000) < controlPerMille ? pieces[rand(4)] : pieces[4 + rand(7)];
      const text = viaText(s);
      expect(text, JSON.stringify(s.slice(0, 40))).toEqual(viaBytes(s));
      if ("error" in text && text.error.code === "NOT_HTML" && /binary/.test(text.error.message)) binary++;
    }
    // both verdicts occur
    expect(binary).toBeGreaterThan(20);
    expect(binary).toBeLessThan(280);
  });

  it("gives each real page's record as its UTF-8 bytes do", () => {
    const files = [
      ...fs.readdirSync(path.join(CORPUS, "pages")).sort().map((f) => path.join(CORPUS, "pages", f)),
      ...fixtureCases().map((c) => c.page),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = decodeBytes(fs.readFileSync(file)).text;
      expect(viaText(text), file).toEqual(viaBytes(text));
    }
  });

  it("is over the size limit by its UTF-8 length", () => {
    const rec = extract("한".repeat(400), { maxBytes: 1000 });
    expect("error" in rec && rec.error.code).toBe("TOO_LARGE");
    expect(rec.input.bytes).toBe(1200);
  });
});
