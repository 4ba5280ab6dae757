/**
 * The fallback for any outlet: JSON-LD NewsArticle, then OpenGraph and meta tags, then
 * common markup; the body from common containers, else the text-density finder. Its field
 * rules also back up every other site's rules for fields they leave empty.
 */
import { defineSite } from "./types.js";

export const generic = defineSite({
  id: "generic",
  name: "Generic news page",
  portal: null,
  publisher: null,
  detect: { hosts: [], selectors: [] },
  fields: {
    title: [{ jsonld: "headline" }, { meta: "og:title" }, { meta: "twitter:title" }, { css: "h1" }, { css: "title" }],
    subtitle: [{ jsonld: "alternativeHeadline" }],
    publisher: [
      { jsonld: "publisher" },
      { meta: "og:article:author" },
      { meta: "og:site_name" },
      { meta: "twitter:creator" },
      { css: ".logo img, #logo img", attr: "alt" },
    ],
    authors: [
      { jsonld: "author" },
      { meta: "dable:author" },
      { meta: "author" },
      { meta: "article:author" },
      { css: "[rel=author]", all: true },
      { css: ".byline .name, .byline_name, .reporter_name, .journalist_name", all: true },
    ],
    published: [
      { jsonld: "datePublished" },
      { meta: "article:published_time" },
      { meta: "og:article:published_time" },
      { meta: "pubdate" },
      { meta: "date" },
      { css: "time[datetime]", attr: "datetime" },
      { textLine: /(?:기사\s*)?(?:입력|등록|작성|송고)\s*(?:일시|시간)?\s*[:：|]?\s*(\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}[^|]{0,20})/ },
    ],
    modified: [
      { jsonld: "dateModified" },
      { meta: "article:modified_time" },
      { meta: "og:updated_time" },
      { textLine: /(?:최종\s*)?(?:수정|업데이트)\s*(?:일시|시간)?\s*[:：|]?\s*(\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}[^|]{0,20})/ },
    ],
    dateText: [{ css: ".date, .date-time, .byline time, .article_date, .view_date" }],
    section: [{ jsonld: "articleSection" }, { meta: "article:section" }],
    url: [{ meta: "og:url" }, { jsonld: "url" }],
    canonicalUrl: [{ css: 'link[rel="canonical"]', attr: "href" }],
    copyright: [
      { css: ".art_copyright, .txt-copyright, .article-copyright" },
      { textLine: /^[[<‹(【〈]?\s*(?:저작권자|Copyright|ⓒ|©)/i },
      { meta: "copyright" },
      { css: ".copyright, #copyright" },
    ],
  },
  reject: { publisher: /^(다음\s*뉴스|네이버\s*뉴스|Daum|NAVER)$/i },
  titleSuffixes: [/\s*[|:\-–]\s*[^|:\-–]{1,20}(일보|신문|뉴스|닷컴|방송|통신|타임스|미디어|news|\.com|\.co\.kr)\s*$/i],
  publisherStrip: [/\s*\|\s*네이버.*$/, /^Daum\s*\|\s*/i],
  body: {
    containers: [
      "[itemprop=articleBody]",
      "#articleBody",
      "#article-view-content-div",
      "#newsView",
      "#news_body_id",
      ".article_body",
      ".article-body",
      ".article_txt",
      ".art_body",
      ".news_body",
      ".view_con",
      ".news_view",
    ],
    exclude: [
      "figure",
      ".photo",
      ".related",
      ".relation",
      ".ad",
      ".ads",
      ".advertisement",
      ".share",
      ".sns",
      ".reporter",
      ".byline",
      ".copyright",
      ".tags",
    ],
  },
  figures: { figure: "figure", img: "img", caption: "figcaption", src: ["data-src", "src"] },
  boilerplate: [],
});
