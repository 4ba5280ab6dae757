import { describe, expect, it } from "vitest";
import { generator } from "./support/random.js";
import { ENCLOSURE_WINDOW, FINAL_MARKS, MAY_BREAK, scanParagraph, simpleBoundaries, splitSentences } from "../src/text/sentences.js";

/** Splits and checks the span invariant for every sentence. */
function split(text: string): string[] {
  const spans = splitSentences(text);
  for (const s of spans) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
  }
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  return spans.map((s) => s.text);
}

describe("splitSentences: Korean news conventions", () => {
  const cases: Array<[string, string, string[]]> = [
    ["plain sentences", "중국은 H20을 규제했다. 엔비디아는 반발했다.", ["중국은 H20을 규제했다.", "엔비디아는 반발했다."]],
    ["no split inside “…”", "그는 “A를 알렸다. 그리고 B다”라고 말했다. 다음이다.", ["그는 “A를 알렸다. 그리고 B다”라고 말했다.", "다음이다."]],
    [
      "a sentence continues after a closing quote",
      "트럼프 대통령은 8일 “A를 알렸다.”며 “시 주석이 반응했다”고 밝혔다. H200은 좋다.",
      ["트럼프 대통령은 8일 “A를 알렸다.”며 “시 주석이 반응했다”고 밝혔다.", "H200은 좋다."],
    ],
    ["continuation word after a space", "그는 “좋다.” 라고 말했다. 끝.", ["그는 “좋다.” 라고 말했다.", "끝."]],
    ["a quote that ends a sentence", "“인용이다.” 그는 말했다.", ["“인용이다.”", "그는 말했다."]],
    ["no split inside ‘…’", "그는 ‘합당을 하긴 할 거다. 곧’ 이렇게 말했다. 끝.", ["그는 ‘합당을 하긴 할 거다. 곧’ 이렇게 말했다.", "끝."]],
    ["no split inside straight quotes", '연천군 관계자는 "좋다. 아주 좋다"고 말했다. 끝.', ['연천군 관계자는 "좋다. 아주 좋다"고 말했다.', "끝."]],
    ["no split inside '…'", "그는 '좋다. 아주'라고 했다. 끝.", ["그는 '좋다. 아주'라고 했다.", "끝."]],
    ["no split inside parentheses", "엔비디아(미국 기업. 본사 캘리포니아)는 밝혔다. 끝.", ["엔비디아(미국 기업. 본사 캘리포니아)는 밝혔다.", "끝."]],
    ["no split inside brackets", "[김민준 / 경기 : 좋다. 정말 좋다.] 다음 문장이다.", ["[김민준 / 경기 : 좋다. 정말 좋다.]", "다음 문장이다."]],
    ["ellipsis ... is not an end", "그러나... 아니다. 끝.", ["그러나... 아니다.", "끝."]],
    ["ellipsis … is not an end", "자국 칩 생태계… 계속 키운다. 끝.", ["자국 칩 생태계… 계속 키운다.", "끝."]],
    ["decimals", "주가는 1.5% 올랐다. 끝.", ["주가는 1.5% 올랐다.", "끝."]],
    ["U.S. is not an end", "U.S. 정부는 밝혔다. 끝.", ["U.S. 정부는 밝혔다.", "끝."]],
    ["Mr. is not an end", "Mr. Kim은 왔다. 끝.", ["Mr. Kim은 왔다.", "끝."]],
    ["an initial is not an end", "J. Kim 교수는 말했다. 끝.", ["J. Kim 교수는 말했다.", "끝."]],
    ["compact dotted date", "2025.12.10 발표했다. 끝.", ["2025.12.10 발표했다.", "끝."]],
    ["spaced dotted date", "2025. 12. 10. 발표했다. 끝.", ["2025. 12. 10. 발표했다.", "끝."]],
    ["numbered items stay with their text", "1. 첫째 항목이다. 2. 둘째다.", ["1. 첫째 항목이다.", "2. 둘째다."]],
    ["circled numbers", "① 첫째다. ② 둘째다.", ["① 첫째다.", "② 둘째다."]],
    ["polite endings with punctuation", "어떻게 할까요? 그렇습니다. 그런데요. 네.", ["어떻게 할까요?", "그렇습니다.", "그런데요.", "네."]],
    ["polite endings without punctuation", "방송입니다 그리고 다음입니다 어떨까요 좋은데요 네.", ["방송입니다", "그리고 다음입니다", "어떨까요", "좋은데요", "네."]],
    ["a polite ending before a quoting word is not an end", "그는 “좋습니다” 라고 했습니다 다음입니다.", ["그는 “좋습니다” 라고 했습니다", "다음입니다."]],
    ["an opening quote goes to the next sentence", "했다.“인용이다.” 그는 말했다.", ["했다.", "“인용이다.”", "그는 말했다."]],
    ["a left mark used as a closer (khan typo)", "김 의원은 “점이 확인됐다“고 말했다. 다음이다.", ["김 의원은 “점이 확인됐다“고 말했다.", "다음이다."]],
    ["question and exclamation", "정말인가? 그렇다! 좋다.", ["정말인가?", "그렇다!", "좋다."]],
    ["leading and trailing whitespace excluded", "  첫 문장이다.   둘째 문장이다.  ", ["첫 문장이다.", "둘째 문장이다."]],
    ["apostrophes do not open quotes", "Nvidia's chip is fast. 다음이다.", ["Nvidia's chip is fast.", "다음이다."]],
    ["empty text", "", []],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("scanParagraph", () => {
  it("pairs quotes and brackets and marks unclosed ones", () => {
    const text = "a “b (c) d” e ‘f’ (g";
    const es = scanParagraph(text).enclosures;
    expect(es.map((e) => [text[e.open], e.close >= 0 ? text[e.close] : null])).toEqual([
      ["“", "”"],
      ["(", ")"],
      ["‘", "’"],
      ["(", null],
    ]);
  });
});

describe("splitSentences: pathological input (linear time, correct output)", () => {
  it("a 1 MB paragraph without spaces is one sentence", () => {
    const text = "가".repeat(1_000_000);
    const s = splitSentences(text);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ start: 0, end: text.length });
  });

  it("100,000 short sentences in one paragraph", () => {
    const text = "가나다. ".repeat(100_000);
    const s = splitSentences(text);
    expect(s).toHaveLength(100_000);
    expect(s.every((x) => x.text === "가나다.")).toBe(true);
  });

  it("100,000 quotations without sentence ends", () => {
    const text = "“가”".repeat(100_000) + ".";
    expect(splitSentences(text)).toHaveLength(1);
  });

  it("an unclosed quote protects at most the window, then sentences split again", () => {
    const text = "“" + "가나다. ".repeat(50_000);
    const s = splitSentences(text);
    expect(s[0]!.text.length).toBeLessThanOrEqual(ENCLOSURE_WINDOW + 5);
    expect(s.length).toBeGreaterThan(49_000);
    expect(s[s.length - 1]!.text).toBe("가나다.");
  });

  it("100,000 unclosed parentheses", () => {
    const text = "(".repeat(100_000) + "가".repeat(1_500) + "다. 나다.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text.slice(-3))).toEqual(["가다.", "나다."]);
  });

  it("100,000 unmatched closers", () => {
    const text = ")".repeat(100_000) + " 가다. 나다.";
    expect(splitSentences(text).map((x) => x.text.slice(-3))).toEqual([")가다.".slice(-3), "나다."]);
  });

  it("100,000 straight double quotes", () => {
    const text = '"가다. '.repeat(100_000);
    const s = splitSentences(text);
    expect(s).toHaveLength(50_000);
    expect(s[0]!.text).toBe('"가다. "가다.');
  });

  it("a million periods, 300,000 ellipses and 100,000 abbreviations", () => {
    expect(splitSentences(".".repeat(1_000_000))).toHaveLength(1);
    expect(splitSentences("…".repeat(300_000) + " 다. 나다.")).toHaveLength(2);
    expect(splitSentences("U.S. ".repeat(100_000))).toHaveLength(1);
  });
});

describe("scanParagraph reads in one pass what the splitter would look up", () => {
  it("every unit that may break, every polite ending as indexOf finds it; simpleBoundaries answers alike from it", () => {
    const alphabet = [..."가니다까요데 .?!…”’\"')]“‘(「。？！AbZ19\n\u3000:%"];
    // a pair whose code point is a sentence terminator, another that is not, and lone surrogates
    const pieces = [...alphabet, "\u{11047}", "\u{1F600}", "\ud804", "\udc47"];
    const rnd = generator(3);
    for (let k = 0; k < 5_000; k++) {
      let t = "";
      for (let i = rnd(40); i >= 0; i--) t += pieces[rnd(pieces.length)];
      const scan = scanParagraph(t);
      const breaks: number[] = [];
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if ((c >= 0xd800 && c <= 0xdbff) || MAY_BREAK.test(t[i]!)) breaks.push(i);
      }
      expect(scan.breaks).toEqual(breaks);
      const polite: number[] = [];
      for (const e of ["니다", "까요", "데요"]) for (let i = t.indexOf(e); i >= 0; i = t.indexOf(e, i + e.length)) polite.push(i + e.length);
      expect([...scan.polite].sort((a, b) => a - b)).toEqual(polite.sort((a, b) => a - b));
      const from = rnd(t.length + 1);
      const to = from + rnd(t.length + 1 - from);
      const mine: number[] = [];
      const read: number[] = [];
      expect(simpleBoundaries(t, from, to, mine, scan.breaks)).toBe(simpleBoundaries(t, from, to, read));
      expect(mine).toEqual(read);
    }
  });
});

