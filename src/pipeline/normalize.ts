/**
 * Raw site output to the article fields of the record: titles without site suffixes,
 * authors without roles, ISO dates, paragraphs without datelines, bylines, credit lines
 * and boilerplate, captions split from their credits. Pure: returns new values.
 */
import type { Article, Author, Image, Warning } from "../schema/record.js";
import type { RawArticle, RawImage } from "../sites/engine.js";
import { foldSpace, foldLines } from "../text/normalize.js";
import { parseKoreanDate, daumIdToIso } from "./dates.js";
import {
  AUTHOR_ROLES,
  NON_AUTHOR_ROLES,
  KOREAN_NAME,
  EMAIL,
  DATELINES,
  BYLINE_LINE_MAX,
  COPYRIGHT_LINE,
  COPYRIGHT_PRESS,
  CAPTION_CREDITS,
  DATE_LABEL,
} from "./bylines.js";
import { DAUM_CP_CODES, hostOf, outletForHost } from "../sites/outlets.js";

/** Boilerplate every site shares: tip-line promos, image-view buttons, AI-data notices. */
const COMMON_BOILERPLATE: readonly RegExp[] = [
  /^기사 이미지 보기$/,
  /^(무단\s*전재|무단전재)/,
  /^▶\s*/,
  /^☞/,
  /^※\s*(이 기사|본 기사)/,
  // broadcasters' tip-line footers: "MBC 뉴스는 24시간 여러분의 제보를 기다립니다.", "▷ 전화 02-…"
  /제보를 기다립니다\.?$/,
  /^▷\s*(전화|이메일|메일|카카오톡|카톡|홈페이지|유튜브)/,
];

export interface NormalizeInput {
  raw: RawArticle;
  url: string | null;
  lang: string | null;
}

export interface Normalized {
  article: Article;
  warnings: Warning[];
}

const first = (v: string[] | undefined): string | null => (v && v.length > 0 ? (v[0] as string) : null);

export function cleanTitle(title: string | null, suffixes: readonly RegExp[]): string | null {
  if (!title) return null;
  let t = foldSpace(title);
  for (const re of suffixes) t = t.replace(re, "").trim();
  return t || null;
}

// compiled once: a RegExp built per call is compiled again after each major GC
const NON_AUTHOR_ROLE_RES = NON_AUTHOR_ROLES.map((r) => new RegExp(`(^|\\s)${r}(\\s|$)`));
const AUTHOR_ROLE_RES = AUTHOR_ROLES.map((role) => new RegExp(`(^|\\s)${role}(?=\\s|$)`, "g"));

function stripRoles(name: string): { name: string; nonAuthor: boolean } {
  let n = foldSpace(name).replace(EMAIL, "").replace(/[()<>\[\]]/g, " ");
  n = n.replace(/^[^=]{0,6}=\s*/, ""); // 정리=, 글=, 경주=
  const nonAuthor = NON_AUTHOR_ROLE_RES.some((re) => re.test(n));
  for (const re of AUTHOR_ROLE_RES) n = n.replace(re, " ");
  n = n.replace(/(기자|특파원)$/, "");
  return { name: foldSpace(n), nonAuthor };
}

/** Splits byline values into people: "박성민기자 , 이권효기자", "주용석 / 노경목", "홍길동·김철수 기자". */
export function parseAuthors(values: readonly string[]): Author[] {
  const out: Author[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    const email = EMAIL.exec(value)?.[0] ?? null;
    const parts = value
      .replace(EMAIL, " ")
      .split(/\s*(?:,|，|·|\/|;|\s및\s|\s그리고\s)\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    for (const part of parts) {
      const { name, nonAuthor } = stripRoles(part);
      if (nonAuthor || !name) continue;
      if (!KOREAN_NAME.test(name.replace(/\s/g, "")) && !/^[A-Z][a-zA-Z.'-]+(?: [A-Z][a-zA-Z.'-]+){1,3}$/.test(name)) continue;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ name, email: parts.length === 1 ? email : null });
    }
  }
  return out;
}

