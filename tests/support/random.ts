/**
 * mulberry32: a small seeded generator for the randomized tests, so that a failure can be
 * replayed. `generator(seed)(n)` is a whole number in [0, n).
 */
export function generator(seed: number): (n: number) => number {
  let s = seed | 0;
  return (n) => {
    s = (s + 0x6d2b79f5) | 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
}
