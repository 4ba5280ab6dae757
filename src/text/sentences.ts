/**
 * Sentence splitting for Korean news text.
 *
 * Starts from `Intl.Segmenter("ko", { granularity: "sentence" })` and repairs what it gets wrong
 * in this genre:
 *   - never split inside “…”, ‘…’, "…", '…', (…), […], {…}, 〈…〉, 《…》, 「…」, 『…』, 【…】;
 *   - a sentence continues after a closing quote (`…다.”며 “…”고 밝혔다.`);
 *   - ellipses (`...`, `…`), decimals (`1.5%`), abbreviations (`U.S.`, `Mr.`), dotted dates
 *     (`2025. 12. 10.`) and enumerators (`1.`, `가.`, `①`) are not ends;
 *   - polite endings (`…했습니다`, `…할까요`, `…인데요`) end a sentence even without punctuation;
 *   - a segment that ends with an opening quote (`…했다.“다음`) gives the quote to the next sentence.
 *
 * Pathological input is handled in linear time:
 *   - ENCLOSURE_WINDOW: an opening quote or bracket protects at most this many characters; an
 *     unclosed quote stops protecting after it (1,000 chars: the longest quotation in the
 *     corpus is ~300 chars, so 3x headroom, while one stray “ cannot swallow a huge paragraph);
 *   - the enclosure scanner is one pass with a stack; matching a closer looks at most
 *     MATCH_DEPTH entries deep;
 *   - V8's segment iterator is superlinear in the number of segments (measured: 100,000
 *     sentences in one string took 441 s), so the segmenter only ever sees chunks of at most
 *     SEGMENTER_CHUNK characters, cut at likely sentence ends;
 *   - no regular expression here runs over unbounded text with nested or overlapping
 *     quantifiers: every look-back or look-ahead is a bounded character scan.
 */

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** An opening quote/bracket and where it closes (-1: not closed within the window). */
export interface Enclosure {
  open: number;
  close: number;
  openChar: string;
  closeChar: string;
}

/** How far (in UTF-16 units) an opening quote or bracket protects text from splitting. */
export const ENCLOSURE_WINDOW = 1_000;
/** How deep in the open-enclosure stack a closer may look for its opener (bounds the work per char). */
const MATCH_DEPTH = 4;
/** Largest piece of text handed to Intl.Segmenter at once (see the header comment). */
const SEGMENTER_CHUNK = 2_000;

const PAIRS: Readonly<Record<string, string>> = {
  "“": "”",
  "‘": "’",
  "(": ")",
  "[": "]",
  "{": "}",
  "〈": "〉",
  "《": "》",
  "「": "」",
  "『": "』",
  "【": "】",
  "（": "）",
  "［": "］",
};
const CLOSERS = new Set(Object.values(PAIRS));
/** Quote marks that open and close with the same character. */
const TOGGLES = new Set(['"', "'"]);
/** Characters that close a quotation or bracket: a sentence may continue right after them. */
const CLOSING_MARKS = new Set(["”", "’", '"', "'", ")", "]", "」", "』", "〉", "》", "】", "）", "］"]);
const OPENING_MARKS = new Set(["“", "‘", '"', "'", "(", "[", "「", "『", "〈", "《", "【", "（", "［"]);

/**
 * What a UTF-16 code unit is to the paragraph scan, as bits, learnt on first sight of the unit
 * (testing the whole BMP against MAY_BREAK up front takes tens of milliseconds; a text uses a few
 * hundred distinct characters); 0 for a unit not seen yet. Most units are none of these, and one
 * typed-array read per character lets the scan skip them without building strings.
 */
const UNIT_SEEN = 1;
/** MAY_BREAK matches the unit. */
const UNIT_MAY_BREAK = 2;
/** A high surrogate: the pair's code point decides whether MAY_BREAK matches. */
const UNIT_HIGH_SURROGATE = 4;
/** Quote and bracket marks: one that opens and closes alike (TOGGLES), an opener, a closer. */
const UNIT_TOGGLE = 8;
const UNIT_OPENER = 16;
const UNIT_CLOSER = 32;
/** The last unit of a polite ending. */
const UNIT_POLITE_LAST = 64;
const UNIT_MARK = UNIT_TOGGLE | UNIT_OPENER | UNIT_CLOSER;
const UNIT_BREAK = UNIT_MAY_BREAK | UNIT_HIGH_SURROGATE;
const unitInfo = new Uint8Array(0x10000);
function learnUnit(c: number): number {
  const ch = String.fromCharCode(c);
  let info = UNIT_SEEN;
  // (a lone surrogate is no code point MAY_BREAK matches)
  if (c >= 0xd800 && c <= 0xdbff) info |= UNIT_HIGH_SURROGATE;
  else if (MAY_BREAK.test(ch)) info |= UNIT_MAY_BREAK;
  if (TOGGLES.has(ch)) info |= UNIT_TOGGLE;
  else if (Object.hasOwn(PAIRS, ch)) info |= UNIT_OPENER;
  else if (CLOSERS.has(ch)) info |= UNIT_CLOSER;
  if (POLITE_ENDINGS.some((e) => e.charCodeAt(e.length - 1) === c)) info |= UNIT_POLITE_LAST;
  unitInfo[c] = info;
  return info;
}
const infoOf = (c: number): number => unitInfo[c]! || learnUnit(c);

