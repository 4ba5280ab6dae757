/**
 * The dense automaton (transitions resolved in advance) reports a pattern ending at the same
 * positions as the scan with failure links.
 */
import { describe, expect, it } from "vitest";
import { buildAutomaton, buildDenseAutomaton, scanAutomaton } from "../src/entities/automaton.js";
import { generator } from "./support/random.js";

describe("buildDenseAutomaton", () => {
  it("emits where scanAutomaton reports a hit, on random patterns and texts", () => {
    const rand = generator(5);
    const alphabet = ["가", "나", "다", "장", "a", "b", " ", "\u4e2d"];
    const word = (max: number) => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join("");
    for (let k = 0; k < 300; k++) {
      const patterns = Array.from({ length: 1 + rand(12) }, () => word(4));
      const dense = buildDenseAutomaton(patterns);
      const text = word(60) + "x" + word(60); // "x" is in no pattern: column 0
      const ends = new Set<number>();
      scanAutomaton(buildAutomaton(patterns), text, (_, end) => ends.add(end));
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = dense.next[state * dense.width + dense.column[text.charCodeAt(i)]!]!;
        expect(dense.emits[state] === 1).toBe(ends.has(i + 1));
      }
    }
  });

  it("refuses patterns with more distinct code units than a column byte holds", () => {
    const many = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0xac00 + i));
    expect(() => buildDenseAutomaton(many)).toThrow();
  });
});
