import { describe, expect, it } from "vitest";
import { tokenize } from "../src/claims/tokens.js";
import { isSpaceCode } from "../src/text/normalize.js";

describe("tokens", () => {
  it("isSpaceCode is the regular expression \\s on every UTF-16 code unit", () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it("splits on any whitespace, keeps a short parenthesis in its word, marks masked words", () => {
    const tokens = tokenize("9일(현지 시각)\u3000그는\u00a0“□□”고 밝혔다.");
    expect(tokens.map((t) => [t.text, t.core, t.masked])).toEqual([
      ["9일(현지 시각)", "9일(현지 시각)", false],
      ["그는", "그는", false],
      ["“□□”고", "“□□”고", true],
      ["밝혔다.", "밝혔다", false],
    ]);
  });
});
