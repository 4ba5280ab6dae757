/**
 * From a source phrase to an EntityRef: an entity mentioned in the phrase, an anaphor resolved
 * to an earlier source (그는, 이 관계자, 이 매체), a surname + title (안 후보 → 안철수), or a new
 * entity for an unknown named source (an outlet, an organisation, a person with a title).
 */
import type { Entity, EntityRef, EntityType, Mention } from "../schema/record.js";
import { anonymousCue } from "./frames.js";
import { endsWithAny, headWord, isAnaphor, isOutletName, lastWord, mentionsIn, orgSuffixType, type Phrase, type SentenceCtx } from "./phrases.js";
import { VOCAB } from "./vocab.js";
import { collapseWhitespace } from "../text/normalize.js";

export type SourceClass = "person" | "official" | "outlet" | "other";

export interface ResolvedSource {
  ref: EntityRef;
  cls: SourceClass;
}

/** Remembers earlier sources for anaphora; one per findClaims call. */
export class SourceMemory {
  person: ResolvedSource | null = null;
  official: ResolvedSource | null = null;
  outlet: ResolvedSource | null = null;
  last: { src: ResolvedSource; paragraph: number } | null = null;

  remember(src: ResolvedSource, paragraph: number): void {
    if (src.cls === "person") this.person = src;
    if (src.cls === "official") this.official = src;
    if (src.cls === "outlet") this.outlet = src;
    this.last = { src, paragraph };
  }
}

/** Entities discovered by this stage, keyed by id. */
export class NewEntities {
  readonly byId = new Map<string, Entity>();
  /** Spans of the existing entities' mentions by paragraph: made on first use (most articles
   * name no new entity). */
  private taken: Array<Array<readonly [number, number]>> | null = null;
  constructor(
    private readonly paragraphs: readonly string[],
    private readonly existing: readonly Entity[],
  ) {}

  private takenSpans(): ReadonlyArray<ReadonlyArray<readonly [number, number]>> {
    if (!this.taken) {
      const taken = this.paragraphs.map(() => [] as Array<readonly [number, number]>);
      for (const e of this.existing) for (const m of e.mentions) taken[m.paragraph]?.push([m.start, m.end] as const);
      this.taken = taken;
    }
    return this.taken;
  }

  /**
   * An existing or new entity named `name` of `type`. A name with a gloss ('월스트리트저널(WSJ)')
   * is also found by its parts ('월스트리트저널', 'WSJ'); an outlet is one entity with or without
   * its descriptor ('로이터' = '로이터통신').
   */
  get(name: string, type: EntityType): Entity {
    const norm = name.normalize("NFKC");
    const known = this.existing.find((e) => e.label === norm || e.name === norm || e.aliases.includes(norm));
    if (known) return known;
    const gloss = /^(.+?)\(([^()]+)\)$/.exec(norm);
    const names = gloss ? [norm, gloss[1]!.trim(), gloss[2]!.trim()] : [norm];
    const base = type === "source" ? outletBase(names[gloss ? 1 : 0]!) : null;
    if (base && base !== names[0] && !names.includes(base)) names.push(base);
    const id = `x-${slug(base ?? norm)}`;
    const had = this.existing.find((e) => e.id === id);
    if (had) return had;
    const prev = this.byId.get(id);
    if (prev && names.every((n) => prev.aliases.includes(n))) return prev;
    const aliases = prev ? [...new Set([...prev.aliases, ...names])] : names;
    const label = prev?.label ?? norm;
    const mentions = findNames(this.paragraphs, aliases, this.takenSpans());
    const entity: Entity = { id, type: prev?.type ?? type, name: label, label, aliases, known: false, count: mentions.length, salience: 0, mentions };
    this.byId.set(id, entity);
    return entity;
  }
}

