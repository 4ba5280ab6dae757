/**
 * Entities of an article: lexicon matching (matcher.ts), names found by patterns (unknown.ts),
 * merging per entity, salience (salience.ts). Pure functions; the compiled built-in lexicon is
 * the only cached value (built on first use, never changed).
 */
import type { Entity, EntityType, Mention } from "../schema/record.js";
import type { LexiconEntry } from "./lexicon-schema.js";
import { builtinLexiconEntries, mergeLexicons, parseLexiconFile, LexiconError } from "./lexicon.js";
import { BARE_GOVERNMENT_WORDS, HOME_COUNTRY_ID, derivedRegulatorEntries, governmentId } from "./derived.js";
import { compileAliasSet, matchAliases, type AliasSet, type AliasSource, type FoldSlot, type RawMention } from "./matcher.js";
import { foldAlias, foldAliasPrefix, foldCode, squashSpaces } from "./chars.js";
import { findUnknownInParagraph, titleOf, type KnownSpan, type LexiconView, type UnknownFind } from "./unknown.js";
import { salience } from "./salience.js";
import { sortFew } from "./sort.js";
import { stripParticles } from "../text/particles.js";

export { builtinLexiconEntries, mergeLexicons, parseLexiconFile, LexiconError };

/**
 * A compiled lexicon: the entries (lexicon + generated regulators) and one automaton over all
 * their aliases. Treat it as opaque; build it with compileLexicon() or defaultLexicon().
 */
export interface CompiledLexicon {
  readonly entries: readonly LexiconEntry[];
  readonly byId: ReadonlyMap<string, number>;
  readonly aliases: AliasSet;
  /** index of the home government entry that bare "정부" names, or -1 */
  readonly homeGovernment: number;
  /** first two folded characters of every company alias (a quick filter for subsidiaries) */
  readonly companyPrefixes: ReadonlySet<string>;
  /** entry indexes of companies named as the vendor of some chip entry */
  readonly chipVendors: ReadonlySet<number>;
  /** what the pattern detectors ask of the lexicon */
  readonly view: LexiconView;
}

/** Compiles entries (plus the generated government/regulator entries) into a matcher. */
export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const all = [...entries, ...derivedRegulatorEntries(entries)];
  const byId = new Map<string, number>();
  all.forEach((e, i) => {
    if (!byId.has(e.id)) byId.set(e.id, i);
  });
  const homeGovernment = byId.get(governmentId(HOME_COUNTRY_ID)) ?? -1;
  const sources: AliasSource[] = all.map((e, i) => ({
    type: e.type,
    aliases: i === homeGovernment ? [...e.aliases, ...BARE_GOVERNMENT_WORDS] : e.aliases,
  }));
  const companyPrefixes = new Set<string>();
  for (const e of all) if (e.type === "company") for (const a of e.aliases) companyPrefixes.add(foldAlias(a).slice(0, 2));
  const chipVendors = new Set<number>();
  for (const e of all) {
    if (e.type !== "chip" || !e.attributes.vendor) continue;
    const v = byId.get(e.attributes.vendor);
    if (v !== undefined) chipVendors.add(v);
  }
  const aliases = compileAliasSet(sources);
  const view = lexiconView(all, aliases, companyPrefixes, chipVendors);
  return Object.freeze({ entries: Object.freeze(all), byId, aliases, homeGovernment, companyPrefixes, chipVendors, view });
}

let defaultCache: CompiledLexicon | undefined;

/** The built-in lexicon, compiled once on first use. */
export function defaultLexicon(): CompiledLexicon {
  defaultCache ??= compileLexicon(builtinLexiconEntries());
  return defaultCache;
}

// ───────────── findEntities ─────────────

/** An entity being assembled: a lexicon entry or an unknown name. */
interface Bucket {
  readonly key: string;
  readonly type: EntityType;
  readonly entry: number; // -1 for unknown
  name: string;
  readonly forms: string[]; // for unknowns: every form seen
  readonly mentions: Placed[];
  inTitle: boolean;
}

/** A mention placed in a paragraph; `text` is always paragraphs[paragraph].slice(start, end). */
interface Placed {
  /** the key of the bucket it was placed for */
  readonly bucket: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly nameEnd: number;
  readonly text: string;
}

/**
 * Character positions of the paragraphs already taken by a mention (keeps placement linear).
 * One buffer serves every paragraph of an article: paragraph p owns [offset[p], offset[p + 1]).
 */
