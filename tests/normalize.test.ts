import { describe, it, expect } from "vitest";
import { parseAuthors, splitCredit, cleanTitle } from "../src/pipeline/normalize.js";

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