/**
 * Words that continue a sentence after a closing quote even when separated by a space
 * (`“…” 라고 말했다`). Without a space any Hangul continues the sentence.
 */
const CONTINUATION_WORDS = [
  "라고", "이라고", "고", "며", "라며", "이라며", "면서", "라면서", "이라면서", "하고", "하며",
  "하면서", "라는", "이라는", "는", "란", "이란", "하는", "라", "이라", "냐고", "자고", "등", "등의",
  "이렇게", "이같이", "같은", "와", "과", "를", "을", "에", "의", "로", "으로", "도", "처럼",
];

/** Latin abbreviations that end with a period but do not end a sentence (compared case-insensitively). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "co", "corp", "ltd", "no", "vs", "etc",
  "gen", "sen", "rep", "gov", "lt", "col", "capt", "mt", "ft", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig", "al", "e.g", "i.e", "a.m", "p.m",
]);

/** Polite endings that close a sentence even when the writer left out the period. */
const POLITE_ENDINGS = ["니다", "까요", "데요"];

const isSpace = (c: string | undefined): boolean =>
  c !== undefined && (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0" || c === "\u3000" || c === "\u2028" || c === "\u2029" || c === "\u200b" || c === "\ufeff");
const isHangul = (c: string | undefined): boolean => c !== undefined && c >= "\uac00" && c <= "\ud7a3";
const isLatin = (c: string | undefined): boolean => c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** A straight apostrophe used inside a word (don't, Xi's) or before a year ('90s), not a quote. */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isLatin(prev) && isLatin(next)) return true;
  if ((prev === undefined || isSpace(prev)) && isDigit(next) && isDigit(text[i + 2]) && !isDigit(text[i + 3])) return true;
  return false;
}

/** A paragraph read once, in one pass over its characters, for what the splitter looks at. */
export interface ParagraphScan {
  /** Every opening quote or bracket in text order with the index of its closer, or -1 when it
   * did not close within ENCLOSURE_WINDOW characters. */
  enclosures: Enclosure[];
  /** Every unit that MAY_BREAK matches, and every high surrogate (its pair decides), ascending:
   * the only units the sentence-end rules of simpleBoundaries read. */
  breaks: number[];
  /** End of every polite ending (POLITE_ENDINGS), as `indexOf` finds them ending by ending. */
  polite: number[];
}

/**
 * Scans a paragraph in one pass: quotes and brackets with a stack, the units that may end a
 * sentence, the polite endings.
 */
export function scanParagraph(text: string): ParagraphScan {
  const out: Enclosure[] = [];
  const breaks: number[] = [];
  const polite: number[] = [];
  // an ending is found again only from the end of its previous occurrence on, as indexOf finds it
  const politeFrom = POLITE_ENDINGS.map(() => 0);
  const stack: number[] = []; // indices into out
  const closeAt = (k: number, i: number): void => {
    // pop everything above k (unclosed), then k itself
    while (stack.length > k + 1) stack.pop();
    const idx = stack.pop()!;
    out[idx]!.close = i;
  };
  const findOpen = (ch: string): number => {
    for (let d = 0; d < MATCH_DEPTH && d < stack.length; d++) {
      const k = stack.length - 1 - d;
      if (out[stack[k]!]!.openChar === ch) return k;
    }
    return -1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // infoOf, written out: this loop reads every character of every paragraph
    const info = unitInfo[code]! || learnUnit(code);
    if (info === UNIT_SEEN) continue;
    if ((info & UNIT_BREAK) !== 0) breaks.push(i);
    if ((info & UNIT_POLITE_LAST) !== 0) {
      // (a loop, not a callback: a closure over i would give every iteration a context of its own)
      for (let k = 0; k < POLITE_ENDINGS.length; k++) {
        const e = POLITE_ENDINGS[k]!;
        const start = i + 1 - e.length;
        if (e.charCodeAt(e.length - 1) === code && start >= politeFrom[k]! && text.startsWith(e, start)) {
          polite.push(i + 1);
          politeFrom[k] = i + 1;
        }
      }
    }
    if ((info & UNIT_MARK) === 0) continue;
    // expire enclosures older than the window: the top is the youngest, so once it has expired
    // everything below it has too; each entry is popped once in total (checking only at marks is
    // the same: the stack does not change in between and expiry only grows with i)
    while (stack.length > 0 && i - out[stack[stack.length - 1]!]!.open > ENCLOSURE_WINDOW) stack.length = 0;
    const c = text[i]!;
    if ((info & UNIT_TOGGLE) !== 0) {
      if (c === "'" && isApostrophe(text, i)) continue;
      const k = findOpen(c);
      if (k >= 0) closeAt(k, i);
      else {
        stack.push(out.length);
        out.push({ open: i, close: -1, openChar: c, closeChar: c });
      }
      continue;
    }
    if (c === "“" || c === "‘") {
      // a left mark used as a closer (a common typo: `확인됐다“고 말했다`): same mark open,
      // glued to the preceding word, and not followed by a space
      const k = findOpen(c);
      const prev = text[i - 1];
      const next = text[i + 1];
      const glued = prev !== undefined && !isSpace(prev) && !OPENING_MARKS.has(prev);
      if (k >= 0 && glued && (next === undefined || !isSpace(next) || prev === "." || prev === "?" || prev === "!")) {
        closeAt(k, i);
        continue;
      }
    }
    if ((info & UNIT_OPENER) !== 0) {
      stack.push(out.length);
      out.push({ open: i, close: -1, openChar: c, closeChar: PAIRS[c]! });
      continue;
    }
    // a closer
    for (let d = 0; d < MATCH_DEPTH && d < stack.length; d++) {
      const k = stack.length - 1 - d;
      if (out[stack[k]!]!.closeChar === c) {
        closeAt(k, i);
        break;
      }
    }
  }
  return { enclosures: out, breaks, polite };
}

/**
 * Protected intervals: a boundary between `a` and `b` (a < b) is inside an enclosure when
 * open < a and b <= closeOrLimit. Returned sorted by open, as [open, limit] pairs.
 */
function protectedIntervals(enclosures: readonly Enclosure[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const e of enclosures) {
    const limit = e.close >= 0 ? e.close : e.open + ENCLOSURE_WINDOW;
    const last = out[out.length - 1];
    if (last && e.open <= last[1]) {
      if (limit > last[1]) last[1] = limit;
    } else out.push([e.open, limit]);
  }
  return out;
}

/**
 * Cut points for the segmenter: at most SEGMENTER_CHUNK apart, preferably after `. ` / `? ` / `! `.
 * `terminal` says whether the cut follows such punctuation (only then is it a candidate boundary).
 */
function chunkStarts(text: string): Array<{ at: number; terminal: boolean }> {
  const starts = [{ at: 0, terminal: false }];
  let s = 0;
  while (text.length - s > SEGMENTER_CHUNK) {
    const hi = s + SEGMENTER_CHUNK;
    const lo = s + (SEGMENTER_CHUNK >> 1);
    let cut = -1;
    let spaceCut = -1;
    for (let i = hi; i > lo; i--) {
      if (isSpace(text[i - 1]) && !isSpace(text[i])) {
        if (spaceCut < 0) spaceCut = i;
        let j = i - 1;
        while (j > lo && isSpace(text[j])) j--;
        if (text[j] === "." || text[j] === "?" || text[j] === "!") {
          cut = i;
          break;
        }
      }
    }
    const terminal = cut >= 0;
    if (cut < 0) cut = spaceCut >= 0 ? spaceCut : hi;
    starts.push({ at: cut, terminal });
    s = cut;
  }
  return starts;
}

let segmenter: Intl.Segmenter | null = null;

/**
 * Characters after which the sentence segmenter may break (UAX #29: STerm and ATerm, i.e.
 * Sentence_Terminal plus the dot leaders; paragraph separators). Text without any of them is
 * one segment.
 */
export const MAY_BREAK = /[\p{Sentence_Terminal}\u002e\u2024\ufe52\uff0e\n\r\u0085\u2028\u2029]/u;
/** Terminators and closing marks that may end a text without a break before its end
 * (`…했다.”`, `…까?!`): no rule breaks before a closer or a further terminator. */
export const FINAL_MARKS = new Set([".", "?", "!", "。", "？", "！", "．", "”", "’", '"', "'", ")", "]", "」", "』", "〉", "》", "】", "）", "］"]);

/** Closing marks that UAX #29 classes Close: `다.” 그는` breaks after the space like `다. 그는`. */
const CLOSE_MARKS = new Set(["”", "’", '"', "'", ")", "]", "」", "』", "〉", "》", "】", "）", "］"]);
/** Quotes and brackets that UAX #29 classes Close, opening ones included (Ps, Pi and quotation
 * marks are Close too): `다. ‘인`, `요. (웃음)`. */
const CLOSE_CLASS = new Set([...CLOSE_MARKS, "“", "‘", "(", "[", "{", "}", "「", "『", "〈", "《", "【", "（", "［"]);
const isSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isUpperCode = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** `.`, `?`, `!`: the terminators the short cut reads (`.` is ATerm, the others STerm). */
const isPlainTerminator = (c: number): boolean => c === 0x2e || c === 0x3f || c === 0x21;

/** The units of text.slice(from, to) that MAY_BREAK matches and the high surrogates, ascending
 * (what ParagraphScan.breaks holds for a whole paragraph). */
function breakUnits(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if ((infoOf(text.charCodeAt(i)) & UNIT_BREAK) !== 0) out.push(i);
  return out;
}

/** Index of the first item of a list ascending by `key` whose key is at least `at` (list.length when none is). */
export function firstAtLeast<T>(list: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const itself = (n: number): number => n;

/** Line and paragraph separators (UAX #29 Sep, CR, LF): a sentence always ends after one. */
const isParaSep = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
/** What may stand between the spaces after a terminator and the letter that decides (SB8 looks
 * past them): digits, spaces, quotes and brackets (Close), `%` (Other). */
const isRunChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return isDigitCode(c) || c === 0x20 || c === 0x25 || CLOSE_CLASS.has(text[i]!);
};

/**
 * The boundaries Intl.Segmenter would report inside text.slice(from, to), pushed to `out`, when
 * the text is simple enough to tell without it; false (nothing pushed) when it is not.
 *
 * Simple: every terminator before the final marks is a `.`, `?` or `!` (or a run of them:
 * `...`, `?!`; SB8a keeps a run together), and after the run's last one comes
 *   - a digit right after a `.` (`1.5`): no break (SB6);
 *   - or quotes and brackets, then a Hangul syllable: a break before the syllable (`…냐?’는`;
 *     the sentence splitter decides whether it is a real end);
 *   - or quotes and brackets and spaces, at least one of them, then a Hangul syllable or an
 *     upper-case Latin letter, possibly after digits, `%`, spaces, quotes and brackets
 *     (`다. 20일`, `다. 100% 맞히는`, `다. ‘인`, `요. (웃음)`, `다. FT`, `?〉(8월`): a break before
 *     what follows the spaces;
 *   - or quotes, brackets and spaces, then a line separator: no break but the one after it.
 * UAX #29 breaks exactly there (rule SB11: SB6 and SB7 need the digit or letter right after the
 * `.`, and SB8 looks past digits, `%`, spaces and Close marks for a lower-case letter, finding a Hangul
 * syllable or an upper-case letter first, which are neither), after every line separator (SB4;
 * CR LF is one, SB3), and nowhere else; a run of final marks at the end has no break before the
 * end. Most paragraphs are plain Korean sentences like this, and the segmenter costs
 * microseconds per call.
 * `breaks`: the units of the text that MAY_BREAK matches and its high surrogates, ascending (at
 * least those in [from, to); ParagraphScan.breaks), read from the text when not given.
 * (Exported for the tests that hold it against Intl.Segmenter.)
 */
export function simpleBoundaries(text: string, from: number, to: number, out: number[], breaks: readonly number[] = breakUnits(text, from, to)): boolean {
  let end = to;
  while (end > from && FINAL_MARKS.has(text[end - 1]!)) end--;
  const mark = out.length;
  const fail = (): boolean => {
    out.length = mark;
    return false;
  };
  // the rules read nothing but the units in `breaks` and what follows them: from one to the next
  let b = firstAtLeast(breaks, from, itself);
  let i = from;
  for (;;) {
    while (b < breaks.length && breaks[b]! < i) b++;
    if (b >= breaks.length || breaks[b]! >= end) break;
    i = breaks[b]!;
    const c = text.charCodeAt(i);
    if ((infoOf(c) & UNIT_HIGH_SURROGATE) !== 0) {
      // a surrogate pair inside the text is one code point to MAY_BREAK; a lone surrogate is none
      const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (MAY_BREAK.test(text.slice(i, i + 2))) return fail();
        i += 2;
      } else i++;
      continue;
    }
    if (isParaSep(c)) {
      const after = c === 0x0d && i + 1 < end && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      if (after < to) out.push(after);
      i = after;
      continue;
    }
    if (!isPlainTerminator(c)) return fail();
    let t = i;
    while (t + 1 < end && isPlainTerminator(text.charCodeAt(t + 1))) t++;
    let q = t + 1;
    if (text.charCodeAt(t) === 0x2e && q < end && isDigitCode(text.charCodeAt(q))) {
      i = q;
      continue;
    }
    while (q < end && CLOSE_CLASS.has(text[q]!)) q++;
    while (q < end && text.charCodeAt(q) === 0x20) q++;
    if (q >= end) return fail();
    const next = text.charCodeAt(q);
    if (isParaSep(next)) {
      i = q;
      continue;
    }
    if (isSyllable(next)) {
      out.push(q);
      i = q;
      continue;
    }
    if (q === t + 1) return fail();
    let r = q;
    while (r < end && isRunChar(text, r)) r++;
    if (r >= end || !(isSyllable(text.charCodeAt(r)) || isUpperCode(text.charCodeAt(r)))) return fail();
    out.push(q);
    i = q;
  }
  return true;
}