class Occupancy {
  private readonly taken: Uint8Array;
  private readonly offset: number[];
  constructor(lengths: readonly number[]) {
    this.offset = [0];
    for (let p = 0; p < lengths.length; p++) this.offset.push(this.offset[p]! + lengths[p]!);
    this.taken = occupancyBuffer(this.offset[lengths.length]!);
  }
  free(p: number, start: number, end: number): boolean {
    const at = this.offset[p]!;
    return allFree(this.taken, at + start, at + end);
  }
  take(p: number, start: number, end: number): void {
    const at = this.offset[p]!;
    this.taken.fill(1, at + start, at + end);
  }
}

/**
 * One buffer serves article after article (a typed array allocated per article showed up in
 * profiles); an article longer than this gets a buffer of its own, so a huge input does not pin
 * its memory.
 */
const OCCUPANCY_SCRATCH_MAX = 1 << 18;
let occupancyScratch = new Uint8Array(0);

/** `length` cleared positions: the shared buffer when it is big enough to hold them. */
function occupancyBuffer(length: number): Uint8Array {
  if (length > OCCUPANCY_SCRATCH_MAX) return new Uint8Array(length);
  if (occupancyScratch.length < length) occupancyScratch = new Uint8Array(Math.min(OCCUPANCY_SCRATCH_MAX, Math.max(4096, 2 * length)));
  return occupancyScratch.fill(0, 0, length);
}

/** Slug for unknown ids: lower-case letters, digits and Hangul, words joined by '-'. */
function slugify(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9가-힣]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** FNV-1a, for names with no slug-able characters (all Hanja, say). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** What the pattern detectors ask of a lexicon, built once with it. */
function lexiconView(entries: readonly LexiconEntry[], aliases: AliasSet, companyPrefixes: ReadonlySet<string>, chipVendors: ReadonlySet<number>): LexiconView {
  // by the first two folded characters (as one number): the lengths of the company aliases that
  // start with them, so that a word is ruled out, or its prefixes looked up, without making strings
  const lengthsByPair = new Map<number, number>();
  // and the first of those characters, by code unit: most words are ruled out by one table read
  const firstOfPair = new Uint8Array(0x10000);
  for (const [key, i] of aliases.aliasIndex) {
    if (entries[i]!.type !== "company" || key.length < 2 || key.length > 30 || !companyPrefixes.has(key.slice(0, 2))) continue;
    const pair = (key.charCodeAt(0) << 16) | key.charCodeAt(1);
    lengthsByPair.set(pair, (lengthsByPair.get(pair) ?? 0) | (1 << key.length));
    firstOfPair[key.charCodeAt(0)] = 1;
  }
  return {
    aliasEntry: (folded) => aliases.aliasIndex.get(folded),
    companyAliasLengths: (text, start, end) => {
      const c0 = foldCode(text.charCodeAt(start));
      const c1 = foldCode(text.charCodeAt(start + 1));
      // a space among the first two characters folds away: the prefix is not those two codes
      if (c0 === 0x20 || c1 === 0x20) return companyPrefixes.has(foldAliasPrefix(text.slice(start, end), 2)) ? -1 : 0;
      return firstOfPair[c0] === 0 ? 0 : (lengthsByPair.get((c0 << 16) | c1) ?? 0);
    },
    isChipVendor: (entry) => chipVendors.has(entry),
    aliasType: (folded) => {
      const i = aliases.aliasIndex.get(folded);
      return i === undefined ? undefined : entries[i]!.type;
    },
  };
}

/**
 * Finds the entities of an article. Mentions are offsets into `paragraphs[i]`; the title only
 * counts toward salience. Entities are ordered by first mention; entities with no mention in
 * the body are left out.
 */
