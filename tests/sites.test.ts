/** Site specs are data: each validates against the spec schema, and detection picks the right one. */
import { describe, it, expect } from "vitest";
import { ALL_SITES } from "../src/sites/index.js";
import { SiteSpecSchema } from "../src/sites/types.js";
import { loadDocument } from "../src/pipeline/load.js";
import { detectSite } from "../src/pipeline/detect.js";
import { balancedObject, readFusion } from "../src/sites/fusion.js";
import { boardHeader } from "../src/sites/board.js";

describe("site specs", () => {
  for (const spec of ALL_SITES) {
    it(`${spec.id} validates against SiteSpecSchema`, () => {
      const { embedded: _e, ...data } = spec;
      expect(SiteSpecSchema.safeParse(data).error).toBeUndefined();
    });
  }
  it("have unique ids", () => {
    expect(new Set(ALL_SITES.map((s) => s.id)).size).toBe(ALL_SITES.length);
  });
});

describe("detectSite", () => {
  it.each([
    ['<meta property="og:url" content="https://v.daum.net/v/20260321214325415"><h3 class="tit_view">t</h3>', null, "daum"],
    ["<h1>t</h1><p>x</p>", "https://www.chosun.com/economy/2026/01/06/ABC/", "chosun"],
    ['<div id="dic_area">본문</div>', null, "naver"],
    ["제목입니다 작성일 12-10 40 목록 <div class=\"article_view\"><section dmcf-sid=\"a\"><p dmcf-ptype=\"general\">본문</p></section></div>", null, "board"],
    ["<html><body><article><p>본문</p></article></body></html>", null, "generic"],
  ])("%s", (html, url, site) => {
    expect(detectSite(loadDocument(html), html, url).spec.id).toBe(site);
  });
});

describe("Arc XP Fusion reading", () => {
  it("cuts the object by balanced braces, not at a '};' inside a string", () => {
    const script = 'Fusion.globalContent={"a":"x};y","b":{"c":1}};Fusion.globalContentConfig={}';
    const at = script.indexOf("{");
    expect(balancedObject(script, at)).toBe('{"a":"x};y","b":{"c":1}}');
  });
  it("reads headline, credits, dates in KST and text elements", () => {
    const story = {
      headlines: { basic: "제목" },
      credits: { by: [{ name: "홍길동 기자" }] },
      first_publish_date: "2026-01-05T23:15:00Z",
      content_elements: [
        { type: "text", content: "첫 문단 <b>강조</b>};" },
        { type: "raw_html", content: "<div>ad</div>" },
        { type: "image", url: "https://x/y.jpg", caption: "사진 설명", credits: { by: [{ name: "로이터" }] } },
        { type: "text", content: "둘째 문단" },
      ],
    };
    const d = readFusion([`window.Fusion=window.Fusion||{};Fusion.globalContent=${JSON.stringify(story)};Fusion.globalContentConfig={}`]);
    expect(d.paragraphs).toEqual(["첫 문단 강조};", "둘째 문단"]);
    expect(d.fields?.["published"]).toBe("2026-01-06T08:15:00+09:00");
    expect(d.images).toEqual([{ src: "https://x/y.jpg", caption: "사진 설명", credit: "로이터" }]);
  });
});

describe("board header", () => {
  it.each([
    ["中, H200 수출 허용에도 ‘사용 규제’ 작성일 12-10 40 목록 <div>", "中, H200 수출 허용에도 ‘사용 규제’", "12-10"],
    ["제목 작성일 : 2025.03.14 17:02 조회 : 17 목록 <div>", "제목", "2025.03.14 17:02"],
  ])("%s", (html, title, date) => {
    expect(boardHeader(html)).toEqual({ title, dateText: date });
  });
});
