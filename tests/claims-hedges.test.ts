import { describe, expect, it } from "vitest";
import { possibleCues, requiredPieces } from "../src/claims/hedges.js";
import { VOCAB } from "../src/claims/vocab.js";
import { generator } from "./support/random.js";

describe("the pieces a hedge cue needs", () => {
  it("reads syllables, pairs of them, classes and groups, and nothing under a quantifier or in a lookaround", () => {
    expect(requiredPieces("수(?:도)? 있")).toEqual([["수"], ["있"]]);
    expect(requiredPieces("(?:것|걸)으?로")).toEqual([["것", "걸"], ["로"]]);
    expect(requiredPieces("[다라]고")).toEqual([["다", "라"], ["고"], ["다고", "라고"]]);
    expect(requiredPieces("(?:^|\\s)아마(?:도)?(?=\\s)")).toEqual([["아"], ["마"], ["아마"]]);
    expect(requiredPieces("(?:이다|입니다)")).toEqual([["이다", "입니"]]);
    expect(requiredPieces("(?:분석|관측|말)이")).toEqual([["분석", "관측", "말"], ["이"]]);
    expect(requiredPieces("가(?=나)다")).toEqual([["가"], ["다"]]);
    expect(requiredPieces("가나|다")).toEqual([["가나", "다"]]);
    expect(requiredPieces("[^가]나")).toEqual([["나"]]);
    expect(requiredPieces("[가-힣]나")).toEqual([["나"]]);
    expect(requiredPieces("\\u{AC00}나\\s")).toEqual([["나"]]);
    expect(requiredPieces("가+")).toEqual([]);
    expect(requiredPieces("가{2}")).toEqual([]);
    expect(requiredPieces("가나?다")).toEqual([["가"], ["다"]]);
  });

  it("gives nothing for what it cannot be sure of", () => {
    for (const p of ["a|가", "가|", "(?<=가)나", "(?<n>가)나", "(가)\\1", "(?:가"]) expect(requiredPieces(p)).toEqual([]);
  });

  it("never rules out a cue on a text that the cue matches", () => {
    const rnd = generator(42);
    // a string the pattern will often match: a random alternative of each group, a random
    // character of each class, an optional character kept or not
    const sample = (pattern: string): string => {
      let p = `(?:${pattern})`.replace(/\(\?[=!][^()]*\)/g, "");
      for (let group = /\((?:\?:)?([^()]*)\)(\?)?/.exec(p); group; group = /\((?:\?:)?([^()]*)\)(\?)?/.exec(p)) {
        const alternatives = group[1]!.split("|");
        const pick = group[2] && rnd(3) === 0 ? "" : alternatives[rnd(alternatives.length)]!;
        p = p.slice(0, group.index) + pick + p.slice(group.index + group[0].length);
      }
      p = p.replace(/\[([^\]]*)\]/g, (_, chars: string) => chars[rnd(chars.length)]!).replace(/\\s/g, " ").replace(/[\^$]/g, "");
      return p.replace(/(.)\?/g, (_, c: string) => (rnd(2) === 0 ? c : ""));
    };
    const noise = [" ", "", "", "다", "는", "할", "1", ".", "“", "□"];
    let matched = 0;
    let ruledOut = 0;
    for (let k = 0; k < 20_000; k++) {
      let t = noise[rnd(noise.length)]!;
      for (let n = 1 + rnd(3); n > 0; n--) {
        let piece = sample(VOCAB.hedges[rnd(VOCAB.hedges.length)]!.pattern);
        // sometimes one character dropped or changed, to come near a match without making one
        if (rnd(3) === 0 && piece.length > 0) {
          const at = rnd(piece.length);
          piece = piece.slice(0, at) + (rnd(2) === 0 ? "" : noise[rnd(noise.length)]!) + piece.slice(at + 1);
        }
        t += piece + noise[rnd(noise.length)]!;
      }
      const possible = possibleCues(t);
      VOCAB.hedges.forEach((cue, i) => {
        cue.regex.lastIndex = 0;
        if (cue.regex.test(t)) {
          matched++;
          expect([cue.id, t, possible[i]]).toEqual([cue.id, t, true]);
        } else if (!possible[i]) ruledOut++;
      });
    }
    expect(matched).toBeGreaterThan(10_000);
    expect(ruledOut).toBeGreaterThan(100_000);
  });
});
