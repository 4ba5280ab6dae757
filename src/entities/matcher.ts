/**
 * The Korean-aware alias matcher: one Aho–Corasick pass per paragraph, then boundary checks
 * and leftmost-longest selection.
 *
 * Boundaries (see README.md):
 * - left: the name starts the text, or follows a space/punctuation; a Hangul name must not
 *   follow a Hangul syllable ("대중국" has no 중국) nor a closing quote ("‘…’이란" has no 이란);
 *   a Latin/digit name must not follow a Latin letter or digit ("AMDX", "H200" ⊅ "H20").
 * - right: after a Hangul or Latin name, the Hangul run that follows must be a chain of
 *   particles/suffixes (text/particles.ts): "엔비디아의", "H200을", "미국산은" are mentions,
 *   "중국어", "한국은행", "SK이노베이션" are not. A Latin name must not be followed by a Latin
 *   letter or digit.
 * - Hanja: a Hanja name must not touch another Hanja character unless that character is itself
 *   a one-character country abbreviation ("美中"), and may be followed by Hangul ("中기업").
 * - Case: all-capital Latin aliases of up to 5 characters ("AMD", "FT", "H20") match only in
 *   that case; other aliases match in any case.
 * - A parenthesised alias right after a name belongs to the same mention: "파이낸셜타임스(FT)".
 */
import { buildAutomaton, scanFolded, type Automaton } from "./automaton.js";
import { CLOSERS, OPENERS, CharClass, charClass, classAt, foldAlias, foldStream, isAlnum, squashSpaces, type FoldedStream } from "./chars.js";
import type { LexiconEntry } from "./lexicon-schema.js";
import { sortFew } from "./sort.js";
import {
  CHIP_SUFFIXES,
  COMPANY_SUFFIXES,
  GENERAL_SUFFIX_LISTS,
  GENERAL_SUFFIXES,
  MAX_SUFFIX_CHAIN,
  SOURCE_SUFFIXES,
  PERSON_SUFFIXES,
  isSuffixChain,
  suffixSet,
  type SuffixSet,
} from "../text/particles.js";

/** Largest alias length (characters) considered for a case-sensitive all-caps alias. */
const CASE_SENSITIVE_MAX = 5;
/** A parenthesised alias is at most this long ("(Financial Times)" fits; a clause does not). */
const MAX_PAREN_ALIAS = 40;
/**
 * Alias sets with at most this many keys (the names learnt from one article) are searched with
 * indexOf instead of an automaton: building a 65,536-entry root table per article costs more
 * than a few dozen native substring searches.
 */
const NAIVE_MAX_KEYS = 64;

export interface PatternForm {
  /** index into the compiled entries */
  readonly entry: number;
  /** printed forms that require exact case; null when any case is fine */
  readonly caseForms: readonly string[] | null;
}

export interface AliasSet {
  /** null for small sets searched with indexOf */
  readonly automaton: Automaton | null;
  readonly patterns: readonly PatternForm[];
  readonly keys: readonly string[];
  /** folded alias key → entry index (first entry wins) */
  readonly aliasIndex: ReadonlyMap<string, number>;
  /** what may follow each entry's names (by type) */
  readonly suffixSets: readonly SuffixSet[];
  /** code units of one-character Hanja aliases */
  readonly singleHanja: ReadonlySet<number>;
}

export interface AliasSource {
  readonly type: LexiconEntry["type"];
  readonly aliases: readonly string[];
}

const SUFFIXES_BY_TYPE: Readonly<Record<LexiconEntry["type"], SuffixSet>> = {
  company: suffixSet([COMPANY_SUFFIXES, ...GENERAL_SUFFIX_LISTS]),
  chip: suffixSet([CHIP_SUFFIXES, ...GENERAL_SUFFIX_LISTS]),
  source: suffixSet([SOURCE_SUFFIXES, ...GENERAL_SUFFIX_LISTS]),
  person: suffixSet([PERSON_SUFFIXES, ...GENERAL_SUFFIX_LISTS]),
  regulator: GENERAL_SUFFIXES,
  country: GENERAL_SUFFIXES,
  organization: GENERAL_SUFFIXES,
};

/** What may follow a name of this type without a space. */
export function suffixSetFor(type: LexiconEntry["type"]): SuffixSet {
  return SUFFIXES_BY_TYPE[type];
}

function isCaseSensitiveAlias(alias: string): boolean {
  return alias.length <= CASE_SENSITIVE_MAX && /[A-Z]/.test(alias) && /^[A-Z0-9.&-]+$/.test(alias);
}

/** Spaced variants: "중국 정부" also matches "중국정부" when every part has two or more characters. */
function compactVariant(folded: string): string | null {
  if (!folded.includes(" ") || !/[가-힣]/.test(folded)) return null;
  const parts = folded.split(" ");
  if (parts.some((p) => p.length < 2)) return null;
  return parts.join("");
}

