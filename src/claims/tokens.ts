/**
 * Words (eojeol) of a sentence with offsets. Whitespace separates words, except inside a short
 * parenthesis that opened in the same word ("9일(현지 시각)", "X(옛 트위터)를"), so a name with
 * its gloss stays one word. Tokenising is one linear pass; the parenthesis look-ahead is bounded.
 */
import { isSpaceCode } from "../text/normalize.js";

export interface Token {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  /** The word without trailing punctuation (. , ! ? … : ;). */
  core: string;
  /** The word holds masked quotation text (MASK): computed once, asked for every word many times. */
  masked: boolean;
}

/** A parenthesis opened inside a word keeps the word together for at most this many chars
 * (longest gloss seen: "(미국 동부 시간 기준)" is 13). */
const PAREN_JOIN_WINDOW = 30;

/** Trailing punctuation dropped from a word's core: . , ! ? … : ; · */
function isTrailing(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a || c === 0x3b || c === 0xb7;
}

export function coreOf(text: string): string {
  let e = text.length;
  while (e > 0 && isTrailing(text.charCodeAt(e - 1))) e--;
  return e === text.length ? text : text.slice(0, e);
}

/** isSpaceCode with the Hangul syllables, most of a Korean sentence, ruled out first. */
const isSpaceAt = (c: number): boolean => (c >= 0xac00 && c <= 0xd7a3 ? false : isSpaceCode(c));

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  const n = sentence.length;
  // most sentences quote nothing: then no word needs looking at for the mask
  const anyMask = sentence.includes(MASK);
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceAt(sentence.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpaceAt(sentence.charCodeAt(i))) {
      const c = sentence.charCodeAt(i);
      if (c === 0x28 || c === 0xff08) {
        const close = c === 0x28 ? 0x29 : 0xff09;
        const limit = Math.min(n, i + PAREN_JOIN_WINDOW);
        let j = i + 1;
        while (j < limit && sentence.charCodeAt(j) !== close && sentence.charCodeAt(j) !== 0x28) j++;
        if (j < limit && sentence.charCodeAt(j) === close) {
          i = j + 1;
          continue;
        }
      }
      i++;
    }
    const text = sentence.slice(start, i);
    out.push({ start, end: i, text, core: coreOf(text), masked: anyMask && text.includes(MASK) });
  }
  return out;
}

/** The masking character for quote interiors: not a letter, not a particle, never whitespace. */
export const MASK = "\u25A1";
export const hasMask = (t: Token): boolean => t.masked;
const QUOTE_CHARS = /[“”‘’"'「」『』〈〉《》]/;
export const hasQuoteChar = (t: Token): boolean => QUOTE_CHARS.test(t.text);