export function findEntities(input: { title: string | null; paragraphs: readonly string[] }, lexicon: CompiledLexicon): Entity[] {
  const paragraphs = input.paragraphs;
  const buckets = new Map<string, Bucket>();
  const bucketFor = (key: string, type: EntityType, entry: number, name: string): Bucket => {
    let b = buckets.get(key);
    if (!b) {
      b = { key, type, entry, name, forms: [], mentions: [], inTitle: false };
      buckets.set(key, b);
    }
    return b;
  };
  const view = lexicon.view;

  // 1. lexicon mentions, and the finds of the patterns
  const placed: Placed[][] = paragraphs.map(() => []);
  const occupied = new Occupancy(paragraphs.map((t) => t.length));
  /** Places a mention unless an earlier one holds part of its span. */
  const place = (m: Placed): boolean => {
    if (!occupied.free(m.paragraph, m.start, m.end)) return false;
    occupied.take(m.paragraph, m.start, m.end);
    placed[m.paragraph]!.push(m);
    return true;
  };
  const learnt = new Map<number, Set<string>>(); // parenthesised aliases learnt for known entries
  const finds: { paragraph: number; find: UnknownFind }[] = [];
  // each paragraph is folded at most once, for the lexicon pass and the pass over learnt names (step 3)
  const folds: FoldSlot[] = paragraphs.map(() => ({ stream: null }));
  const allowHangulParen = (entry: number) => lexicon.entries[entry]!.type !== "person";
  paragraphs.forEach((text, p) => {
    let raw = matchAliases(lexicon.aliases, text, allowHangulParen, folds[p]);
    raw = resolveBareGovernment(raw, text, lexicon);
    const spans: KnownSpan[] = raw.map((m) => ({
      entry: realEntry(m.entry),
      start: m.start,
      end: m.end,
      nameEnd: m.nameEnd,
      type: lexicon.entries[realEntry(m.entry)]!.type,
      // the name is the whole mention unless a parenthesised alias follows it
      text: m.nameEnd === m.end ? m.text : text.slice(m.start, m.nameEnd),
    }));
    const found = findUnknownInParagraph(text, spans, view);
    // finds that replace lexicon mentions ("SK(주)" over "SK") are rare: no buffer without one
    let overridden: Uint8Array | null = null;
    for (const f of found) if (f.override) (overridden ??= new Uint8Array(text.length)).fill(1, f.start, f.end);
    for (const m of raw) {
      if (overridden && !allFree(overridden, m.start, m.end)) continue;
      place({ bucket: knownKey(m.entry), paragraph: p, start: m.start, end: m.end, nameEnd: m.nameEnd, text: m.text });
      if (m.parenAlias && m.entry >= 0) {
        let set = learnt.get(m.entry);
        if (!set) learnt.set(m.entry, (set = new Set()));
        set.add(m.parenAlias);
      }
    }
    for (const f of found) finds.push({ paragraph: p, find: f });
  });

  // 2. unknown names: one bucket per (type, name); a foreign surname joins its full name
  const unknownKey = (type: EntityType, name: string) => `u:${type}:${foldAlias(name)}`;
  const surnameOf = new Map<string, string>();
  for (const { find } of finds) {
    for (const a of find.aliases) if (find.type === "person") surnameOf.set(unknownKey("person", a), unknownKey("person", find.name));
  }
  const keyOfFind = (f: UnknownFind) => surnameOf.get(unknownKey(f.type, f.name)) ?? unknownKey(f.type, f.name);
  // a name glossed with a lexicon alias ("하워드 루트닉(Howard Lutnick)") is learnt for that entry,
  // so that "루트닉 장관" elsewhere is the same person
  const learntOwner = new Map<string, number>();
  for (const { find } of finds) {
    if (find.entry === undefined) continue;
    for (const form of [find.name, ...find.aliases]) {
      const folded = foldAlias(form);
      if (lexicon.aliases.aliasIndex.has(folded) || learntOwner.has(folded)) continue;
      learntOwner.set(folded, find.entry);
      let set = learnt.get(find.entry);
      if (!set) learnt.set(find.entry, (set = new Set()));
      set.add(form);
    }
  }
  for (const { paragraph, find } of finds) {
    const learntEntry = learntOwner.get(foldAlias(find.name));
    const owner = find.entry ?? (learntEntry !== undefined && lexicon.entries[learntEntry]!.type === find.type ? learntEntry : undefined);
    if (owner !== undefined) {
      place({ bucket: knownKey(owner), paragraph, start: find.start, end: find.end, nameEnd: find.end, text: paragraphs[paragraph]!.slice(find.start, find.end) });
      continue;
    }
    const key = keyOfFind(find);
    const b = bucketFor(key, find.type, -1, find.name);
    if (key === unknownKey(find.type, find.name)) b.name = b.forms.length === 0 ? find.name : b.name;
    for (const form of [find.name, ...find.aliases]) if (!b.forms.includes(form)) b.forms.push(form);
    place({ bucket: key, paragraph, start: find.start, end: find.end, nameEnd: find.end, text: paragraphs[paragraph]!.slice(find.start, find.end) });
  }
  // a bucket first seen by its surname takes the full name
  for (const b of buckets.values()) {
    if (b.entry >= 0 || b.type !== "person") continue;
    const full = b.forms.find((f) => f.includes(" "));
    if (full) b.name = full;
  }

  // 3. second pass: every other occurrence of unknown names and learnt abbreviations
  const dynamicKeys: string[] = [];
  const dynamicSources: AliasSource[] = [];
  for (const b of buckets.values()) {
    if (b.entry >= 0) continue;
    dynamicKeys.push(b.key);
    dynamicSources.push({ type: b.type, aliases: b.forms });
  }
  for (const [entry, set] of [...learnt.entries()].sort((a, b) => a[0] - b[0])) {
    dynamicKeys.push(knownKey(entry));
    dynamicSources.push({ type: lexicon.entries[entry]!.type, aliases: [...set] });
  }
  const dynamic = dynamicSources.length > 0 ? compileAliasSet(dynamicSources) : null;
  if (dynamic) {
    paragraphs.forEach((text, p) => {
      for (const m of matchAliases(dynamic, text, undefined, folds[p])) {
        place({ bucket: dynamicKeys[m.entry]!, paragraph: p, start: m.start, end: m.end, nameEnd: m.nameEnd, text: m.text });
      }
    });
  }

  // 4. "시 주석", "박 사장": a surname + title names the one person of the article with that surname
  const bySurname = peopleBySurname(placed, buckets, lexicon);
  paragraphs.forEach((text, p) => surnameReferences(text, p, bySurname, place));

  // 5. buckets get their mentions
  for (const list of placed) {
    for (const m of list) (buckets.get(m.bucket) ?? bucketForKnown(m.bucket, lexicon, bucketFor)).mentions.push(m);
  }

  // 5b. "중국 정부", "미국 상무부" name the country too: the country gets a mention of its name
  // inside the longer one (the gold counts 미국 as named in "미국 정부의 제재")
  for (const b of [...buckets.values()]) {
    if (b.entry < 0) continue;
    const e = lexicon.entries[b.entry]!;
    const country = e.type === "regulator" ? e.attributes.jurisdiction : null;
    const countryEntry = country ? lexicon.byId.get(country) : undefined;
    if (countryEntry === undefined) continue;
    const aliases = lexicon.entries[countryEntry]!.aliases;
    for (const m of b.mentions) {
      // the longest alias the mention starts with (the first of equal length), followed by a space or Hangul
      let prefix: string | undefined;
      for (const a of aliases) {
        if ((prefix === undefined || a.length > prefix.length) && m.text.startsWith(a) && /[\s가-힣]/.test(m.text.charAt(a.length))) prefix = a;
      }
      if (!prefix || prefix === m.text) continue;
      const cb = buckets.get(knownKey(countryEntry)) ?? bucketForKnown(knownKey(countryEntry), lexicon, bucketFor);
      if (cb.mentions.some((x) => x.paragraph === m.paragraph && x.start === m.start)) continue;
      cb.mentions.push({ bucket: cb.key, paragraph: m.paragraph, start: m.start, end: m.start + prefix.length, nameEnd: m.start + prefix.length, text: prefix });
    }
  }

  // 6. the title, for salience
  if (input.title) {
    const title = input.title;
    const titleFold: FoldSlot = { stream: null };
    for (const m of matchAliases(lexicon.aliases, title, undefined, titleFold)) {
      const b = buckets.get(knownKey(m.entry));
      if (b) b.inTitle = true;
    }
    if (dynamic) {
      for (const m of matchAliases(dynamic, title, undefined, titleFold)) {
        const b = buckets.get(dynamicKeys[m.entry]!);
        if (b) b.inTitle = true;
      }
    }
  }

  return assemble([...buckets.values()], lexicon, paragraphs);
}

