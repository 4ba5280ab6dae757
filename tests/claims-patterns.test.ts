/**
 * The claims stage, one pattern at a time. Entities come from a tiny name-search helper
 * (entitiesFromNames), not from the real entity matcher.
 */
import { describe, expect, it } from "vitest";
import { findClaims } from "../src/claims/index.js";
import { entitiesFromNames, type NamedEntity } from "../src/claims/entities-from-names.js";
import { ClaimSchema, EntitySchema, type Claim, type EntityType } from "../src/schema/record.js";

const PUB = "2025-12-10T10:44:50+09:00";

/** Entities used across the cases: [id, type, names]. */
const LEXICON: Array<[string, EntityType, string[]]> = [
  ["nvidia", "company", ["엔비디아"]],
  ["huawei", "company", ["화웨이"]],
  ["samsung", "company", ["삼성전자"]],
  ["h20", "chip", ["H20"]],
  ["h200", "chip", ["H200"]],
  ["china", "country", ["중국"]],
  ["us", "country", ["미국"]],
  ["china-gov", "regulator", ["중국 정부"]],
  ["commerce", "regulator", ["미국 상무부", "미 상무부", "상무부"]],
  ["nssc", "regulator", ["원자력안전위원회(원안위)", "원자력안전위원회", "원안위"]],
  ["ft", "source", ["파이낸셜타임스(FT)", "파이낸셜타임스", "FT"]],
  ["bloomberg", "source", ["블룸버그통신", "블룸버그"]],
  ["the-information", "source", ["디인포메이션"]],
  ["truth-social", "source", ["트루스소셜"]],
  ["trump", "person", ["트럼프"]],
  ["ahn", "person", ["안철수"]],
];

function entitiesFor(paragraphs: readonly string[]) {
  const specs: NamedEntity[] = LEXICON.map(([id, type, names]) => ({ id, type, names }));
  return entitiesFromNames(paragraphs, specs);
}