/** Compiles alias sources (entries in priority order) into one automaton. */
export function compileAliasSet(sources: readonly AliasSource[]): AliasSet {
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const patterns: { entry: number; caseForms: string[] | null }[] = [];
  const aliasIndex = new Map<string, number>();
  const singleHanja = new Set<number>();
  const add = (key: string, entry: number, printed: string) => {
    if (key.length === 0) return;
    if (!aliasIndex.has(key)) aliasIndex.set(key, entry);
    const owner = aliasIndex.get(key);
    if (owner !== entry) return; // another entry claimed this alias first
    let p = keyIndex.get(key);
    if (p === undefined) {
      p = patterns.length;
      keyIndex.set(key, p);
      keys.push(key);
      patterns.push({ entry, caseForms: isCaseSensitiveAlias(printed) ? [printed] : null });
      return;
    }
    const pat = patterns[p]!;
    if (pat.caseForms === null) return;
    if (isCaseSensitiveAlias(printed)) {
      if (!pat.caseForms.includes(printed)) pat.caseForms.push(printed);
    } else pat.caseForms = null;
  };
  sources.forEach((src, entry) => {
    for (const alias of src.aliases) {
      const folded = foldAlias(alias.normalize("NFC"));
      add(folded, entry, squashSpaces(alias));
      const compact = compactVariant(folded);
      if (compact) add(compact, entry, squashSpaces(alias).replace(/ /g, ""));
      if (src.type === "country" && folded.length === 1 && charClass(folded.charCodeAt(0)) === CharClass.Hanja) {
        singleHanja.add(folded.charCodeAt(0));
      }
    }
  });
  return {
    automaton: keys.length > NAIVE_MAX_KEYS ? buildAutomaton(keys) : null,
    patterns,
    keys,
    aliasIndex,
    suffixSets: sources.map((s) => suffixSetFor(s.type)),
    singleHanja,
  };
}

/** One accepted alias occurrence in a paragraph. */
export interface RawMention {
  readonly entry: number;
  readonly start: number;
  /** end of the whole mention (after a parenthesised alias when there is one) */
  readonly end: number;
  /** end of the name itself */
  readonly nameEnd: number;
  readonly text: string;
  /** a parenthesised alias that no entry owns, to be learnt for this article ("원안위") */
  readonly parenAlias: string | null;
}

/** End of the Hangul run starting at `from`, looking at most `limit` characters ahead. */
function hangulRunEnd(text: string, from: number, limit: number): number {
  let i = from;
  const stop = Math.min(text.length, from + limit + 1);
  while (i < stop && charClass(text.charCodeAt(i)) === CharClass.Hangul) i++;
  return i;
}

/** Left boundary check for a name starting at `start` whose first folded char has class `first`. */
export function leftBoundaryOk(text: string, start: number, first: CharClass, singleHanja: ReadonlySet<number>): boolean {
  if (start === 0) return true;
  const prevCode = text.charCodeAt(start - 1);
  const prev = charClass(prevCode);
  if (prev === CharClass.Space) return true;
  if (first === CharClass.Hangul) {
    if (prev === CharClass.Hangul) return false;
    if (CLOSERS.has(prevCode)) {
      // a straight quote opens when it follows a space or the start: "소련이 …
      if (prevCode !== 0x22 && prevCode !== 0x27) return false;
      return start < 2 || charClass(text.charCodeAt(start - 2)) === CharClass.Space || OPENERS.has(text.charCodeAt(start - 2));
    }
    return true;
  }
  if (first === CharClass.Latin || first === CharClass.Digit) {
    if (isAlnum(prev)) return false;
    if (prevCode === 0x40 /* @ */) return false;
    if ((prevCode === 0x2e /* . */ || prevCode === 0x2f /* / */) && isAlnum(classAt(text, start - 2))) return false;
    return true;
  }
  if (first === CharClass.Hanja) {
    if (prev === CharClass.Hanja) return singleHanja.has(prevCode);
    return true;
  }
  return true;
}

/**
 * Right boundary check for a name ending at `end` whose last folded char has class `last`.
 * Returns the end of the particle chain after the name (>= end) or -1 when the name runs on.
 */
export function rightBoundaryEnd(
  text: string,
  end: number,
  last: CharClass,
  suffixes: SuffixSet,
  singleHanja: ReadonlySet<number>,
): number {
  if (end >= text.length) return end;
  const nextCode = text.charCodeAt(end);
  const next = charClass(nextCode);
  if (last === CharClass.Latin || last === CharClass.Digit) {
    if (isAlnum(next)) return -1;
    if (nextCode === 0x40) return -1;
    if ((nextCode === 0x2e || nextCode === 0x2f) && isAlnum(classAt(text, end + 1))) return -1;
  }
  if (last === CharClass.Hanja) {
    if (next === CharClass.Hanja) return singleHanja.has(nextCode) ? end : -1;
    return end; // Hanja abbreviations prefix Hangul words: "中기업"
  }
  if ((last === CharClass.Hangul || last === CharClass.Latin || last === CharClass.Digit) && next === CharClass.Hangul) {
    // a chain has at most MAX_SUFFIX_CHAIN items, so a longer run is a longer word
    const limit = MAX_SUFFIX_CHAIN * suffixes.maxLength;
    const runEnd = hangulRunEnd(text, end, limit);
    if (runEnd - end > limit) return -1;
    return isSuffixChain(text, end, runEnd, suffixes) ? runEnd : -1;
  }
  return end;
}

