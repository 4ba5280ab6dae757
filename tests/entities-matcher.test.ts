/**
 * The Korean-aware matcher: particles, boundaries, case, longest match, parenthesised aliases.
 * Uses a small fixed lexicon so that the rules, not the data files, are under test; a few
 * cases at the end run on the built-in lexicon.
 */
import { describe, expect, it } from "vitest";
import { compileLexicon, defaultLexicon, findEntities, type CompiledLexicon } from "../src/entities/index.js";
import type { LexiconEntry } from "../src/entities/lexicon-schema.js";
import type { Entity } from "../src/schema/record.js";

const company = (id: string, name: string, aliases: string[]): LexiconEntry => ({ id, type: "company", name, aliases, attributes: { country: null, industry: "semiconductor" } });
const chip = (id: string, name: string, aliases: string[], vendor: string | null = null): LexiconEntry => ({ id, type: "chip", name, aliases, attributes: { vendor, family: null, kind: "gpu" } });
const country = (id: string, name: string, aliases: string[]): LexiconEntry => ({ id, type: "country", name, aliases, attributes: { iso: null } });
const source = (id: string, name: string, aliases: string[]): LexiconEntry => ({ id, type: "source", name, aliases, attributes: { kind: "newspaper", country: null } });

export const TEST_ENTRIES: LexiconEntry[] = [
  company("nvidia", "Nvidia", ["엔비디아", "Nvidia", "NVIDIA"]),
  company("amd", "AMD", ["AMD"]),
  company("huawei", "Huawei", ["화웨이", "Huawei"]),
  company("sk-group", "SK Group", ["SK", "SK그룹"]),
  company("hanwha-group", "Hanwha Group", ["한화", "Hanwha"]),
  company("samsung-electronics", "Samsung Electronics", ["삼성전자"]),
  chip("h20", "H20", ["H20"], "nvidia"),
  chip("h200", "H200", ["H200"], "nvidia"),
  chip("blackwell", "Blackwell", ["블랙웰", "Blackwell"], "nvidia"),
  country("china", "China", ["중국", "中", "中國"]),
  country("united-states", "United States", ["미국", "美", "US"]),
  country("south-korea", "South Korea", ["한국", "대한민국"]),
  country("iran", "Iran", ["이란"]),
  { id: "us-department-of-commerce", type: "regulator", name: "US Department of Commerce", aliases: ["미국 상무부", "미 상무부", "상무부"], attributes: { jurisdiction: "united-states", level: "ministry" } },
  source("financial-times", "Financial Times", ["파이낸셜타임스", "FT", "Financial Times"]),
  source("bloomberg", "Bloomberg", ["블룸버그", "Bloomberg"]),
  source("ap", "Associated Press", ["AP"]),
  { id: "donald-trump", type: "person", name: "Donald Trump", aliases: ["트럼프", "도널드 트럼프", "Donald Trump"], attributes: { role: null, country: "united-states" } },
  { id: "xi-jinping", type: "person", name: "Xi Jinping", aliases: ["시진핑"], attributes: { role: null, country: "china" } },
];

const LEX: CompiledLexicon = compileLexicon(TEST_ENTRIES);

function run(text: string, lexicon: CompiledLexicon = LEX): Entity[] {
  const ents = findEntities({ title: null, paragraphs: [text] }, lexicon);
  for (const e of ents) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return ents;
}

/** id → mention texts, for compact expectations */
function mentions(text: string, lexicon?: CompiledLexicon): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of run(text, lexicon)) out[e.id] = e.mentions.map((m) => m.text);
  return out;
}

