/**
 * Character classes and the one-to-one folding the matcher uses.
 *
 * Folding keeps string length (one UTF-16 unit in, one out) so that offsets found in the folded
 * text map back to the paragraph exactly: Latin capitals → lower case, full-width ASCII →
 * ASCII, every kind of space → " ". Runs of spaces are collapsed by the stream builder, not here.
 */
import { isSpaceCode } from "../text/normalize.js";

export const CharClass = {
  Other: 0,
  Hangul: 1,
  Latin: 2,
  Digit: 3,
  Hanja: 4,
  Space: 5,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

export function charClass(code: number): CharClass {
  if (code >= 0xac00 && code <= 0xd7a3) return CharClass.Hangul;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return CharClass.Latin;
  if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
  if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0xfeff) {
    return CharClass.Space;
  }
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f) || (code >= 0xa960 && code <= 0xa97f) || (code >= 0xd7b0 && code <= 0xd7ff)) {
    return CharClass.Hangul;
  }
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return CharClass.Hanja;
  if (code >= 0xff21 && code <= 0xff3a) return CharClass.Latin;
  if (code >= 0xff41 && code <= 0xff5a) return CharClass.Latin;
  if (code >= 0xff10 && code <= 0xff19) return CharClass.Digit;
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return CharClass.Latin;
  return CharClass.Other;
}

export function classAt(text: string, i: number): CharClass {
  if (i < 0 || i >= text.length) return CharClass.Other;
  return charClass(text.charCodeAt(i));
}

/** True for Latin letters and digits (the classes a Latin alias must not touch). */
export function isAlnum(c: CharClass): boolean {
  return c === CharClass.Latin || c === CharClass.Digit;
}

/** Folds one UTF-16 unit: full-width ASCII to ASCII, Latin to lower case, spaces to " ". */
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x80) return code === 0x09 || code === 0x0a || code === 0x0d ? 0x20 : code;
  if (charClass(code) === CharClass.Space) return 0x20;
  if (code >= 0xc0 && code <= 0x24f) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) return lower.charCodeAt(0);
  }
  return code;
}

export interface FoldedStream {
  /** folded text with every run of spaces collapsed to one " " */
  readonly text: string;
  /** original index of each folded char, or null when folding moved nothing (index i is i) */
  readonly map: Int32Array | null;
}

/**
 * Folds a paragraph for matching and keeps the way back to original offsets. Most paragraphs
 * need little or no folding: text that folds to itself is returned as is, and the offset map is
 * only allocated once a run of spaces is collapsed (before that, offsets are unchanged).
 */
export function foldStream(text: string): FoldedStream {
  let prevSpace = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Hangul syllables, most of a Korean paragraph, fold to themselves and are no space
    if (c >= 0xac00 && c <= 0xd7a3) {
      prevSpace = false;
      continue;
    }
    if (foldCode(c) !== c) break;
    if (c === 0x20) {
      if (prevSpace) break;
      prevSpace = true;
    } else prevSpace = false;
  }
  if (i === text.length) return { text, map: null };
  // text[0, i) is already folded; fold the rest
  let map: Int32Array | null = null;
  let out = text.slice(0, i);
  const codes: number[] = [];
  let n = i;
  for (; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === 0x20) {
      if (prevSpace) {
        if (map === null) {
          map = new Int32Array(text.length);
          for (let k = 0; k < n; k++) map[k] = k;
        }
        continue;
      }
      prevSpace = true;
    } else prevSpace = false;
    codes.push(f);
    if (map !== null) map[n] = i;
    n++;
    if (codes.length >= 4096) {
      out += String.fromCharCode(...codes);
      codes.length = 0;
    }
  }
  out += String.fromCharCode(...codes);
  return { text: out, map: map === null ? null : map.subarray(0, n) };
}

/** True when foldAlias would return `alias` unchanged: every unit folds to itself, no spaces. */
function foldsToItself(alias: string): boolean {
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if (c === 0x20 || foldCode(c) !== c) return false;
  }
  return true;
}

/**
 * The first `limit` characters of an alias folded like foldCode, with whitespace runs collapsed
 * and the ends trimmed; reads only as much of the alias as they need.
 */
function foldUpTo(alias: string, limit: number): string {
  let out = "";
  let prevSpace = true;
  for (let i = 0; i < alias.length; i++) {
    const f = foldCode(alias.charCodeAt(i));
    if (f === 0x20) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    out += String.fromCharCode(f);
    // one more character than asked: the trailing space trimmed below cannot be among the first `limit`
    if (out.length > limit) return out.slice(0, limit);
  }
  if (out.endsWith(" ")) out = out.slice(0, -1);
  return out.length > limit ? out.slice(0, limit) : out;
}

/** Folds a whole alias the same way (and trims, collapses spaces). */
export function foldAlias(alias: string): string {
  return foldsToItself(alias) ? alias : foldUpTo(alias, Infinity);
}

/**
 * The first `n` characters of foldAlias(word), reading only as much of `word` as they need
 * (a quick filter before folding a whole word).
 */
export function foldAliasPrefix(word: string, n: number): string {
  return foldUpTo(word, n);
}

/** Collapses whitespace runs of a printed form to single spaces (for labels and comparisons). */
export function squashSpaces(text: string): string {
  // most forms hold single spaces only: nothing to replace
  return (squashNeeded(text) ? text.replace(SQUASH_RUN, " ") : text).trim();
}
const SQUASH_RUN = /[\s\u00a0\u3000\u200b]+/g;

/**
 * True when SQUASH_RUN would change `text`: it holds a space other than U+0020 (`\s` or U+200B)
 * or two U+0020 in a row. Read by character: forms are short, and most are Hangul only.
 */
function squashNeeded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) continue;
    if (c === 0x20 ? text.charCodeAt(i + 1) === 0x20 : c === 0x200b || isSpaceCode(c)) return true;
  }
  return false;
}

/** Closing quotes and brackets: a Hangul word glued after one of these is a particle of the quote. */
export const CLOSERS = new Set([..."’”\"')]」』〉》】〕"].map((c) => c.charCodeAt(0)));

/** Opening quotes and brackets allowed right before a name. */
export const OPENERS = new Set([..."‘“\"'([「『〈《【〔"].map((c) => c.charCodeAt(0)));
