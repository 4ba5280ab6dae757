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
 * All cue patterns as one alternation: it matches a text exactly when some cue does, so one scan
 * rules out the many sentences without any hedge. (The patterns use no backreferences, so each
 * means the same inside the alternation.)
 */
const ANY_CUE = new RegExp(VOCAB.hedges.map((cue) => `(?:${cue.pattern})`).join("|"), "u");

/** Hedge cues in text order (the same cue printed twice is kept once). */
export function findHedges(masked: string): HedgeHit[] {
  if (!ANY_CUE.test(masked)) return [];
  const hits: HedgeHit[] = [];
  for (const cue of VOCAB.hedges) {
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
