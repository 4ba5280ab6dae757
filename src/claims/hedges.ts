/**
 * Hedge cues (data/hedges.json) found in a sentence whose quotations are masked.
 */
import { VOCAB, type HedgeClass } from "./vocab.js";
import { collapseWhitespace } from "../text/normalize.js";

export interface HedgeHit {
  /** Offset of the printed cue in the sentence. */
  start: number;
  text: string;
  class: HedgeClass;
}

/** Hangul syllable with final consonant ㄹ (할, 될, 있을): (code - 0xAC00) % 28 === 8. */
export function endsWithRieul(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 === 8;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const TRAILING = /[.,!?…:;·"”’')\]]/;

function wordEnd(text: string, i: number): number {
  let e = i;
  const limit = Math.min(text.length, i + 40);
  while (e < limit && !isSpace(text[e])) e++;
  while (e > i && TRAILING.test(text[e - 1]!)) e--;
  return e;
}

function wordStartBefore(text: string, i: number): number {
  // i is the index of a space; returns the start of the word before it
  let s = i;
  while (s > 0 && isSpace(text[s - 1])) s--;
  const floor = Math.max(0, s - 40);
  while (s > floor && !isSpace(text[s - 1])) s--;
  return s;
}

/**
 * Pieces of text that every match of a pattern contains: a list of sets, a match holding at least
 * one piece of each set. A piece is a Hangul syllable or two in a row. Read from the pattern: a
 * Hangul syllable standing in the pattern's sequence (not under a quantifier, not in a lookaround)
 * is a set by itself; a character class of syllables only (`[다라]`) is a set; two such atoms in a
 * row give the set of their pairs as well (`분석` → {분석}; `[다라]고` → {다고, 라고}), a much
 * rarer piece than either syllable; a group whose alternatives each give a set gives the union of
 * one set from each, pairs preferred (`(?:분석|관측)` → {분석, 관측}, `(?:것|걸)` → {것, 걸}).
 * Whatever the reader does not know (escapes, quantified atoms, lookarounds, other characters)
 * gives no set and pairs nothing across it, and a construct it cannot skip with certainty
 * (backreferences, named groups, lookbehinds) makes the whole pattern give none: the sets can only
 * ever rule out a text that the pattern cannot match.
 * (Exported for the test.)
 */
export function requiredPieces(pattern: string): string[][] {
  let i = 0;
  const n = pattern.length;
  class Unknown extends Error {}
  const isSyllableCode = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
  // of an alternative's sets, the one to stand for it in a union: pairs first, then the smallest
  const rank = (set: string[]): number => (set.every((piece) => piece.length === 2) ? 0 : MAX_PAIRS + 1) + set.length;
  // one set from each alternative, united; none when an alternative has none
  const unite = (alternatives: string[][][]): string[][] => {
    if (alternatives.length === 1) return alternatives[0]!;
    const union = new Set<string>();
    for (const sets of alternatives) {
      if (sets.length === 0) return [];
      let best = sets[0]!;
      for (const set of sets) if (rank(set) < rank(best)) best = set;
      for (const c of best) union.add(c);
    }
    return [[...union]];
  };
  const skipQuantifier = (): boolean => {
    const c = pattern[i];
    if (c === "?" || c === "*" || c === "+") i++;
    else if (c === "{" && /^\{\d+(?:,\d*)?\}/.test(pattern.slice(i))) i = pattern.indexOf("}", i) + 1;
    else return false;
    if (pattern[i] === "?") i++; // lazy
    return true;
  };
  const escape = (): void => {
    // at a backslash: skip the escape, which matches no certain syllable
    const c = pattern[i + 1];
    if (c === undefined || c === "k" || (c >= "0" && c <= "9")) throw new Unknown();
    if ((c === "u" || c === "p" || c === "P") && pattern[i + 2] === "{") {
      const close = pattern.indexOf("}", i);
      if (close < 0) throw new Unknown();
      i = close + 1;
    } else if (c === "u") i += 6;
    else if (c === "x") i += 4;
    else if (c === "c") i += 3;
    else i += 2;
  };
  const charClass = (): string[] | null => {
    // at '[': a class of syllables only matches one of them
    i++;
    const chars: string[] = [];
    let plain = pattern[i] !== "^";
    for (;;) {
      const c = pattern[i];
      if (c === undefined) throw new Unknown();
      if (c === "]") break;
      if (c === "\\") {
        plain = false;
        escape();
        continue;
      }
      if (c === "[") throw new Unknown();
      if (!isSyllableCode(pattern.charCodeAt(i))) plain = false;
      else chars.push(c);
      i++;
    }
    i++;
    return plain && chars.length > 0 ? chars : null;
  };
  const alternation = (): string[][] => {
    const alternatives: string[][][] = [];
    let sets: string[][] = [];
    // the syllables the atom before matches one of, when it is a single syllable or class
    let before: string[] | null = null;
    for (;;) {
      const c = pattern[i];
      if (c === undefined || c === ")") {
        alternatives.push(sets);
        return unite(alternatives);
      }
      if (c === "|") {
        alternatives.push(sets);
        sets = [];
        before = null;
        i++;
        continue;
      }
      let atom: string[][];
      // the syllables this atom matches one of, when it is a single syllable or class
      let one: string[] | null = null;
      if (c === "(") {
        let lookaround = false;
        if (pattern.startsWith("(?:", i)) i += 3;
        else if (pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i)) {
          i += 3;
          lookaround = true;
        } else if (pattern[i + 1] === "?") throw new Unknown();
        else i++;
        const inner = alternation();
        if (pattern[i] !== ")") throw new Unknown();
        i++;
        atom = lookaround ? [] : inner;
      } else if (c === "[") one = charClass();
      else if (c === "\\") escape();
      else {
        if (isSyllableCode(pattern.charCodeAt(i))) one = [c];
        i++;
      }
      if (skipQuantifier()) {
        atom = [];
        one = null;
      } else if (one) {
        atom = [one];
        if (before && before.length * one.length <= MAX_PAIRS) atom.push(before.flatMap((a) => one!.map((b) => a + b)));
      } else atom ??= [];
      for (const set of atom) sets.push(set);
      before = one;
    }
  };
  try {
    const sets = alternation();
    return i === n ? sets : [];
  } catch (e) {
    if (e instanceof Unknown) return [];
    throw e;
  }
}

/** Most pairs a set of pairs may hold (a class of four after a class of four): more say little. */
const MAX_PAIRS = 16;

/**
 * The pieces every cue needs as bits: each distinct set of pieces (over all cues) is one bit, a
 * cue lists the bits of its sets, and a text ORs together the bits of the pieces it holds: of each
 * syllable (SYLLABLE_SETS, WORDS 32-bit words per syllable at its slot) and of each pair of
 * syllables (PAIR_SETS, at the row of the first syllable and the column of the second). A cue with
 * a set bit left unset cannot match: its regex is not run. Most sentences hold no hedge, and most
 * cues' pieces are missing from any one sentence.
 */
const setBit = new Map<string, number>();
// a cue with a set of pairs keeps only its sets that hold a pair: its sets of single syllables
// add little (a text with 분석 … 나온 nearly always has 이, 가 or 도 as well) and would put common
// syllables, read at every character, in the tables (leaving a set out only lets more texts by)
const cueSets = VOCAB.hedges.map((cue) => {
  const sets = requiredPieces(cue.pattern);
  const hasPair = (set: string[]): boolean => set.some((piece) => piece.length === 2);
  return sets.some((set) => set.every((piece) => piece.length === 2)) ? sets.filter(hasPair) : sets;
});
for (const sets of cueSets) {
  for (const set of sets) {
    const key = [...set].sort().join(" ");
    if (!setBit.has(key)) setBit.set(key, setBit.size);
  }
}
// four 32-bit words, read without a loop
const WORDS = 4;
if (setBit.size > WORDS * 32) throw new Error(`hedge cues need ${setBit.size} sets of pieces; markPieces reads ${WORDS * 32}`);
/** Per UTF-16 unit: its syllable slot (low 10 bits), its row as the first of a pair (next 10) and
 * its column as the second of a pair (next 10); 0 for a unit in no piece. */
const UNIT_PIECES = new Uint32Array(0x10000);
const FIELD = 0x3ff;
let slots = 0;
let rows = 0;
let columns = 0;
for (const key of setBit.keys()) {
  for (const piece of key.split(" ")) {
    const first = piece.charCodeAt(0);
    if (piece.length === 1) {
      if ((UNIT_PIECES[first]! & FIELD) === 0) UNIT_PIECES[first]! |= ++slots;
      continue;
    }
    const second = piece.charCodeAt(1);
    if (((UNIT_PIECES[first]! >> 10) & FIELD) === 0) UNIT_PIECES[first]! |= ++rows << 10;
    if (((UNIT_PIECES[second]! >> 20) & FIELD) === 0) UNIT_PIECES[second]! |= ++columns << 20;
  }
}
if (Math.max(slots, rows, columns) > FIELD) throw new Error("hedge cues need more syllables than UNIT_PIECES holds");
const SYLLABLE_SETS = new Int32Array((slots + 1) * WORDS);
const PAIR_SETS = new Int32Array((rows + 1) * (columns + 1) * WORDS);
for (const [key, bit] of setBit) {
  for (const piece of key.split(" ")) {
    const info = UNIT_PIECES[piece.charCodeAt(0)]!;
    const at = piece.length === 1 ? (info & FIELD) * WORDS : (((info >> 10) & FIELD) * (columns + 1) + ((UNIT_PIECES[piece.charCodeAt(1)]! >> 20) & FIELD)) * WORDS;
    (piece.length === 1 ? SYLLABLE_SETS : PAIR_SETS)[at + (bit >> 5)]! |= 1 << (bit & 31);
  }
}
/** Per cue, the four words of set bits that the text's bits must cover, at CUE_MASKS[k * WORDS]:
 * four masks compared without a loop. */
const CUE_MASKS = new Int32Array(cueSets.length * WORDS);
cueSets.forEach((sets, k) => {
  for (const set of sets) {
    const bit = setBit.get([...set].sort().join(" "))!;
    CUE_MASKS[k * WORDS + (bit >> 5)]! |= 1 << (bit & 31);
  }
});
const present = new Int32Array(WORDS);

function markPieces(text: string): void {
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  // the row of the unit before, as the first of a pair (0: none)
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const info = UNIT_PIECES[text.charCodeAt(i)]!;
    if (info === 0) {
      row = 0;
      continue;
    }
    const slot = info & FIELD;
    if (slot !== 0) {
      const at = slot * WORDS;
      w0 |= SYLLABLE_SETS[at]!;
      w1 |= SYLLABLE_SETS[at + 1]!;
      w2 |= SYLLABLE_SETS[at + 2]!;
      w3 |= SYLLABLE_SETS[at + 3]!;
    }
    const column = (info >> 20) & FIELD;
    if (row !== 0 && column !== 0) {
      const at = (row * (columns + 1) + column) * WORDS;
      w0 |= PAIR_SETS[at]!;
      w1 |= PAIR_SETS[at + 1]!;
      w2 |= PAIR_SETS[at + 2]!;
      w3 |= PAIR_SETS[at + 3]!;
    }
    row = (info >> 10) & FIELD;
  }
  present[0] = w0;
  present[1] = w1;
  present[2] = w2;
  present[3] = w3;
}

