/**
 * The claims stage: sentences → quotes → attribution frames → sources → kinds → hedges → dates.
 * Pure: reads its input, never mutates it, never reads the clock. See README.md in this folder.
 */
import type { Attribution, Citing, Claim, Entity, EntityRef, Quote } from "../schema/record.js";
import { firstAtLeast, scanParagraph, splitSentences } from "../text/sentences.js";
import { publicationDay, resolveDay } from "./dates.js";
import { anonymousCue, findFrame, type Frame } from "./frames.js";
import { findHedges, type HedgeHit } from "./hedges.js";
import { claimKind, isDeclarative } from "./kinds.js";
import { isOutletName, mentionsIn, type SentenceCtx, type SentenceMention } from "./phrases.js";
import { sentenceQuotes } from "./quotes.js";
import { NewEntities, resolveSource, SourceMemory, type ResolvedSource } from "./sources.js";
import { MASK, tokenize } from "./tokens.js";

export { splitSentences } from "../text/sentences.js";

export interface FindClaimsInput {
  /** article.paragraphs[i].text */
  paragraphs: readonly string[];
  /** From the entity stage: each with mentions {paragraph, start, end, text}. */
  entities: readonly Entity[];
  /** ISO date-time with offset, e.g. "2025-12-10T10:44:50+09:00"; null when unknown. */
  publishedAt: string | null;
}

export interface FindClaimsOptions {
  /**
   * Also make a claim of every declarative sentence that names no entity and has no source
   * (the article's own voice: '일정 부분 성과도 냈다.'). Default true: the gold hedge and
   * unhedged-sentence checks look such sentences up among the claims. Questions, labels
   * ([앵커]) and bare quotations are never claims unless they name an entity.
   */
  everyDeclarative?: boolean;
}

export interface FindClaimsResult {
  claims: Claim[];
  /** The input entities plus the sources this stage discovered, ordered by first mention. */
  entities: Entity[];
}

interface Draft {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: Claim["kind"];
  attribution: Attribution;
  quotes: Quote[];
  hedges: HedgeHit[];
  masked: string;
  /** The sentence is nothing but a quotation (“…”). */
  bareQuote: boolean;
  /** Attributed with 이같이/이렇게 and no quote of its own: its words are the previous bare quote. */
  saysThis: boolean;
}

/** A sentence that is only a quotation (masked interior), with closing punctuation. */
const BARE_QUOTE = /^[“"]\u25A1+[.!?…]?[”"][.!?…]?$/;

const EMPTY_ATTRIBUTION = (): Attribution => ({ source: null, verb: null, via: null, citing: [], date: null });

/** Mentions of every entity, bucketed by paragraph and sorted by start. */
function mentionIndex(entities: readonly Entity[], paragraphCount: number): SentenceMention[][] {
  const out: SentenceMention[][] = [];
  for (let i = 0; i < paragraphCount; i++) out.push([]);
  for (const e of entities) {
    for (const m of e.mentions) {
      const bucket = out[m.paragraph];
      if (bucket) bucket.push({ start: m.start, end: m.end, text: m.text, entity: e });
    }
  }
  for (const b of out) if (b.length > 1) b.sort((a, b2) => a.start - b2.start || b2.end - a.end);
  return out;
}

/** A bucket of mentions is sorted by start (firstAtLeast's key). */
const startOf = (m: SentenceMention): number => m.start;

/** Mentions inside [start, end) of a paragraph, shifted to sentence coordinates. */
function mentionsBetween(bucket: readonly SentenceMention[], start: number, end: number): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let i = firstAtLeast(bucket, start, startOf); i < bucket.length && bucket[i]!.start < end; i++) {
    const m = bucket[i]!;
    if (m.end <= end) out.push({ start: m.start - start, end: m.end - start, text: m.text, entity: m.entity });
  }
  return out;
}

/** Ids of the entities mentioned inside [start, end) of a paragraph, in mentionsBetween's order. */
function entityIdsBetween(bucket: readonly SentenceMention[], start: number, end: number): string[] {
  const ids: string[] = [];
  for (let i = firstAtLeast(bucket, start, startOf); i < bucket.length && bucket[i]!.start < end; i++) {
    const m = bucket[i]!;
    if (m.end <= end && !ids.includes(m.entity.id)) ids.push(m.entity.id);
  }
  return ids;
}