describe("the segmenter short cut agrees with Intl.Segmenter", () => {
  const segmenter = new Intl.Segmenter("ko", { granularity: "sentence" });
  const segments = (t: string): number => [...segmenter.segment(t)].length;

  it("no break around a character that MAY_BREAK does not list", () => {
    const breaking: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (MAY_BREAK.test(ch)) continue;
      if (segments(`가${ch} 나`) !== 1 || segments(`A${ch} b`) !== 1) breaking.push(c.toString(16));
    }
    expect(breaking).toEqual([]);
  });

  it("simpleBoundaries gives the segmenter's boundaries whenever it answers", () => {
    const alphabet = [..."가나다한국 .?!…,”’\"')]」』〉》】）［“‘(「。？！．AbZ19\n\u3000\u00a0:;%-"];
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let answered = 0;
    for (let k = 0; k < 20_000; k++) {
      let t = "";
      const len = 1 + rnd(30);
      for (let i = 0; i < len; i++) t += alphabet[rnd(alphabet.length)];
      const out: number[] = [];
      if (!simpleBoundaries(t, 0, t.length, out)) continue;
      answered++;
      expect([out, t]).toEqual([[...segmenter.segment(t)].map((g) => g.index).filter((i) => i > 0), t]);
    }
    expect(answered).toBeGreaterThan(1000);
  });

  it("no break before the end in a run of final marks", () => {
    const marks = [...FINAL_MARKS];
    for (const a of marks) for (const b of marks) for (const pre of ["가", "A", "1", "가)"]) expect(segments(`${pre}${a}${b}`)).toBe(1);
  });
});