/** True when no position of [start, end) is marked in `taken`. */
function allFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

/** Words before a bare "정부" that make it governments in general ("각국 정부의 결정"). */
const OTHER_GOVERNMENTS = /(?:각국|외국|해외|양국|타국|상대국|여러 나라|주요국|동맹국|각 나라|현지|지방|중앙|역대|전|前)\s*$/;

const BARE_WORDS: ReadonlySet<string> = new Set(BARE_GOVERNMENT_WORDS);

/** Key of the bucket that holds bare "정부" mentions until the article is read. */
const BARE_KEY = "bare";

/** The keys of known entries' buckets by entry index, made once (not a new string per mention). */
const KNOWN_KEYS: string[] = [];

function knownKey(entry: number): string {
  if (entry < 0) return BARE_KEY;
  while (KNOWN_KEYS.length <= entry) KNOWN_KEYS.push(`k:${KNOWN_KEYS.length}`);
  return KNOWN_KEYS[entry]!;
}

/** Bare mentions carry entry -1 - index; this gives the index back. */
function realEntry(entry: number): number {
  return entry < 0 ? -1 - entry : entry;
}

function bucketForKnown(key: string, lexicon: CompiledLexicon, bucketFor: (key: string, type: EntityType, entry: number, name: string) => Bucket): Bucket {
  const entry = key === BARE_KEY ? lexicon.homeGovernment : Number(key.slice(2));
  const e = lexicon.entries[entry]!;
  return bucketFor(key, e.type, entry, e.name);
}

