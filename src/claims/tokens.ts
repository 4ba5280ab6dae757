/**
 * Words (eojeol) of a sentence with offsets. Whitespace separates words, except inside a short
 * parenthesis that opened in the same word ("9일(현지 시각)", "X(옛 트위터)를"), so a name with
 * its gloss stays one word. Tokenising is one linear pass; the parenthesis look-ahead is bounded.
 */
import { isSpaceCode } from "../text/normalize.js";

/** A word of a sentence. Its strings are cut from the sentence on first use: most words of most
 * sentences are only ever looked at by their last two characters (frames.ts), and the slices
 * were most of the tokeniser's allocations. */
export class Token {
  private coreText: string | null = null;
  constructor(
    private readonly sentence: string,
    /** Offsets in the sentence. */
    readonly start: number,
    readonly end: number,
    /** End of the core in the sentence: the word without trailing punctuation. */
    readonly coreEnd: number,
    /** The word holds masked quotation text (MASK): computed once, asked for every word many times. */
    readonly masked: boolean,
  ) {}

  get text(): string {
    return this.sentence.slice(this.start, this.end);
  }

  /** The word without trailing punctuation (. , ! ? … : ;). */
  get core(): string {
    return (this.coreText ??= this.sentence.slice(this.start, this.coreEnd));
  }

  /** The core's last UTF-16 unit, 0x10000 when the core is empty. */
  lastUnit(): number {
    return this.coreEnd > this.start ? this.sentence.charCodeAt(this.coreEnd - 1) : 0x10000;
  }

  /** The core's last but one UTF-16 unit, 0x10000 when the core is shorter than two. */
  penultUnit(): number {
    return this.coreEnd - this.start >= 2 ? this.sentence.charCodeAt(this.coreEnd - 2) : 0x10000;
  }

  /** wordHash(core), read from the sentence without cutting the core. */
  coreHash(): number {
    return unitsHash(this.sentence, this.start, this.coreEnd);
  }

  /** The word (with its punctuation) ends with a comma. */
  endsWithComma(): boolean {
    return this.sentence.charCodeAt(this.end - 1) === 0x2c;
  }

  /** The word holds a quotation mark or a title bracket (“”‘’"'「」『』〈〉《》). */
  hasQuoteChar(): boolean {
    for (let i = this.start; i < this.end; i++) if (isQuoteChar(this.sentence.charCodeAt(i))) return true;
    return false;
  }
}

/** FNV-1a over the UTF-16 units of text.slice(start, end), kept to 30 bits (a small integer to V8). */
function unitsHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/** A hash of a word: equal words hash alike, so a word whose hash is in no list's set of hashes is
 * in no list, found without cutting it out of its sentence. */
export const wordHash = (word: string): number => unitsHash(word, 0, word.length);

/** A parenthesis opened inside a word keeps the word together for at most this many chars
 * (longest gloss seen: "(미국 동부 시간 기준)" is 13). */
const PAREN_JOIN_WINDOW = 30;

/** Trailing punctuation dropped from a word's core: . , ! ? … : ; · */
function isTrailing(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a || c === 0x3b || c === 0xb7;
}

/** End of the core of the word text.slice(start, end): trailing punctuation dropped. */
function coreEndOf(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isTrailing(text.charCodeAt(e - 1))) e--;
  return e;
}

/** What a UTF-16 unit is to the tokeniser, one table read per character: 0 for a word character
 * (most are), SPACE (isSpaceCode) or PAREN_OPEN. */
const SPACE = 1;
const PAREN_OPEN = 2;
const UNIT_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) UNIT_KIND[c] = SPACE;
UNIT_KIND[0x28] = PAREN_OPEN;
UNIT_KIND[0xff08] = PAREN_OPEN;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  const n = sentence.length;
  // most sentences quote nothing: then no word needs looking at for the mask
  const anyMask = sentence.includes(MASK);
  let i = 0;
  while (i < n) {
    while (i < n && UNIT_KIND[sentence.charCodeAt(i)] === SPACE) i++;
    if (i >= n) break;
    const start = i;
    while (i < n) {
      const c = sentence.charCodeAt(i);
      const kind = UNIT_KIND[c];
      if (kind === SPACE) break;
      if (kind === PAREN_OPEN) {
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
    out.push(new Token(sentence, start, i, coreEndOf(sentence, start, i), anyMask && hasMaskBetween(sentence, start, i)));
  }
  return out;
}

/** The masking character for quote interiors: not a letter, not a particle, never whitespace. */
export const MASK = "\u25A1";
const MASK_CODE = MASK.charCodeAt(0);
function hasMaskBetween(sentence: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (sentence.charCodeAt(i) === MASK_CODE) return true;
  return false;
}
export const hasMask = (t: Token): boolean => t.masked;
/** “ ” ‘ ’ " ' 「 」 『 』 〈 〉 《 》 */
function isQuoteChar(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x22 || c === 0x27 || (c >= 0x3008 && c <= 0x300f);
}
