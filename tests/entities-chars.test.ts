/**
 * squashSpaces reads forms by character: it gives what the plain definition gives (every run of
 * `\s`, U+00A0, U+3000 and U+200B replaced by one space, then trimmed).
 */
import { describe, expect, it } from "vitest";
import { squashSpaces } from "../src/entities/chars.js";
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

