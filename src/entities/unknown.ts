/**
 * Names that are not in the lexicon, found by patterns (entities with known: false).
 *
 * Each detector reads one paragraph and the lexicon mentions already found in it, and returns
 * "finds": a typed name with the span where the pattern saw it. index.ts merges finds into
 * entities and searches the rest of the article for the same names. The vocabularies are in
 * patterns.ts; this file is only the logic. Detectors, in order of precedence:
 *
 *  1. corporate forms        "SK(주)", "(주)GS", "SK(주) C&C"           company (may replace a lexicon mention)
 *  2. company + X&Y          "GS E&R", "SK C&C"                          company (may replace a lexicon mention)
 *  3. transcript speakers    "◆ 박지원>", "[김민준 / 경기 고양시 …]"        person
 *  4. name (occupation)      "방희선(변호사)", "정원화(제일기획 상무)"       person (+ company)
 *  5. name … title           "김준 SK이노베이션 신임 사장", "김성수의원"    person (+ company/regulator)
 *  6. foreign given name     "조지 부시", "빌 클린턴"                       person
 *  7. name + 정부            "박근혜 정부"                                 person
 *  8. quoted company + 사    "‘나이앤틱’사"                                company
 *  9. organisation suffix    "문화재청", "국민안전처", "한국경제신문"         regulator / company / source
 * 10. subsidiary             "한화생명", "LG화학" (known group + ending)     company
 * 11. chip model code        "AMD MI450", "H30 칩", "H20과 H30"           chip
 */
import type { EntityType } from "../schema/record.js";
import { isSpaceCode } from "../text/normalize.js";
import { buildDenseAutomaton, type DenseAutomaton } from "./automaton.js";
import { sortFew } from "./sort.js";
import { CharClass, CLOSERS, OPENERS, charClass, foldAlias, squashSpaces } from "./chars.js";
import { parenAliasAt, rightBoundaryEnd, suffixSetFor } from "./matcher.js";
import {
  CHIP_CODE_STOP,
  CHIP_CONTEXT_AFTER,
  CHIP_LIST_CONNECTORS,
  CORPORATE_FORMS,
  CORPORATE_TITLES,
  FOREIGN_GIVEN_NAMES,
  FOREIGN_PERSON_TITLES,
  GENERIC_LATIN_PREFIXES,
  GIVEN_NAME_SYLLABLES,
  GOVERNMENT_TITLES,
  KOREAN_DOUBLE_SURNAMES,
  KOREAN_SURNAMES,
  AFFILIATION_NOT_COMPANY_ENDINGS,
  AGENCY_ENDINGS,
  LOANWORD_SYLLABLES,
  CHINESE_SURNAME_SYLLABLES,
  NOT_TITLES,
  NAME_FINAL_EXCLUDE,
  NAME_STOPWORDS,
  NOT_BETWEEN_NAME_AND_TITLE,
  ORG_SUFFIX_RULES,
  PAREN_OCCUPATIONS,
  PERSON_TITLES,
  SUBSIDIARY_ENDINGS,
  SUBSIDIARY_STOP_REMAINDERS,
  TITLE_COMPOUND_SUFFIXES,
  TITLE_MODIFIERS,
  WEAK_TITLES,
} from "./patterns.js";
import { CHIP_SUFFIXES, GENERAL_SUFFIXES, PARTICLES_ONLY, PERSON_SUFFIXES, isSuffixChain, stripParticles } from "../text/particles.js";

/** A lexicon mention already found in the paragraph. */
export interface KnownSpan {
  /** the lexicon entry (index into the compiled entries) */
  readonly entry: number;
  readonly start: number;
  readonly end: number;
  readonly nameEnd: number;
  readonly type: EntityType;
  readonly text: string;
}

/** What the detectors may ask of the lexicon. */
export interface LexiconView {
  /** the entry type that owns this folded alias, if any */
  aliasType(folded: string): EntityType | undefined;
  /** the entry index that owns this folded alias, if any */
  aliasEntry(folded: string): number | undefined;
  /**
   * The lengths of the company aliases that foldAlias(word) may start with, for the word
   * text[start, end) of at least two characters, as bits (bit k: an alias of k characters, for
   * 2 <= k <= 30); 0 when no company alias starts with its first two folded characters. -1
   * (every bit) when that cannot be told from two character codes.
   */
  companyAliasLengths(text: string, start: number, end: number): number;
  /** true for a company that designs chips of the lexicon (a chip entry names it as vendor) */
  isChipVendor(entry: number): boolean;
}

export interface UnknownFind {
  readonly type: EntityType;
  /** the name as printed (spaces folded) */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** other forms to look for in the article (a parenthesised abbreviation, a surname) */
  readonly aliases: readonly string[];
  /** true when the find may replace lexicon mentions it overlaps ("SK(주)" over "SK") */
  readonly override: boolean;
  /** lower wins when two finds overlap */
  readonly rank: number;
  /** set when the name turns out to be a lexicon alias ("(주)GS" before a glued title) */
  readonly entry?: number;
}

// ───────────── vocab as sets ─────────────

/**
 * A set of single characters tested by code unit, so that a test makes no one-character string.
 * Items longer than one unit are left out: a test of one character never matches them anyway.
 */
class CharSet {
  private readonly table: CodeBits;
  constructor(chars: Iterable<string>) {
    this.table = new CodeBits(new Map([...chars].filter((c) => c.length === 1).map((c) => [c.charCodeAt(0), 1])));
  }
  has(code: number): boolean {
    return this.table.get(code) !== 0;
  }
}

/** Eight bits per code unit, over the range of the codes given (0 for every other code unit). */
class CodeBits {
  private readonly min: number;
  private readonly bits: Uint8Array;
  constructor(values: ReadonlyMap<number, number>) {
    const codes = [...values.keys()];
    this.min = codes.length > 0 ? Math.min(...codes) : 0;
    this.bits = new Uint8Array(codes.length > 0 ? Math.max(...codes) - this.min + 1 : 0);
    for (const [c, v] of values) this.bits[c - this.min] = v;
  }
  get(code: number): number {
    // an explicit range test: reading a typed array out of bounds is several times slower
    const i = code - this.min;
    return i >= 0 && i < this.bits.length ? this.bits[i]! : 0;
  }
}

const SURNAMES = new CharSet(KOREAN_SURNAMES);
const DOUBLE_SURNAMES = new Set(KOREAN_DOUBLE_SURNAMES);
const GIVEN = new CharSet(GIVEN_NAME_SYLLABLES);
const STOP = new Set(NAME_STOPWORDS);
const FINAL_EXCLUDE = new CharSet(NAME_FINAL_EXCLUDE);
const TITLES = new Set(PERSON_TITLES);
const FOREIGN_TITLES = new Set(FOREIGN_PERSON_TITLES);
const CORP_TITLES = new Set(CORPORATE_TITLES);
const GOV_TITLES = new Set(GOVERNMENT_TITLES);
const MODIFIERS = new Set(TITLE_MODIFIERS);
const NOT_BETWEEN = new Set(NOT_BETWEEN_NAME_AND_TITLE);
const OCCUPATIONS = new Set(PAREN_OCCUPATIONS);
const GIVEN_FOREIGN = new Set(FOREIGN_GIVEN_NAMES);
/**
 * The lengths of the foreign given names by their first character, as bits (bit 7 for seven
 * characters or more): most tokens are ruled out by their first character and length, without
 * a string lookup.
 */
