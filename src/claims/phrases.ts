/**
 * Noun phrases that can be sources: the subject of a reporting verb (marked by 은/는/이/가/께서),
 * the object of 인용해 or 통해, the complement of 에 따르면. A phrase is read right to left from
 * its particle-marked word over bare nouns, stopping at particles, verb endings, adverbs, dates,
 * commas and quotations (data/sources.json).
 */
import type { Entity } from "../schema/record.js";
import { isTimeWord } from "./dates.js";
import { hasMask, type Token } from "./tokens.js";
import { VOCAB, type EndingList } from "./vocab.js";
import { collapseWhitespace, isSpaceCode } from "../text/normalize.js";

/** An entity mention inside the sentence, in sentence coordinates. */
export interface SentenceMention {
  start: number;
  end: number;
  text: string;
  entity: Entity;
}

export interface SentenceCtx {
  paragraphIndex: number;
  /** Sentence start in the paragraph. */
  offset: number;
  text: string;
  masked: string;
  tokens: Token[];
  mentions: SentenceMention[];
  /** Filled in by the frame finder on first use (frames.ts). */
  firstSubjects?: FirstSubjects | null;
}

/** The first topic (은/는/께서) subject and the first subject of any kind among the first
 * `scanned` words of a sentence (read no further than a caller asked). */
export interface FirstSubjects {
  topic: Phrase | null;
  plain: Phrase | null;
  scanned: number;
}

export interface Phrase {
  /** Token indices of the first and last (particle-bearing) word. */
  first: number;
  last: number;
  /** Sentence offsets of the phrase text, particle excluded. */
  start: number;
  end: number;
  text: string;
  particle: string;
}

const HANGUL = /^[가-힣]$/;

/** Mentions overlapping [start, end): a phrase cut inside a multi-word name still finds it. */
export function mentionsIn(ctx: SentenceCtx, start: number, end: number): SentenceMention[] {
  return ctx.mentions.filter((m) => m.start < end && m.end > start);
}

function tokenHasMention(ctx: SentenceCtx, t: Token): boolean {
  return ctx.mentions.some((m) => m.start < t.end && m.end > t.start);
}

/** Splits a word into head + one of `particles` (longest first); null when none fits. */
export function splitParticle(core: string, particles: readonly string[]): { head: string; particle: string } | null {
  for (const p of particles) {
    if (core.length > p.length && core.endsWith(p)) return { head: core.slice(0, -p.length), particle: p };
  }
  return null;
}

/** Whether `word` ends with any of the endings. */
export function endsWithAny(word: string, suffixes: EndingList): boolean {
  return suffixes.candidates(word).some((s) => word.endsWith(s));
}

function stopsPhrase(t: Token): boolean {
  const core = t.core;
  if (t.endsWithComma()) return true;
  for (const e of VOCAB.stopEndings.candidates(core)) {
    if (e === ",") continue;
    if ((e === "한" || e === "인" || e === "이") && core.length <= 1) continue;
    if (core.endsWith(e)) return true;
  }
  return false;
}

/**
 * Reads the phrase that ends at token `last`, whose head (the word without its particle) ends at
 * sentence offset `headEnd`.
 */
export function phraseEndingAt(ctx: SentenceCtx, last: number, headEnd: number, particle: string): Phrase {
  let first = last;
  let k = last - 1;
  while (k >= 0 && last - k < VOCAB.maxPhraseWords) {
    const t = ctx.tokens[k]!;
    if (hasMask(t) || t.hasQuoteChar()) break;
    if (VOCAB.adverbs.has(t.core) || isTimeWord(t.core) || VOCAB.gapAdverbs.has(t.core)) break;
    if (VOCAB.determiners.has(t.core)) {
      first = k;
      break;
    }
    if (VOCAB.titleModifiers.has(t.core)) {
      first = k--;
      continue;
    }
    if (t.endsWithComma()) break;
    // coordination (경주시와 경북도) and genitive (통합당의 관계자들) stay inside the phrase
    if (/[와과의]$/.test(t.core) && t.core.length > 1) {
      first = k--;
      continue;
    }
    // a word inside a name (캐나다, 혼다, '경기도' of '경기도 연천군') stays even when it looks like an ending
    const bareName = ctx.mentions.some((m) => m.start <= t.start && m.end >= t.start + t.core.length);
    if (!bareName && (stopsPhrase(t) || /[이가]$/.test(t.core))) break;
    first = k--;
  }
  let start = ctx.tokens[first]!.start;
  let end = headEnd;
  let text = ctx.text.slice(start, end);
  // an age or a note in parentheses after a name is not part of it: 김모 씨(39) → 김모 씨
  const age = /\s?\(\d{1,3}(?:세)?\)$/.exec(text);
  if (age) {
    end -= age[0].length;
    text = text.slice(0, -age[0].length);
  }
  while (start < end && /\s/.test(ctx.text[start]!)) start++;
  return { first, last, start, end, text: ctx.text.slice(start, end), particle };
}

/** The last word of a text, a final gloss in parentheses included even when it has spaces
 * ('X(옛 트위터)', '월스트리트저널(WSJ)'). */
export function lastWord(text: string): string {
  let k = text.length;
  if (text.endsWith(")")) {
    const open = text.lastIndexOf("(");
    if (open > 0) k = open;
  }
  let s = k;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  return text.slice(s);
}

/** The head word of a phrase: its last word without the particle, parenthetical gloss removed. */
export function headWord(p: Phrase): string {
  return lastWord(p.text).replace(/\([^()]*\)$/, "");
}