/**
 * Bare "정부" names the home (Korean) government, except in an article that names another
 * country's government or regulators (then it is ambiguous and dropped), and right after a
 * foreign leader from the lexicon ("트럼프 정부" is the US government).
 */
function resolveBareGovernment(raw: RawMention[], text: string, lexicon: CompiledLexicon): RawMention[] {
  if (lexicon.homeGovernment < 0) return raw;
  // most paragraphs have no mention of the home government: nothing to resolve, no copy
  let any = false;
  for (let i = 0; i < raw.length && !any; i++) any = raw[i]!.entry === lexicon.homeGovernment;
  if (!any) return raw;
  const out: RawMention[] = [];
  for (const m of raw) {
    if (m.entry !== lexicon.homeGovernment || !BARE_WORDS.has(squashSpaces(text.slice(m.start, m.nameEnd)))) {
      out.push(m);
      continue;
    }
    // "각국 정부", "외국 정부", "양국 정부": governments in general, not the home one
    if (OTHER_GOVERNMENTS.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const before = out.at(-1);
    if (before && before.end === m.start - 1 && text.charCodeAt(m.start - 1) === 0x20) {
      const e = lexicon.entries[before.entry]!;
      if (e.type === "person") {
        const country = e.attributes.country;
        const gov = country ? lexicon.byId.get(governmentId(country)) : undefined;
        if (gov !== undefined && gov !== lexicon.homeGovernment) out.push({ ...m, entry: gov });
        else out.push(m);
        continue;
      }
    }
    // anaphora: after a foreign government or regulator earlier in the paragraph, "정부" is that
    // country's government ("중국 규제 기관이 … 정부 공공 기관의 구매 금지"); otherwise it is the home one
    let foreign: RawMention | undefined;
    for (let k = out.length - 1; k >= 0 && !foreign; k--) {
      const x = out[k]!;
      if (x.entry < 0) continue;
      const e = lexicon.entries[x.entry]!;
      if (e.type === "regulator" && x.entry !== lexicon.homeGovernment && !!e.attributes.jurisdiction && e.attributes.jurisdiction !== HOME_COUNTRY_ID) foreign = x;
    }
    const jurisdiction = foreign ? (lexicon.entries[foreign.entry] as { attributes: { jurisdiction: string | null } }).attributes.jurisdiction : null;
    const gov = jurisdiction ? lexicon.byId.get(governmentId(jurisdiction)) : undefined;
    out.push(gov !== undefined ? { ...m, entry: gov } : m);
  }
  return out;
}

/**
 * After matching, bare mentions (entry < 0) become the home government unless the article names
 * a foreign government/regulators. Done per article in assemble().
 */
function settleBare(buckets: Bucket[], lexicon: CompiledLexicon): Bucket[] {
  const foreign = buckets.some((b) => {
    if (b.key === BARE_KEY || b.entry < 0 || b.mentions.length === 0) return false;
    const e = lexicon.entries[b.entry]!;
    if (e.type !== "regulator" || b.entry === lexicon.homeGovernment) return false;
    return e.id.endsWith("-government") || e.id.endsWith("-regulators");
  });
  const out: Bucket[] = [];
  for (const b of buckets) {
    if (b.key !== BARE_KEY) {
      out.push(b);
      continue;
    }
    if (foreign) continue;
    const home = buckets.find((x) => x.key !== BARE_KEY && x.entry === lexicon.homeGovernment);
    if (home) home.mentions.push(...b.mentions);
    else out.push({ ...b, key: `k:${lexicon.homeGovernment}` });
  }
  return out;
}

/** The person buckets of the article by the first syllable of a three-syllable Hangul name. */
function peopleBySurname(placed: Placed[][], buckets: Map<string, Bucket>, lexicon: CompiledLexicon): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const list of placed) {
    for (const x of list) {
      const b = buckets.get(x.bucket);
      const type = b ? b.type : x.bucket.startsWith("k:") ? lexicon.entries[Number(x.bucket.slice(2))]?.type : undefined;
      if (type !== "person") continue;
      const name = squashSpaces(x.text);
      if (!/^[가-힣]{3}$/.test(name)) continue;
      let set = out.get(name[0]!);
      if (!set) out.set(name[0]!, (set = new Set()));
      set.add(x.bucket);
    }
  }
  return out;
}

