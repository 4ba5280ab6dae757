import { describe, expect, it } from "vitest";
import { sortFew } from "../src/entities/sort.js";

describe("sortFew", () => {
  it("gives the order of the built-in stable sort, ties included, short and long", () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const compare = (a: { key: number; sub: number }, b: { key: number; sub: number }) => a.key - b.key || b.sub - a.sub;
    for (let k = 0; k < 2000; k++) {
      const items = Array.from({ length: rand(40) }, (_, id) => ({ key: rand(5), sub: rand(3), id }));
      const expected = [...items].sort(compare).map((x) => x.id);
      expect(sortFew(items, compare).map((x) => x.id)).toEqual(expected);
    }
  });
});
