/**
 * Character helpers that replace regular expressions on hot paths give what the expressions give:
 * squashSpaces (every run of `\s`, U+00A0, U+3000 and U+200B replaced by one space, then trimmed)
 * and syllableWords (the matches of the one-syllable-word expression).
 */
import { describe, expect, it } from "vitest";
import { squashSpaces, syllableWords } from "../src/entities/chars.js";
import { generator } from "./support/random.js";

describe("squashSpaces", () => {
  it("collapses and trims like the plain replace, on random forms", () => {
    const rand = generator(13);
    const pieces = ["가", "나", "A", "b", " ", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u200b", "\u200c", "\u2028", "\ufeff", "·"];
    for (let k = 0; k < 20000; k++) {
      const form = Array.from({ length: rand(8) }, () => pieces[rand(pieces.length)]).join("");
      expect(squashSpaces(form)).toBe(form.replace(/[\s\u00a0\u3000\u200b]+/g, " ").trim());
    }
  });
});

describe("syllableWords", () => {
  it("finds what the regular expression it replaces matches, on random texts", () => {
    const rand = generator(17);
    const pieces = ["시", "주석", "그", " ", " ", "\u3000", "‘", "“", '"', "'", "(", ")", "A", "1", "·", "박 사장"];
    for (let k = 0; k < 20000; k++) {
      const text = Array.from({ length: rand(14) }, () => pieces[rand(pieces.length)]).join("");
      const expected: string[] = [];
      const re = /(^|[\s‘“"'(])([가-힣]) ([가-힣]+)/g;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) expected.push(`${m.index + m[1]!.length}-${m.index + m[0].length}`);
      const found: string[] = [];
      syllableWords(text, (at, end) => found.push(`${at}-${end}`));
      expect(found).toEqual(expected);
    }
  });
});