/** Adds "시" of "시 주석" as a mention of 시진핑 when exactly one person of the article fits. */
function surnameReferences(text: string, paragraph: number, bySurname: ReadonlyMap<string, ReadonlySet<string>>, place: (m: Placed) => boolean): void {
  if (bySurname.size === 0) return; // no one to refer to: no regex pass over the paragraph
  const re = /(^|[\s‘“"'(])([가-힣]) ([가-힣]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const people = bySurname.get(m[2]!);
    if (!people || people.size !== 1) continue;
    if (!titleOf(titleCore(m[3]!))) continue;
    const start = m.index + m[1]!.length;
    const [bucket] = [...people];
    place({ bucket: bucket!, paragraph, start, end: start + 1, nameEnd: start + 1, text: m[2]! });
  }
}

function titleCore(word: string): string {
  let w = word.replace(/[,.!?;:…”’"')\]」』〉》]+$/, "");
  w = stripParticles(w, 1);
  if (w.endsWith("님") && w.length > 1) w = stripParticles(w.slice(0, -1), 1);
  return w;
}

function inTextOrder(x: { paragraph: number; start: number }, y: { paragraph: number; start: number }): number {
  return x.paragraph - y.paragraph || x.start - y.start;
}

function assemble(all: Bucket[], lexicon: CompiledLexicon, paragraphs: readonly string[]): Entity[] {
  const buckets = settleBare(all, lexicon).filter((b) => b.mentions.length > 0);
  for (const b of buckets) sortFew(b.mentions, inTextOrder);
  buckets.sort((a, b) => {
    const x = a.mentions[0]!;
    const y = b.mentions[0]!;
    return x.paragraph - y.paragraph || x.start - y.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  const maxCount = Math.max(0, ...buckets.map((b) => b.mentions.length));
  const usedIds = new Set<string>();
  const out: Entity[] = [];
  for (const b of buckets) {
    const known = b.entry >= 0;
    const e = known ? lexicon.entries[b.entry]! : null;
    let id: string;
    if (e) id = e.id;
    else {
      const slug = slugify(b.name);
      id = `x-${slug || hash(b.name)}`;
      let n = 2;
      while (usedIds.has(id) || lexicon.byId.has(id)) id = `x-${slug || hash(b.name)}-${n++}`;
    }
    usedIds.add(id);
    // the label is the most frequent printed name (the first seen of equal counts)
    const formOf = (m: Placed) => squashSpaces(m.nameEnd === m.end ? m.text : paragraphs[m.paragraph]!.slice(m.start, m.nameEnd));
    let label = "";
    if (b.mentions.length === 1) label = formOf(b.mentions[0]!);
    else {
      const labelCounts = new Map<string, number>();
      for (const m of b.mentions) {
        const form = formOf(m);
        labelCounts.set(form, (labelCounts.get(form) ?? 0) + 1);
      }
      let best = 0;
      for (const [form, n] of labelCounts) {
        if (n > best) {
          best = n;
          label = form;
        }
      }
    }
    const mentions: Mention[] = b.mentions.map((m) => ({ paragraph: m.paragraph, start: m.start, end: m.end, text: m.text }));
    const first = mentions[0]!;
    out.push({
      id,
      type: b.type,
      name: e ? e.name : b.name,
      label,
      aliases: e ? [...e.aliases] : [...b.forms],
      known,
      count: mentions.length,
      salience: salience({
        inTitle: b.inTitle,
        inLead: first.paragraph === 0,
        count: mentions.length,
        maxCount,
        firstParagraph: first.paragraph,
        paragraphCount: paragraphs.length,
      }),
      mentions,
    });
  }
  return out;
}
