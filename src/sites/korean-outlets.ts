/**
 * Korean newspapers' own sites, as saved in 2016–2017 (STRUCTURE.md §4): Kyunghyang (khan),
 * Hankyoreh (hani), Dong-A (donga), Hankyung and Yonhap. Small specs: the generic engine
 * fills whatever they leave out (JSON-LD, OpenGraph, density body).
 */
import { defineSite } from "./types.js";

const noFigures = { figure: "figure", img: "img", caption: "figcaption", src: ["data-src", "src"] };

export const khan = defineSite({
  id: "khan",
  name: "Kyunghyang Shinmun",
  portal: null,
  publisher: "경향신문",
  detect: { hosts: ["khan.co.kr"], selectors: ["h1#articleTtitle", "div.art_body p.content_text", "p.art_copyright"] },
  fields: {
    title: [{ css: "h1#articleTtitle" }],
    subtitle: [{ css: "div.art_subtit" }],
    authors: [{ css: "div.subject span.name", all: true }, { css: ".byline .name", all: true }],
    published: [{ css: "div.byline em:contains('입력')" }, { css: "div.byline em" }],
    modified: [{ css: "div.byline em:contains('수정')" }],
    dateText: [{ css: "div.byline em" }],
    copyright: [{ css: "p.art_copyright" }],
  },
  reject: {},
  titleSuffixes: [/\s*-\s*경향신문$/, /\s*-\s*경향닷컴$/],
  publisherStrip: [],
  body: { containers: ["div.art_body"], paragraphs: "p.content_text", exclude: ["div.art_photo", "#photoAD", ".article_bottom_ad", ".art_subtit"] },
  figures: { figure: "div.art_photo", img: "img", caption: ".caption, figcaption, p", src: ["src"] },
  boilerplate: [],
});

export const hani = defineSite({
  id: "hani",
  name: "Hankyoreh",
  portal: null,
  publisher: "한겨레",
  detect: { hosts: ["hani.co.kr"], selectors: ["div.article-text div[itemprop=articleBody]", "h4 span.title + *", "p.date-time"] },
  fields: {
    title: [{ css: "h4 span.title" }, { meta: "og:title" }],
    subtitle: [{ css: "div.subtitle" }],
    authors: [{ meta: "dable:author" }],
    published: [{ meta: "article:published_time" }, { css: "p.date-time span" }],
    dateText: [{ css: "p.date-time span" }],
    copyright: [{ css: "p.copyright" }, { css: "#footer .copyright" }],
  },
  reject: {},
  titleSuffixes: [/\s*:\s*.*한겨레$/],
  publisherStrip: [],
  body: {
    containers: ["div.article-text div[itemprop=articleBody] div.text", "div.article-text div.text", "div.article-text"],
    exclude: ["div.image-area", "div.subtitle", ".relation2-area", "#ad_tag", ".ad_box01_area"],
  },
  figures: { figure: "div.image-area", img: "img", caption: ".desc, figcaption", src: ["src"] },
  boilerplate: [],
});

export const donga = defineSite({
  id: "donga",
  name: "Dong-A Ilbo",
  portal: null,
  publisher: "동아일보",
  detect: { hosts: ["donga.com"], selectors: ["div.article_title02", "div.article_txt", "p.repoter"] },
  fields: {
    title: [{ css: "div.article_title02 h1" }, { meta: "og:title" }],
    authors: [{ css: "p.repoter" }],
    published: [{ css: "p.title_foot span.date" }],
    modified: [{ css: "p.title_foot span.date2" }],
    dateText: [{ css: "p.title_foot span.date" }],
    copyright: [{ css: "div.copyright2 p.fLogo" }, { css: ".copyright2" }],
  },
  reject: {},
  titleSuffixes: [/\s*:\s*동아일보$/, /\s*:\s*동아닷컴$/],
  publisherStrip: [],
  body: {
    containers: ["div.article_txt"],
    exclude: ["div.articlePhotoC", "div.articlePhotoR", "div.articlePhotoL", ".article_relation", ".article_keyword", "#bestnews_layer", ".armerica_ban", ".sub_title", ".txt_ban", ".center_ban"],
  },
  figures: { figure: "div.articlePhotoC, div.articlePhotoR, div.articlePhotoL", img: "img", caption: "span.t, .sub_tit, p", src: ["src"] },
  boilerplate: [],
});

export const hankyung = defineSite({
  id: "hankyung",
  name: "Hankyung (Korea Economic Daily)",
  portal: null,
  publisher: "한국경제",
  detect: { hosts: ["hankyung.com"], selectors: ["article#newsView", "div#newsView.news_article", "p.atc-copyright"] },
  fields: {
    title: [{ meta: "og:title" }, { css: "[itemprop=name]" }],
    subtitle: [{ css: "div.atc-stit" }],
    authors: [{ meta: "dable:author" }],
    published: [{ meta: "article:published_time" }, { css: "div.atc-info span:contains('입력')" }],
    modified: [{ css: "div.atc-info span:contains('수정')" }],
    dateText: [{ css: "div.atc-info span:contains('입력')" }],
    copyright: [{ css: "p.atc-copyright" }, { css: "p.news_copyright" }],
  },
  reject: {},
  titleSuffixes: [/\s*\|\s*한경닷컴$/, /\s*-\s*한경닷컴$/],
  publisherStrip: [],
  body: {
    containers: ["article#newsView", "div#newsView"],
    exclude: ["div.atc-stit", ".articleImg", ".img_news", "figure", ".center_image", ".atc-photo", "span.txt_img_view", ".promo", "table", ".pop_img"],
  },
  figures: noFigures,
  boilerplate: [/^기사 이미지 보기$/],
});

export const yonhap = defineSite({
  id: "yonhap",
  name: "Yonhap News Agency",
  portal: null,
  publisher: "연합뉴스",
  detect: { hosts: ["yna.co.kr", "yonhapnews.co.kr"], selectors: ["h1.tit-article", ".story-news.article", "div#articleWrap h1"] },
  fields: {
    title: [{ css: "h1.tit01" }, { css: "h1.tit-article" }, { meta: "og:title" }],
    subtitle: [{ css: ".tit-sub h2" }],
    authors: [{ css: ".tit-name a", all: true }],
    published: [{ meta: "article:published_time" }, { css: "[data-published-time]", attr: "data-published-time" }, { css: ".update-time" }, { css: "div.share-info span.tt em" }],
    dateText: [{ css: ".update-time .txt-time01" }, { css: "div.share-info span.tt em" }],
    copyright: [{ css: ".txt-copyright" }],
  },
  reject: {},
  titleSuffixes: [/\s*\|\s*연합뉴스$/],
  publisherStrip: [],
  body: { containers: [".story-news.article", "div.article"], paragraphs: "p", exclude: ["aside", ".image-zone01", ".comp-box"] },
  figures: { figure: ".image-zone01, figure", img: "img", caption: "figcaption, .txt-desc", src: ["src"] },
  boilerplate: [],
});