function firstMentionKey(e: Entity): number {
  let best = Number.POSITIVE_INFINITY;
  for (const m of e.mentions) best = Math.min(best, m.paragraph * 1e9 + m.start);
  return best;
}

/** The input list with new entities inserted where their first mention falls. */
function mergeEntities(input: readonly Entity[], added: readonly Entity[]): Entity[] {
  const out = [...input];
  const sorted = [...added].sort((a, b) => firstMentionKey(a) - firstMentionKey(b) || a.id.localeCompare(b.id));
  for (const e of sorted) {
    const key = firstMentionKey(e);
    const at = out.findIndex((x) => firstMentionKey(x) > key);
    if (at < 0) out.push(e);
    else out.splice(at, 0, e);
  }
  return out;
}

function citingOf(ctx: SentenceCtx, frame: Frame, source: ResolvedSource, created: NewEntities): Citing[] {
  const out: Citing[] = [];
  const push = (c: Citing): void => {
    if (!out.some((x) => x.text === c.text && x.entity === c.entity)) out.push(c);
  };
  for (const c of frame.cited) {
    if (c.anonymousText !== null) {
      push({ entity: null, text: c.anonymousText, anonymous: true });
      continue;
    }
    const ms = mentionsIn(ctx, c.phrase.start, c.phrase.end);
    const m = ms[ms.length - 1];
    if (m) push({ entity: m.entity.id, text: m.text, anonymous: false });
    else {
      const last = c.phrase.text.split(/\s+/).pop() ?? c.phrase.text;
      const entity = isOutletName(last) ? created.get(last, "source").id : null;
      push({ entity, text: entity ? last : c.phrase.text, anonymous: false });
    }
  }
  // an unnamed official speaking is an anonymous source too (NOTES 6: 원안위 관계자는 … 말했다)
  const cue = anonymousCue(source.ref.text);
  if (cue && !out.some((c) => c.anonymous)) push({ entity: null, text: cue, anonymous: true });
  return out;
}

