/** Naver news: n.news.naver.com (current) and news.naver.com/main/read (legacy PC). See README.md. */
import { defineSite } from "./types.js";

export const naver = defineSite({
  id: "naver",
  name: "Naver news",
  portal: "Naver",
  publisher: null,
  detect: {
    hosts: ["n.news.naver.com", "news.naver.com", "m.news.naver.com", "sports.news.naver.com", "entertain.naver.com"],
    selectors: ["#dic_area", "#articleBodyContents", "h2#title_area", "h3#articleTitle", ".media_end_head_headline"],
  },
  fields: {
    title: [
      { css: "h2#title_area" },
      { css: ".media_end_head_headline" },
      { css: "h3#articleTitle" },
      { css: "h4.title" },
      { meta: "og:title" },
    ],
    subtitle: [{ css: ".media_end_summary" }],
    publisher: [
      { css: ".media_end_head_top_logo img", attr: "alt" },
      { css: ".press_logo img", attr: "alt" },
      { css: "#pressLogo img", attr: "alt" },
      { meta: "twitter:creator" },
      { meta: "og:article:author" },
    ],
    authors: [
      { css: ".media_end_head_journalist_name", all: true },
      { css: ".byline_s", all: true },
      { css: ".byline .b_text", all: true },
      { css: "p.byline", all: true },
    ],
    published: [
      { css: "._ARTICLE_DATE_TIME", attr: "data-date-time" },
      { css: ".sponsor .t11" },
      { css: ".info span" },
    ],
    modified: [{ css: "._ARTICLE_MODIFY_DATE_TIME", attr: "data-modify-date-time" }, { css: ".sponsor .t11:nth-of-type(2)" }],
    dateText: [{ css: "._ARTICLE_DATE_TIME" }, { css: ".sponsor .t11" }],
    section: [{ css: ".media_end_categorize_item" }, { css: ".guide_categorization_item" }],
    url: [{ meta: "og:url" }],
    canonicalUrl: [{ css: 'link[rel="canonical"]', attr: "href" }],
    copyright: [{ css: ".copyright .c_text" }, { css: ".copyright p" }],
  },
  reject: { publisher: /^(네이버|NAVER)(\s*뉴스)?$/i },
  titleSuffixes: [/\s*:\s*네이버\s*(뉴스)?$/, /\s*-\s*네이버\s*(뉴스)?$/],
  publisherStrip: [/\s*\|\s*네이버.*$/, /^네이버 스포츠\s*\|\s*/],
  body: {
    containers: ["#dic_area", "#articleBodyContents", "#newsEndContents", "._article_content"],
    exclude: [
      ".vod_player_wrap",
      "._VIDEO_AREA_WRAP",
      ".end_photo_org",
      ".nbd_table",
      ".img_desc",
      ".byline",
      ".source",
      ".copyright",
      ".reporter_area",
      ".promotion",
      ".link_news",
      ".media_end_summary",
    ],
  },
  figures: {
    figure: ".end_photo_org, .nbd_im_w",
    img: "img",
    caption: ".img_desc, em",
    src: ["data-src", "src"],
  },
  boilerplate: [/^\[(영상취재|영상편집|촬영|편집)[^\]]*\]$/],
});