/** Candidate boundaries (start indices of the next sentence) from Intl.Segmenter, chunked.
 * `breaks`: ParagraphScan.breaks. */
function segmenterBoundaries(text: string, breaks: readonly number[]): number[] {
  const starts = chunkStarts(text);
  const out: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!.at;
    const to = k + 1 < starts.length ? starts[k + 1]!.at : text.length;
    if (starts[k]!.terminal) out.push(from);
    if (simpleBoundaries(text, from, to, out, breaks)) continue;
    segmenter ??= new Intl.Segmenter("ko", { granularity: "sentence" });
    for (const seg of segmenter.segment(text.slice(from, to))) if (seg.index > 0) out.push(from + seg.index);
  }
  return out;
}

/** Index of the last non-space character before `b`, or -1. Bounded by `floor`. */
function lastNonSpace(text: string, b: number, floor: number): number {
  let j = b - 1;
  while (j >= floor && isSpace(text[j])) j--;
  return j >= floor ? j : -1;
}

function nextNonSpace(text: string, b: number): number {
  let j = b;
  while (j < text.length && isSpace(text[j])) j++;
  return j;
}

/** The word (Latin letters and dots) that ends just before index `dot`, at most 12 chars back. */
function wordBefore(text: string, dot: number): string {
  let j = dot - 1;
  const floor = Math.max(0, dot - 12);
  while (j >= floor && (isLatin(text[j]) || text[j] === ".")) j--;
  return text.slice(j + 1, dot);
}