const GIVEN_FOREIGN_LENGTHS = (() => {
  const bits = new Map<number, number>();
  for (const n of FOREIGN_GIVEN_NAMES) bits.set(n.charCodeAt(0), (bits.get(n.charCodeAt(0)) ?? 0) | lengthBit(n.length));
  return new CodeBits(bits);
})();

function lengthBit(length: number): number {
  return 1 << Math.min(length, 7);
}
const LOAN = new CharSet(LOANWORD_SYLLABLES);
const CHINESE_SURNAMES = new CharSet(CHINESE_SURNAME_SYLLABLES);
const NOT_TITLE_WORDS = new Set(NOT_TITLES);
const SUB_STOP = new Set(SUBSIDIARY_STOP_REMAINDERS);
const CHIP_STOP = new Set(CHIP_CODE_STOP);
const GENERIC_LATIN = new Set(GENERIC_LATIN_PREFIXES);
const WEAK = new Set(WEAK_TITLES);
const CHIP_AFTER = new Set(CHIP_CONTEXT_AFTER);
/** longest first so "부사장" is tried before "사장" */
const COMPOUND_TITLES = [...TITLE_COMPOUND_SUFFIXES].sort((a, b) => b.length - a.length);
const GLUED_TITLES = [...PERSON_SUFFIXES].sort((a, b) => b.length - a.length);

/** Syllables that end organisation words, never a three-syllable Korean name ("국방부", "이사회"). */
const ORG_FINAL_SYLLABLES = new CharSet("부청처회당");
/** Particles that end a noun phrase: a word carrying one cannot sit between a name and its title. */
const BREAKING_PARTICLES = ["은", "는", "을", "를", "의", "에", "에서", "에게", "께서", "으로", "이며", "이고"];

/** True when `s` is min..max Hangul syllables (가-힣): /^[가-힣]{min,max}$/ without a regex call. */
function isHangulWord(s: string, min = 1, max = Infinity): boolean {
  return isHangulSpan(s, 0, s.length, min, max);
}

/** isHangulWord(text.slice(start, end), min, max) without making the substring. */
function isHangulSpan(text: string, start: number, end: number, min: number, max: number): boolean {
  if (end - start < min || end - start > max) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xac00 || c > 0xd7a3) return false;
  }
  return true;
}
/** A gloss that repeats a name in Latin letters ("(John Moolenaar)", "(CCPIT)") or Hanja ("(任鴻斌)"). */
const LATIN_GLOSS = /^[A-Z][A-Za-z0-9&.\- ]{1,39}$/;
const HANJA_GLOSS = /^[\u3400-\u9fff]{2,10}$/;

// ───────────── small helpers ─────────────