/** Whether a verb without subject may take the previous sentence's source. */
function mayInherit(memory: SourceMemory, paragraph: number, sentenceIndex: number, masked: string): boolean {
  const last = memory.last;
  if (!last) return false;
  if (last.paragraph === paragraph) return true;
  // a new paragraph that opens with a quotation or '이어' continues the previous speaker
  return last.paragraph === paragraph - 1 && sentenceIndex === 0 && /^(?:[“"‘']|이어|또|그러면서|아울러)/.test(masked);
}

/**
 * Finds the claims of an article.
 *
 * Every sentence that mentions an entity, every attributed sentence, every hedged sentence and
 * (unless `options.everyDeclarative` is false) every other declarative sentence is a claim,
 * numbered c1, c2, … in text order.
 */
export function findClaims(input: FindClaimsInput, options: FindClaimsOptions = {}): FindClaimsResult {
  const everyDeclarative = options.everyDeclarative ?? true;
  const { paragraphs, entities, publishedAt } = input;
  const pub = publicationDay(publishedAt);
  const index = mentionIndex(entities, paragraphs.length);
  const memory = new SourceMemory();
  const created = new NewEntities(paragraphs, entities);
  const drafts: Draft[] = [];

  paragraphs.forEach((text, pi) => {
    if (text.length === 0) return;
    const scan = scanParagraph(text);
    const enclosures = scan.enclosures;
    let encFrom = 0;
    splitSentences(text, scan).forEach((s, si) => {
      while (encFrom < enclosures.length && enclosures[encFrom]!.open < s.start) encFrom++;
      const { masked, quotes } = sentenceQuotes(text, enclosures, encFrom, s.start, s.end);
      const mentions = mentionsBetween(index[pi]!, s.start, s.end);
      if (created.byId.size > 0) {
        const before = mentions.length;
        for (const e of created.byId.values()) {
          for (const m of e.mentions) {
            if (m.paragraph === pi && m.start >= s.start && m.end <= s.end) mentions.push({ start: m.start - s.start, end: m.end - s.start, text: m.text, entity: e });
          }
        }
        // (without them the list is already in order: mentionsBetween keeps the index's order)
        if (mentions.length > before) mentions.sort((a, b) => a.start - b.start);
      }
      const ctx: SentenceCtx = { paragraphIndex: pi, offset: s.start, text: s.text, masked, tokens: tokenize(masked), mentions, firstSubjects: null };

      const frame = findFrame(ctx);
      let source: ResolvedSource | null = null;
      if (frame?.source) source = resolveSource(ctx, frame.source, memory, entities, created);
      else if (frame?.inherits && mayInherit(memory, pi, si, masked)) source = memory.last!.src;

      const attribution = EMPTY_ATTRIBUTION();
      let hedgeText = masked;
      const claimQuotes: Quote[] = [];
      const speaker: EntityRef | null = source ? { ...source.ref } : null;
      if (frame && source) {
        memory.remember(source, pi);
        attribution.source = { ...source.ref };
        attribution.verb = frame.verb;
        if (frame.via) attribution.via = { entity: frame.via.mention?.entity.id ?? null, text: frame.via.text };
        attribution.citing = citingOf(ctx, frame, source, created);
        attribution.date = frame.date ? resolveDay(frame.date, pub) : null;
        if (frame.soundBite) {
          const { start, end } = frame.soundBite;
          claimQuotes.push({ paragraph: pi, start: s.start + start, end: s.start + end, text: s.text.slice(start, end), speaker: speaker ? { ...speaker } : null });
          hedgeText = masked.slice(0, start) + MASK.repeat(end - start) + masked.slice(end);
        }
      }
      for (const q of quotes) {
        if (!q.double && !(q.speech && speaker)) continue;
        claimQuotes.push({ paragraph: pi, start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: speaker ? { ...speaker } : null });
      }
      if (claimQuotes.length > 1) claimQuotes.sort((a, b) => a.start - b.start);
      const hedges = findHedges(hedgeText);
      const kind = claimKind({
        frame: source ? (frame?.type ?? null) : null,
        sourceClass: source ? source.cls : null,
        quoted: claimQuotes.length > 0,
        hedges,
      });
      const bareQuote = claimQuotes.length === 1 && !source && BARE_QUOTE.test(masked);
      const saysThis = !!(frame?.demonstrative && source && claimQuotes.length === 0);
      drafts.push({ paragraph: pi, start: s.start, end: s.end, text: s.text, kind, attribution, quotes: claimQuotes, hedges, masked, bareQuote, saysThis });
    });
  });

  // a lead quotation and its speaker in the next sentence: “…” 젠슨 황 CEO는 이같이 말했다.
  drafts.forEach((d, i) => {
    const next = drafts[i + 1];
    if (!d.bareQuote || !next || !next.saysThis || next.paragraph !== d.paragraph) return;
    d.attribution = { ...next.attribution, source: next.attribution.source ? { ...next.attribution.source } : null, citing: next.attribution.citing.map((c) => ({ ...c })) };
    d.quotes = d.quotes.map((q) => ({ ...q, speaker: next.attribution.source ? { ...next.attribution.source } : null }));
    d.kind = next.kind === "reported" ? "reported" : "quoted";
  });

  const allEntities = mergeEntities(entities, [...created.byId.values()]);
  // with no new entities the index of the input entities is already the final one
  const finalIndex = created.byId.size > 0 ? mentionIndex(allEntities, paragraphs.length) : index;
  const claims: Claim[] = [];
  for (const d of drafts) {
    const ids = entityIdsBetween(finalIndex[d.paragraph]!, d.start, d.end);
    const attributed = d.attribution.source !== null;
    const hedged = d.hedges.length > 0;
    if (!(ids.length > 0 || attributed || hedged || (everyDeclarative && isDeclarative(d.masked)))) continue;
    claims.push({
      id: `c${claims.length + 1}`,
      paragraph: d.paragraph,
      start: d.start,
      end: d.end,
      text: d.text,
      kind: d.kind,
      attribution: d.attribution,
      quotes: d.quotes,
      hedged,
      hedges: d.hedges.map((h) => h.text),
      entities: ids,
    });
  }
  return { claims, entities: allEntities };
}
