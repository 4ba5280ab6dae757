/**
 * Names that are not in the lexicon (known: false), found by the patterns of unknown.ts, and the
 * look-alikes they must leave alone. Uses a small fixed lexicon so the patterns are under test.
 */
import { describe, expect, it } from "vitest";
import { compileLexicon, findEntities } from "../src/entities/index.js";
import type { LexiconEntry } from "../src/entities/lexicon-schema.js";
import type { Entity } from "../src/schema/record.js";

const company = (id: string, aliases: string[], industry: string | null = null): LexiconEntry => ({ id, type: "company", name: aliases[0]!, aliases, attributes: { country: null, industry } });
const ENTRIES: LexiconEntry[] = [
  company("nvidia", ["엔비디아", "Nvidia"], "semiconductor"),
  company("amd", ["AMD"], "semiconductor"),
  company("samsung-electronics", ["삼성전자"], "electronics"),
  company("sk-group", ["SK", "SK그룹"]),
  company("hanwha-group", ["한화", "한화그룹"]),
  company("apple", ["애플", "Apple"]),
  { id: "h20", type: "chip", name: "H20", aliases: ["H20"], attributes: { vendor: "nvidia", family: null, kind: "gpu" } },
  { id: "mi308", type: "chip", name: "MI308", aliases: ["MI308"], attributes: { vendor: "amd", family: null, kind: "gpu" } },
  { id: "united-states", type: "country", name: "United States", aliases: ["미국"], attributes: { iso: "US" } },
  { id: "china", type: "country", name: "China", aliases: ["중국"], attributes: { iso: "CN" } },
  { id: "donald-trump", type: "person", name: "Donald Trump", aliases: ["트럼프"], attributes: { role: null, country: "united-states" } },
  { id: "howard-lutnick", type: "person", name: "Howard Lutnick", aliases: ["Howard Lutnick", "러트닉"], attributes: { role: null, country: "united-states" } },
  { id: "white-house", type: "regulator", name: "White House", aliases: ["백악관"], attributes: { jurisdiction: "united-states", level: "executive" } },
];
const LEX = compileLexicon(ENTRIES);

function run(paragraphs: string[]): Entity[] {
  const ents = findEntities({ title: null, paragraphs }, LEX);
  for (const e of ents) for (const m of e.mentions) expect(paragraphs[m.paragraph]!.slice(m.start, m.end)).toBe(m.text);
  return ents;
}
const unknown = (text: string) =>
  run([text])
    .filter((e) => !e.known)
    .map((e) => `${e.type}:${e.name}`);

describe("people by name and title", () => {
  it.each([
    ["조순형 위원장을 비롯해", "person:조순형"],
    ["김준 SK이노베이션 신임 사장도", "person:김준"],
    ["안철수 바른미래당 서울시장 후보는 15일", "person:안철수"],
    ["김종인 전 대표께서는", "person:김종인"],
    ["윤정옥 교수님이나", "person:윤정옥"],
    ["신우현 경북 성동시장 상인회장(60)은", "person:신우현"],
    ["진병길 경북문화재돌봄사업단장은", "person:진병길"],
    ["문희상 국회의장이", "person:문희상"],
    ["김성수의원이 밝혔다", "person:김성수"],
    ["김이영 기자!", "person:김이영"],
    ["방희선(변호사), 정여울(문학평론가 겸 작가)", "person:방희선"],
    ["대담 : 박지원 (민생당 의원)", "person:박지원"],
    ["◆ 박지원> 네, 왔습니다.", "person:박지원"],
    ["[김민준 / 경기 고양시 마두동 : 많은 경찰]", "person:김민준"],
    ["이명박 정부의 정책", "person:이명박"],
    ["런훙빈(任鴻斌) 무역촉진위 회장과", "person:런훙빈"],
    ["바이든 대통령은", "person:바이든"],
  ])("%s → %s", (text, expected) => {
    expect(unknown(text)).toContain(expected);
  });

  it("keeps the title out of the name and the mention", () => {
    const [e] = run(["김승평 조선대 원자력공학과 교수는 말했다."]);
    expect(e).toMatchObject({ type: "person", name: "김승평", label: "김승평", known: false });
    expect(e!.mentions.map((m) => m.text)).toEqual(["김승평"]);
  });

  it("joins a foreign surname to the full name", () => {
    const ents = run(["조지 부시 대통령의 전성시대", "부시 대통령이 승리했다", "빌 클린턴은 주지사였다. 클린턴은 이겼다."]);
    expect(ents.map((e) => [e.name, e.count])).toEqual([
      ["조지 부시", 2],
      ["빌 클린턴", 2],
    ]);
  });

  it("finds every later mention of a name first seen with a title", () => {
    const [e] = run(["윤미향 당선인이 말했다.", "윤미향은 사퇴하지 않았다. 윤미향의 입장"]);
    expect(e!.count).toBe(3);
  });

  it("a surname + title refers back when one person has that surname", () => {
    const [e] = run(["강환구 현대미포조선 사장이 옮겼다. 강 사장은 설계 출신이다."]);
    expect(e!.mentions.map((m) => m.text)).toEqual(["강환구", "강"]);
  });

  it("a name glossed with a lexicon alias is that entry", () => {
    const ents = run(["상무장관 하워드 루트닉(Howard Lutnick)에게 보낸 서한", "루트닉 장관은 답하지 않았다."]);
    expect(ents.map((e) => [e.id, e.count])).toEqual([["howard-lutnick", 2]]);
  });

  it.each([
    "오늘이 제가 현역 의원으로서 마지막이다",
    "최근 백악관을 방문해 트럼프 대통령을 면담했다",
    "박 사장은 최태원 회장으로부터 임무를 받았다",
    "정부 대변인은 말했다",
    "경기 지사 선거",
    "대기업 최고경영자(CEO) 인사",
    "현역 의원이 되는 겁니다",
    "국회 추천 위원이 세 분이죠",
    "김모 씨(39)는 말했다",
    "이번 선거 후보",
    "역대 대통령 가운데",
  ])("no person in %s", (text) => {
    expect(unknown(text).filter((x) => x.startsWith("person:") && x !== "person:최태원")).toEqual([]);
  });
});

