/**
 * Korean date formats to ISO 8601 with the +09:00 offset. Pages print KST; machine fields
 * may be UTC (Arc XP "…Z", epoch milliseconds) and are converted to KST.
 */

const KST_OFFSET_MS = 9 * 3600 * 1000;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export function kstIso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): string | null {
  if (!valid(y, mo, d, h, mi, s)) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+09:00`;
}

/** An instant (epoch ms) rendered in KST. */
export function epochToKst(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const t = new Date(ms + KST_OFFSET_MS);
  if (Number.isNaN(t.getTime())) return null;
  return kstIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/**
 * The formats seen on the pages, most specific first. Each captures year, month, day and
 * optionally (meridiem,) hour, minute, second.
 *  - `2020. 05. 22. 09:39` / `2026. 3. 21. 21:43` (Daum), `2026.01.06. 08:15` (Chosun Arc)
 *  - `2016.09.17 18:59` (Chosun 2011/2015), `2016-09-26 09:57:01` (khan, donga, hani)
 *  - `2017.04.20. 오후 3:53` (Naver, 12-hour)
 *  - `2016/09/17 11:35` (Yonhap)
 *  - `2016년 9월 17일 14시 26분`
 */
const VISIBLE_DATE =
  /(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*[.일]?\s*(?:\([월화수목금토일]\)\s*)?(?:(오전|오후|AM|PM)\s*)?(?:(\d{1,2})\s*[:시]\s*(\d{2})(?:\s*[:분]\s*(\d{2}))?)?/i;

export interface ParsedDate {
  iso: string;
  /** True when the text carried a time of day. */
  hasTime: boolean;
}

export function parseKoreanDate(text: string | null | undefined): ParsedDate | null {
  if (!text) return null;
  const t = text.trim();
  // ISO 8601 with or without offset (JSON-LD, article:published_time, Arc display_date).
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, s, off] = iso;
    if (off) {
      const norm = off === "Z" ? "Z" : off.length === 5 ? `${off.slice(0, 3)}:${off.slice(3)}` : off;
      const ms = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}${norm}`);
      const out = epochToKst(ms);
      return out ? { iso: out, hasTime: true } : null;
    }
    const out = kstIso(+y!, +mo!, +d!, +h!, +mi!, +(s ?? 0));
    return out ? { iso: out, hasTime: true } : null;
  }
  // og:regDate: YYYYMMDDHHMMSS (KST)
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/.exec(t);
  if (compact) {
    const [, y, mo, d, h, mi, s] = compact;
    const out = kstIso(+y!, +mo!, +d!, +h!, +mi!, +(s ?? 0));
    return out ? { iso: out, hasTime: true } : null;
  }
  // epoch milliseconds (Daum dmcf.regDt)
  if (/^\d{12,13}$/.test(t)) {
    const out = epochToKst(Number(t));
    return out ? { iso: out, hasTime: true } : null;
  }
  const m = VISIBLE_DATE.exec(t);
  if (!m) return null;
  const [, y, mo, d, mer, hh, mi, s] = m;
  let h = hh ? +hh : 0;
  if (mer) {
    const pm = /오후|pm/i.test(mer);
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  const out = kstIso(+y!, +mo!, +d!, h, mi ? +mi : 0, s ? +s : 0);
  return out ? { iso: out, hasTime: hh !== undefined } : null;
}

/** A 17-digit Daum article id (YYYYMMDDHHMMSSmmm) to its publication instant. */
export function daumIdToIso(id: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{3}$/.exec(id);
  if (!m) return null;
  return kstIso(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}
