/**
 * Words (eojeol) of a sentence with offsets. Whitespace separates words, except inside a short
 * parenthesis that opened in the same word ("9일(현지 시각)", "X(옛 트위터)를"), so a name with
 * its gloss stays one word. Tokenising is one linear pass; the parenthesis look-ahead is bounded.
 */

export interface Token {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  /** The word without trailing punctuation (. , ! ? … : ;). */
  core: string;
}

/** A parenthesis opened inside a word keeps the word together for at most this many chars
 * (longest gloss seen: "(미국 동부 시간 기준)" is 13). */
const PAREN_JOIN_WINDOW = 30;

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const TRAILING = new Set([".", ",", "!", "?", "…", ":", ";", "·"]);

export function coreOf(text: string): string {
  let e = text.length;
  while (e > 0 && TRAILING.has(text[e - 1]!)) e--;
  return text.slice(0, e);
}

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(sentence[i])) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(sentence[i])) {
      if (sentence[i] === "(" || sentence[i] === "（") {
        const close = sentence[i] === "(" ? ")" : "）";
        const limit = Math.min(n, i + PAREN_JOIN_WINDOW);
        let j = i + 1;
        while (j < limit && sentence[j] !== close && sentence[j] !== "(") j++;
        if (j < limit && sentence[j] === close) {
          i = j + 1;
          continue;
        }
      }
      i++;
    }
    const text = sentence.slice(start, i);
    out.push({ start, end: i, text, core: coreOf(text) });
  }
  return out;
}

/** The masking character for quote interiors: not a letter, not a particle, never whitespace. */
export const MASK = "\u25A1";
export const hasMask = (t: Token): boolean => t.text.includes(MASK);
const QUOTE_CHARS = /[“”‘’"'「」『』〈〉《》]/;
export const hasQuoteChar = (t: Token): boolean => QUOTE_CHARS.test(t.text);