describe("particles and suffixes after a name", () => {
  const cases: [string, string, string][] = [
    ["엔비디아의 칩", "nvidia", "엔비디아"],
    ["H200을 샀다", "h200", "H200"],
    ["화웨이가 만든 칩", "huawei", "화웨이"],
    ["TSMC와 엔비디아와의 관계", "nvidia", "엔비디아"],
    ["중국에서는 금지", "china", "중국"],
    ["미국산 장비", "united-states", "미국"],
    ["중국용 저성능 칩", "china", "중국"],
    ["미국산으로 바꿨다", "united-states", "미국"],
    ["엔비디아측은 부인했다", "nvidia", "엔비디아"],
    ["중국발 공급 과잉", "china", "중국"],
    ["H20보다 좋다", "h20", "H20"],
    ["블룸버그통신은 전했다", "bloomberg", "블룸버그"],
    ["한화그룹의 인수", "hanwha-group", "한화"],
    ["블랙웰칩을 쓴다", "blackwell", "블랙웰"],
    ["트럼프대통령은 말했다", "donald-trump", "트럼프"],
  ];
  it.each(cases)("%s → %s", (text, id, mention) => {
    expect(mentions(text)[id]).toEqual([mention]);
  });
});

describe("a name inside a longer word is not a mention", () => {
  const cases: [string, string][] = [
    ["중국어를 배운다", "china"],
    ["대중국 수출", "china"],
    ["한국은행 총재", "south-korea"],
    ["SK이노베이션 사장", "sk-group"],
    ["H200 칩과 H20", "nonexistent"],
    ["‘전략통’이란 말", "iran"],
    ["kim@nvidia.com 으로", "nvidia"],
    ["www.ft.com 기사", "financial-times"],
    ["AMDX 보드", "amd"],
    ["APEC 회의", "ap"],
    ["中企 지원", "china"],
  ];
  it.each(cases)("%s has no %s", (text, id) => {
    expect(mentions(text)[id]).toBeUndefined();
  });

  it("H20 is not found in H200", () => {
    const m = mentions("H200과 H20은 다르다");
    expect(m["h200"]).toEqual(["H200"]);
    expect(m["h20"]).toEqual(["H20"]);
  });

  it("a straight quote that opens a sentence is a boundary", () => {
    expect(mentions('그는 "이란이 핵을 포기했다"고 말했다')["iran"]).toEqual(["이란"]);
  });
});

describe("longest match", () => {
  // the longer name wins the span; the country it starts with is named too, inside it
  it("중국 정부 over 중국, with 중국 named inside", () => {
    const m = mentions("중국 정부가 제한했다");
    expect(m["china-government"]).toEqual(["중국 정부"]);
    expect(m["china"]).toEqual(["중국"]);
  });
  it.each([
    ["중국정부는", ["china-government", "china"]],
    ["中 정부는", ["china-government", "china"]],
    ["중국  정부는", ["china-government", "china"]],
    ["미 정부는", ["united-states-government"]],
  ])("%s is the government of its country", (text, ids) => {
    expect(Object.keys(mentions(text))).toEqual(ids);
  });
  it("중국 규제 기관 is its own regulator entity", () => {
    const ents = run("중국 규제 기관이 논의 중이다. 중국 정부는 부인했다.");
    expect(ents.filter((e) => e.type === "regulator").map((e) => [e.id, e.type, e.name])).toEqual([
      ["china-regulators", "regulator", "China regulators"],
      ["china-government", "regulator", "Government of China"],
    ]);
  });
  it("미국 상무부 over 미국", () => {
    const m = mentions("미국 상무부는 발표했다");
    expect(m["us-department-of-commerce"]).toEqual(["미국 상무부"]);
    expect(m["united-states"]).toEqual(["미국"]);
  });
  it("미 정부 through the short prefix", () => {
    expect(mentions("미 정부 관계자")["united-states-government"]).toEqual(["미 정부"]);
  });
});

describe("parenthesised aliases", () => {
  it("파이낸셜타임스(FT) is one mention", () => {
    const ents = run("파이낸셜타임스(FT)는 보도했다. FT는 전했다.");
    expect(ents).toHaveLength(1);
    expect(ents[0]!.mentions.map((m) => m.text)).toEqual(["파이낸셜타임스(FT)", "FT"]);
    expect(ents[0]!.count).toBe(2);
  });
  it("a gloss after a non-entity creates nothing", () => {
    expect(run("인공지능(AI) 칩")).toEqual([]);
  });
});