function startsWithContinuationWord(text: string, i: number): boolean {
  for (const w of CONTINUATION_WORDS) {
    if (text.startsWith(w, i)) {
      const after = text[i + w.length];
      if (after === undefined || !isHangul(after)) return true;
    }
  }
  return false;
}

/**
 * Whether a candidate boundary between `prevEnd` (last char of the sentence so far) and `next`
 * (first char of the following text) is a real sentence end.
 */
function isRealEnd(text: string, prevEnd: number, next: number, segStart: number): boolean {
  const last = text[prevEnd]!;
  const nextChar = text[next];
  if (nextChar === undefined) return true;
  // continuation after a closing quote or bracket
  if (CLOSING_MARKS.has(last)) {
    if (next === prevEnd + 1 && (isHangul(nextChar) || isLatin(nextChar) || isDigit(nextChar))) return false;
    if (isHangul(nextChar) && startsWithContinuationWord(text, next)) return false;
  }
  if (last === "…" || last === "‥") return false;
  if (last === ".") {
    if (text[prevEnd - 1] === "." && text[prevEnd - 2] === ".") return false; // ...
    if (isDigit(text[prevEnd - 1]) && isDigit(nextChar)) return false; // 2025. 12. 10 / 1. 5
    // a dotted date used inline: `2025. 12. 10. 기준`
    if (isDigit(text[prevEnd - 1]) && /\d{2,4}\. ?\d{1,2}\. ?\d{1,2}\.$/.test(text.slice(Math.max(0, prevEnd - 13), prevEnd + 1))) return false;
    const w = wordBefore(text, prevEnd);
    if (w.length > 0) {
      const bare = w.replace(/^\.+/, "");
      if (bare.length === 1 && isLatin(bare)) return false; // U.S. / J. Kim
      if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(bare)) return false; // U.S / e.g
      if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
    }
  }
  // an enumerator alone: `1.`, `2)`, `가.`, `iv.`, `①` (only short segments are sliced: the
  // check runs for every candidate boundary, and slicing a long segment each time is quadratic)
  if (prevEnd + 1 - segStart <= 8) {
    const seg = text.slice(segStart, prevEnd + 1).trim();
    if ((last === "." || last === ")") && /^(?:\d{1,3}|[가-하]|[A-Za-z]|[ivxIVX]{1,4})[.)]$/.test(seg)) return false;
    if (/^[①-⑳]$/.test(seg)) return false;
  }
  return true;
}

