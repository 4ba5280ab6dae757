/**
 * Loading, validating and merging lexicon files (src/entities/data/*.json and --lexicon files).
 */
import { LexiconFileSchema, type LexiconEntry } from "./lexicon-schema.js";
import chips from "./data/chips.json" with { type: "json" };
import companies from "./data/companies.json" with { type: "json" };
import regulators from "./data/regulators.json" with { type: "json" };
import sources from "./data/sources.json" with { type: "json" };
import people from "./data/people.json" with { type: "json" };
import countries from "./data/countries.json" with { type: "json" };
import organizations from "./data/organizations.json" with { type: "json" };

/** A lexicon file that does not follow the format; the message names file, entry and field. */
export class LexiconError extends Error {
  override readonly name = "LexiconError";
}

/** Built-in data files in load order (a later file's entry replaces an earlier one with the same id). */
const BUILTIN_FILES: readonly (readonly [string, unknown])[] = [
  ["countries.json", countries],
  ["regulators.json", regulators],
  ["companies.json", companies],
  ["chips.json", chips],
  ["sources.json", sources],
  ["people.json", people],
  ["organizations.json", organizations],
];

/** At most this many problems are listed in one error message (the rest are counted). */
const MAX_REPORTED_ISSUES = 5;

function ownField(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function describeEntry(json: unknown, index: number): string {
  const entries = ownField(json, "entries");
  const entry = Array.isArray(entries) ? (entries[index] as unknown) : undefined;
  const id = ownField(entry, "id");
  return typeof id === "string" ? `entry #${index} (id "${id}")` : `entry #${index}`;
}

/**
 * Validates one lexicon file's JSON and returns its entries.
 * Throws LexiconError naming the file, the entry (index and id) and the field path.
 * Unknown keys (including "__proto__" and "constructor") are rejected by the strict schema, and
 * the returned entries are fresh objects built by the schema, so nothing reaches a prototype.
 */
export function parseLexiconFile(json: unknown, fileName: string): LexiconEntry[] {
  const parsed = LexiconFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const lines = issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
      const path = issue.path.map((p) => String(p));
      let where = "file";
      let field = path.join(".");
      if (path[0] === "entries" && path.length >= 2 && /^\d+$/.test(path[1]!)) {
        where = describeEntry(json, Number(path[1]));
        field = path.slice(2).join(".");
      }
      const keys = "keys" in issue && Array.isArray(issue.keys) ? ` ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}` : "";
      return `${where}: ${field || "(entry)"}: ${issue.message}${keys}`;
    });
    const more = issues.length > MAX_REPORTED_ISSUES ? ` (and ${issues.length - MAX_REPORTED_ISSUES} more)` : "";
    throw new LexiconError(`${fileName}: invalid lexicon: ${lines.join("; ")}${more}`);
  }
  const seen = new Map<string, number>();
  parsed.data.entries.forEach((e, i) => {
    const prev = seen.get(e.id);
    if (prev !== undefined) throw new LexiconError(`${fileName}: entry #${i} (id "${e.id}"): id: duplicate of entry #${prev}`);
    seen.set(e.id, i);
  });
  return parsed.data.entries;
}

/**
 * Merges entry lists: an entry whose id was seen before replaces the earlier one in place;
 * new ids are appended in the order met. The result is a new array; inputs are not changed.
 */
export function mergeLexicons(base: LexiconEntry[], ...extra: LexiconEntry[][]): LexiconEntry[] {
  const index = new Map<string, number>();
  const out: LexiconEntry[] = [];
  for (const list of [base, ...extra]) {
    for (const e of list) {
      const at = index.get(e.id);
      if (at === undefined) {
        index.set(e.id, out.length);
        out.push(e);
      } else out[at] = e;
    }
  }
  return out;
}

let builtinCache: readonly LexiconEntry[] | undefined;

/** A built-in file's entries as they are: the schema leaves them unchanged (no defaults, no transforms). */
function builtinEntries(json: unknown): LexiconEntry[] {
  return (json as { entries: LexiconEntry[] }).entries;
}

/**
 * Every built-in entry (all src/entities/data/*.json files), merged; each call returns a new
 * array of frozen entries. The files are not validated here: tests/lexicon-data.test.ts holds
 * each to the schema and holds parseLexiconFile's result to the data itself, and validating
 * 1,450 entries cost every worker about 50 ms at start.
 */
export function builtinLexiconEntries(): LexiconEntry[] {
  builtinCache ??= mergeLexicons([], ...BUILTIN_FILES.map(([, json]) => builtinEntries(json))).map(deepFreeze);
  return [...builtinCache];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
