/**
 * Day expressions and their resolution against the publication day.
 *
 * Calendar arithmetic is done on Y/M/D numbers in UTC (Date.UTC), never on the clock.
 * The publication day is the KST (UTC+9) calendar day of `publishedAt`.
 */
import { VOCAB } from "./vocab.js";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The KST calendar day of an ISO date-time with offset, or null. */
export function publicationDay(publishedAt: string | null): Ymd | null {
  if (!publishedAt) return null;
  const t = Date.parse(publishedAt);
  if (Number.isNaN(t)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(publishedAt);
    return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
  }
  const kst = new Date(t + 9 * 3600_000);
  return { y: kst.getUTCFullYear(), m: kst.getUTCMonth() + 1, d: kst.getUTCDate() };
}

/** A valid calendar day or null (31 February is not a day). */
export function makeDay(y: number, m: number, d: number): Ymd | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return { y, m, d };
}

export function addDays(day: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d) + days * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + months;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

const cmp = (a: Ymd, b: Ymd): number => a.y - b.y || a.m - b.m || a.d - b.d;

export const formatDay = (d: Ymd): string =>
  `${String(d.y).padStart(4, "0")}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;

/**
 * A day expression read at one position.
 * - `kind: "day"`: a calendar expression (9일, 지난달 28일, 2025년 12월 9일, 9일(현지 시각));
 * - `kind: "relative"`: 어제/오늘 with an offset, or an anaphoric word (이날) with offset null.
 */
export type DayExpression =
  | { kind: "day"; length: number; yearWord: number | null; year: number | null; monthWord: number | null | "last"; month: number | null; day: number }
  | { kind: "relative"; length: number; offset: number | null };

/** Words that may lead a calendar expression (지난달 28일), in DAY_RE's order. */
const LEAD_WORDS = ["지난해", "작년", "올해", "올", "지난달", "이달", "지난"];
// sticky, anchored, bounded: safe on any input
const DAY_RE = new RegExp(`(?:(${LEAD_WORDS.join("|")})\\s{1,3})?(?:(\\d{4})년\\s{0,3})?(?:(\\d{1,2})월\\s{0,3})?(\\d{1,2})일(?![간째])(?:\\s{0,2}\\([^()]{0,15}\\))?`, "y");

/** The relative day words with their offsets, as a list: read at every word of a frame. */
const RELATIVE_DAYS = [...VOCAB.relativeDays];
/**
 * The first UTF-16 unit of every day expression: a digit or the first unit of a lead word (every
 * DAY_RE match) or of a relative day word. Most words start otherwise, and one table read rules
 * them out before any string is compared or the pattern is run.
 */
const MAY_START_DAY = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) MAY_START_DAY[c] = 1;
for (const w of [...LEAD_WORDS, ...VOCAB.relativeDays.keys()]) MAY_START_DAY[w.charCodeAt(0)] = 1;

/** Reads a day expression starting exactly at `at` in `text`, or null. */
export function dayExpressionAt(text: string, at: number): DayExpression | null {
  if (at >= text.length || MAY_START_DAY[text.charCodeAt(at)] === 0) return null;
  const prev = text[at - 1];
  if (prev !== undefined && /[\d~∼\-–.]/.test(prev)) return null; // part of a range or a number
  for (const [word, offset] of RELATIVE_DAYS) {
    if (text.startsWith(word, at)) {
      const after = text[at + word.length];
      // 어제/오늘 may carry a particle (어제는, 오늘도) but not be part of a longer word (오늘날)
      if (after === undefined || !/[가-힣]/.test(after) || /^(?:은|는|도|에|부터)/.test(text.slice(at + word.length, at + word.length + 2))) {
        if (word === "오늘" && text.startsWith("오늘날", at)) continue;
        return { kind: "relative", length: word.length, offset };
      }
    }
  }
  DAY_RE.lastIndex = at;
  const m = DAY_RE.exec(text);
  if (!m) return null;
  const lead = m[1] ?? null;
  const yearWord = lead !== null && VOCAB.yearWords.has(lead) ? VOCAB.yearWords.get(lead)! : null;
  let monthWord: number | null | "last" = null;
  if (lead !== null && VOCAB.monthWords.has(lead)) {
    const o = VOCAB.monthWords.get(lead)!;
    monthWord = o === null ? "last" : o;
  }
  return {
    kind: "day",
    length: m[0].length,
    yearWord,
    year: m[2] ? Number(m[2]) : null,
    monthWord,
    month: m[3] ? Number(m[3]) : null,
    day: Number(m[4]),
  };
}

/**
 * Resolves a day expression against the publication day. A statement is never dated after its
 * publication, so a bare day later than the publication day is in the previous month, and a
 * month/day later than it is in the previous year. Month-only expressions never get here
 * (the pattern needs 일); anaphoric words (이날) resolve to null.
 */
export function resolveDay(expr: DayExpression, pub: Ymd | null): string | null {
  if (expr.kind === "relative") {
    if (expr.offset === null || pub === null) return null;
    return formatDay(addDays(pub, expr.offset));
  }
  if (expr.year !== null && expr.month !== null) {
    const d = makeDay(expr.year, expr.month, expr.day);
    return d ? formatDay(d) : null;
  }
  if (pub === null) return null;
  if (expr.year !== null) return null; // 2025년 9일: no month
  if (expr.yearWord !== null) {
    if (expr.month === null) return null; // 지난해 5일
    const d = makeDay(pub.y + expr.yearWord, expr.month, expr.day);
    return d ? formatDay(d) : null;
  }
  if (typeof expr.monthWord === "number") {
    const ym = addMonths(pub.y, pub.m, expr.monthWord);
    const d = makeDay(ym.y, ym.m, expr.day);
    return d ? formatDay(d) : null;
  }
  if (expr.month !== null) {
    let d = makeDay(pub.y, expr.month, expr.day);
    if (d && cmp(d, pub) > 0) d = makeDay(pub.y - 1, expr.month, expr.day);
    return d ? formatDay(d) : null;
  }
  // a bare day number: this month, or the previous month when it is later than the publication day
  if (expr.day <= pub.d) {
    const d = makeDay(pub.y, pub.m, expr.day);
    return d ? formatDay(d) : null;
  }
  const ym = addMonths(pub.y, pub.m, -1);
  const d = makeDay(ym.y, ym.m, expr.day);
  return d ? formatDay(d) : null;
}

/** A word that only carries time (a date, a time of day): skipped between a subject and its verb. */
export function isTimeWord(core: string): boolean {
  if (core.length > 24) return false;
  if (VOCAB.relativeDays.has(core) || VOCAB.yearWords.has(core) || VOCAB.monthWords.has(core)) return true;
  return /^(?:\d{1,4}(?:년|월|일|시|분)(?:\([^()]{0,15}\))?|오전|오후|새벽|아침|저녁|밤|낮|현지시간|시각\)|시간\)|\(현지)$/.test(core) || /^\d{1,2}일\(/.test(core);
}
