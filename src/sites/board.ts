/**
 * Board re-posts: a headline in plain text, a board header ("작성일 12-10 40 목록"), then the
 * portal article's HTML (Daum's .article_view), then board chrome ("관련자료 이전 … 다음 …",
 * "댓글 0 등록된 댓글이 없습니다. 로그인한 회원만 …") in plain text. See README.md.
 */
import { defineSite } from "./types.js";
import { daum, DAUM_BOILERPLATE } from "./daum.js";
import { collapseWhitespace } from "../text/normalize.js";

/** The board header after the headline: 작성일, a short date, a view count, 목록. */
const BOARD_HEADER = /\s*(?:작성일|등록일|작성시간)\s*[:：]?\s*((?:\d{2,4}[-./])?\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2})?)\s*(?:조회(?:수)?\s*[:：]?\s*)?(\d+)?\s*(?:목록)?/;

/** Plain text before the first tag of a fragment (at most 2,000 characters of it). */
function leadingText(html: string): string {
  const lt = html.indexOf("<");
  return (lt < 0 ? html : html.slice(0, lt)).slice(0, 2000);
}

export function boardHeader(html: string): { title: string | null; dateText: string | null } {
  const lead = collapseWhitespace(leadingText(html)).trim();
  if (!lead) return { title: null, dateText: null };
  const m = BOARD_HEADER.exec(lead);
  if (!m) return { title: lead.length <= 300 ? lead : null, dateText: null };
  const title = lead.slice(0, m.index).trim();
  return { title: title || null, dateText: m[1] ?? null };
}

export const board = defineSite({
  id: "board",
  name: "Board re-post of a portal article",
  portal: "Daum",
  publisher: null,
  detect: {
    hosts: [],
    selectors: [],
    prefix: /^\s*[^<\s][^<]{0,300}?(?:작성일|등록일|작성시간)\s*[:：]?\s*(?:\d{2,4}[-./])?\d{1,2}[-./]\d{1,2}[^<]{0,80}<[^>]*(?:article_view|dmcf-|layerTranslateNotice)/,
  },
  fields: {
    title: [{ embedded: "title" }, { css: "h3.tit_view" }],
    subtitle: [{ css: "strong.summary_view" }],
    publisher: [{ css: ".head_view em.info_cp img", attr: "alt" }],
    authors: [{ css: ".info_view > .txt_info:not(:has(.num_date))", all: true }],
    published: [{ css: ".info_view .num_date" }],
    dateText: [{ embedded: "dateText" }],
    copyright: [{ css: "p[data-translation]:not([dmcf-ptype])" }],
  },
  reject: {},
  titleSuffixes: [],
  publisherStrip: [],
  body: daum.body,
  figures: daum.figures,
  boilerplate: DAUM_BOILERPLATE,
  embedded: ({ lead }) => {
    const { title, dateText } = boardHeader(lead);
    return { fields: { title, dateText } };
  },
});