/** Extra boundaries after a polite ending that the writer did not punctuate (`…했습니다 그리고`).
 * `ends`: where the endings end (ParagraphScan.polite). */
function politeBoundaries(text: string, ends: readonly number[]): number[] {
  const out: number[] = [];
  for (const after of ends) {
    if (isSpace(text[after])) {
      const n = nextNonSpace(text, after);
      const c = text[n];
      if (c !== undefined && (isHangul(c) || c === "“" || c === '"' || c === "[") && !startsWithContinuationWord(text, n)) out.push(n);
    }
  }
  return out;
}

/**
 * Splits a paragraph into sentences. Each span excludes leading and trailing whitespace and
 * `text === paragraph.slice(start, end)`.
 */
export function splitSentences(text: string, scan: ParagraphScan = scanParagraph(text)): SentenceSpan[] {
  if (text.length === 0) return [];
  const enclosures = scan.enclosures;
  const intervals = protectedIntervals(enclosures);
  // openers are needed to move a boundary that the segmenter put after an opening quote
  // (rarely: made on first use)
  let openerAt: Set<number> | null = null;
  const isOpener = (i: number): boolean => {
    if (!openerAt) {
      openerAt = new Set<number>();
      for (const e of enclosures) openerAt.add(e.open);
    }
    return openerAt.has(i);
  };

  // the segmenter's boundaries come in order; only polite ones need merging in
  const candidates = segmenterBoundaries(text, scan.breaks);
  const polite = politeBoundaries(text, scan.polite);
  if (polite.length > 0) {
    for (const b of polite) candidates.push(b);
    candidates.sort((a, b) => a - b);
  }
  const cuts: number[] = [];
  let segStart = 0;
  let iv = 0; // pointer into intervals (candidates are sorted)
  let lastCut = 0;
  for (let b of candidates) {
    if (b <= lastCut || b >= text.length) continue;
    let prevEnd = lastNonSpace(text, b, lastCut);
    if (prevEnd < 0) continue;
    // a segment that ends with opening marks gives them to the next sentence
    let moved = false;
    while (prevEnd >= lastCut && OPENING_MARKS.has(text[prevEnd]!) && isOpener(prevEnd)) {
      b = prevEnd;
      prevEnd = lastNonSpace(text, prevEnd, lastCut);
      moved = true;
      if (prevEnd < 0) break;
    }
    if (prevEnd < 0 || b <= lastCut) continue;
    const next = nextNonSpace(text, b);
    if (next >= text.length) continue;
    // inside a protected enclosure?
    while (iv < intervals.length && intervals[iv]![1] < next) iv++;
    let inside = false;
    for (let k = iv; k < intervals.length && intervals[k]![0] < prevEnd + 1; k++) {
      if (intervals[k]![0] <= prevEnd && next <= intervals[k]![1]) {
        inside = true;
        break;
      }
    }
    if (inside) continue;
    if (!moved && !isRealEnd(text, prevEnd, next, segStart)) continue;
    if (moved && !/[.?!…"”’']/.test(text[prevEnd]!)) continue;
    cuts.push(next);
    lastCut = next;
    segStart = next;
  }

  const out: SentenceSpan[] = [];
  let from = 0;
  for (let k = 0; k <= cuts.length; k++) {
    const cut = k < cuts.length ? cuts[k]! : text.length;
    let s = from;
    let e = cut;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = cut;
  }
  return out;
}
