import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LexiconFileSchema, type LexiconEntry } from "../src/entities/lexicon-schema.js";
import { builtinLexiconEntries, parseLexiconFile } from "../src/entities/lexicon.js";

const dataDir = new URL("../src/entities/data/", import.meta.url);
const fileNames = readdirSync(fileURLToPath(dataDir))
  .filter((f) => f.endsWith(".json"))
  .sort();

interface Loaded {
  file: string;
  raw: unknown;
}

const loaded: Loaded[] = fileNames.map((file) => ({
  file,
  raw: JSON.parse(readFileSync(new URL(file, dataDir), "utf8")) as unknown,
}));

function entriesOf(file: string): LexiconEntry[] {
  const l = loaded.find((x) => x.file === file);
  if (!l) return [];
  const parsed = LexiconFileSchema.safeParse(l.raw);
  return parsed.success ? parsed.data.entries : [];
}

const all: { file: string; entry: LexiconEntry }[] = fileNames.flatMap((file) =>
  entriesOf(file).map((entry) => ({ file, entry })),
);
const byId = new Map(all.map((x) => [x.entry.id, x.entry]));

/** Comparison key for aliases: NFKC, case-folded (Latin), whitespace removed. */
function aliasKey(alias: string): string {
  return alias.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** Single characters allowed as aliases: Hanja country abbreviations used in headlines. */
const ALLOWED_SINGLE = new Set(["中", "美", "日", "韓", "北", "英", "獨", "佛", "露", "伊", "印", "臺"]);
/** Generic words that must never be aliases. */
const BANNED = new Set(
  ["X", "AI", "정부", "당국", "규제 기관", "칩", "반도체", "회사", "기업", "그룹", "위원회", "대통령", "장관", "한", "중", "미", "일", "북", "삼"].map(
    aliasKey,
  ),
);

describe("built-in lexicon data", () => {
  it("has the expected data files", () => {
    for (const f of ["chips.json", "companies.json", "regulators.json", "sources.json", "people.json", "countries.json"]) {
      expect(fileNames).toContain(f);
    }
  });

  for (const { file, raw } of loaded) {
    it(`${file} satisfies LexiconFileSchema`, () => {
      const parsed = LexiconFileSchema.safeParse(raw);
      if (!parsed.success) {
        throw new Error(`${file}: ${JSON.stringify(parsed.error.issues.slice(0, 5), null, 2)}`);
      }
      expect(parsed.data.entries.length).toBeGreaterThan(0);
    });

    it(`${file} is sorted by id`, () => {
      const ids = entriesOf(file).map((e) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });
  }

  it("is loaded without validation exactly as validation would give it", () => {
    // the schema must leave the data unchanged (no defaults or transforms), since the loader trusts it
    const validated = loaded.flatMap(({ file, raw }) => parseLexiconFile(raw, file));
    const byIdOrder = (entries: LexiconEntry[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(byIdOrder(builtinLexiconEntries())).toEqual(byIdOrder(validated));
    for (const { file, raw } of loaded) expect(LexiconFileSchema.parse(raw), file).toEqual(raw);
  });

  it("ids are unique across all files", () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const { file, entry } of all) {
      const prev = seen.get(entry.id);
      if (prev !== undefined) dups.push(`${entry.id} (${prev}, ${file})`);
      seen.set(entry.id, file);
    }
    expect(dups).toEqual([]);
  });

  it("does not use ids reserved for generated government/regulator entries", () => {
    const bad = all
      .map((x) => x.entry.id)
      .filter((id) => id.endsWith("-government") || id.endsWith("-regulators"));
    expect(bad).toEqual([]);
  });

  it("no alias belongs to two entries (case-insensitive, whitespace-insensitive)", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { entry } of all) {
      const keys = new Set(entry.aliases.map(aliasKey));
      for (const k of keys) {
        const prev = owner.get(k);
        if (prev !== undefined && prev !== entry.id) clashes.push(`"${k}": ${prev} / ${entry.id}`);
        else owner.set(k, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("aliases are clean: trimmed, not generic, not too short", () => {
    const bad: string[] = [];
    for (const { entry } of all) {
      for (const a of entry.aliases) {
        if (a !== a.trim() || /\s{2,}/.test(a)) bad.push(`${entry.id}: whitespace in "${a}"`);
        if (BANNED.has(aliasKey(a))) bad.push(`${entry.id}: generic alias "${a}"`);
        const chars = [...a.normalize("NFKC")];
        if (chars.length === 1 && !ALLOWED_SINGLE.has(a)) bad.push(`${entry.id}: one-character alias "${a}"`);
        if (/^[A-Za-z]$/.test(a)) bad.push(`${entry.id}: one-letter alias "${a}"`);
      }
      if (!entry.aliases.includes(entry.name) && !entry.aliases.some((a) => aliasKey(a) === aliasKey(entry.name))) {
        // the canonical name should normally be matchable too; allow only when noted
        if (!entry.note) bad.push(`${entry.id}: name "${entry.name}" is not among the aliases`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("references point at existing entries", () => {
    const missing: string[] = [];
    const check = (from: string, field: string, ref: string | null | undefined, types: string[]) => {
      if (ref === null || ref === undefined) return;
      const target = byId.get(ref);
      if (!target) missing.push(`${from}.${field} -> ${ref} (missing)`);
      else if (!types.includes(target.type)) missing.push(`${from}.${field} -> ${ref} (is ${target.type})`);
    };
    for (const { entry: e } of all) {
      switch (e.type) {
        case "chip":
          check(e.id, "vendor", e.attributes.vendor, ["company"]);
          break;
        case "company":
          check(e.id, "country", e.attributes.country, ["country"]);
          check(e.id, "parent", e.attributes.parent, ["company"]);
          break;
        case "regulator":
          check(e.id, "jurisdiction", e.attributes.jurisdiction, ["country"]);
          break;
        case "source":
          check(e.id, "country", e.attributes.country, ["country"]);
          break;
        case "person":
          check(e.id, "country", e.attributes.country, ["country"]);
          check(e.id, "organization", e.attributes.organization, [
            "company",
            "regulator",
            "organization",
            "source",
            "country",
          ]);
          break;
        case "organization":
          check(e.id, "country", e.attributes.country, ["country"]);
          break;
        case "country":
          break;
      }
    }
    expect(missing).toEqual([]);
  });

  it("entries live in the file for their type", () => {
    const expected: Record<string, string> = {
      "chips.json": "chip",
      "companies.json": "company",
      "regulators.json": "regulator",
      "sources.json": "source",
      "people.json": "person",
      "countries.json": "country",
      "organizations.json": "organization",
    };
    const wrong = all
      .filter(({ file, entry }) => expected[file] !== undefined && expected[file] !== entry.type)
      .map(({ file, entry }) => `${file}: ${entry.id} is ${entry.type}`);
    expect(wrong).toEqual([]);
  });

  it("contains the seed entities with their expected types", () => {
    const required: Record<string, string> = {
      h200: "chip",
      h20: "chip",
      blackwell: "chip",
      nvidia: "company",
      huawei: "company",
      cambricon: "company",
      alibaba: "company",
      bytedance: "company",
      tencent: "company",
      smic: "company",
      tsmc: "company",
      "financial-times": "source",
      bloomberg: "source",
      "truth-social": "source",
      "donald-trump": "person",
      "xi-jinping": "person",
      china: "country",
      "united-states": "country",
    };
    for (const [id, type] of Object.entries(required)) {
      expect(byId.get(id)?.type, id).toBe(type);
    }
  });

  it("seed aliases resolve to the right entries", () => {
    const index = new Map<string, string>();
    for (const { entry } of all) for (const a of entry.aliases) index.set(aliasKey(a), entry.id);
    const expectations: [string, string][] = [
      ["H200", "h200"],
      ["H20", "h20"],
      ["블랙웰", "blackwell"],
      ["Blackwell", "blackwell"],
      ["엔비디아", "nvidia"],
      ["NVIDIA", "nvidia"],
      ["화웨이", "huawei"],
      ["캠브리콘", "cambricon"],
      ["알리바바", "alibaba"],
      ["바이트댄스", "bytedance"],
      ["텐센트", "tencent"],
      ["SMIC", "smic"],
      ["TSMC", "tsmc"],
      ["파이낸셜타임스", "financial-times"],
      ["FT", "financial-times"],
      ["Financial Times", "financial-times"],
      ["블룸버그", "bloomberg"],
      ["트루스소셜", "truth-social"],
      ["Truth Social", "truth-social"],
      ["트럼프", "donald-trump"],
      ["Donald Trump", "donald-trump"],
      ["시진핑", "xi-jinping"],
      ["Xi Jinping", "xi-jinping"],
      ["중국", "china"],
      ["中", "china"],
      ["미국", "united-states"],
      ["USA", "united-states"],
      ["상무부", "us-department-of-commerce"],
      ["중국 상무부", "cn-ministry-of-commerce"],
      ["MOFCOM", "cn-ministry-of-commerce"],
      ["법무부", "kr-ministry-of-justice"],
      ["미 법무부", "us-department-of-justice"],
      ["국방부", "kr-ministry-of-national-defense"],
      ["원안위", "kr-nuclear-safety-and-security-commission"],
      ["SK", "sk-group"],
      ["현대차", "hyundai-motor"],
      ["EU", "european-union"],
      ["北", "north-korea"],
      ["한국경제신문", "korea-economic-daily"],
      ["삼성", "samsung-group"],
      ["삼성전자", "samsung-electronics"],
      ["X(옛 트위터)", "x-twitter"],
    ];
    for (const [alias, id] of expectations) {
      expect(index.get(aliasKey(alias)), alias).toBe(id);
    }
  });

  it("every UN member state is present (spot check) and the EU is a bloc", () => {
    const countries = all.filter((x) => x.entry.type === "country");
    expect(countries.length).toBeGreaterThanOrEqual(193);
    const eu = byId.get("european-union");
    expect(eu?.type).toBe("country");
    if (eu?.type === "country") {
      expect(eu.attributes.iso).toBeNull();
      expect(eu.attributes.bloc).toBe(true);
    }
  });
});
