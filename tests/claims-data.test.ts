/**
 * The claims vocabularies (src/claims/data/*.json) are data: every file validates against its
 * schema, every entry carries a comment, no list repeats an entry, and every data file on disk
 * is one the stage reads.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_FILES, VOCAB } from "../src/claims/vocab.js";

const DATA_DIR = path.resolve(import.meta.dirname, "..", "src", "claims", "data");

/** Every `comment` value anywhere in a JSON value. */
function comments(value: unknown, at = "$"): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => comments(v, `${at}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => (k === "comment" ? [[`${at}.comment`, v] as [string, unknown]] : comments(v, `${at}.${k}`)));
  }
  return [];
}

/** Arrays of entries, with the key that names each entry. */
function lists(value: unknown, at = "$"): Array<[string, unknown[]]> {
  if (Array.isArray(value)) return [[at, value], ...value.flatMap((v, i) => lists(v, `${at}[${i}]`))];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => lists(v, `${at}.${k}`));
  return [];
}

const entryKey = (e: unknown): string => {
  if (typeof e === "string") return e;
  const o = e as Record<string, unknown>;
  return String(o.id ?? o.word ?? o.ending ?? o.suffix ?? o.noun ?? o.particle ?? o.cue ?? o.name ?? o.text ?? o.lemma ?? o.char ?? JSON.stringify(o));
};

describe("claims vocabularies", () => {
  it("every data file on disk is read by the stage", () => {
    expect(fs.readdirSync(DATA_DIR).filter((f) => f.endsWith(".json")).sort()).toEqual(Object.keys(DATA_FILES).sort());
  });

  it.each(Object.entries(DATA_FILES))("%s validates against its schema", (_name, [json, schema]) => {
    const r = schema.safeParse(json);
    expect(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
  });

  it.each(Object.entries(DATA_FILES))("%s: the file and every entry are annotated", (_name, [json]) => {
    const cs = comments(json);
    expect(cs.length).toBeGreaterThan(0);
    for (const [where, c] of cs) expect(typeof c === "string" && c.trim().length > 0, where).toBe(true);
  });

  it.each(Object.entries(DATA_FILES))("%s: no list repeats an entry", (_name, [json]) => {
    for (const [where, list] of lists(json)) {
      if (where.endsWith(".forms") || where.endsWith(".before")) continue;
      const keys = list.map(entryKey);
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(dupes, where).toEqual([]);
    }
  });

  it("hada verbs are conjugated with every ending", () => {
    expect(VOCAB.verbForms.get("보도했다")?.[0]?.lemma).toBe("보도하다");
    expect(VOCAB.verbForms.get("보도했습니다")?.[0]?.lemma).toBe("보도하다");
    expect(VOCAB.verbForms.get("했다")?.map((f) => f.words.join(" "))).toContain("지적하기도 했다");
  });
});
