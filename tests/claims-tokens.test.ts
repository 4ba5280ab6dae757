import { describe, expect, it } from "vitest";
import { tokenize, wordHash } from "../src/claims/tokens.js";
import { isSpaceCode } from "../src/text/normalize.js";
import { EndingList, VOCAB } from "../src/claims/vocab.js";
import { generator } from "./support/random.js";

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

  it("reads a word's core, last units, comma and quote marks as its text says", () => {
    const rnd = generator(7);
    const pieces = ["말했다", "그는", "가", " ", " ", "\u3000", "(", ")", "（", "）", ".", ",", "…", "!", "“", "”", "‘", "'", '"', "「", "』", "〈", "《", "【", "□", "X", "9"];
    for (let n = 0; n < 2000; n++) {
      let sentence = "";
      for (let k = rnd(14); k >= 0; k--) sentence += pieces[rnd(pieces.length)];
      for (const t of tokenize(sentence)) {
        const text = sentence.slice(t.start, t.end);
        const core = text.replace(/[.,!?…:;·]+$/, "");
        expect(t.text).toBe(text);
        expect(t.core).toBe(core);
        expect(t.lastUnit()).toBe(core.length === 0 ? 0x10000 : core.charCodeAt(core.length - 1));
        expect(t.penultUnit()).toBe(core.length < 2 ? 0x10000 : core.charCodeAt(core.length - 2));
        expect(t.endsWithComma()).toBe(text.endsWith(","));
        expect(t.hasQuoteChar()).toBe(/[“”‘’"'「」『』〈〉《》]/.test(text));
        expect(t.masked).toBe(text.includes("□"));
        expect(t.coreHash()).toBe(wordHash(core));
      }
    }
  });
});

describe("ending lists", () => {
  it("offer every ending a word ends with, in the list's order", () => {
    const rnd = generator(11);
    const lists = [VOCAB.stopEndings, VOCAB.personTitles, VOCAB.nonSubjectHeadEndings, VOCAB.clauseEndings, VOCAB.outletSuffixes, VOCAB.organizationSuffixes, VOCAB.companySuffixes];
    const syllables = [...new Set(lists.flatMap((l) => l.all).join(""))];
    for (const list of [...lists, new EndingList(["가", "나가", "가", "다"])]) {
      for (let n = 0; n < 500; n++) {
        let word = "";
        for (let k = rnd(4); k > 0; k--) word += syllables[rnd(syllables.length)];
        if (rnd(2) === 0) word += list.all[rnd(list.all.length)];
        expect(list.candidates(word).filter((e) => word.endsWith(e))).toEqual(list.all.filter((e) => word.endsWith(e)));
      }
    }
  });
});