export function splitCredit(caption: string): { caption: string | null; credit: string | null } {
  const text = foldSpace(caption);
  for (const re of CAPTION_CREDITS) {
    const m = re.exec(text);
    if (!m) continue;
    if (re === CAPTION_CREDITS[CAPTION_CREDITS.length - 1] && m.index > 0 && !/[\s.'"”’)\]]/.test(text[m.index - 1] ?? "")) continue;
    let credit = foldSpace((m[1] ?? "").replace(/자료\s*사진|자료|제공/g, ""));
    const eq = /^([^=]+)=(.+)$/.exec(credit);
    // "경주=뉴스1" (place=agency) credits the agency; "EPA=연합뉴스" (agency=distributor) keeps both.
    if (eq && /^[가-힣\s]+$/.test((eq[1] as string).trim())) credit = (eq[2] as string).trim();
    if (!credit || credit.length > 40) continue;
    const rest = text.slice(0, m.index).trim();
    return { caption: rest || null, credit };
  }
  return { caption: text || null, credit: null };
}

function cleanImages(images: readonly RawImage[]): Image[] {
  const out: Image[] = [];
  const seen = new Set<string>();
  for (const im of images) {
    const key = `${im.src ?? ""}|${im.caption ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (im.credit) {
      out.push({ src: im.src, caption: im.caption ? foldSpace(im.caption) || null : null, credit: foldSpace(im.credit) || null });
      continue;
    }
    const { caption, credit } = im.caption ? splitCredit(im.caption) : { caption: null, credit: null };
    out.push({ src: im.src, caption, credit });
  }
  return out;
}

function copyrightPress(line: string | null): string | null {
  if (!line) return null;
  const m = COPYRIGHT_PRESS.exec(foldSpace(line));
  const p = m?.[1]?.trim();
  if (!p || /^(무단|all rights)/i.test(p)) return null;
  return p.replace(/\s*(통신사|닷컴)$/, (s) => (s.trim() === "통신사" ? s : s)).trim() || null;
}

interface BodyResult {
  paragraphs: string[];
  copyright: string | null;
  datelineAuthor: string | null;
  bylineAuthors: string[];
}

function isBylineLine(p: string): boolean {
  if (p.length > BYLINE_LINE_MAX) return false;
  if (EMAIL.test(p)) {
    // an e-mail with at most a few name/role words around it
    const words = p.replace(EMAIL, "").replace(/[()<>\[\]/=·,]/g, " ").trim().split(/\s+/).filter(Boolean);
    return words.length <= 8;
  }
  return /^[가-힣]{2,4}\s*(?:선임|수석|전문|객원)?(?:기자|특파원)$/.test(p);
}

function cleanBody(paragraphs: readonly string[], boilerplate: readonly RegExp[]): BodyResult {
  let copyright: string | null = null;
  let datelineAuthor: string | null = null;
  const bylineAuthors: string[] = [];
  const out: string[] = [];
  const filters = [...boilerplate, ...COMMON_BOILERPLATE];
  for (const raw of paragraphs) {
    let p = foldLines(raw);
    if (!p) continue;
    if (out.length === 0) {
      for (const re of DATELINES) {
        const m = re.exec(p);
        if (m && m[0].length < p.length) {
          const name = re === DATELINES[1] ? m[2] : m[3];
          if (name) datelineAuthor = name;
          p = p.slice(m[0].length).trim();
          break;
        }
      }
    }
    if (COPYRIGHT_LINE.test(p) && p.length < 200) {
      copyright ??= p;
      continue;
    }
    if (filters.some((re) => re.test(p))) continue;
    if (isBylineLine(p)) {
      bylineAuthors.push(p);
      continue;
    }
    if (p) out.push(p);
  }
  return { paragraphs: out, copyright, datelineAuthor, bylineAuthors };
}

function resolveUrl(u: string | null, base: string | null): string | null {
  if (!u) return null;
  try {
    return new URL(u, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(u) ? u : null;
  }
}

function daumIdFromImages(images: readonly RawImage[], url: string | null): string | null {
  for (const s of [url, ...images.map((i) => i.src)]) {
    const m = s ? /(?:\/v\/|\/)(\d{17})(?=\D|$)/.exec(s) : null;
    if (m) return m[1] as string;
  }
  return null;
}

function daumCp(images: readonly RawImage[]): string | null {
  for (const im of images) {
    const m = im.src ? /daumcdn\.net\/news\/\d{6}\/\d{2}\/([a-z0-9_]+)\//i.exec(im.src) : null;
    const name = m ? DAUM_CP_CODES[(m[1] as string).toLowerCase()] : undefined;
    if (name) return name;
  }
  return null;
}

export function normalizeArticle({ raw, url: inputUrl, lang }: NormalizeInput): Normalized {
  const warnings: Warning[] = [];
  const f = raw.fields;

  const title = cleanTitle(first(f.title), raw.titleSuffixes);
  const subtitleRaw = first(f.subtitle);
  const subtitle = subtitleRaw ? foldLines(subtitleRaw) || null : null;

  const body = cleanBody(raw.paragraphs, raw.boilerplate);
  const images = cleanImages(raw.images);

  const pageUrl = resolveUrl(first(f.url), inputUrl);
  const url = inputUrl ?? pageUrl;
  const canonicalUrl = resolveUrl(first(f.canonicalUrl), url);

  const copyrightRaw = first(f.copyright) ?? body.copyright;
  const copyright = copyrightRaw ? foldSpace(copyrightRaw) || null : null;

  // Publisher, in order: the site's own fields (logo, og:article:author, embedded cp name),
  // the site's fixed press, JSON-LD/meta, the copyright line, the host, Daum's cp code.
  let publisher: string | null = null;
  for (const v of f.publisher ?? []) {
    let p = foldSpace(v);
    for (const re of raw.publisherStrip) p = p.replace(re, "").trim();
    if (p) {
      publisher = p;
      break;
    }
  }
  publisher ??= raw.fixedPublisher ?? copyrightPress(copyright) ?? outletForHost(hostOf(url)) ?? daumCp(raw.images);
  if (!publisher) warnings.push({ code: "NO_PUBLISHER", message: "no publisher found in fields, copyright line or host" });

  // Authors: byline fields, else the dateline, else sign-off lines at the end of the body.
  let authors = parseAuthors(f.authors ?? []);
  if (authors.length === 0 && body.datelineAuthor) authors = parseAuthors([body.datelineAuthor]);
  if (authors.length === 0 && body.bylineAuthors.length > 0) authors = parseAuthors(body.bylineAuthors);
  // e-mails from sign-off lines attach to the author they name
  authors = authors.map((a) => {
    if (a.email) return a;
    const line = body.bylineAuthors.find((l) => l.includes(a.name) && EMAIL.test(l));
    return line ? { name: a.name, email: EMAIL.exec(line)?.[0] ?? null } : a;
  });

  const dateTextRaw = first(f.dateText);
  const dateText = dateTextRaw ? foldSpace(dateTextRaw).replace(DATE_LABEL, "").trim() || null : null;
  let publishedAt = parseKoreanDate(first(f.published) ? foldSpace(first(f.published) as string).replace(DATE_LABEL, "") : null)?.iso ?? null;
  const modifiedAt = parseKoreanDate(first(f.modified) ? foldSpace(first(f.modified) as string).replace(DATE_LABEL, "") : null)?.iso ?? null;
  if (!publishedAt && dateText) publishedAt = parseKoreanDate(dateText)?.iso ?? null;
  if (!publishedAt) {
    const id = daumIdFromImages(raw.images, url);
    if (id) {
      publishedAt = daumIdToIso(id);
      if (publishedAt) warnings.push({ code: "DATE_FROM_ID", message: `publishedAt taken from the Daum article id ${id}` });
    }
  }
  if (!publishedAt) warnings.push({ code: "NO_DATE", message: "no publication date found" });

  const section = first(f.section) ? foldSpace(first(f.section) as string) || null : null;
  const paragraphs = body.paragraphs.map((text) => ({ text }));
  if (paragraphs.length === 0) warnings.push({ code: "NO_BODY", message: "the article has no body text (image-only or empty body)" });
  if (!title) warnings.push({ code: "NO_TITLE", message: "no title found" });

  const hangul = /[가-힣]/.test(body.paragraphs.join("") + (title ?? ""));
  const language = lang ? lang.toLowerCase().split(/[-_]/)[0] || (hangul ? "ko" : "und") : hangul ? "ko" : "und";

  return {
    article: {
      title,
      subtitle,
      url,
      canonicalUrl: canonicalUrl && canonicalUrl !== url ? canonicalUrl : canonicalUrl,
      publisher,
      portal: raw.portal,
      authors,
      publishedAt,
      modifiedAt: modifiedAt && modifiedAt !== publishedAt ? modifiedAt : null,
      dateText,
      section,
      language,
      paragraphs,
      images,
      text: body.paragraphs.join("\n\n"),
      copyright,
    },
    warnings,
  };
}
