/**
 * Lexicon files: validation errors that name file/entry/field, no prototype pollution, merging,
 * the built-in data, and a 10,000-entry synthetic lexicon.
 */
import { describe, expect, it } from "vitest";
import {
  LexiconError,
  builtinLexiconEntries,
  compileLexicon,
  defaultLexicon,
  findEntities,
  mergeLexicons,
  parseLexiconFile,
} from "../src/entities/index.js";
import type { LexiconEntry } from "../src/entities/lexicon-schema.js";

const valid = {
  id: "acme",
  type: "company",
  name: "Acme",
  aliases: ["애크미", "Acme"],
  attributes: { country: null, industry: "semiconductor" },
};

function errorOf(json: unknown, file = "user.json"): LexiconError {
  try {
    parseLexiconFile(json, file);
  } catch (e) {
    expect(e).toBeInstanceOf(LexiconError);
    return e as LexiconError;
  }
  throw new Error("expected a LexiconError");
}

describe("parseLexiconFile", () => {
  it("returns the entries of a valid file", () => {
    expect(parseLexiconFile({ entries: [valid] }, "user.json")).toEqual([valid]);
  });

  it.each([
    ["a bad type", { ...valid, type: "widget" }, /user\.json.*entry #0 \(id "acme"\).*type/],
    ["a missing name", { ...valid, name: undefined }, /entry #0 \(id "acme"\): name/],
    ["an empty alias list", { ...valid, aliases: [] }, /entry #0 \(id "acme"\): aliases/],
    ["a bad attribute", { ...valid, type: "chip", attributes: { vendor: null, family: null, kind: "toaster" } }, /attributes\.kind/],
    ["an upper-case id", { ...valid, id: "Acme" }, /entry #0 \(id "Acme"\): id/],
    ["an unknown key", { ...valid, colour: "red" }, /colour/],
  ])("names file, entry and field for %s", (_what, entry, re) => {
    expect(errorOf({ entries: [valid, entry].reverse() }).message).toMatch(re);
  });

  it("counts the entry index", () => {
    expect(errorOf({ entries: [valid, { ...valid, id: "b", name: "" }] }).message).toMatch(/entry #1 \(id "b"\): name/);
  });

  it("rejects a file that is not an object with entries", () => {
    expect(errorOf([1, 2], "list.json").message).toMatch(/^list\.json:/);
    expect(errorOf({ entries: "x" }).message).toMatch(/entries/);
  });

  it("rejects duplicate ids", () => {
    expect(errorOf({ entries: [valid, valid] }).message).toMatch(/entry #1 \(id "acme"\): id: duplicate of entry #0/);
  });

  it("is safe against __proto__ and constructor keys", () => {
    const polluted = [
      '{"entries":[],"__proto__":{"polluted":true}}',
      `{"entries":[${JSON.stringify(valid).slice(0, -1)},"__proto__":{"polluted":true}}]}`,
      `{"entries":[${JSON.stringify({ ...valid, attributes: { country: null, industry: null } }).replace('"industry":null', '"industry":null,"__proto__":{"polluted":true}')}]}`,
      `{"entries":[${JSON.stringify(valid).slice(0, -1)},"constructor":{"prototype":{"polluted":true}}}]}`,
    ];
    for (const text of polluted) {
      expect(() => parseLexiconFile(JSON.parse(text) as unknown, "evil.json")).toThrow(LexiconError);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    }
  });
});

describe("mergeLexicons", () => {
  const a = { ...valid, id: "a", name: "A" } as LexiconEntry;
  const b = { ...valid, id: "b", name: "B" } as LexiconEntry;
  const b2 = { ...valid, id: "b", name: "B2" } as LexiconEntry;
  const c = { ...valid, id: "c", name: "C" } as LexiconEntry;
  it("replaces same-id entries in place and appends new ones", () => {
    const base = [a, b];
    expect(mergeLexicons(base, [c, b2]).map((e) => e.name)).toEqual(["A", "B2", "C"]);
    expect(base.map((e) => e.name)).toEqual(["A", "B"]);
  });
  it("later lists win", () => {
    expect(mergeLexicons([b], [b2], [b]).map((e) => e.name)).toEqual(["B"]);
  });
});

describe("built-in lexicon", () => {
  it("loads every data file with unique ids", () => {
    const entries = builtinLexiconEntries();
    expect(entries.length).toBeGreaterThan(100);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const type of ["chip", "company", "regulator", "source", "person", "country"]) {
      expect(entries.some((e) => e.type === type), type).toBe(true);
    }
  });
  it("compiles once", () => {
    expect(defaultLexicon()).toBe(defaultLexicon());
  });
  it("a user entry replaces a built-in one", () => {
    const user = parseLexiconFile({ entries: [{ ...valid, id: "nvidia", name: "NV", aliases: ["엔비디아"] }] }, "user.json");
    const lex = compileLexicon(mergeLexicons(builtinLexiconEntries(), user));
    const [e] = findEntities({ title: null, paragraphs: ["엔비디아가"] }, lex);
    expect(e).toMatchObject({ id: "nvidia", name: "NV" });
  });
});

describe("a 10,000-entry synthetic lexicon", () => {
  // deterministic Hangul names: three syllables from a fixed list, plus "테크"
  const SYL = [..."가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조"];
  const N = 10_000;
  const entries: LexiconEntry[] = [];
  for (let i = 0; i < N; i++) {
    const k = SYL.length;
    const name = `${SYL[i % k]}${SYL[Math.floor(i / k) % k]}${SYL[Math.floor(i / (k * k)) % k]}테크`;
    entries.push({ id: `co-${i}`, type: "company", name: `Corp${i}`, aliases: [name, `Corp${i}`], attributes: { country: null, industry: null } });
  }
  const lex = compileLexicon(entries);

  it("matches the right entries with particles and boundaries", () => {
    const pick = [0, 1, 37, 4242, 9999];
    const text = pick.map((i) => `${entries[i]!.aliases[0]}의 실적과 Corp${i}는`).join(" ") + " Corp12345 Corp99은";
    const found = findEntities({ title: null, paragraphs: [text] }, lex);
    expect(found.map((e) => e.id)).toEqual([...pick.map((i) => `co-${i}`), "co-99"]);
    for (const e of found) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.find((e) => e.id === "co-4242")!.count).toBe(2);
  });

  it("does not match inside longer words", () => {
    const word = `${entries[5]!.aliases[0]}놀이`;
    expect(findEntities({ title: null, paragraphs: [`${word} Corp55x`] }, lex)).toEqual([]);
  });
});
