/**
 * Known outlets: web hosts and Daum content-provider codes to the press name, and the
 * English and short names pages print for them. Used for the publisher when the page's
 * own fields are silent (see the publisher order in src/pipeline/normalize.ts).
 */

/** Host suffix → press. Longest suffix wins. */
export const OUTLET_HOSTS: Readonly<Record<string, string>> = {
  "chosun.com": "조선일보",
  "biz.chosun.com": "조선비즈",
  "joongang.co.kr": "중앙일보",
  "joins.com": "중앙일보",
  "donga.com": "동아일보",
  "hani.co.kr": "한겨레",
  "khan.co.kr": "경향신문",
  "hankyung.com": "한국경제",
  "mk.co.kr": "매일경제",
  "sedaily.com": "서울경제",
  "mt.co.kr": "머니투데이",
  "asiae.co.kr": "아시아경제",
  "heraldcorp.com": "헤럴드경제",
  "edaily.co.kr": "이데일리",
  "fnnews.com": "파이낸셜뉴스",
  "etnews.com": "전자신문",
  "dt.co.kr": "디지털타임스",
  "yna.co.kr": "연합뉴스",
  "yonhapnews.co.kr": "연합뉴스",
  "newsis.com": "뉴시스",
  "news1.kr": "뉴스1",
  "hankookilbo.com": "한국일보",
  "seoul.co.kr": "서울신문",
  "kmib.co.kr": "국민일보",
  "segye.com": "세계일보",
  "munhwa.com": "문화일보",
  "kbs.co.kr": "KBS",
  "imbc.com": "MBC",
  "sbs.co.kr": "SBS",
  "ytn.co.kr": "YTN",
  "jtbc.co.kr": "JTBC",
  "joongang.co.kr/jtbc": "JTBC",
  "mbn.co.kr": "MBN",
  "tvchosun.com": "TV조선",
  "ichannela.com": "채널A",
  "nocutnews.co.kr": "노컷뉴스",
  "ohmynews.com": "오마이뉴스",
  "pressian.com": "프레시안",
  "mediatoday.co.kr": "미디어오늘",
  "bloter.net": "블로터",
  "zdnet.co.kr": "지디넷코리아",
  "thelec.kr": "더엘렉",
  "zdnet.com": "ZDNet",
};

/** Daum content-provider codes, as in image paths `/news/YYYYMM/DD/<cp>/…`. */
export const DAUM_CP_CODES: Readonly<Record<string, string>> = {
  chosun: "조선일보",
  joongang: "중앙일보",
  donga: "동아일보",
  hani: "한겨레",
  khan: "경향신문",
  hankyung: "한국경제",
  mk: "매일경제",
  seoul: "서울신문",
  yonhap: "연합뉴스",
  newsis: "뉴시스",
  news1: "뉴스1",
  ytn: "YTN",
  kbs: "KBS",
  mbc: "MBC",
  sbs: "SBS",
  jtbc: "JTBC",
  nocut: "노컷뉴스",
  etnews: "전자신문",
  moneytoday: "머니투데이",
  mt: "머니투데이",
  edaily: "이데일리",
  fnnews: "파이낸셜뉴스",
  asiae: "아시아경제",
  herald: "헤럴드경제",
  sedaily: "서울경제",
  ohmynews: "오마이뉴스",
  dt: "디지털타임스",
  zdnet: "지디넷코리아",
};

export function outletForHost(host: string | null): string | null {
  if (!host) return null;
  const h = host.toLowerCase().replace(/^www\./, "");
  let best: string | null = null;
  let bestLen = 0;
  for (const [suffix, name] of Object.entries(OUTLET_HOSTS)) {
    if ((h === suffix || h.endsWith(`.${suffix}`)) && suffix.length > bestLen) {
      best = name;
      bestLen = suffix.length;
    }
  }
  return best;
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, "http://invalid.invalid").hostname === "invalid.invalid" ? null : new URL(url).hostname;
  } catch {
    return null;
  }
}