/** True for a Korean personal name: surname + given-name syllables, not a common word. */
export function isKoreanName(s: string): boolean {
  if (!isHangulWord(s, 2, 4) || FINAL_EXCLUDE.has(s.charCodeAt(s.length - 1)) || STOP.has(s)) return false;
  if (s.length === 4) return DOUBLE_SURNAMES.has(s.slice(0, 2)) && GIVEN.has(s.charCodeAt(2)) && GIVEN.has(s.charCodeAt(3));
  if (s.length === 3 && ORG_FINAL_SYLLABLES.has(s.charCodeAt(2))) return false;
  if (!SURNAMES.has(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) if (!GIVEN.has(s.charCodeAt(i))) return false;
  return true;
}

/** True for a Hangul word that reads like a foreign name ("바이든", "러트닉", "마크롱"). */
function isForeignLooking(s: string): boolean {
  if (!isHangulWord(s, 2, 6) || STOP.has(s)) return false;
  for (let i = 0; i < s.length; i++) if (LOAN.has(s.charCodeAt(i))) return true;
  return false;
}

/**
 * A transliterated Chinese name ("왕춘밍", "린자오밍", "쑨잉"): three or four syllables from a
 * Chinese surname syllable, or two right after a known body ("중국 상무부 쑨잉 대변인"), since
 * two-syllable words like 자국 or 판매 start with the same syllables.
 */
function isChineseLooking(s: string, afterKnownBody: boolean): boolean {
  // a final 인 is the copula ("자회사인", "대표인"), not a name syllable
  if (!isHangulWord(s, 2, 4) || STOP.has(s) || FINAL_EXCLUDE.has(s.charCodeAt(s.length - 1)) || s.endsWith("인") || !CHINESE_SURNAMES.has(s.charCodeAt(0))) return false;
  return s.length >= 3 || afterKnownBody;
}

/** The title a word names ("상인회장" → "회장"), or null. */
export function titleOf(word: string): string | null {
  if (TITLES.has(word)) return word;
  if (NOT_TITLE_WORDS.has(word)) return null;
  if (!isHangulWord(word)) return null;
  for (const t of COMPOUND_TITLES) if (word.length > t.length && word.endsWith(t)) return t;
  return null;
}

const LEADING_PUNCT_LIST = [...OPENERS].map((c) => String.fromCharCode(c)).join("") + "―—–-…·•◆◇■□▶▷●○◎△▲▼<";
const LEADING_PUNCT = new CharSet(LEADING_PUNCT_LIST);
const TRAILING_PUNCT_LIST = ",.!?;:…”’\"')]」』〉》>·";
const TRAILING_PUNCT_CHARS = new CharSet(TRAILING_PUNCT_LIST);

/** The bare word of a title token: "대표께서는" → "대표", "교수님은" → "교수", "경영기획실장(부회장)도" → "경영기획실장". */
function titleCore(raw: string): string {
  let w = raw;
  let i = 0;
  while (i < w.length && LEADING_PUNCT.has(w.charCodeAt(i))) i++;
  w = w.slice(i);
  const paren = w.indexOf("(");
  if (paren > 0) w = w.slice(0, paren);
  w = trimTrailingPunct(w);
  if (!isHangulWord(w)) {
    // "(주)GS부사장은": the title is the Hangul run at the end
    const tail = /[가-힣]+$/.exec(w);
    if (!tail || tail.index === 0) return w;
    w = tail[0];
  }
  w = stripParticles(w, 1);
  if (w.endsWith("님") && w.length > 1) w = stripParticles(w.slice(0, -1), 1);
  return w;
}

/** The breaking particles by their last character (most words end in none of them). */
const BREAKING_BY_LAST = new Map<number, string[]>();
for (const p of BREAKING_PARTICLES) {
  const last = p.charCodeAt(p.length - 1);
  BREAKING_BY_LAST.set(last, [...(BREAKING_BY_LAST.get(last) ?? []), p]);
}

/** True when the word text[start, end) ends in a breaking particle (and is longer than it). */
function endsWithBreakingParticle(text: string, start: number, end: number): boolean {
  const candidates = BREAKING_BY_LAST.get(text.charCodeAt(end - 1));
  if (candidates === undefined) return false;
  for (const p of candidates) if (end - start > p.length && text.startsWith(p, end - p.length)) return true;
  return false;
}

/**
 * The lexicon mentions of a paragraph, indexed for constant-time questions: which mention covers
 * a position, which starts or ends at one. Keeps the detectors linear on hostile input.
 */
interface KnownIndex {
  readonly spans: readonly KnownSpan[];
  /** index into spans of the mention covering each position, or -1 (valid below `length`) */
  readonly owner: Int32Array;
  /** length of the paragraph */
  readonly length: number;
  /**
   * index into spans of the mention starting at each position 0..length, then (from length + 1 on)
   * of the one ending at each position 0..length; -1 where none does
   */
  readonly edges: Int32Array;
}

/**
 * Per-paragraph buffers are reused from one paragraph to the next (allocating typed arrays per
 * paragraph showed up in profiles); a paragraph longer than this gets buffers of its own, so a
 * huge input does not pin its memory.
 */
const SCRATCH_MAX = 1 << 16;
let ownerScratch = new Int32Array(1024);
let edgeScratch = new Int32Array(2048);
let takenScratch = new Uint8Array(1024);

function ownerBuffer(length: number): Int32Array {
  if (length > SCRATCH_MAX) return new Int32Array(length);
  if (ownerScratch.length < length) ownerScratch = new Int32Array(Math.min(SCRATCH_MAX, 2 * length));
  return ownerScratch;
}

function edgeBuffer(length: number): Int32Array {
  if (length > SCRATCH_MAX) return new Int32Array(length);
  if (edgeScratch.length < length) edgeScratch = new Int32Array(Math.min(SCRATCH_MAX, 2 * length));
  return edgeScratch;
}

function takenBuffer(length: number): Uint8Array {
  if (length > SCRATCH_MAX) return new Uint8Array(length);
  if (takenScratch.length < length) takenScratch = new Uint8Array(Math.min(SCRATCH_MAX, 2 * length));
  return takenScratch;
}

function indexKnown(text: string, spans: readonly KnownSpan[]): KnownIndex {
  const n = text.length;
  const owner = ownerBuffer(n).fill(-1, 0, n);
  // typed arrays rather than two maps per paragraph; the spans are matches in this text, so their
  // starts and ends lie in 0..length (a later span at the same place wins, as a map's set would)
  const edges = edgeBuffer(2 * (n + 1)).fill(-1, 0, 2 * (n + 1));
  spans.forEach((k, i) => {
    owner.fill(i, Math.max(0, k.start), Math.min(n, k.end));
    if (k.start >= 0 && k.start <= n) edges[k.start] = i;
    if (k.end >= 0 && k.end <= n) edges[n + 1 + k.end] = i;
  });
  return { spans, owner, length: n, edges };
}

/** The lexicon mention that starts at `pos`, if any. */
function knownStartingAt(k: KnownIndex, pos: number): KnownSpan | undefined {
  if (pos < 0 || pos > k.length) return undefined;
  const i = k.edges[pos]!;
  return i >= 0 ? k.spans[i] : undefined;
}

/** The lexicon mention that ends at `pos`, if any. */
function knownEndingAt(k: KnownIndex, pos: number): KnownSpan | undefined {
  if (pos < 0 || pos > k.length) return undefined;
  const i = k.edges[k.length + 1 + pos]!;
  return i >= 0 ? k.spans[i] : undefined;
}

/** A lexicon mention overlapping [start, end), if any. */
function knownIn(k: KnownIndex, start: number, end: number): KnownSpan | undefined {
  for (let i = Math.max(0, start); i < end && i < k.length; i++) {
    const o = k.owner[i]!;
    if (o >= 0) return k.spans[o];
  }
  return undefined;
}

function overlapsAny(k: KnownIndex, start: number, end: number): boolean {
  return knownIn(k, start, end) !== undefined;
}

/** Removes trailing punctuation in linear time (a regex with `+$` is quadratic on long runs). */
function trimTrailingPunct(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING_PUNCT_CHARS.has(word.charCodeAt(end - 1))) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** A word that may name the organisation a person works for ("제일기획", "GS에너지", "국민안전처"). */
function plausibleAffiliation(word: string): boolean {
  if (word.length < 2 || word.length > 20) return false;
  if (!/^[가-힣A-Za-z0-9&]+$/.test(word) || !/[가-힣A-Za-z]/.test(word)) return false;
  if (MODIFIERS.has(word) || STOP.has(word) || TITLES.has(word) || isKoreanName(word)) return false;
  if (isHangulWord(word) && AFFILIATION_NOT_COMPANY_ENDINGS.some((e) => word.endsWith(e))) return false;
  return true;
}

/** A word shaped like a company or agency name: Latin letters in it, or a corporate/agency ending. */
function looksLikeOrganization(word: string): boolean {
  if (/[A-Za-z]/.test(word)) return true;
  if (SUBSIDIARY_ENDINGS.some((e) => word.length > e.length && word.endsWith(e))) return true;
  return ORG_SUFFIX_RULES.some((r) => word.length >= r.minLength && word.endsWith(r.suffix));
}

// ───────────── detectors ─────────────

type Push = (f: UnknownFind) => void;

/**
 * 0. A broadcast sign-off names the reporter: "MBC뉴스 정민호입니다.", "YTN 김이영입니다." — a
 * Korean name right before 입니다 at the end of a paragraph, after an outlet (known, or …뉴스).
 */
const SIGN_OFF = /(\S+)\s([가-힣]{2,4})입니다[.!]?\s*$/;

/** A sign-off is one short line at the end: only this tail is searched (no scan of a long paragraph). */
const SIGN_OFF_TAIL = 60;

function signOff(text: string, known: KnownIndex, push: Push): void {
  if (!text.endsWith("입니다") && !text.endsWith("입니다.") && !text.endsWith("입니다!")) return;
  const offset = Math.max(0, text.length - SIGN_OFF_TAIL);
  const m = SIGN_OFF.exec(text.slice(offset));
  if (!m) return;
  const outletEnd = offset + m.index + m[1]!.length;
  const name = m[2]!;
  const start = outletEnd + 1;
  const outlet = knownEndingAt(known, outletEnd);
  if (!(outlet?.type === "source" || m[1]!.endsWith("뉴스")) || !isKoreanName(name) || overlapsAny(known, start, start + name.length)) return;
  push({ type: "person", name, start, end: start + name.length, aliases: [], override: false, rank: 3 });
}

/** 1. "SK(주)", "SK㈜", "(주)GS", "㈜한화", "SK(주) C&C". */
const CORP_FORM = CORPORATE_FORMS.map((f) => f.replace(/[()（）]/g, (c) => `\\${c}`)).join("|");
const CORP_NAME = "[A-Za-z][A-Za-z0-9&]*|[가-힣]{2,12}";
const CORP_SUFFIX_RE = new RegExp(`(?<![A-Za-z0-9&가-힣])(${CORP_NAME})(?:${CORP_FORM})`, "g");
const CORP_PREFIX_RE = new RegExp(`(?:${CORP_FORM}) ?(${CORP_NAME})`, "g");

function corporateForms(text: string, known: KnownIndex, push: Push): void {
  if (!CORPORATE_FORMS.some((f) => text.includes(f))) return;
  const suffix = CORP_SUFFIX_RE;
  const prefix = CORP_PREFIX_RE;
  suffix.lastIndex = 0;
  prefix.lastIndex = 0;
  const andToken = /^ ([A-Z]{1,4}&[A-Z]{1,4})(?![A-Za-z0-9])/;
  const add = (start: number, end: number) => {
    const k = knownIn(known, start, start + 1);
    if (k && k.start <= start && k.end >= end) return;
    push({ type: "company", name: squashSpaces(text.slice(start, end)), start, end, aliases: [], override: true, rank: 0 });
  };
  let m: RegExpExecArray | null;
  while ((m = suffix.exec(text)) !== null) {
    const start = m.index;
    if (start > 0) {
      const prev = charClass(text.charCodeAt(start - 1));
      if (prev === CharClass.Hangul || prev === CharClass.Latin || prev === CharClass.Digit) continue;
    }
    let end = start + m[0].length;
    const tail = andToken.exec(text.slice(end));
    if (tail) end += tail[0].length;
    add(start, end);
  }
  while ((m = prefix.exec(text)) !== null) {
    const start = m.index;
    if (start > 0 && charClass(text.charCodeAt(start - 1)) === CharClass.Latin) continue;
    let name = m[1]!;
    if (isHangulWord(name)) {
      name = stripParticles(name, 2);
      const t = GLUED_TITLES.find((x) => name.endsWith(x) && name.length > x.length + 1);
      if (t) name = name.slice(0, -t.length);
    }
    add(start, start + m[0].length - m[1]!.length + name.length);
  }
}

/** 2. "<company> X&Y" after a lexicon company written in Latin ("SK C&C"). */
function companyAmpersand(text: string, known: KnownIndex, push: Push): void {
  for (const k of known.spans) {
    if (k.type !== "company" || !/^[A-Za-z]+$/.test(k.text) || text.charCodeAt(k.nameEnd) !== 0x20) continue;
    const tail = /^ ([A-Z]{1,4}&[A-Z]{1,4})(?![A-Za-z0-9])/.exec(text.slice(k.nameEnd, k.nameEnd + 12));
    if (!tail) continue;
    const end = k.nameEnd + tail[0].length;
    if (overlapsAny(known, k.end, end)) continue;
    push({ type: "company", name: squashSpaces(text.slice(k.start, end)), start: k.start, end, aliases: [], override: true, rank: 0 });
  }
}

/** 3. Transcript speaker turns and broadcast sound bites. */
function speakers(text: string, known: KnownIndex, push: Push): void {
  const turn = /^[◆◇■▶▷●○◎□△▲▼-]?\s*([가-힣]{2,4})\s?>/.exec(text);
  if (turn) {
    const start = turn.index + turn[0].indexOf(turn[1]!);
    const end = start + turn[1]!.length;
    if (isKoreanName(turn[1]!) && !overlapsAny(known, start, end)) {
      push({ type: "person", name: turn[1]!, start, end, aliases: [], override: false, rank: 1 });
    }
  }
  if (!text.includes("[")) return; // no sound bite without its bracket
  const bite = /\[([가-힣]{2,4}) ?\/ ?/g;
  let m: RegExpExecArray | null;
  while ((m = bite.exec(text)) !== null) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (isKoreanName(m[1]!) && !overlapsAny(known, start, end)) {
      push({ type: "person", name: m[1]!, start, end, aliases: [], override: false, rank: 1 });
    }
  }
}

/** The type an affiliation gets from the title that follows it. */
/**
 * The type of the organisation named between a person and a title, or null when it is not
 * output: a regulator before a government title when it ends like an agency ("국민안전처 장관");
 * a company before a corporate title, or before any title when it ends like a company
 * ("최원석 신한투자증권 연구원").
 */
function affiliationType(word: string, title: string): EntityType | null {
  if (!plausibleAffiliation(word)) return null;
  if (GOV_TITLES.has(title)) return AGENCY_ENDINGS.some((e) => word.endsWith(e)) ? "regulator" : null;
  if (CORP_TITLES.has(title)) return "company";
  if (SUBSIDIARY_ENDINGS.some((e) => word.length > e.length && word.endsWith(e))) return "company";
  return null;
}

/** 4. "방희선(변호사)", "김경범(서울대 서어서문학과 교수)", "정원화(제일기획 상무)", "박지원 (민생당 의원)". */
function parenOccupations(text: string, known: KnownIndex, push: Push): void {
  if (!text.includes("(")) return; // most paragraphs have no brackets: no regex pass over them
  const re = /([가-힣]{2,4}) ?\(([^()]{1,40})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const name = m[1]!;
    if (start > 0) {
      const prev = text.charCodeAt(start - 1);
      if (charClass(prev) !== CharClass.Space && !OPENERS.has(prev) && prev !== 0x2c /* , */ && prev !== 0x2015 /* ― */) continue;
    }
    if (!isKoreanName(name) || overlapsAny(known, start, start + name.length)) continue;
    const words = m[2]!.split(/[\s,·]+/).filter(Boolean);
    const last = (words.at(-1) ?? "").replace(/\d+$/, "");
    const title = titleOf(last) ?? (OCCUPATIONS.has(last) ? last : null);
    if (!title && !PAREN_OCCUPATIONS.some((o) => last.length > o.length && last.endsWith(o))) continue;
    push({ type: "person", name, start, end: start + name.length, aliases: [], override: false, rank: 2 });
    if (title && words.length === 2) {
      const org = words[0]!;
      const type = affiliationType(org, title);
      const orgStart = text.indexOf(org, start + name.length);
      if (type && orgStart >= 0 && !overlapsAny(known, orgStart, orgStart + org.length)) {
        push({ type, name: org, start: orgStart, end: orgStart + org.length, aliases: [], override: false, rank: 4 });
      }
    }
  }
}

/** Largest number of words between a name and its title ("안철수 바른미래당 서울시장 후보"). */
const MAX_TITLE_GAP = 3;

/**
 * The whitespace tokens of one paragraph (the matches of /\S+/g) with what the person detectors
 * ask of them, in arrays indexed by token. One instance serves paragraph after paragraph (an
 * object per token showed up in profiles), so what it holds is valid until the next scan. A
 * token's strings are made only when asked for: most tokens are only ever looked at by character.
 */
class Words {
  /** the paragraph the tokens are in */
  private paragraph = "";
  /** the number of tokens */
  count = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private bareStarts = new Int32Array(64);
  private breaking = new Uint8Array(64);
  private titles: (string | null)[] = [];

  /** Starts over for `paragraph`. */
  reset(paragraph: string): void {
    this.paragraph = paragraph;
    this.count = 0;
  }

  add(start: number, end: number, bareStart: number, title: string | null, breaks: boolean): void {
    const i = this.count++;
    if (i === this.starts.length) {
      this.starts = copied(this.starts, new Int32Array(2 * i));
      this.ends = copied(this.ends, new Int32Array(2 * i));
      this.bareStarts = copied(this.bareStarts, new Int32Array(2 * i));
      this.breaking = copied(this.breaking, new Uint8Array(2 * i));
    }
    this.starts[i] = start;
    this.ends[i] = end;
    this.bareStarts[i] = bareStart;
    this.breaking[i] = breaks ? 1 : 0;
    this.titles[i] = title;
  }

  start(i: number): number {
    return this.starts[i]!;
  }
  end(i: number): number {
    return this.ends[i]!;
  }
  /** where the token starts without opening quotes/brackets/bullets (it ends where the token ends) */
  bareStart(i: number): number {
    return this.bareStarts[i]!;
  }
  /** the title the token names, or null */
  title(i: number): string | null {
    return this.titles[i]!;
  }
  /** true when the token cannot sit between a name and its title (punctuation, clause particle) */
  breaks(i: number): boolean {
    return this.breaking[i] === 1;
  }
  text(i: number): string {
    return this.paragraph.slice(this.starts[i], this.ends[i]);
  }
  /** the token without opening quotes/brackets/bullets */
  bare(i: number): string {
    return this.paragraph.slice(this.bareStarts[i], this.ends[i]);
  }
}

/** `to` with `from` copied to its start. */
function copied<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The tokens and organisation runs of the paragraph being read (see SCRATCH_MAX). */
const wordsScratch = new Words();
const orgRunsScratch: number[] = [];

let anyTitle: DenseAutomaton | undefined;

/**
 * Quick filter: a token that contains no title word anywhere cannot name a title. The automaton
 * runs inside the word loop; titles have no spaces, so every hit lies inside one token and the
 * automaton is back at its root after a space. Built on first use (dense: the titles use a few
 * hundred code units at most).
 */
function anyTitleAutomaton(): DenseAutomaton {
  if (!anyTitle) {
    const titles = [...new Set([...PERSON_TITLES, ...TITLE_COMPOUND_SUFFIXES])];
    if (titles.some((t) => /\s/.test(t))) throw new Error("a title must not contain spaces");
    anyTitle = buildDenseAutomaton(titles);
  }
  return anyTitle;
}

/** The quotes that close a quoted company name ("‘나이앤틱’사"). */
const NAME_QUOTE_CLOSERS = "’'\"”";

/** Quotes, brackets and commas (“”"‘’'(),): a token holding one cannot sit between a name and its title. */
const BREAKING_PUNCT_LIST = "“”\"‘’'(),";

/**
 * What the word loop asks of a character, by code unit: one table read per character. Filled
 * from the lists (one-unit items, as CharSet takes them), not by testing every code unit, which
 * would cost milliseconds at load.
 */
const W_LEADING = 1;
const W_BREAKING = 2;
const W_TRAILING = 4;
const W_PARTICLE_LAST = 8;
/** the last character of an organisation suffix (set where the suffix rules are indexed) */
const W_ORG_LAST = 16;
const W_CAPITAL = 32; // A-Z
const W_DIGIT = 64; // 0-9
/** a quote that may close a quoted company name before 사 (quotedCompanies) */
const W_NAME_QUOTE_CLOSE = 128;
const WORD_FLAGS = new Uint8Array(0x10000);
for (let c = 0x41; c <= 0x5a; c++) WORD_FLAGS[c]! |= W_CAPITAL;
for (let c = 0x30; c <= 0x39; c++) WORD_FLAGS[c]! |= W_DIGIT;
for (const ch of NAME_QUOTE_CLOSERS) WORD_FLAGS[ch.charCodeAt(0)]! |= W_NAME_QUOTE_CLOSE;

/**
 * What the regular-expression detectors need to be worth running, seen by scanParagraph: a
 * capital right before a digit (every chip code has one) and a closing quote right before 사
 * (every quoted company has one).
 */
const P_CAPITAL_DIGIT = 1;
const P_QUOTE_SA = 2;
for (const [list, bit] of [[LEADING_PUNCT_LIST, W_LEADING], [BREAKING_PUNCT_LIST, W_BREAKING], [TRAILING_PUNCT_LIST, W_TRAILING]] as const) {
  for (const ch of list) if (ch.length === 1) WORD_FLAGS[ch.charCodeAt(0)]! |= bit;
}
for (const c of BREAKING_BY_LAST.keys()) WORD_FLAGS[c]! |= W_PARTICLE_LAST;

/**
 * Reads a paragraph's characters once for the detectors: fills `words` with its tokens and
 * `orgRuns` with the runs of Hangul syllables (/[가-힣]+/g) that may end in an organisation
 * suffix, as [start, end) pairs in text order (orgSuffixes reads only these). Returns the P_*
 * bits of what it saw.
 */
function scanParagraph(text: string, words: Words, orgRuns: number[]): number {
  const { next, width, column, emits } = anyTitleAutomaton();
  words.reset(text);
  orgRuns.length = 0;
  let runStart = -1; // of the current run of syllables
  let suffixEnd = 0; // length of the run up to its last character that ends some suffix, or 0
  let start = -1;
  let lead = 0; // opening quotes/brackets/bullets at the start of the token
  let punct = false; // a quote, bracket or comma in the token
  let state = 0; // of the title automaton
  let titled = false; // a title word ends inside the token
  let seen = 0; // P_* bits
  let prevFlags = 0; // of the character before
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    const flags = WORD_FLAGS[c]!;
    if ((flags & W_DIGIT) !== 0 && (prevFlags & W_CAPITAL) !== 0) seen |= P_CAPITAL_DIGIT;
    if (c === 0xc0ac /* 사 */ && (prevFlags & W_NAME_QUOTE_CLOSE) !== 0) seen |= P_QUOTE_SA;
    prevFlags = flags;
    const syllable = isSyllable(c);
    if (syllable) {
      if (runStart < 0) {
        runStart = i;
        suffixEnd = 0;
      }
      if ((flags & W_ORG_LAST) !== 0) suffixEnd = i - runStart + 1;
    } else if (runStart >= 0) {
      // most runs cannot end in an organisation suffix (plus particles): only the others are kept.
      // A suffix ends past the run's first character and at most MAX_PARTICLE_TAIL before its end.
      if (i - runStart <= MAX_ORG_RUN && suffixEnd >= 2 && suffixEnd >= i - runStart - MAX_PARTICLE_TAIL) orgRuns.push(runStart, i);
      runStart = -1;
    }
    if (syllable || !isSpaceCode(c)) {
      if (start < 0) {
        start = i;
        lead = 0;
        punct = false;
        titled = false;
      }
      if (lead === i - start && (flags & W_LEADING) !== 0) lead++;
      if ((flags & W_BREAKING) !== 0) punct = true;
      state = next[state * width + column[c]!]!;
      if (emits[state] === 1) titled = true;
      continue;
    }
    state = 0;
    if (start < 0) continue;
    const last = WORD_FLAGS[text.charCodeAt(i - 1)]!;
    const breaks = punct || (last & W_TRAILING) !== 0 || ((last & W_PARTICLE_LAST) !== 0 && endsWithBreakingParticle(text, start, i));
    // only a token with a title word in it needs its text
    words.add(start, i, start + lead, titled ? titleOf(titleCore(text.slice(start, i))) : null, breaks);
    start = -1;
  }
  return seen;
}

