/**
 * The automaton scans: the folding scan reports what a search of foldStream(text) finds, in
 * original offsets; the dense automaton emits where a pattern ends.
 */
import { describe, expect, it } from "vitest";
import { buildAutomaton, buildDenseAutomaton, scanFolded } from "../src/entities/automaton.js";
import { foldStream } from "../src/entities/chars.js";
import { generator } from "./support/random.js";

/** Random strings over a small alphabet with Hangul, Latin of both cases, spaces of several kinds and Hanja. */
function words(rand: (n: number) => number) {
  const alphabet = ["가", "나", "다", "장", "a", "b", "A", "Ｂ", " ", " ", "\u3000", "\t", "\u4e2d", "É"];
  return (max: number) => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join("");
}

describe("scanFolded", () => {
  it("finds every occurrence in the folded text, at the offsets the folded stream maps back to", () => {
    const rand = generator(3);
    const word = words(rand);
    for (let k = 0; k < 400; k++) {
      // patterns are folded keys, as the matcher's are
      const patterns = Array.from({ length: 1 + rand(12) }, () => foldStream(word(4)).text);
      const text = word(80);
      const folded = foldStream(text);
      const expected: string[] = [];
      patterns.forEach((p, i) => {
        const first = patterns.indexOf(p); // a duplicate is reported as its first index
        if (first !== i) return;
        for (let at = folded.text.indexOf(p); at >= 0; at = folded.text.indexOf(p, at + 1)) {
          const end = at + p.length;
          const start = folded.map === null ? at : folded.map[at]!;
          expected.push(`${i}:${start}:${folded.map === null ? end : folded.map[end - 1]! + 1}`);
        }
      });
      const found: string[] = [];
      const itself = scanFolded(buildAutomaton(patterns), text, (p, start, end) => found.push(`${p}:${start}:${end}`));
      expect(found.sort()).toEqual(expected.sort());
      expect(itself).toBe(folded.text === text && folded.map === null);
    }
  });
});

describe("buildDenseAutomaton", () => {
  it("emits exactly where some pattern ends, on random patterns and texts", () => {
    const rand = generator(5);
    const word = words(rand);
    for (let k = 0; k < 300; k++) {
      const patterns = Array.from({ length: 1 + rand(12) }, () => word(4));
      const dense = buildDenseAutomaton(patterns);
      const text = word(60) + "x" + word(60); // "x" is in no pattern: column 0
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = dense.next[state * dense.width + dense.column[text.charCodeAt(i)]!]!;
        const ends = patterns.some((p) => p.length <= i + 1 && text.startsWith(p, i + 1 - p.length));
        expect(dense.emits[state] === 1).toBe(ends);
      }
    }
  });

  it("refuses patterns with more distinct code units than a column byte holds", () => {
    const many = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0xac00 + i));
    expect(() => buildDenseAutomaton(many)).toThrow();
  });
});