function run(text: string | string[], publishedAt: string | null = PUB) {
  const paragraphs = Array.isArray(text) ? text : [text];
  const entities = entitiesFor(paragraphs);
  const result = findClaims({ paragraphs, entities, publishedAt });
  for (const c of result.claims) {
    expect(ClaimSchema.safeParse(c).success, JSON.stringify(c)).toBe(true);
    expect(paragraphs[c.paragraph]!.slice(c.start, c.end)).toBe(c.text);
    for (const q of c.quotes) expect(paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
  }
  for (const e of result.entities) expect(EntitySchema.safeParse(e).success, JSON.stringify(e)).toBe(true);
  return result;
}

function claimWith(claims: readonly Claim[], has: string): Claim {
  const c = claims.find((x) => x.text.includes(has));
  if (!c) throw new Error(`no claim contains ${JSON.stringify(has)} among ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

describe("reporting verbs and their forms", () => {
  const forms = [
    "보도했다", "보도했습니다", "밝혔다", "밝혔습니다", "말했다", "말했습니다", "전했다", "설명했다", "강조했다", "주장했다",
    "덧붙였다", "발표했다", "알렸다", "지적했다", "평가했다", "전망했다", "분석했다", "예상했다", "우려했다", "답했다",
    "언급했다", "시사했다", "경고했다", "촉구했다", "비판했다", "반박했다", "해명했다", "확인했다", "공개했다", "예보했다",
    "했다", "말한다", "얘기했다", "지적하기도 했다", "보도한 바 있다", "말씀하셨다",
  ];
  it.each(forms)("엔비디아는 “…”고 %s", (form) => {
    const { claims } = run(`엔비디아는 “중국 매출은 줄었다”고 ${form}.`);
    const c = claimWith(claims, "엔비디아는");
    expect(c.attribution.source).toEqual({ entity: "nvidia", text: "엔비디아" });
    expect(c.attribution.verb).toBe(form);
    expect(c.kind).toBe("quoted");
    expect(c.quotes.map((q) => q.text)).toEqual(["중국 매출은 줄었다"]);
  });

  const midSentence: Array<[string, string]> = [
    ["보도했으며", "FT는 중국이 규제를 검토한다고 보도했으며 주가는 떨어졌다."],
    ["보도하며", "FT는 중국이 규제를 검토한다고 보도하며 파장을 예고했다."],
    ["밝히면서", "엔비디아는 수출 재개 의견을 밝히면서 주가가 올랐다."],
  ];
  it.each(midSentence)("a connective form (%s) is a verb too", (form, text) => {
    const c = run(text).claims[0]!;
    expect(c.attribution.verb).toBe(form);
    expect(c.attribution.source).not.toBeNull();
  });

  it("물었다 takes an indirect question", () => {
    const c = run("트럼프 대통령은 “언제 합의하느냐”고 물었다.").claims[0]!;
    expect(c.attribution).toMatchObject({ source: { entity: "trump", text: "트럼프 대통령" }, verb: "물었다" });
  });

  const notAttributions: Array<[string, string]> = [
    ["passive hearsay", "중국 정부가 H200 사용을 제한하는 방안을 논의 중인 것으로 전해졌다."],
    ["an announcement without content is an action", "중국 정부는 국산 칩에 보조금을 지급하는 방안을 발표했다."],
    ["했다 after a purpose clause", "중국은 국내 업체들을 독려해 자체 칩을 양산하도록 했다."],
    ["hearsay 다고 한다 is a hedge, not a statement", "화웨이는 생산량을 두 배로 늘린다고 한다."],
    ["a survey answer (NOTES 9)", "48.2%의 이용자가 이전과 변화가 없다고 답했다."],
    ["an adverbial topic is not a speaker", "업계에서는 엔비디아가 타격을 입었다고 말했다."],
  ];
  it.each(notAttributions)("not an attribution: %s", (_name, text) => {
    const c = run(text).claims[0]!;
    expect(c.attribution.source).toBeNull();
    expect(c.attribution.verb).toBeNull();
  });
});

describe("frames", () => {
  it("X에 따르면: the source is X, kind reported", () => {
    const c = run("블룸버그통신에 따르면 중국 정부는 H20 구매 자제를 지시했다.").claims[0]!;
    expect(c.attribution).toMatchObject({ source: { entity: "bloomberg", text: "블룸버그통신" }, verb: "따르면" });
    expect(c.kind).toBe("reported");
  });

  it("X 보도에 따르면: the document noun is dropped", () => {
    const c = run("FT 보도에 따르면 중국은 H200 구매를 제한한다.").claims[0]!;
    expect(c.attribution.source).toEqual({ entity: "ft", text: "FT" });
  });

  it("보도에 따르면 after an outlet's report: the report is that outlet's", () => {
    const { claims } = run("블룸버그는 중국이 H20 구매를 막았다고 보도했다. 이 보도에 따르면 화웨이는 생산을 늘린다.");
    expect(claims[1]!.attribution).toMatchObject({ source: { entity: "bloomberg", text: "블룸버그" }, verb: "따르면" });
    expect(claims[1]!.kind).toBe("reported");
  });

  it("소식통에 따르면: an anonymous source", () => {
    const c = run("소식통에 따르면 중국은 H200 구매를 제한한다.").claims[0]!;
    expect(c.attribution.source).toEqual({ entity: null, text: "소식통" });
    expect(c.attribution.citing).toEqual([{ entity: null, text: "소식통", anonymous: true }]);
  });

  it("X가 밝힌 자료를 보면 (adnominal frame)", () => {
    const c = run("14일 상무부가 밝힌 ‘수출 통계’를 보면, 중국 수출은 줄었다.", "2025-12-15T09:00:00+09:00").claims[0]!;
    expect(c.attribution).toMatchObject({ source: { entity: "commerce" }, verb: "밝힌", date: "2025-12-14" });
  });

  it("the source after the quote: …다고 FT는 전했다", () => {
    const c = run("다만 아직 최종 방안은 결정되지 않았다고 FT는 전했다.").claims[0]!;
    expect(c.attribution).toMatchObject({ source: { entity: "ft", text: "FT" }, verb: "전했다" });
    expect(c.kind).toBe("reported");
  });

  it("the source after the content with 이/가: …것으로 기상청이 예보해", () => {
    const c = run("비가 더 내릴 것으로 기상청이 예보해 피해는 더 커질 것으로 보인다.").claims[0]!;
    expect(c.attribution).toMatchObject({ source: { entity: "x-기상청", text: "기상청" }, verb: "예보해" });
    expect(c.hedged).toBe(true);
  });

  it("a subject inside the content is not the source: …라고 블룸버그는 보도했다", () => {
    const c = run("중국 정부가 H20 구매를 막았다고 블룸버그는 보도했다.").claims[0]!;
    expect(c.attribution.source).toEqual({ entity: "bloomberg", text: "블룸버그" });
  });

  it("an embedded subject is not the source: 정부가 지원해줄 것을 요청했다", () => {
    const { claims } = run("원안위는 피해 지역을 특별재난지역으로 선포해줄 것을 요청했다. 또 피해액의 70%를 정부가 지원해줄 것을 요청했다.");
    expect(claims[1]!.attribution.source).toMatchObject({ entity: "nssc" });
  });

  it("a post-posed source that cites: …라고 블룸버그가 소식통을 인용해 보도했다", () => {
    const c = run("화웨이는 칩 60만 개를 생산할 계획이라고 블룸버그가 소식통을 인용해 보도했다.").claims[0]!;
    expect(c.attribution).toMatchObject({ source: { entity: "bloomberg", text: "블룸버그" }, verb: "보도했다" });
    expect(c.attribution.citing).toEqual([{ entity: null, text: "소식통", anonymous: true }]);
  });

  it("a subject marked with 도 (also)", () => {
    const c = run("삼성전자도 중국 수출이 막히면서 손실을 볼 것으로 예상했다.").claims[0]!;
    expect(c.attribution.source).toEqual({ entity: "samsung", text: "삼성전자" });
  });

  it("a lead quotation takes the speaker of the next sentence's 이같이 말했다", () => {
    const { claims } = run("“중국 시장을 포기할 수 없다.” 트럼프 대통령은 기자들과 만나 이같이 말했다.");
    expect(claims[0]!.attribution).toMatchObject({ source: { entity: "trump", text: "트럼프 대통령" }, verb: "말했다" });
    expect(claims[0]!.quotes[0]!.speaker).toEqual({ entity: "trump", text: "트럼프 대통령" });
    expect(claims[0]!.kind).toBe("quoted");
    expect(claims[1]!.kind).toBe("statement");
  });

  it("a verb without subject continues the previous speaker", () => {
    const { claims } = run("트럼프 대통령은 “중국과 합의했다”고 말했다. 이어 “H200을 팔겠다”고 덧붙였다.");
    expect(claims[1]!.attribution).toMatchObject({ source: { entity: "trump" }, verb: "덧붙였다" });
    expect(claims[1]!.quotes[0]!.speaker).toEqual({ entity: "trump", text: "트럼프 대통령" });
  });

  it("a broadcast sound bite [이름 / 소속 : …]", () => {
    const c = run("[김민준 / 경기 고양시 마두동 : 질서 관리가 잘 되고 있는 것 같습니다.]").claims[0]!;
    expect(c.attribution.source).toEqual({ entity: null, text: "김민준" });
    expect(c.quotes.map((q) => q.text)).toEqual(["질서 관리가 잘 되고 있는 것 같습니다."]);
    expect(c.hedged).toBe(false); // the hedge is inside the speech
    expect(c.kind).toBe("quoted");
  });

  it("X 얘기로는 (hearsay noun)", () => {
    const c = run("그래서 통합당의 관계자들 얘기로는 금년 말까지 해야겠다는 거다.").claims[0]!;
    expect(c.attribution.source).toEqual({ entity: null, text: "통합당의 관계자들" });
    expect(c.attribution.citing).toEqual([{ entity: null, text: "관계자들", anonymous: true }]);
  });
});

describe("sources", () => {
  it("the source text is printed as is: 파이낸셜타임스(FT)", () => {
    const c = run("파이낸셜타임스(FT)는 9일(현지 시각) 소식통을 인용해 중국 규제 기관이 H200에 제한적인 접근만 허가하는 방안을 논의 중이라고 보도했다.").claims[0]!;
    expect(c.attribution).toEqual({
      source: { entity: "ft", text: "파이낸셜타임스(FT)" },
      verb: "보도했다",
      via: null,
      citing: [{ entity: null, text: "소식통", anonymous: true }],
      date: "2025-12-09",
    });
    expect(c.kind).toBe("reported");
  });

  it("측은: the organisation speaks", () => {
    const c = run("엔비디아 측은 “규정을 준수하고 있다”고 밝혔다.").claims[0]!;
    expect(c.attribution.source).toEqual({ entity: "nvidia", text: "엔비디아 측" });
  });

  it("그는 resolves to the last person source, also across paragraphs", () => {
    const { claims } = run(["트럼프 대통령은 “중국과 합의했다”고 말했다.", "그는 “H200을 팔겠다”고 강조했다."]);
    expect(claims[1]!.attribution.source).toEqual({ entity: "trump", text: "트럼프 대통령" });
  });

  it("이 관계자는 resolves to the last official", () => {
    const { claims } = run("원안위 관계자는 “제논을 찾지 못했다”고 말했다. 이 관계자는 “장비를 바꾸겠다”고 덧붙였다.");
    expect(claims[1]!.attribution.source).toEqual({ entity: "nssc", text: "원안위 관계자" });
    expect(claims[1]!.attribution.citing).toEqual([{ entity: null, text: "관계자", anonymous: true }]);
  });

  it("a surname and a title (안 후보) resolve to the person mentioned before", () => {
    const { claims } = run(["안철수 후보는 “경제가 어렵다”고 말했다.", "안 후보는 “미래를 준비하겠다”고 강조했다."]);
    expect(claims[1]!.attribution.source).toEqual({ entity: "ahn", text: "안 후보" });
  });

  it("an unknown outlet becomes a new entity (type source, known false), ordered by first mention", () => {
    const paragraphs = ["엔비디아는 실적을 냈다.", "로이터통신은 10일 엔비디아가 H20 생산을 중단했다고 보도했다. 로이터는 이같이 전했다."];
    const { claims, entities } = run(paragraphs);
    const reuters = entities.find((e) => e.id === "x-로이터")!;
    expect(reuters).toMatchObject({ type: "source", known: false, salience: 0, label: "로이터통신" });
    expect(reuters.mentions.map((m) => m.text)).toEqual(["로이터통신", "로이터"]);
    expect(reuters.count).toBe(2);
    expect(entities.map((e) => e.id)).toEqual(["nvidia", "x-로이터", "h20"]);
    expect(claims[1]!.attribution.source).toEqual({ entity: "x-로이터", text: "로이터통신" });
    expect(claims[1]!.entities).toEqual(["x-로이터", "nvidia", "h20"]);
    expect(claims[2]!.attribution.source).toEqual({ entity: "x-로이터", text: "로이터" });
  });

  it("an unknown person with a title becomes a new person entity", () => {
    const { claims, entities } = run("김승평 조선대 원자력공학과 교수는 “장비가 의미 없다”고 말했다.");
    expect(claims[0]!.attribution.source).toEqual({ entity: "x-김승평", text: "김승평 조선대 원자력공학과 교수" });
    expect(entities.find((e) => e.id === "x-김승평")).toMatchObject({ type: "person", known: false, count: 1 });
  });

  it("a generic source (전문가들) is not an entity", () => {
    const { claims, entities } = run("전문가들은 시스템에 한계가 있다고 지적했다.");
    expect(claims[0]!.attribution.source).toEqual({ entity: null, text: "전문가들" });
    expect(claims[0]!.attribution.citing).toEqual([]);
    expect(entities).toEqual([]);
  });
});

describe("citing", () => {
  const anonymous: Array<[string, string, string]> = [
    ["소식통을 인용해", "FT는 소식통을 인용해 중국이 H200을 제한한다고 보도했다.", "소식통"],
    ["복수의 소식통을 인용해", "FT는 복수의 소식통을 인용해 중국이 H200을 제한한다고 보도했다.", "복수의 소식통"],
    ["업계 관계자는", "한 업계 관계자는 “재고가 쌓인다”고 말했다.", "업계 관계자"],
    ["관계자들은", "삼성전자 관계자들은 “협의 중”이라고 말했다.", "관계자들"],
    ["원안위 관계자는 (NOTES 6)", "원안위 관계자는 “제논을 못 찾았다”고 말했다.", "관계자"],
    ["익명을 요구한 … 소식통을 인용해", "FT는 익명을 요구한 소식통을 인용해 중국이 H200을 제한한다고 보도했다.", "익명을 요구한 소식통"],
  ];
  it.each(anonymous)("anonymous: %s", (_name, text, cue) => {
    const c = run(text).claims[0]!;
    expect(c.attribution.citing).toContainEqual({ entity: null, text: cue, anonymous: true });
  });

  it("named: 디인포메이션을 인용해", () => {
    const c = run("블룸버그는 디인포메이션을 인용해 엔비디아가 신규 칩을 준비한다고 보도했다.").claims[0]!;
    expect(c.attribution.source).toEqual({ entity: "bloomberg", text: "블룸버그" });
    expect(c.attribution.citing).toEqual([{ entity: "the-information", text: "디인포메이션", anonymous: false }]);
  });
});

describe("via (the channel)", () => {
  const cases: Array<[string, string, { entity: string | null; text: string } | null]> = [
    ["트루스소셜을 통해", "트럼프 대통령은 8일 자신의 소셜미디어 트루스소셜을 통해 “시 주석이 긍정적으로 반응했다”고 밝혔다.", { entity: "truth-social", text: "트루스소셜" }],
    ["X(옛 트위터)에 올린 글에서", "트럼프 대통령은 X(옛 트위터)에 올린 글에서 “중국과 합의했다”고 밝혔다.", { entity: null, text: "X(옛 트위터)" }],
    ["성명에서", "상무부는 성명에서 “규정을 강화한다”고 밝혔다.", { entity: null, text: "성명" }],
    ["성명을 내고", "상무부는 성명을 내고 “규정을 강화한다”고 밝혔다.", { entity: null, text: "성명" }],
    ["자신의 SNS에 …라고 적었다", "트럼프 대통령은 자신의 SNS에 “중국과 합의했다”고 적었다.", { entity: null, text: "SNS" }],
    ["페이스북에 올린 글에서", "트럼프 대통령은 페이스북에 올린 글에서 “합의했다”고 밝혔다.", { entity: null, text: "페이스북" }],
    ["CNBC와의 인터뷰에서", "트럼프 대통령은 CNBC와의 인터뷰에서 “합의했다”고 말했다.", { entity: null, text: "CNBC" }],
    ["기자회견 is not a via (GUIDE)", "트럼프 대통령은 기자회견에서 “합의했다”고 말했다.", null],
  ];
  it.each(cases)("%s", (_name, text, via) => {
    expect(run(text).claims[0]!.attribution.via).toEqual(via);
  });
});

describe("dates of statements", () => {
  const cases: Array<[string, string, string, string | null]> = [
    ["9일(현지 시각)", "FT는 9일(현지 시각) 중국이 H200을 제한한다고 보도했다.", PUB, "2025-12-09"],
    ["9일(현지시간)", "FT는 9일(현지시간) 중국이 H200을 제한한다고 보도했다.", PUB, "2025-12-09"],
    ["9일", "FT는 9일 중국이 H200을 제한한다고 보도했다.", PUB, "2025-12-09"],
    ["a day after the publication day is in the previous month", "FT는 15일 중국이 H200을 제한한다고 보도했다.", PUB, "2025-11-15"],
    ["the previous month lacks the day", "FT는 31일 중국이 H200을 제한한다고 보도했다.", "2025-03-10T09:00:00+09:00", null],
    ["January: the previous month is last December", "FT는 28일 중국이 H200을 제한한다고 보도했다.", "2026-01-05T09:00:00+09:00", "2025-12-28"],
    ["지난 4월 3일", "FT는 지난 4월 3일 중국이 H200을 제한한다고 보도했다.", PUB, "2025-04-03"],
    ["지난달 28일", "FT는 지난달 28일 중국이 H200을 제한한다고 보도했다.", PUB, "2025-11-28"],
    ["지난해 12월 5일", "FT는 지난해 12월 5일 중국이 H200을 제한한다고 보도했다.", PUB, "2024-12-05"],
    ["a month/day after the publication day is last year", "FT는 12월 20일 중국이 H200을 제한한다고 보도했다.", "2026-01-05T09:00:00+09:00", "2025-12-20"],
    ["2025년 3월 2일", "FT는 2025년 3월 2일 중국이 H200을 제한한다고 보도했다.", PUB, "2025-03-02"],
    ["어제", "어제 FT는 중국이 H200을 제한한다고 보도했다.", PUB, "2025-12-09"],
    ["오늘 (deictic: the publication day)", "FT는 오늘 중국이 H200을 제한한다고 보도했다.", PUB, "2025-12-10"],
    ["이날 (anaphoric: no date)", "FT는 이날 중국이 H200을 제한한다고 보도했다.", PUB, null],
    ["지난 4월 (month only: no date)", "FT는 지난 4월 중국이 H200을 제한한다고 보도했다.", PUB, null],
    ["a date before the subject", "17일 원자력안전위원회(원안위)는 “제논을 찾지 못했다”고 밝혔다.", "2016-09-17T18:59:00+09:00", "2016-09-17"],
    ["a date right before the verb", "김성수 의원이 녹색소비자연대와 함께 지난 18~21일 조사를 실시한 결과 이같이 나타났다고 26일 밝혔다.", "2016-09-26T09:57:01+09:00", "2016-09-26"],
    ["a date inside the reported content is not the statement's", "FT는 소식통을 인용해 중국이 8일 규제를 시작했다고 보도했다.", PUB, null],
    ["a date in publishedAt's offset is read in KST", "FT는 9일 중국이 H200을 제한한다고 보도했다.", "2025-12-09T20:00:00Z", "2025-12-09"],
    ["no publication date: relative days stay unresolved", "FT는 9일 중국이 H200을 제한한다고 보도했다.", "", null],
  ];
  it.each(cases)("%s", (_name, text, pub, date) => {
    expect(run(text, pub === "" ? null : pub).claims[0]!.attribution.date).toBe(date);
  });
});

describe("quotes", () => {
  it("several quotes in one sentence all belong to the speaker, with inside offsets", () => {
    const text = "트럼프 대통령은 “시진핑 주석에게 알렸다”며 “시 주석이 긍정적으로 반응했다”고 밝혔다.";
    const c = run(text).claims[0]!;
    expect(c.quotes).toEqual([
      { paragraph: 0, start: text.indexOf("시진핑"), end: text.indexOf("”며"), text: "시진핑 주석에게 알렸다", speaker: { entity: "trump", text: "트럼프 대통령" } },
      { paragraph: 0, start: text.indexOf("시 주석이"), end: text.indexOf("”고"), text: "시 주석이 긍정적으로 반응했다", speaker: { entity: "trump", text: "트럼프 대통령" } },
    ]);
  });

  it("straight double quotes", () => {
    const c = run('삼성전자 관계자는 "고객사와 협의하고 있다"고 말했다.').claims[0]!;
    expect(c.quotes.map((q) => q.text)).toEqual(["고객사와 협의하고 있다"]);
  });

  it("single quotes count as speech only before a quoting ending", () => {
    const speech = run("원유철 한국당 대표는 ‘합당을 하긴 할 거다’ 이렇게 말씀하시는데 실행은 없다.").claims[0]!;
    expect(speech.quotes.map((q) => q.text)).toEqual(["합당을 하긴 할 거다"]);
    expect(speech.attribution.verb).toBe("말씀하시는데");
    const term = run("안철수 후보는 '바른미래당 전략회의'에서 “경제가 어렵다”고 말했다.").claims[0]!;
    expect(term.quotes.map((q) => q.text)).toEqual(["경제가 어렵다"]);
  });

  it("a quote in an unattributed sentence has no speaker", () => {
    const c = run("시민들 사이에서는 “불안하다”는 글이 올라왔다.").claims[0]!;
    expect(c.quotes).toEqual([expect.objectContaining({ text: "불안하다", speaker: null })]);
  });
});

describe("kinds", () => {
  const cases: Array<[string, string, Claim["kind"]]> = [
    ["reported: an outlet reports", "블룸버그는 중국이 H200을 제한한다고 보도했다.", "reported"],
    ["reported: X에 따르면", "상무부에 따르면 중국 수출은 줄었다.", "reported"],
    ["quoted: a speaker with a direct quote", "엔비디아는 “규정을 지킨다”고 밝혔다.", "quoted"],
    ["statement: a speaker, indirect", "엔비디아는 규정을 지킨다고 밝혔다.", "statement"],
    ["analysis: an interpretation with no source", "중국의 조치는 H200 도입을 제한적으로 허용하는 것으로 풀이된다.", "analysis"],
    ["analysis: 분석이 나온다", "중국의 방침이 통할지는 미지수라는 분석이 나온다.", "analysis"],
    ["background: the article's own voice", "H200은 H20보다 성능이 훨씬 좋다.", "background"],
  ];
  it.each(cases)("%s", (_name, text, kind) => {
    expect(run(text).claims[0]!.kind).toBe(kind);
  });
});

describe("hedges", () => {
  const hedged: Array<[string, string[]]> = [
    ["중국 정부가 H200 접근을 제한하는 방안을 논의 중인 것으로 전해졌다.", ["논의 중", "것으로 전해졌다"]],
    ["박 사장은 임무를 받은 것으로 알려졌다.", ["것으로 알려졌다"]],
    ["정부 공공 기관의 구매 금지 조치도 거론된다.", ["거론된다"]],
    ["중국의 조치는 H200 도입을 허용하는 것으로 풀이된다.", ["풀이된다"]],
    ["중국의 방침이 통할지는 미지수라는 분석이 나온다.", ["미지수", "분석이 나온다"]],
    ["엔비디아 매출은 줄어들 전망이다.", ["전망이다"]],
    ["중국은 H200 사용 역시 규제할 수 있다는 것이다.", ["규제할 수 있다는"]],
    ["반도체 품귀 현상이 심화할 수 있는 것이다.", ["심화할 수 있는 것이다"]],
    ["중국이 H200을 막을 가능성이 크다.", ["가능성"]],
    ["많은 인파가 몰릴 것으로 보입니다.", ["것으로 보입니다"]],
    ["피해액은 10억 원가량으로 추정된다.", ["추정된다"]],
    ["수요는 더 늘어날 것으로 예상된다.", ["예상된다"]],
    ["화웨이가 점유율을 높일 것으로 관측된다.", ["관측된다"]],
    ["엔비디아가 중국 시장을 잃을 듯.", ["잃을 듯"]],
    ["광화문에는 이미 많은 팬들이 몰렸다고 하는데요.", ["다고 하는데요"]],
    ["장비의 성능이 떨어진다는 지적도 있다.", ["지적도 있다"]],
    ["조선일보도 초기에는 그랬던 것 같다.", ["것 같다"]],
    ["아마 그렇지는 않을 거예요.", ["아마"]],
  ];
  it.each(hedged)("hedged: %s", (text, cues) => {
    const c = run(text).claims[0]!;
    expect(c.hedged).toBe(true);
    expect(c.hedges).toEqual(cues);
  });

  const unhedged: string[] = [
    "아이들이 건강한 꿈나무로 자라날 수 있도록 지원할 목적으로 추진됐다.",
    "이 일대에는 4만4천 명 가까이 모인 것으로 집계됐습니다.",
    "취업자 증가율도 제주가 전국에서 가장 큰 것으로 분석됐다.",
    "하영봉 부회장도 전략통으로 꼽힌다.",
    "SMIC 등 중국 파운드리 업체들은 수율 모두 TSMC에 비해 떨어진다.",
    "엔비디아는 H20을 중국에 판매할 수 있게 됐다.",
    "원안위 관계자는 “제논이 새어 나오지 않을 수도 있다”고 말했다.",
  ];
  it.each(unhedged)("not hedged: %s", (text) => {
    const c = run(text).claims[0]!;
    expect(c.hedged).toBe(false);
    expect(c.hedges).toEqual([]);
  });
});

describe("which sentences are claims", () => {
  it("every sentence naming an entity, every attributed or hedged sentence, and declaratives; not questions or labels", () => {
    const { claims } = run(["[앵커]", "현장 상황이 어떤가요?", "엔비디아는 어떻게 될까요?", "일정 부분 성과도 냈다."]);
    expect(claims.map((c) => c.text)).toEqual(["엔비디아는 어떻게 될까요?", "일정 부분 성과도 냈다."]);
    expect(claims.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("everyDeclarative: false keeps only entity, attributed and hedged sentences", () => {
    const paragraphs = ["일정 부분 성과도 냈다. 엔비디아는 성장했다. 수요는 늘어날 전망이다."];
    const result = findClaims({ paragraphs, entities: entitiesFor(paragraphs), publishedAt: PUB }, { everyDeclarative: false });
    expect(result.claims.map((c) => c.text)).toEqual(["엔비디아는 성장했다.", "수요는 늘어날 전망이다."]);
  });

  it("claim entities are the ids mentioned, in order of first mention, unique", () => {
    const c = run("중국은 H200과 H20, 그리고 다시 H200을 두고 엔비디아와 협상했다.").claims[0]!;
    expect(c.entities).toEqual(["china", "h200", "h20", "nvidia"]);
  });
});

describe("purity and determinism", () => {
  it("does not mutate its input and gives the same output twice", () => {
    const paragraphs = ["로이터통신은 10일 복수의 소식통을 인용해 엔비디아가 H20 생산을 중단했다고 보도했다.", "그는 “좋다”고 말했다."];
    const entities = entitiesFor(paragraphs);
    const frozen = JSON.stringify({ paragraphs, entities });
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === "object") {
        for (const v of Object.values(o)) deepFreeze(v);
        Object.freeze(o);
      }
      return o;
    };
    const input = deepFreeze({ paragraphs, entities, publishedAt: PUB });
    const a = findClaims(input);
    const b = findClaims(input);
    expect(JSON.stringify({ paragraphs, entities })).toBe(frozen);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("handles a huge paragraph with many verbs, quotes and hedges in linear-ish time", () => {
    const big = ["말했다 ".repeat(50_000) + ".", "“가”고 밝혔다 ".repeat(30_000) + ".", "할 수 있다 ".repeat(50_000) + "다.", "…".repeat(300_000) + " 다. 나다."];
    const { claims } = findClaims({ paragraphs: big, entities: [], publishedAt: PUB });
    expect(claims.map((c) => c.paragraph)).toEqual([0, 1, 2, 3, 3]);
    expect(claims[0]!.attribution.source).toBeNull(); // verbs, but nobody speaks
    expect(claims[2]!.hedges).toHaveLength(50_000);
  });
});