/** Index of the word containing position `pos` (binary search; words are in text order), or -1. */
function wordAt(words: Words, pos: number): number {
  let lo = 0;
  let hi = words.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (pos < words.start(mid)) hi = mid - 1;
    else if (pos >= words.end(mid)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** 5–7. Token-based person patterns. */
function personTokens(text: string, words: Words, known: KnownIndex, push: Push): void {
  let consumedUntil = -1; // tokens up to here were a title or an affiliation of an earlier name
  for (let i = 0; i < words.count; i++) {
    if (i <= consumedUntil) continue;
    const wordStart = words.bareStart(i);
    const wordEnd = words.end(i);
    if (wordStart === wordEnd) continue;
    // the checks up to the name patterns read characters: the token's text is made for the few that pass
    // 6. foreign given name + surname: "조지 부시", "빌 클린턴은", "존 물러나(John Moolenaar)"
    if (
      (GIVEN_FOREIGN_LENGTHS.get(text.charCodeAt(wordStart)) & lengthBit(wordEnd - wordStart)) !== 0 && GIVEN_FOREIGN.has(words.bare(i)) &&
      i + 1 < words.count && !overlapsAny(known, wordStart, wordEnd)
    ) {
      const word = words.bare(i);
      const next = words.text(i + 1);
      const paren = next.indexOf("(");
      // before a title the whole next word is the surname ("존 물레나 위원장": 나 is no particle there)
      const titledNext = i + 2 < words.count && words.title(i + 2) !== null && /^[가-힣]{1,6}$/.test(next) && !/[은는이가을를의와과도]$/.test(next);
      const surname = paren > 0 ? next.slice(0, paren) : titledNext ? next : titleCore(next);
      const at = words.start(i + 1);
      if (
        /^[가-힣]{1,6}$/.test(surname) && !titleOf(surname) && !STOP.has(surname) && (titledNext || !GIVEN_FOREIGN.has(surname)) &&
        next.startsWith(surname) && !overlapsAny(known, at, at + surname.length)
      ) {
        const name = `${word} ${surname}`;
        push({ type: "person", name, start: wordStart, end: at + surname.length, aliases: surname.length >= 2 ? [surname] : [], override: false, rank: 2 });
        consumedUntil = i + 1;
        continue;
      }
    }

    // 5b. glued: "김성수의원이"
    if (words.title(i) && /^[가-힣]{4,10}$/.test(trimTrailingPunct(words.bare(i)))) {
      const core = stripParticles(trimTrailingPunct(words.bare(i)), 3);
      const t = GLUED_TITLES.find((x) => core.endsWith(x) && core.length - x.length === 3);
      if (t) {
        const name = core.slice(0, 3);
        if (isKoreanName(name) && !overlapsAny(known, wordStart, wordStart + 3)) {
          push({ type: "person", name, start: wordStart, end: wordStart + 3, aliases: [], override: false, rank: 3 });
          continue;
        }
      }
    }

    // a name glossed in Hanja ("런훙빈(任鴻斌) … 회장"): Chinese and Japanese people
    const glossed = text.charCodeAt(wordEnd - 1) === 0x29 /* ) */ ? /^([가-힣]{2,4})\([\u3400-\u9fff]{2,4}\)$/.exec(words.bare(i)) : null;
    if (glossed && !overlapsAny(known, wordStart, wordEnd)) {
      let titled = false;
      for (let j = i + 1; j < words.count && j <= i + 1 + MAX_TITLE_GAP && !titled; j++) titled = words.title(j) !== null;
      if (titled) {
        const name = glossed[1]!;
        push({ type: "person", name, start: wordStart, end: wordEnd, aliases: [], override: false, rank: 3 });
        continue;
      }
    }

    // the name must be the whole token (after opening quotes), Hangul, and not a lexicon mention
    if (!isHangulSpan(text, wordStart, wordEnd, 2, 6) || words.title(i)) continue;
    let titleNear = false;
    for (let j = i + 1; j < words.count && j <= i + 1 + MAX_TITLE_GAP && !titleNear; j++) titleNear = words.title(j) !== null;
    // (a token ends before a space, so "정부" at its start lies inside it)
    const nextIsGovernment = i + 1 < words.count && text.startsWith("정부", words.start(i + 1));
    if ((!titleNear && !nextIsGovernment) || overlapsAny(known, wordStart, wordEnd)) continue;
    const word = words.bare(i);

    // 7. "<name> 정부": an administration named after its president
    if (i + 1 < words.count && word.length === 3 && titleCore(words.text(i + 1)) === "정부" && isKoreanName(word)) {
      push({ type: "person", name: word, start: wordStart, end: wordEnd, aliases: [], override: false, rank: 3 });
      continue;
    }

    // 5. name [modifiers/affiliation]{0,3} title
    const korean = isKoreanName(word);
    const prevKnown = i > 0 ? knownEndingAt(known, words.end(i - 1)) : undefined;
    const afterKnownBody = !!prevKnown && ["regulator", "company", "organization", "source"].includes(prevKnown.type);
    const foreign = !korean && (isForeignLooking(word) || isChineseLooking(word, afterKnownBody));
    if (!korean && !foreign) continue;
    const between: number[] = []; // indexes of the words between the name and its title
    let title: string | null = null;
    let titleAt = -1;
    for (let j = i + 1; j < words.count && j <= i + 1 + MAX_TITLE_GAP; j++) {
      if (words.title(j)) {
        title = words.title(j);
        titleAt = j;
        break;
      }
      if (words.breaks(j) || isKoreanName(words.text(j)) || NOT_BETWEEN.has(words.text(j))) break;
      // the title belongs to a person named in between ("방문해 트럼프 대통령을")
      if (knownIn(known, words.start(j), words.end(j))?.type === "person") break;
      between.push(j);
    }
    if (!title) continue;
    const orgs = between.filter((b) => !MODIFIERS.has(words.text(b)));
    const knownOrgs = orgs.every((b) => knownStartingAt(known, words.start(b)) !== undefined || looksLikeOrganization(words.text(b)));
    // two-syllable names are common words too often ("제가 현역 의원"): only right before the
    // title, or with an affiliation the lexicon knows ("김준 SK이노베이션 신임 사장")
    if (korean && word.length === 2 && orgs.length > 0 && !knownOrgs) continue;
    // weak titles ("시장": also "market") need a full name or a modifier such as 전/현
    if (WEAK.has(title) && (word.length < 3 || !korean) && !between.some((b) => MODIFIERS.has(words.text(b)))) continue;
    if (foreign) {
      const companyBefore = i > 0 && knownEndingAt(known, words.end(i - 1))?.type === "company";
      const ok = FOREIGN_TITLES.has(title) || (CORP_TITLES.has(title) && companyBefore);
      if (!ok) continue;
    }
    push({ type: "person", name: word, start: wordStart, end: wordEnd, aliases: [], override: false, rank: 3 });
    consumedUntil = titleAt;
    if (orgs.length === 1) {
      const org = words.text(orgs[0]!);
      const orgStart = words.start(orgs[0]!);
      const orgEnd = words.end(orgs[0]!);
      const type = affiliationType(org, title);
      if (type && !overlapsAny(known, orgStart, orgEnd)) {
        push({ type, name: org, start: orgStart, end: orgEnd, aliases: [], override: false, rank: 4 });
      }
    }
  }
}

const QUOTED_COMPANY_RE = new RegExp(`[‘'"“]([가-힣A-Za-z0-9][가-힣A-Za-z0-9 ]{0,14})[${NAME_QUOTE_CLOSERS}]사`, "g");

/** 8. "‘나이앤틱’사의": a quoted name followed by 사 (company). */
function quotedCompanies(text: string, known: KnownIndex, push: Push): void {
  const re = QUOTED_COMPANY_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const after = m.index + m[0].length;
    let runEnd = after;
    while (runEnd < text.length && runEnd - after <= MAX_PARTICLE_TAIL && charClass(text.charCodeAt(runEnd)) === CharClass.Hangul) runEnd++;
    if (runEnd - after > MAX_PARTICLE_TAIL || !isSuffixChain(text, after, runEnd, GENERAL_SUFFIXES)) continue;
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (overlapsAny(known, start, end)) continue;
    push({ type: "company", name: m[1]!.trim(), start, end, aliases: [], override: false, rank: 5 });
  }
}

/** An organisation name plus its particles is never longer than this (longer Hangul runs are skipped). */
const MAX_ORG_RUN = 40;
/** The longest particle chain after a name (three items of up to five characters). */
const MAX_PARTICLE_TAIL = 15;

// last characters of the organisation suffixes: other words are skipped without a closer look
for (const r of ORG_SUFFIX_RULES) WORD_FLAGS[r.suffix.charCodeAt(r.suffix.length - 1)]! |= W_ORG_LAST;
/** The rules by the last character of their suffix, in their order (a rule can only match a word ending in it). */
const ORG_RULES_BY_LAST = new Map<number, (typeof ORG_SUFFIX_RULES)[number][]>();
for (const r of ORG_SUFFIX_RULES) {
  const last = r.suffix.charCodeAt(r.suffix.length - 1);
  ORG_RULES_BY_LAST.set(last, [...(ORG_RULES_BY_LAST.get(last) ?? []), r]);
}

function isSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** 9. Organisation names by their last word, with a parenthesised abbreviation when one follows. */
function orgSuffixes(text: string, runs: readonly number[], known: KnownIndex, lex: LexiconView, push: Push): void {
  // the runs of syllables that may end in a suffix, found by scanParagraph
  for (let r = 0; r < runs.length; r += 2) {
    const runStart = runs[r]!;
    const next = runs[r + 1]!;
    let start = runStart;
    let latin = "";
    if (start > 0) {
      const prev = text.charCodeAt(start - 1);
      const pc = charClass(prev);
      if (CLOSERS.has(prev)) continue;
      if (pc === CharClass.Latin || pc === CharClass.Digit) {
        // "KB증권", "NH투자증권": a Latin prefix is part of a company or outlet name
        let ls = start - 1;
        while (ls > 0 && /[A-Za-z0-9&]/.test(text.charAt(ls - 1))) ls--;
        if (ls > 0 && charClass(text.charCodeAt(ls - 1)) !== CharClass.Space && !OPENERS.has(text.charCodeAt(ls - 1))) continue;
        latin = text.slice(ls, start);
        if (latin.length < 2 || GENERIC_LATIN.has(latin) || lex.aliasType(foldAlias(latin)) === "chip") continue;
        start = ls;
      }
    }
    let found: { core: string; type: EntityType } | null = null;
    const runLength = next - runStart;
    // the core (the run up to its suffix) is text[runStart, runStart + k), made once a suffix fits
    for (let k = runLength; k >= 2 && k >= runLength - MAX_PARTICLE_TAIL && !found; k--) {
      const last = text.charCodeAt(runStart + k - 1);
      const rules = (WORD_FLAGS[last]! & W_ORG_LAST) !== 0 ? ORG_RULES_BY_LAST.get(last) : undefined;
      if (!rules) continue;
      let made: string | null = null;
      for (const rule of rules) {
        if (latin && (rule.type === "regulator" || rule.hangulOnly)) continue;
        const suffixAt = runStart + k - rule.suffix.length;
        if (latin.length + k < rule.minLength || suffixAt < runStart || !text.startsWith(rule.suffix, suffixAt)) continue;
        const core = (made ??= text.slice(runStart, runStart + k));
        if (rule.exclude?.includes(core) || rule.excludeEndings?.some((x) => core.endsWith(x))) continue;
        if (rule.before && !rule.before.includes(core.charAt(core.length - rule.suffix.length - 1))) continue;
        if (!isSuffixChain(text, runStart + k, next, PARTICLES_ONLY)) continue;
        found = { core: latin + core, type: rule.type };
        break;
      }
    }
    if (!found) continue;
    let end = start + found.core.length;
    if (overlapsAny(known, start, end) || lex.aliasEntry(foldAlias(found.core)) !== undefined) continue;
    const aliases: string[] = [];
    const paren = parenAliasAt(text, end, -1, new Map(), true);
    if (paren && paren.alias && lex.aliasEntry(foldAlias(paren.alias)) === undefined) {
      aliases.push(paren.alias);
      end = paren.end;
    }
    push({ type: found.type, name: found.core, start, end, aliases, override: false, rank: 5 });
  }
}

/** 9b. "찰리 정(Charlie Zheng) 수석 이코노미스트", "화웨이 부회장 에릭 쉬즈쥔(Eric Xu)": a Hangul name glossed in Latin, next to a title. */
function glossedPeople(text: string, words: Words, known: KnownIndex, push: Push): void {
  if (!text.includes("(")) return;
  const re = /\(([A-Z][a-z]+(?:[ -][A-Z][A-Za-z]+){1,3})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // the Hangul words right before the "(": as many as the gloss has words, at most four
    const latinWords = m[1]!.split(/[ -]/).length;
    const at = wordAt(words, m.index);
    if (at < 0) continue;
    const head = text.slice(words.start(at), m.index);
    if (!/^[가-힣]{1,6}$/.test(head)) continue;
    const nameTokens = [head];
    for (let j = at - 1; j >= 0 && nameTokens.length < Math.min(latinWords, 4); j--) {
      if (!/^[가-힣]{1,6}$/.test(words.text(j)) || words.title(j)) break;
      nameTokens.unshift(words.text(j));
    }
    const name = nameTokens.join(" ");
    const nameStart = m.index - head.length - (nameTokens.length > 1 ? name.length - head.length : 0);
    const end = m.index + m[0].length;
    if (text.slice(nameStart, m.index) !== name) continue;
    if (nameTokens.some((t) => STOP.has(t) || titleOf(t)) || overlapsAny(known, nameStart, end)) continue;
    // a title right after ("수석 이코노미스트") or right before ("부회장 에릭 쉬즈쥔")
    let after = at + 1;
    while (after < words.count && words.start(after) < end) after++;
    const titledAfter =
      after < words.count && text.charCodeAt(end) === 0x20 &&
      (words.title(after) !== null || (MODIFIERS.has(words.text(after)) && after + 1 < words.count && words.title(after + 1) !== null));
    const before = at - nameTokens.length;
    const titledBefore = before >= 0 && words.title(before) !== null;
    if (!titledAfter && !titledBefore) continue;
    const aliases = [m[1]!, ...(nameTokens.length > 1 ? [nameTokens.at(-1)!] : [])].filter((a) => a.length >= 2);
    push({ type: "person", name, start: nameStart, end, aliases, override: false, rank: 3 });
  }
}

/** 10. A known company glued to a corporate ending: "한화생명", "LG화학", "SK텔레콤". */
function subsidiaries(text: string, words: Words, known: KnownIndex, lex: LexiconView, push: Push): void {
  for (let w = 0; w < words.count; w++) {
    const start = words.bareStart(w);
    // the token without trailing punctuation is text[start, wordEnd)
    let wordEnd = words.end(w);
    while (wordEnd > start && TRAILING_PUNCT_CHARS.has(text.charCodeAt(wordEnd - 1))) wordEnd--;
    if (wordEnd - start < 4) continue;
    let lengths = lex.companyAliasLengths(text, start, wordEnd);
    if (lengths === 0) continue;
    const word = text.slice(start, wordEnd);
    if (word.includes("(") || overlapsAny(known, start, start + word.length)) continue;
    const folded = foldAlias(word);
    // a fold that collapsed spaces shifts the prefixes: every length is looked up
    if (folded.length !== word.length) lengths = -1;
    for (let k = Math.min(word.length - 2, 24); k >= 2; k--) {
      if ((lengths & (1 << k)) === 0 || lex.aliasType(folded.slice(0, k)) !== "company") continue;
      const prefix = word.slice(0, k);
      const rest = stripParticles(word.slice(k), 2);
      const a = charClass(prefix.charCodeAt(prefix.length - 1));
      const b = charClass(rest.charCodeAt(0));
      if ((a === CharClass.Latin || a === CharClass.Digit) && (b === CharClass.Latin || b === CharClass.Digit)) continue;
      if (rest.length < 2 || SUB_STOP.has(rest) || titleOf(rest) || !/^[가-힣A-Za-z0-9&]+$/.test(rest)) continue;
      if (!SUBSIDIARY_ENDINGS.some((e) => rest.endsWith(e))) continue;
      const name = prefix + rest;
      const end = start + name.length;
      if (overlapsAny(known, start, end)) break;
      push({ type: "company", name, start, end, aliases: [], override: false, rank: 6 });
      break;
    }
  }
}

const NO_HANJA: ReadonlySet<number> = new Set();

/** Longest gap ("과 ", ", ", " 및 ") between a code and a chip it is listed with. */
const MAX_LIST_GAP = 4;

/** True when a known chip sits right before or after the code with a list connector between. */
function listedWithChip(text: string, known: KnownIndex, start: number, end: number, connectors: readonly string[]): boolean {
  for (let gap = 1; gap <= MAX_LIST_GAP && start - gap > 0; gap++) {
    const k = known.owner[start - gap - 1]! >= 0 ? known.spans[known.owner[start - gap - 1]!] : undefined;
    if (k && k.type === "chip" && k.end === start - gap && connectors.includes(text.slice(k.nameEnd, start).trim())) return true;
  }
  for (let gap = 1; gap <= MAX_LIST_GAP && end + gap < text.length; gap++) {
    const k = knownStartingAt(known, end + gap);
    if (k && k.type === "chip" && connectors.includes(text.slice(end, k.start).trim())) return true;
  }
  return false;
}

const CHIP_CONNECTORS = [...CHIP_LIST_CONNECTORS].sort((a, b) => b.length - a.length);

/** 11. Chip model codes next to a vendor, a chip word, or a listed known chip. */
function chipCodes(text: string, known: KnownIndex, lex: LexiconView, push: Push): void {
  const re = /(?<![A-Za-z0-9])([A-Z]{1,4}[0-9]{2,4}[A-Z]{0,2})(?![A-Za-z0-9])/g;
  const connectors = CHIP_CONNECTORS;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const code = m[1]!;
    const start = m.index;
    const end = start + code.length;
    if (CHIP_STOP.has(code) || overlapsAny(known, start, end)) continue;
    const boundary = rightBoundaryEnd(text, end, CharClass.Digit, suffixSetFor("chip"), NO_HANJA);
    if (boundary < 0) continue;
    const glued = text.slice(end, boundary);
    // (a) vendor right before: "AMD MI450", "엔비디아 B40"
    const before = knownEndingAt(known, start - 1);
    const vendor = text.charCodeAt(start - 1) === 0x20 && before !== undefined && before.type === "company" && lex.isChipVendor(before.entry);
    // (b) a chip word right after: "H30 칩", "B40 GPU", "H30칩"
    const afterWord = /^\s?([A-Za-z]+|[가-힣]+)/.exec(text.slice(boundary))?.[1] ?? "";
    const chipWord = CHIP_SUFFIXES.some((s) => glued.startsWith(s)) || (text.charCodeAt(boundary) === 0x20 && CHIP_AFTER.has(stripParticles(afterWord, 1)));
    // (c) in a list with a known chip: "H20과 H30", "H20·H30", "H30, H20"
    const listed = listedWithChip(text, known, start, end, connectors);
    if (!vendor && !chipWord && !listed) continue;
    push({ type: "chip", name: code, start, end, aliases: [], override: false, rank: 7 });
  }
}

