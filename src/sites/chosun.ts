/**
 * Chosun Ilbo: the C-2011 and C-2015 EUC-KR templates (news.chosun.com/site/data/html_dir/…)
 * and the current Arc XP layout (www.chosun.com/<section>/…/<ARC ID>/). See README.md.
 */
import { defineSite } from "./types.js";
import { readFusion } from "./fusion.js";

export const chosun = defineSite({
  id: "chosun",
  name: "Chosun Ilbo",
  portal: null,
  publisher: "조선일보",
  detect: {
    hosts: ["chosun.com", "news.chosun.com", "www.chosun.com", "biz.chosun.com"],
    selectors: ["h1#news_title_text_id", "div.title_author_2011", "#fusion-metadata", "h1.article-header__headline", "ul.copy_2011"],
  },
  fields: {
    title: [
      { embedded: "title" },
      { css: "h1#news_title_text_id" },
      { css: "div.title_author_2011 h2#title_text" },
      { css: "h1.article-header__headline" },
      { meta: "og:title" },
    ],
    subtitle: [
      { embedded: "subtitle" },
      { css: "h3.news_subtitle" },
      { css: "#article_2011 > h3" },
      { css: ".article-header__headline-container p" },
    ],
    authors: [
      { embedded: "authors" },
      { css: ".news_title_author li", all: true },
      { css: ".title_author_2011 li", ownText: true, all: true },
      { css: ".article-byline__author", all: true },
      { meta: "dable:author" },
    ],
    published: [
      { embedded: "published" },
      { meta: "article:published_time" },
      { css: "#date_text" },
      { css: ".inputDate" },
      { script: /TempDate\s*=\s*"([^"]+)"/ },
    ],
    modified: [{ embedded: "modified" }, { meta: "article:modified_time" }, { css: ".upDate" }],
    dateText: [{ css: "#date_text" }, { css: ".inputDate" }],
    section: [{ embedded: "section" }, { css: ".breadcrumb a:last-child" }],
    url: [{ meta: "og:url" }],
    canonicalUrl: [{ embedded: "canonicalUrl" }],
    copyright: [{ css: "ul.copy_2011 li.csource" }, { css: ".article-footer__copyright" }],
  },
  reject: {},
  titleSuffixes: [/\s*-\s*1등 인터넷뉴스 조선닷컴.*$/, /\s*-\s*조선일보$/, /\s*\|\s*조선일보$/, /\s*-\s*조선닷컴.*$/],
  publisherStrip: [],
  body: {
    containers: ["section.article-body", "#news_body_id", "#article_2011", ".article-body"],
    paragraphs: "div.par, p.article-body__content-text, .article-body__content-text",
    exclude: [
      "dl.img_pop_div",
      ".center_img_2011",
      ".news_imgbox",
      ".news_imgslider",
      "#rel_art_list_id",
      ".rel_art_list",
      "ul.copy_2011",
      ".news_date",
      "h3.news_subtitle",
    ],
  },
  figures: {
    figure: ".news_imgbox figure, dl.img_pop_div, .article-body figure",
    img: "img",
    caption: "figcaption, dt",
    src: ["data-src", "src"],
  },
  boilerplate: [/^이 기사는 (구독자|유료|프리미엄)/, /구독(하시면|하고|자 전용)/],
  embedded: ({ scripts }) => readFusion(scripts),
});