/** An outlet's name without its descriptor: 로이터통신 → 로이터, 블룸버그통신 → 블룸버그. */
function outletBase(name: string): string | null {
  for (const d of ["통신사", "통신", "방송", "신문"]) {
    if (name.length >= d.length + 2 && name.endsWith(d)) return name.slice(0, -d.length);
  }
  return null;
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "") || "source";
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Occurrences of the names (longest first) not inside a longer word and not overlapping a known mention. */
function findNames(paragraphs: readonly string[], names: readonly string[], taken: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): Mention[] {
  const out: Mention[] = [];
  const sorted = [...new Set(names)].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  paragraphs.forEach((p, pi) => {
    const found: Mention[] = [];
    for (const name of sorted) {
      const latinEnd = /[A-Za-z0-9]$/.test(name);
      let i = p.indexOf(name);
      while (i >= 0) {
        const end = i + name.length;
        const prevOk = !isWordChar(p[i - 1]);
        const nextOk = !latinEnd || !/[A-Za-z0-9]/.test(p[end] ?? "");
        const overlaps = (taken[pi] ?? []).some(([s, e]) => s < end && e > i) || found.some((m) => m.start < end && m.end > i);
        if (prevOk && nextOk && !overlaps) found.push({ paragraph: pi, start: i, end, text: name });
        i = p.indexOf(name, end);
      }
    }
    out.push(...found.sort((a, b) => a.start - b.start));
  });
  return out;
}

function classOf(entity: Entity | null, phraseText: string): SourceClass {
  if (anonymousCue(phraseText)) return "official";
  if (entity?.type === "person") return "person";
  if (entity?.type === "source") return "outlet";
  const head = (phraseText.split(/\s+/).pop() ?? "").replace(/\([^()]*\)$/, "");
  if (endsWithAny(head, VOCAB.personTitles)) return "person";
  if (!entity && isOutletName(head)) return "outlet";
  return "other";
}

// (a code unit in the syllable block is a whole code point: surrogates lie outside it)
function syllables(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) n++;
  }
  return n;
}
const allHangul = (w: string): boolean => w.length > 0 && syllables(w) === w.length;
/** Syllables that occur in transliterated foreign names but hardly in Korean ones (하워드, 러트닉, 젠슨). */
const FOREIGN_SYLLABLES = /[드트스크프르즈브츠슈쉬워웨슨튼턴]/;

/**
 * A person's name at the start of a titled phrase: '김승평 조선대 … 교수' → 김승평,
 * '김성수의원' → 김성수, '젠슨 황 엔비디아 CEO' → 젠슨 황, '하워드 러트닉 미국 상무장관' → 하워드 러트닉.
 */
function personName(ctx: SentenceCtx, p: Phrase): string | null {
  const words = p.text.split(/\s+/);
  const last = words[words.length - 1]!.replace(/\([^()]*\)$/, "");
  const title = VOCAB.personTitles.candidates(last).find((t) => last.endsWith(t));
  if (!title) return null;
  const plausible = (w: string): boolean =>
    allHangul(w) &&
    syllables(w) >= 2 &&
    syllables(w) <= 4 &&
    !/^.모$/.test(w) && // 김모 씨: withheld on purpose
    !VOCAB.genericNouns.has(w) &&
    !VOCAB.determiners.has(w) &&
    !VOCAB.adverbs.has(w) &&
    !VOCAB.personTitles.all.includes(w) &&
    orgSuffixType(w) === null &&
    !isOutletName(w) &&
    !/[의와과]$/.test(w);
  let name: string | null = null;
  if (words.length === 1) {
    const stem = last.slice(0, -title.length);
    if (plausible(stem)) name = stem;
  } else {
    const w0 = words[0]!;
    const w1 = words[1]!;
    const koreanName = syllables(w0) === 3 && VOCAB.koreanSurnames.has(w0[0]!) && !FOREIGN_SYLLABLES.test(w0);
    if (words.length > 2 && syllables(w0) === 2 && allHangul(w0) && syllables(w1) === 1 && allHangul(w1)) name = `${w0} ${w1}`; // 젠슨 황, 리사 수
    else if (!koreanName && words.length > 2 && plausible(w0) && plausible(w1) && FOREIGN_SYLLABLES.test(w0 + w1)) name = `${w0} ${w1}`;
    else if (plausible(w0)) name = w0;
  }
  if (!name) return null;
  const at = p.start + p.text.indexOf(name);
  if (ctx.mentions.some((m) => m.start < at + name!.length && m.end > at)) return null;
  return name;
}

/**
 * Person entity for '안 후보' (a one-syllable Korean surname) or '러트닉 장관' (a foreign family
 * name) followed by a title: the person with that name mentioned most recently before.
 */
