import { describe, expect, it } from "vitest";
import { sortFew } from "../src/entities/sort.js";
import { generator } from "./support/random.js";

describe("sortFew", () => {
  it("gives the order of the built-in stable sort, ties included, short and long", () => {
    const rand = generator(11);
    const compare = (a: { key: number; sub: number }, b: { key: number; sub: number }) => a.key - b.key || b.sub - a.sub;
    for (let k = 0; k < 2000; k++) {
      // mostly lists short enough to be sorted by insertion, some long ones for the built-in sort
      const length = k % 10 === 0 ? 17 + rand(30) : rand(17);
      const items = Array.from({ length }, (_, id) => ({ key: rand(5), sub: rand(3), id }));
      const expected = [...items].sort(compare).map((x) => x.id);
      expect(sortFew(items, compare).map((x) => x.id)).toEqual(expected);
    }
  });
});