describe("case", () => {
  it.each([
    ["AMD는", "amd", true],
    ["amd는", "amd", false],
    ["Nvidia는", "nvidia", true],
    ["NVIDIA는", "nvidia", true],
    ["nvidia는", "nvidia", true],
    ["h20은", "h20", false],
    ["ft는", "financial-times", false],
    ["financial times는", "financial-times", true],
  ] as [string, string, boolean][])("%s → %s: %s", (text, id, found) => {
    expect(mentions(text)[id] !== undefined).toBe(found);
  });
});

describe("Hanja abbreviations", () => {
  it.each([
    ["中, H200 수출", "china"],
    ["中國 정부", "china-government"],
    ["美中 갈등", "united-states"],
    ["美中 갈등", "china"],
  ])("%s → %s", (text, id) => {
    expect(mentions(text)[id]).toBeDefined();
  });
});

describe("merging and ranking", () => {
  it("merges aliases across languages, label is the form used most", () => {
    const ents = run("Nvidia와 엔비디아, 그리고 엔비디아의 칩");
    expect(ents).toHaveLength(1);
    expect(ents[0]).toMatchObject({ id: "nvidia", name: "Nvidia", label: "엔비디아", count: 3, known: true });
  });
  it("orders entities by first mention and sorts mentions", () => {
    const ents = findEntities({ title: "화웨이 신제품", paragraphs: ["엔비디아가 먼저.", "화웨이와 엔비디아."] }, LEX);
    expect(ents.map((e) => e.id)).toEqual(["nvidia", "huawei"]);
    expect(ents[1]!.mentions[0]).toEqual({ paragraph: 1, start: 0, end: 3, text: "화웨이" });
  });
  it("title mentions raise salience but add no mention", () => {
    const without = findEntities({ title: null, paragraphs: ["엔비디아와 화웨이."] }, LEX);
    const withTitle = findEntities({ title: "화웨이", paragraphs: ["엔비디아와 화웨이."] }, LEX);
    const hw = (xs: Entity[]) => xs.find((e) => e.id === "huawei")!;
    expect(hw(withTitle).count).toBe(1);
    expect(hw(withTitle).salience).toBeGreaterThan(hw(without).salience);
    for (const e of withTitle) expect(e.salience).toBeGreaterThanOrEqual(0);
    for (const e of withTitle) expect(e.salience).toBeLessThanOrEqual(1);
  });
  it("drops entities named only in the title", () => {
    expect(findEntities({ title: "화웨이", paragraphs: ["엔비디아."] }, LEX).map((e) => e.id)).toEqual(["nvidia"]);
  });
  it("is deterministic", () => {
    const input = { title: "中 정부", paragraphs: ["중국 정부와 엔비디아, 김철수 SK 회장."] };
    expect(JSON.stringify(findEntities(input, LEX))).toBe(JSON.stringify(findEntities(input, LEX)));
  });
});

describe("bare 정부", () => {
  it("is the Korean government in a Korean story", () => {
    expect(mentions("정부가 대책을 발표했다")["south-korea-government"]).toEqual(["정부"]);
  });
  it("is left out when a foreign government is named", () => {
    const m = mentions("중국 정부가 발표했다. 정부 공공 기관은 …");
    expect(m["south-korea-government"]).toBeUndefined();
  });
  it("after a foreign leader is that leader's government", () => {
    expect(mentions("트럼프 정부는 관세를 올렸다")["united-states-government"]).toEqual(["정부"]);
  });
  it("is not found inside 지방정부", () => {
    expect(mentions("지방정부의 판단")["south-korea-government"]).toBeUndefined();
  });
});

describe("surname + title refers back to a named person", () => {
  it("시 주석 → 시진핑", () => {
    expect(mentions("시진핑 주석은 말했다. 시 주석이 반응했다")["xi-jinping"]).toEqual(["시진핑", "시"]);
  });
});

describe("built-in lexicon", () => {
  it.each([
    ["엔비디아의 H200을 중국 정부가", ["nvidia", "h200", "china-government", "china"]],
    ["미국 상무부 산업안보국(BIS)은", ["united-states", "us-bureau-of-industry-and-security"]],
  ] as [string, string[]][])("%s", (text, ids) => {
    expect(run(text, defaultLexicon()).map((e) => e.id)).toEqual(ids);
  });
});
