import { describe, expect, it } from "vitest";
import { simpleBoundaries } from "../src/text/sentences.js";
import { generator } from "./support/random.js";

describe("simpleBoundaries around digits, brackets, capitals, line breaks and runs of terminators", () => {
  const segmenter = new Intl.Segmenter("ko", { granularity: "sentence" });
  const boundaries = (t: string, from: number, to: number): number[] =>
    [...segmenter.segment(t.slice(from, to))].map((g) => g.index).filter((i) => i > 0).map((i) => i + from);

  // the pieces of news text near a sentence end, often; anything else that may sit there, rarely
  const common = ["가", "다", "한국", "니다", " ", " ", " ", ".", ".", "?", "!", "1", "20", "“", "”", "‘", "’", "(", ")", "A", "b", "%", "\n"];
  const rare = [
    "...", "?!", "5.5", "%", "\"", "'", "[", "]", "〈", "〉", "《", "》", "「", "」", "『", "』", "【", "】", "（", "）", "［", "］",
    "{", "}", "FT", "ab", "ㄱ", "\u200b", "\u2060", "\u00ad", "\u200d", "\u0300", "\u3000", "\u00a0", "\t", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", ",", "-", ":", ";", "#", "~", "·", "―",
    "…", "。", "？", "．", "\u{11047}", "😀", "\ud800", "\udc00", "é", "Σ", "ß", "٣", "１", "Ａ", "ａ", "ᄀ", "中",
  ];

  it("gives the segmenter's boundaries whenever it answers, also on a slice of the text", () => {
    const rnd = generator(20_251_128);
    let decided = 0;
    for (let k = 0; k < 60_000; k++) {
      let t = "";
      const len = 1 + rnd(16);
      for (let i = 0; i < len; i++) t += rnd(8) === 0 ? rare[rnd(rare.length)] : common[rnd(common.length)];
      const from = rnd(3) === 0 ? rnd(t.length) : 0;
      const to = rnd(3) === 0 ? from + rnd(t.length - from + 1) : t.length;
      const out = [-1];
      if (!simpleBoundaries(t, from, to, out)) {
        expect([out, t]).toEqual([[-1], t]); // nothing pushed when it does not answer
        continue;
      }
      if (out.length > 1) decided++;
      expect([out.slice(1), t, from, to]).toEqual([boundaries(t, from, to), t, from, to]);
    }
    expect(decided).toBeGreaterThan(5_000);
  });

  it("answers the cases news text is full of", () => {
    for (const t of [
      "그는 1.5% 올랐다고 말했다. 20일 발표했다.",
      "했다. ‘인공지능’은",
      "했어요. (웃음) 네.",
      "했다. FT는 전했다.",
      "아닌가요?’라는 말",
      "그런데... 다시",
      "없다. 100% 맞히는 나라는",
      "왜?〉(8월 3일)는",
      "■ 방송 : FM 98.1 (07:20~09:00)\n■ 진행 : 김현정 앵커\r\n■ 대담",
    ]) {
      const out: number[] = [];
      expect(simpleBoundaries(t, 0, t.length, out)).toBe(true);
      expect(out).toEqual(boundaries(t, 0, t.length));
    }
  });
});