function cueMayMatch(k: number): boolean {
  const at = k * WORDS;
  const m0 = CUE_MASKS[at]!;
  const m1 = CUE_MASKS[at + 1]!;
  const m2 = CUE_MASKS[at + 2]!;
  const m3 = CUE_MASKS[at + 3]!;
  return (present[0]! & m0) === m0 && (present[1]! & m1) === m1 && (present[2]! & m2) === m2 && (present[3]! & m3) === m3;
}

/** Whether each cue may match `text` (false: it cannot). Exported for the test. */
export function possibleCues(text: string): boolean[] {
  markPieces(text);
  return VOCAB.hedges.map((_, k) => cueMayMatch(k));
}

/** Hedge cues in text order (the same cue printed twice is kept once). */
export function findHedges(masked: string): HedgeHit[] {
  markPieces(masked);
  const hits: HedgeHit[] = [];
  for (let k = 0; k < VOCAB.hedges.length; k++) {
    if (!cueMayMatch(k)) continue;
    const cue = VOCAB.hedges[k]!;
    // exec on the cue's own global regex: the same matches as matchAll without its per-call clone
    const re = cue.regex;
    re.lastIndex = 0;
    for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
      // an empty match moves on by one code point, as matchAll does
      if (m[0].length === 0) re.lastIndex = m.index + ((masked.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      let start = m.index;
      let end = start + m[0].length;
      // patterns may start with whitespace (' 수 있다', '(?:^|\\s)아마'): print from the word
      while (start < end && isSpace(masked[start])) start++;
      if (cue.check === "rieul-before" || cue.print === "phrase") {
        const ws = wordStartBefore(masked, start);
        const before = masked.slice(ws, start).trim();
        if (cue.check === "rieul-before" && (before.length === 0 || !endsWithRieul(before))) continue;
        if (cue.print === "phrase") start = ws;
      }
      if (cue.print === "word" || cue.print === "phrase") end = Math.max(end, wordEnd(masked, end));
      const text = collapseWhitespace(masked.slice(start, end)).trim();
      if (text.length === 0 || text.includes("\u25A1")) continue;
      hits.push({ start, text, class: cue.class });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const out: HedgeHit[] = [];
  let coveredTo = -1;
  for (const h of hits) {
    // drop a cue printed inside one already taken (가능성 inside '…가능성이 나온다')
    if (h.start < coveredTo) continue;
    out.push(h);
    coveredTo = h.start + h.text.length;
  }
  return out;
}
