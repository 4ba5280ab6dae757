/**
 * Bylines, datelines and credit lines: the vocabularies that tell a reporter's name, a
 * photo credit or a sign-off from article text. Ordered lists; edit here, not in code.
 */

/** Role words around a reporter's name ("홍길동 기자", "인턴 박경흠", "정리=김정형 기자"). */
export const AUTHOR_ROLES = [
  "선임기자", "수석기자", "전문기자", "객원기자", "인턴기자", "기자", "특파원", "통신원", "논설위원", "논설실장",
  "편집위원", "선임연구원", "앵커", "리포터", "PD", "인턴", "정리", "글", "취재", "대담",
];

/** Credits that are not writers (card-news designers, graphics). A name with these roles is no author. */
export const NON_AUTHOR_ROLES = ["디자이너", "디자인", "그래픽", "일러스트", "사진", "영상", "편집"];

/** A Korean personal name: 2–4 syllables (3 is the norm; 2 and 4 occur). */
export const KOREAN_NAME = /^[가-힣]{2,4}$/;

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * Datelines that open the first paragraph; not body (gold NOTES.md §1). Groups: place, agency, name.
 *  (서울=연합뉴스) 홍길동 기자 =   【서울=뉴시스】이근홍 기자 =   [서울=뉴스1] 홍길동 기자 =
 *  (브뤼셀=연합뉴스) 김병수 특파원 =   [미디어오늘 금준경 기자]
 */
export const DATELINES: readonly RegExp[] = [
  /^\s*[(\[【〔]\s*([^()\[\]【】〔〕=]{1,20}?)\s*=\s*([^()\[\]【】〔〕]{1,20}?)\s*[)\]】〕]\s*(?:([가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원|통신원|선임기자|기자들)\s*)?=?\s*/,
  /^\s*\[\s*([가-힣A-Za-z0-9]{2,12})\s+([가-힣]{2,4})\s*기자\s*\]\s*/,
];

/** A line that is only a byline or sign-off: names, roles and an e-mail ("YTN 김이영 (kim@ytn.co.kr)", "이창곤 선임기자 goni@…"). */
export const BYLINE_LINE_MAX = 120;

/** Copyright lines: they name the press. */
export const COPYRIGHT_LINE = /^[[<‹(【〈]?\s*(?:Copyright|Copyrights|저작권자|ⓒ|©|\(c\))/i;

/** The press named in a copyright line: "Copyright © 조선일보.", "저작권자(c)연합뉴스.", "ⓒ 경향신문 & 경향닷컴". */
export const COPYRIGHT_PRESS =
  /(?:Copyright|저작권자)?\s*(?:by\s+)?(?:ⓒ|©|\(c\)|\(C\))?\s*(?:Copyright\s*)?(?:ⓒ|©|\(c\))?\s*([^.,&(\]|<>]{2,30}?)\s*(?:[.,&(\]|]|All rights|무단|$)/i;

/** Photo credit at the end of a caption: "… /엔비디아", "(사진=연합뉴스)", "[EPA=연합뉴스 자료사진]", "[사진 출처 : EPA=연합뉴스]". */
export const CAPTION_CREDITS: readonly RegExp[] = [
  /\s*[[(【]\s*(?:사진|사진\s*출처|출처|자료|그래픽|제공)\s*[:：=]\s*([^\])】]{1,40}?)\s*[\])】]\s*$/,
  /\s*[[(【]\s*([^\])】=]{1,30}=[^\])】]{1,30}?)\s*[\])】]\s*$/,
  /\s*[[(【]\s*([^\])】]{1,20}?)\s*제공\s*[\])】]\s*$/,
  /\s+([가-힣]{1,10}=[^\s=]{1,20})\s*$/,
  /\s*\/\s*([^/\s][^/]{0,30}?)\s*$/,
];

/** Labels before a printed date ("입력 : ", "기사입력", "등록 :", "송고시간 |"). */
export const DATE_LABEL = /^\s*(?:기사\s*)?(?:입력|등록|송고(?:시간)?|작성|발행|게재|업데이트|수정)\s*[:：|]?\s*/;