const LATINISH_PAREN = /^[A-Za-z0-9][A-Za-z0-9&.\- ]{0,29}$/;
const HANJA_PAREN = /^[\u3400-\u9fff\uf900-\ufaff]{1,10}$/;
const HANGUL_ABBR_PAREN = /^[가-힣]{2,6}$/;

/**
 * The parenthesised alias right after a name ("(FT)"): returns its end and whether it is new.
 * Accepted when it is an alias of the same entry, or looks like a name (Latin acronym or word,
 * Hanja) that no other entry owns. Glosses ("인공지능(AI)") never reach here: 인공지능 is no entry.
 */
export function parenAliasAt(
  text: string,
  at: number,
  entry: number,
  aliasIndex: ReadonlyMap<string, number>,
  allowHangulAbbr: boolean,
): { end: number; alias: string | null } | null {
  if (text.charCodeAt(at) !== 0x28 /* ( */) return null;
  const close = text.indexOf(")", at + 1);
  if (close < 0 || close - at - 1 > MAX_PAREN_ALIAS) return null;
  const inner = text.slice(at + 1, close);
  if (inner.includes("(")) return null;
  const trimmed = squashSpaces(inner);
  if (!trimmed) return null;
  const owner = aliasIndex.get(foldAlias(trimmed));
  if (owner === entry) return { end: close + 1, alias: null };
  if (owner !== undefined) return null;
  if (LATINISH_PAREN.test(trimmed) || HANJA_PAREN.test(trimmed) || (allowHangulAbbr && HANGUL_ABBR_PAREN.test(trimmed))) {
    return { end: close + 1, alias: trimmed };
  }
  return null;
}

interface Candidate extends RawMention {
  readonly pattern: number;
}

const NO_HANGUL_PAREN = (): boolean => false;

/** Leftmost first; at one start the longest name, then the earliest pattern. */
function byStartLongestPattern(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.nameEnd - a.nameEnd || a.pattern - b.pattern;
}

/**
 * The folded form of one paragraph, shared by the matches of that paragraph so that it is made
 * at most once (null until a match needs it; only the small alias sets searched with indexOf do).
 */
export interface FoldSlot {
  stream: FoldedStream | null;
}

/**
 * All accepted, non-overlapping alias occurrences in one paragraph, leftmost-longest.
 * `allowHangulParen` is used for paren handling (Hangul abbreviations only for organisations).
 * `fold` holds the paragraph's folded form when it is matched more than once.
 */
export function matchAliases(
  set: AliasSet,
  text: string,
  allowHangulParen: (entry: number) => boolean = NO_HANGUL_PAREN,
  fold: FoldSlot = { stream: null },
): RawMention[] {
  if (text.length === 0 || set.keys.length === 0) return [];
  const cands: Candidate[] = [];
  /** pattern p found at text[start, nameEnd) */
  const onHit = (p: number, start: number, nameEnd: number) => {
    const key = set.keys[p]!;
    const pat = set.patterns[p]!;
    if (pat.caseForms !== null) {
      const printed = squashSpaces(text.slice(start, nameEnd));
      if (!pat.caseForms.includes(printed) && !pat.caseForms.includes(printed.replace(/ /g, ""))) return;
    }
    const first = charClass(key.charCodeAt(0));
    const last = charClass(key.charCodeAt(key.length - 1));
    if (!leftBoundaryOk(text, start, first, set.singleHanja)) return;
    // (most names are followed by no bracket: no question about the entry then)
    const paren = text.charCodeAt(nameEnd) === 0x28 ? parenAliasAt(text, nameEnd, pat.entry, set.aliasIndex, allowHangulParen(pat.entry)) : null;
    let end = nameEnd;
    let parenAlias: string | null = null;
    if (paren) {
      end = paren.end;
      parenAlias = paren.alias;
    } else if (rightBoundaryEnd(text, nameEnd, last, set.suffixSets[pat.entry]!, set.singleHanja) < 0) return;
    cands.push({ entry: pat.entry, start, end, nameEnd, text: text.slice(start, end), parenAlias, pattern: p });
  };
  if (set.automaton) {
    // the scan folds as it reads: a text that folds to itself is its own folded form
    if (scanFolded(set.automaton, text, onHit)) fold.stream ??= { text, map: null };
  } else {
    const folded = (fold.stream ??= foldStream(text));
    const map = folded.map;
    set.keys.forEach((key, p) => {
      for (let i = folded.text.indexOf(key); i >= 0; i = folded.text.indexOf(key, i + 1)) {
        const end = i + key.length;
        onHit(p, map === null ? i : map[i]!, map === null ? end : map[end - 1]! + 1);
      }
    });
  }
  sortFew(cands, byStartLongestPattern);
  // the candidates themselves are returned (their pattern index rides along unread)
  const out: RawMention[] = [];
  let lastEnd = 0;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}