/** Lower rank first, then the longer find, then the earlier one. */
function byRankLongestFirst(a: UnknownFind, b: UnknownFind): number {
  return a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function byStart(a: UnknownFind, b: UnknownFind): number {
  return a.start - b.start;
}

/** All finds in one paragraph, overlapping ones resolved (lower rank, then longer, wins). */
export function findUnknownInParagraph(text: string, knownSpans: readonly KnownSpan[], lex: LexiconView): UnknownFind[] {
  const known = indexKnown(text, knownSpans);
  const finds: UnknownFind[] = [];
  const push: Push = (f) => {
    if (f.name.length === 0 || f.end <= f.start) return;
    const entry = lex.aliasEntry(foldAlias(f.name));
    if (entry !== undefined) {
      finds.push({ ...f, entry });
      return;
    }
    // "하워드 루트닉(Howard Lutnick)": the gloss names a lexicon entry of the same type
    const gloss = text.charCodeAt(f.end) === 0x28 /* ( */ ? /^\(([^()]{2,40})\)/.exec(text.slice(f.end)) : null;
    if (gloss) {
      const glossEntry = lex.aliasEntry(foldAlias(gloss[1]!));
      if (glossEntry !== undefined && lex.aliasType(foldAlias(gloss[1]!)) === f.type) {
        finds.push({ ...f, end: f.end + gloss[0].length, entry: glossEntry, override: true });
        return;
      }
      // an unknown gloss in Latin letters or Hanja is the same name: "존 물러나(John Moolenaar)"
      const g = gloss[1]!.trim();
      if (glossEntry === undefined && (LATIN_GLOSS.test(g) || HANJA_GLOSS.test(g)) && !overlapsAny(known, f.end, f.end + gloss[0].length)) {
        finds.push({ ...f, end: f.end + gloss[0].length, aliases: [...f.aliases, g] });
        return;
      }
    }
    finds.push(f);
  };
  const words = text.length > SCRATCH_MAX ? new Words() : wordsScratch;
  const orgRuns = text.length > SCRATCH_MAX ? [] : orgRunsScratch;
  const seen = scanParagraph(text, words, orgRuns);
  corporateForms(text, known, push);
  signOff(text, known, push);
  companyAmpersand(text, known, push);
  speakers(text, known, push);
  parenOccupations(text, known, push);
  personTokens(text, words, known, push);
  if ((seen & P_QUOTE_SA) !== 0) quotedCompanies(text, known, push);
  orgSuffixes(text, orgRuns, known, lex, push);
  glossedPeople(text, words, known, push);
  subsidiaries(text, words, known, lex, push);
  if ((seen & P_CAPITAL_DIGIT) !== 0) chipCodes(text, known, lex, push);
  if (finds.length <= 1) return finds; // (most paragraphs): no overlaps to resolve
  sortFew(finds, byRankLongestFirst);
  const taken = takenBuffer(text.length).fill(0, 0, text.length);
  const kept: UnknownFind[] = [];
  for (const f of finds) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return sortFew(kept, byStart);
}
