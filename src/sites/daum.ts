/**
 * Daum news (v.daum.net, news.v.daum.net): the D-2022 PC template and the D-2026 layout.
 * See src/sites/README.md for the quirks of each generation.
 */
import { defineSite } from "./types.js";

/** The pattern reading one key of the embedded object, compiled once per key. */
const keyPatterns = new Map<string, RegExp>();

/** Reads fields of `window.__DAUMCHANNEL_NEWSVIEW_DATA__`, a JS object literal (unquoted keys, Number("…")): never JSON.parse'd. */
function daumEmbedded(scripts: readonly string[]): Record<string, string | null> {
  const src = scripts.find((s) => s.includes("__DAUMCHANNEL_NEWSVIEW_DATA__")) ?? "";
  const str = (key: string): string | null => {
    let re = keyPatterns.get(key);
    if (!re) keyPatterns.set(key, (re = new RegExp(`\\b${key}\\s*:\\s*(?:Number\\()?\\s*["']([^"']*)["']`)));
    const m = re.exec(src);
    return m ? unescapeJs(m[1] as string) : null;
  };
  return {
    cpKorName: str("cpKorName"),
    regDt: str("regDt"),
    consumerContentId: str("consumerContentId"),
    categoryName: str("categoryName"),
  };
}

function unescapeJs(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\(["'\\/])/g, "$1");
}

export const DAUM_BOILERPLATE = [
  /^※\s*'?당신의 제보가 뉴스가 됩니다'?/,
  /^\[(카카오톡|전화|메일|이메일|홈페이지)\]/,
  /^\[저작권자\s*\(?[cⓒ©]\)?/i,
  /^(영상기자|영상편집|촬영기자|그래픽|영상취재|취재기자|자막뉴스)\s*[:：]/,
  /^\[?CBS\s*[^\]]*뉴스쇼\]?$/,
];

export const daum = defineSite({
  id: "daum",
  name: "Daum news",
  portal: "Daum",
  publisher: null,
  detect: {
    hosts: ["v.daum.net", "news.v.daum.net", "news.daum.net", "m.news.daum.net"],
    selectors: ["h3.tit_view", "div.article_view[data-translation-body]", 'meta[property="og:regDate"]', "section[dmcf-sid]"],
  },
  fields: {
    title: [{ css: "h3.tit_view" }, { meta: "og:title" }],
    subtitle: [{ css: "strong.summary_view" }],
    publisher: [
      { css: ".head_view em.info_cp img", attr: "alt" },
      { embedded: "cpKorName" },
      { meta: "og:article:author" },
      { meta: "og:site_name" },
    ],
    authors: [{ css: ".info_view > .txt_info:not(:has(.num_date))", all: true }],
    published: [
      { meta: "og:regDate" },
      { embedded: "regDt" },
      { css: ".info_view .txt_info:contains('입력') .num_date" },
      { css: ".info_view .num_date" },
    ],
    modified: [{ css: ".info_view .txt_info:contains('수정') .num_date" }],
    dateText: [{ css: ".info_view .num_date" }],
    section: [{ css: "h2#kakaoBody" }, { css: "#kakaoContent > h2.screen_out" }, { css: "h2.screen_out:not(:empty)" }],
    url: [{ meta: "og:url" }],
    copyright: [
      { css: ".article_view > p[data-translation]:not([dmcf-ptype])" },
      { css: ".news_view > p[data-translation]:not([dmcf-ptype])" },
    ],
  },
  reject: {
    publisher: /^(다음\s*뉴스|다음|Daum(\s*뉴스)?|Kakao.*)$/i,
    section: /^(본문|기사|뉴스|주요|관련|이 시각|실시간).*$/,
  },
  titleSuffixes: [/\s*\|\s*(다음\s*뉴스|Daum)$/],
  publisherStrip: [/^Daum\s*\|\s*/i, /^다음\s*\|\s*/],
  body: {
    containers: [".article_view section[dmcf-sid]", "#harmonyContainer", ".article_view"],
    exclude: [
      '[dmcf-ptype="embed"]',
      '[dmcf-ptype="kakaotv"]',
      '[dmcf-ptype="figure"]',
      ".video_frm",
      ".util_view",
      ".util_wrap",
      "#translateNotice",
      "#layerTranslateNotice",
      "#layerTranslating",
      "p[data-translation]:not([dmcf-ptype])",
      "ins",
      ".ad_wrap",
    ],
  },
  figures: {
    figure: "figure",
    img: "img",
    caption: "figcaption",
    src: ["data-org-src", "src"],
  },
  boilerplate: DAUM_BOILERPLATE,
  embedded: ({ scripts }) => ({ fields: daumEmbedded(scripts) }),
});