function surnameReference(ctx: SentenceCtx, p: Phrase, entities: readonly Entity[], created: NewEntities): Entity | null {
  const words = p.text.split(/\s+/);
  if (words.length !== 2) return null;
  const [family, title] = words as [string, string];
  if (!allHangul(family) || !endsWithAny(title.replace(/\([^()]*\)$/, ""), VOCAB.personTitles)) return null;
  const matches = (n: string): boolean => {
    if (n.includes(" ")) return n.split(" ").pop() === family;
    return family.length === 1 && n.length >= 2 && n.startsWith(family);
  };
  let best: Entity | null = null;
  let bestKey = -1;
  const consider = (e: Entity): void => {
    if (e.type !== "person") return;
    if (!(matches(e.label) || matches(e.name) || e.aliases.some(matches) || e.mentions.some((m) => matches(m.text)))) return;
    for (const m of e.mentions) {
      const before = m.paragraph < ctx.paragraphIndex || (m.paragraph === ctx.paragraphIndex && m.start < ctx.offset + p.start);
      const key = m.paragraph * 1e9 + m.start;
      if (before && key > bestKey) {
        best = e;
        bestKey = key;
      }
    }
  };
  // the input entities, then the ones found so far by this stage
  for (const e of entities) consider(e);
  for (const e of created.byId.values()) consider(e);
  return best;
}

/**
 * Resolves a source phrase, in this order: an anaphor (그는, 이 관계자); a person named in it; an
 * outlet named in it; an entity that is the phrase's head ('미국 상무부'); a titled person
 * ('안 후보', or a new person '김승평 … 교수'); a new outlet or organisation named by the head
 * ('CNBC 방송', '한국반도체산업협회'); the last entity named in it (an official or a spokesperson
 * speaks for it: '원안위 관계자', '중국 상무부 대변인'); else no entity.
 */
export function resolveSource(ctx: SentenceCtx, p: Phrase, memory: SourceMemory, entities: readonly Entity[], created: NewEntities): ResolvedSource {
  const text = collapseWhitespace(p.text).trim();
  const anaphor = isAnaphor(text);
  if (anaphor) {
    const prev = memory[anaphor.refersTo];
    if (prev) return prev;
    return { ref: { entity: null, text }, cls: anaphor.refersTo };
  }
  // '보도에 따르면', '이 보도에 따르면': the report just mentioned, i.e. the last source
  const bareDocument = text.replace(/^(?:이|그|같은|해당)\s/, "");
  if (VOCAB.documentNouns.has(bareDocument)) {
    const prev = memory.outlet ?? memory.last?.src ?? null;
    if (prev) return prev;
  }
  const mentions = mentionsIn(ctx, p.start, p.end);
  const ref = (e: Entity): ResolvedSource => ({ ref: { entity: e.id, text }, cls: classOf(e, text) });

  const person = mentions.find((m) => m.entity.type === "person");
  if (person) return ref(person.entity);
  const outlet = mentions.find((m) => m.entity.type === "source");
  if (outlet) return ref(outlet.entity);
  const headMention = mentions.find((m) => m.end >= p.end && m.start < p.end);
  if (headMention) return ref(headMention.entity);

  const head = headWord(p);
  const anon = anonymousCue(text);
  const titled = endsWithAny(head, VOCAB.personTitles);
  if (titled && !anon) {
    const known = surnameReference(ctx, p, entities, created);
    if (known) return { ref: { entity: known.id, text }, cls: "person" };
    const name = personName(ctx, p);
    if (name) return { ref: { entity: created.get(name, "person").id, text }, cls: "person" };
  }
  const last = lastWord(text);
  // the words before the last: is any a generic noun, and which is the one right before it
  let generic = VOCAB.genericNouns.has(head) || VOCAB.genericNouns.has(last);
  let prev: string | undefined;
  for (const w of text.slice(0, text.length - last.length).split(" ")) {
    if (w.length === 0) continue;
    prev = w;
    if (VOCAB.genericNouns.has(w)) generic = true;
  }
  if (!anon && !generic) {
    if (VOCAB.outletDescriptors.has(last) && prev && (isOutletName(prev) || /^[A-Z][A-Za-z]{1,9}$/.test(prev))) {
      return { ref: { entity: created.get(prev, "source").id, text }, cls: "outlet" };
    }
    if (isOutletName(last)) return { ref: { entity: created.get(last, "source").id, text }, cls: "outlet" };
    const org = orgSuffixType(last);
    if (org) return { ref: { entity: created.get(last, org).id, text }, cls: "other" };
  }
  const lastMention = mentions[mentions.length - 1];
  if (lastMention) return ref(lastMention.entity);
  return { ref: { entity: null, text }, cls: classOf(null, text) };
}
