/**
 * Particle chains (text/particles.ts): the trie-based checks give what the plain definition
 * gives — the fewest items covering the rest of a word, by trying every substring.
 */
import { describe, expect, it } from "vitest";
import {
  GENERAL_SUFFIXES,
  MAX_SUFFIX_CHAIN,
  PARTICLES_ONLY,
  PERSON_SUFFIXES,
  isSuffixChain,
  stripParticles,
  suffixSet,
  type SuffixSet,
} from "../src/text/particles.js";
import { generator } from "./support/random.js";

/** The plain definition: need[i] = fewest items covering word[i..], by set lookups of substrings. */
function plainCounts(word: string, set: SuffixSet): number[] {
  const n = word.length;
  const need = new Array<number>(n + 1).fill(Infinity);
  need[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let len = 1; len <= Math.min(set.maxLength, n - i); len++) {
      if (set.items.has(word.slice(i, i + len))) need[i] = Math.min(need[i]!, need[i + len]! + 1);
    }
  }
  return need;
}

function plainStrip(token: string, minKeep: number, set: SuffixSet): string {
  if (token.length <= minKeep) return token;
  const need = plainCounts(token, set);
  for (let cut = Math.max(minKeep, 0); cut < token.length; cut++) if (need[cut]! <= MAX_SUFFIX_CHAIN) return token.slice(0, cut);
  return token;
}

const WITH_TITLES = suffixSet([PERSON_SUFFIXES, [..."은는이가을를의에도"], ["에서", "으로"]]);
const SETS = [GENERAL_SUFFIXES, PARTICLES_ONLY, WITH_TITLES];

/** Words made mostly of particle pieces, so that chains of every length come up. */
function randomWord(rand: (n: number) => number): string {
  const pieces = [...GENERAL_SUFFIXES.items, ...PERSON_SUFFIXES, "김", "중국", "사", "장", "A", " ", "国"];
  let w = "";
  const n = rand(7);
  for (let k = 0; k < n; k++) {
    const p = pieces[rand(pieces.length)]!;
    // sometimes only part of a piece, so that near-misses come up too
    w += rand(4) === 0 ? p.slice(0, 1 + rand(p.length)) : p;
  }
  return w;
}

describe("particle chains", () => {
  it("isSuffixChain and stripParticles agree with the plain definition on random words", () => {
    const rand = generator(7);
    for (let k = 0; k < 20000; k++) {
      const set = SETS[rand(SETS.length)]!;
      const prefix = randomWord(rand);
      const word = randomWord(rand);
      const text = prefix + word + randomWord(rand);
      const maxChain = 1 + rand(4);
      const need = plainCounts(word, set);
      const expected = word.length === 0 || need[0]! <= maxChain;
      expect(isSuffixChain(text, prefix.length, prefix.length + word.length, set, maxChain)).toBe(expected);
      const minKeep = rand(5) - 1;
      expect(stripParticles(word, minKeep, set)).toBe(plainStrip(word, minKeep, set));
    }
  });

  it("handles words longer than any chain", () => {
    const long = "는".repeat(5000);
    expect(stripParticles(long, 1)).toBe(plainStrip(long, 1, PARTICLES_ONLY));
    expect(isSuffixChain(long, 0, long.length, GENERAL_SUFFIXES)).toBe(false);
    expect(isSuffixChain(long, 10, 13, GENERAL_SUFFIXES)).toBe(true);
  });
});
