import { describe, it, expect } from "vitest";
import { parseAuthors, splitCredit, cleanTitle } from "../src/pipeline/normalize.js";
import { collapseSpace, collapseWhitespace, foldSpace, stripControls } from "../src/text/normalize.js";
import { squashSpaces } from "../src/entities/chars.js";
import { generator } from "./support/random.js";

describe("parseAuthors", () => {
  it.each([
    [["박건형 기자"], ["박건형"]],
    [["정리=김정형 기자"], ["김정형"]],
    [["인턴 박경흠", "디자이너 김은경"], ["박경흠"]],
    [["박성민기자 , 이권효기자 , 최지연기자 "], ["박성민", "이권효", "최지연"]],
    [["주용석 / 노경목"], ["주용석", "노경목"]],
    [["김영민 기자 (kim.youngmin2@jtbc.co.kr)"], ["김영민"]],
    [["CBS 김현정의 뉴스쇼"], []],
  ])("%j → %j", (values, names) => {
    expect(parseAuthors(values).map((a) => a.name)).toEqual(names);
  });
  it("keeps the e-mail of a single byline", () => {
    expect(parseAuthors(["김영민 기자 (kim.youngmin2@jtbc.co.kr)"])).toEqual([{ name: "김영민", email: "kim.youngmin2@jtbc.co.kr" }]);
  });
});

describe("splitCredit", () => {
  it.each([
    ["엔비디아의 GPU(그래픽처리장치) 'H200'. /엔비디아", "엔비디아의 GPU(그래픽처리장치) 'H200'.", "엔비디아"],
    ["더불어민주당 윤미향 당선인. (사진=연합뉴스)", "더불어민주당 윤미향 당선인.", "연합뉴스"],
    ["젠슨 황 CEO. [사진 출처 : EPA=연합뉴스]", "젠슨 황 CEO.", "EPA=연합뉴스"],
    ["피해 주택을 가리키고 있다. 경주=뉴스1", "피해 주택을 가리키고 있다.", "뉴스1"],
    ["/조선DB", null, "조선DB"],
    ["캡션만 있는 사진", "캡션만 있는 사진", null],
    ["주소는 http://example.com/a/b", "주소는 http://example.com/a/b", null],
  ])("%s", (caption, rest, credit) => {
    expect(splitCredit(caption)).toEqual({ caption: rest, credit });
  });
});

describe("cleanTitle", () => {
  it("strips site suffixes", () => {
    expect(cleanTitle("정부, 北 핵실험 - 1등 인터넷뉴스 조선닷컴 - 정치 > 정부", [/\s*-\s*1등 인터넷뉴스 조선닷컴.*$/])).toBe("정부, 北 핵실험");
  });
});

describe("whitespace folding", () => {
  // every kind of space the folds treat, plus text around them; a seeded generator keeps runs reproducible
  const ALPHABET = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u3000", "\u2003", "\u2028", "가", "나", "a", ".", "“"];
  function randomTexts(count: number): string[] {
    const rand = generator(12345);
    return Array.from({ length: count }, () => Array.from({ length: rand(12) }, () => ALPHABET[rand(ALPHABET.length)]).join(""));
  }
  const texts = ["", " ", "가 나", "가  나", " 가 ", "가\u00a0나", "가\u200b나", ...randomTexts(5000)];

  it("collapseSpace is the replace of every SPACE_RUN by one space", () => {
    for (const t of texts) expect(collapseSpace(t)).toBe(t.replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000]+/g, " "));
  });
  it("collapseWhitespace is the replace of every \\s run by one space", () => {
    for (const t of texts) expect(collapseWhitespace(t)).toBe(t.replace(/\s+/g, " "));
  });
  it("foldSpace also trims", () => {
    for (const t of texts) expect(foldSpace(t)).toBe(t.replace(/[\s\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000]+/g, " ").trim());
  });
  it("squashSpaces folds its own set of spaces and trims", () => {
    for (const t of texts) expect(squashSpaces(t)).toBe(t.replace(/[\s\u00a0\u3000\u200b]+/g, " ").trim());
  });
});

describe("stripControls", () => {
  it("removes C0 controls and DEL, keeps tab, line feed and carriage return", () => {
    for (let c = 0; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      const kept = c === 9 || c === 10 || c === 13 || (c >= 0x20 && c !== 0x7f);
      expect(stripControls(`가${ch}나`), `U+${c.toString(16)}`).toBe(kept ? `가${ch}나` : "가나");
    }
  });
  it("leaves text without controls as it is", () => {
    expect(stripControls("엔비디아 H200\t\n\r")).toBe("엔비디아 H200\t\n\r");
  });
});