describe("organisations", () => {
  it.each([
    ["문화재청은 임시 복구를 마쳤다", "regulator:문화재청"],
    ["국민안전처에 따르면", "regulator:국민안전처"],
    ["한국경제신문이 분석했다", "source:한국경제신문"],
    ["로이터통신은 전했다", "source:로이터통신"],
    ["한화생명과 한화큐셀", "company:한화생명"],
    ["한화생명과 한화큐셀", "company:한화큐셀"],
    ["SK텔레콤 사장", "company:SK텔레콤"],
    ["‘나이앤틱’사의 CEO", "company:나이앤틱"],
    ["SK(주) 사장으로 이동했다", "company:SK(주)"],
    ["홍순기 (주)GS부사장은", "company:(주)GS"],
    ["SK(주) C&C에서", "company:SK(주) C&C"],
    ["정원화(제일기획 상무)", "company:제일기획"],
    ["박인용 국민안전처 장관에게", "regulator:국민안전처"],
  ])("%s → %s", (text, expected) => {
    expect(unknown(text)).toContain(expected);
  });

  it("an abbreviation in parentheses is learnt for the rest of the article", () => {
    const ents = run(["원자력안전위원회(원안위)는 밝혔다.", "원안위 관계자는 말했다."]);
    expect(ents.map((e) => [e.type, e.name, e.count, e.mentions[0]!.text])).toEqual([["regulator", "원자력안전위원회", 2, "원자력안전위원회(원안위)"]]);
  });

  it("SK(주) is not the SK group", () => {
    expect(run(["SK(주) 사장으로"]).map((e) => e.id)).toEqual(["x-sk-주"]);
  });

  it.each([
    "중앙정부와 지방정부 지침",
    "위안부 문제",
    "메모리사업부 실적",
    "적폐청산이 통한다",
    "공급처를 늘렸다",
    "하원 특별위원회 의장",
    "사회부·경제부 기자들",
    "애플워치를 샀다",
    "시청역 구간",
    "이동통신 요금",
  ])("nothing unknown in %s", (text) => {
    expect(unknown(text)).toEqual([]);
  });
});

describe("chip model codes", () => {
  it.each([
    ["AMD MI450 칩을", "chip:MI450"],
    ["엔비디아 B40을 내놓는다", "chip:B40"],
    ["H30 칩도 검토 중", "chip:H30"],
    ["H20과 H30의 차이", "chip:H30"],
    ["MI308, MI309 모두", "chip:MI309"],
  ])("%s → %s", (text, expected) => {
    expect(unknown(text)).toContain(expected);
  });
  it.each(["삼성전자 S25 시리즈", "G20 정상회의", "A1면에 실렸다", "F35 전투기", "K9 자주포"])("no chip in %s", (text) => {
    expect(unknown(text)).toEqual([]);
  });
});

describe("unknown ids", () => {
  it("are x- plus a slug", () => {
    const ents = run(["조지 부시 대통령", "문화재청은", "SK(주) C&C에서", "AMD MI450 칩"]);
    for (const e of ents.filter((x) => !x.known)) expect(e.id).toMatch(/^x-[a-z0-9가-힣][a-z0-9가-힣-]*$/);
    expect(ents.filter((x) => !x.known).map((e) => e.id)).toEqual(["x-조지-부시", "x-문화재청", "x-sk-주-c-c", "x-mi450"]);
  });
});

describe("names glossed in Latin letters", () => {
  it.each([
    ["모리스 창(Morris Chang) 창업자는", "person:모리스 창"],
    ["화웨이 부회장 에릭 쉬즈쥔(Eric Xu)은", "person:에릭 쉬즈쥔"],
  ])("%s → %s", (text, expected) => {
    expect(unknown(text)).toContain(expected);
  });
  it("a company glossed in Latin is not a person", () => {
    expect(unknown("샘오이드 클라우드 테크놀로지 그룹(Samoyed Cloud Technology Group)의 분석")).toEqual([]);
  });
});

describe("Latin-prefixed organisation names", () => {
  it("KB증권 is a company", () => {
    expect(unknown("김철수 KB증권 연구원은")).toContain("company:KB증권");
  });
  it.each(["AI반도체 육성", "HBM반도체 수요", "IT전자 업계"])("nothing in %s", (text) => {
    expect(unknown(text)).toEqual([]);
  });
});