export function isAnaphor(text: string): (typeof VOCAB.anaphors)[number] | null {
  const norm = collapseWhitespace(text).trim();
  return VOCAB.anaphors.find((a) => a.text === norm) ?? null;
}

/** The last word of each anonymous cue (업계 관계자 → 관계자). */
const ANONYMOUS_HEADS = VOCAB.anonymousCues.map((c) => c.split(" ").pop()!);

/** Whether a whitespace-separated word of `text` is in `words`. */
function hasWordIn(text: string, words: ReadonlySet<string>): boolean {
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i > start && words.has(text.slice(start, i))) return true;
  }
  return false;
}

/** Does the phrase name something that can speak: a mention, a title, an outlet, an organisation? */
export function isSourceLike(ctx: SentenceCtx, p: Phrase): boolean {
  if (mentionsIn(ctx, p.start, p.end).length > 0) return true;
  if (isAnaphor(p.text)) return true;
  const head = headWord(p);
  if (head.length === 0) return false;
  if (endsWithAny(head, VOCAB.personTitles)) return true;
  if (VOCAB.genericNouns.has(head)) return true;
  if (ANONYMOUS_HEADS.some((h) => head.endsWith(h))) return true;
  if (isOutletName(head)) return true;
  if (orgSuffixType(head) !== null) return true;
  return false;
}

export function isOutletName(word: string): boolean {
  const w = word.replace(/\([^()]*\)$/, "");
  if (VOCAB.outletNames.has(w)) return true;
  return VOCAB.outletSuffixes.candidates(w).some((s) => w.length > s.length && w.endsWith(s));
}

/** 'organization' / 'company' when the word ends with an organisation or company suffix. */
export function orgSuffixType(word: string): "organization" | "company" | null {
  const w = word.replace(/\([^()]*\)$/, "");
  if (VOCAB.genericNouns.has(w)) return null;
  for (const s of VOCAB.companySuffixes.candidates(w)) if (w.length > s.length && w.endsWith(s)) return "company";
  for (const s of VOCAB.organizationSuffixes.candidates(w)) {
    const min = s.length === 1 ? VOCAB.minSuffixNameLength : s.length + 1;
    if (w.length >= min && w.endsWith(s)) return "organization";
  }
  return null;
}

/**
 * The word at `i` as a subject: a phrase marked by a subject particle, or null.
 * `topicOnly` restricts to 은/는/께서 (topic), the usual marking of a source at the head of a
 * sentence; 이/가 subjects are accepted only for source-like phrases.
 */
export function subjectAt(ctx: SentenceCtx, i: number, topicOnly: boolean): Phrase | null {
  const t = ctx.tokens[i]!;
  if (hasMask(t)) return null;
  // most words carry no subject particle: that test first
  const split = splitParticle(t.core, VOCAB.subjectParticles);
  if (!split) return null;
  if (t.hasQuoteChar() || t.endsWithComma()) return null;
  if (VOCAB.nonSubjectTopics.has(t.core)) return null;
  const isTopic = VOCAB.topicParticles.has(split.particle);
  if (topicOnly && !isTopic) return null;
  const head = split.head;
  if (isTimeWord(head) || /^\d/.test(head)) return null;
  // 'X에는', '업계에서는', '…위해서는': a place, a time or a clause as topic, not a speaker
  // a name that happens to end like that (몬테네그로) is the exception: a mention ends with the head
  const headIsName = ctx.mentions.some((m) => m.end === t.start + head.length && m.start <= t.start + head.length - 1);
  if (VOCAB.nonSubjectHeadEndings.candidates(head).some((e) => head.length > e.length && head.endsWith(e)) && !headIsName) return null;
  if (VOCAB.dependentNouns.has(head) || /(?:것|거)$/.test(head)) return null;
  const lastChar = head[head.length - 1]!;
  if (VOCAB.verbLikeFinals.has(lastChar) && !headIsName) return null;
  // one Hangul syllable before 는 is usually a verb (사는, 오는); pronouns and 측 are the exceptions
  if (head.length === 1 && HANGUL.test(head) && !isAnaphor(head) && !VOCAB.genericNouns.has(head) && !tokenHasMention(ctx, t)) return null;
  const p = phraseEndingAt(ctx, i, t.start + head.length, split.particle);
  if (p.text.length === 0) return null;
  // survey populations and figures are not sources (NOTES 9: '48.2%의 이용자가 … 답했다')
  if (/\d\s?%/.test(p.text) || hasWordIn(p.text, VOCAB.notSources)) return null;
  if (head.length === 1 && VOCAB.genericNouns.has(head) && p.first === i) return null; // bare '측은'
  if (!isTopic && !isSourceLike(ctx, p)) return null;
  return p;
}

/** The phrase before a postposition word at `i` (소식통을 인용해: i is '소식통을'). */
export function objectAt(ctx: SentenceCtx, i: number, particles: readonly string[]): Phrase | null {
  const t = ctx.tokens[i];
  if (!t || hasMask(t)) return null;
  const split = splitParticle(t.core, particles);
  if (!split) return null;
  const p = phraseEndingAt(ctx, i, t.start + split.head.length, split.particle);
  return p.text.length > 0 ? p : null;
}

/** The phrase made of the bare words ending at token `i` (통합당의 관계자들 | 얘기로는). */
export function bareAt(ctx: SentenceCtx, i: number): Phrase | null {
  const t = ctx.tokens[i];
  if (!t || hasMask(t) || t.hasQuoteChar() || stopsPhrase(t)) return null;
  const p = phraseEndingAt(ctx, i, t.start + t.core.length, "");
  return p.text.length > 0 ? p : null;
}
