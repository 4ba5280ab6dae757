/**
 * Attribution frames: who is said to have said the sentence, with which verb, citing whom,
 * through which channel, on which day.
 *
 * Frames, tried in this order (the first that fits wins):
 *   1. sound bite    `[김민준 / 경기 고양시 마두동 : …]` (broadcast transcripts)
 *   2. verb          subject + reporting verb (data/reporting-verbs.json), the verb read right to
 *                    left so the main clause wins: `X는 … “…”고 밝혔다`, `…라고 FT는 전했다`,
 *                    `…것으로 기상청이 예보해`; a verb without subject inherits the previous
 *                    sentence's source (zero anaphora: `“…”고 덧붙였다`)
 *   3. adnominal     `X가 밝힌 자료를 보면`, `X가 … 분석한 결과`
 *   4. according     `X에 따르면`, `X 보도에 의하면`
 *   5. hearsay noun  `X 얘기로는`, `X 말로는`
 * Everything here reads the masked sentence (quotations blanked), so words inside quotes never
 * count as verbs, subjects, channels or dates.
 */
import { dayExpressionAt, isTimeWord, type DayExpression } from "./dates.js";
import { bareAt, headWord, isOutletName, lastWord, mentionsIn, objectAt, subjectAt, type FirstSubjects, type Phrase, type SentenceCtx, type SentenceMention } from "./phrases.js";
import { hasMask, wordHash, type Token } from "./tokens.js";
import { VOCAB, type ComplementRule, type VerbForm } from "./vocab.js";
import { collapseWhitespace } from "../text/normalize.js";

export type FrameType = "soundbite" | "verb" | "adnominal" | "according" | "hearsay";

export interface ChannelHit {
  mention: SentenceMention | null;
  text: string;
}

export interface CitedHit {
  phrase: Phrase;
  /** Text to print when the cited party is anonymous (the cue as printed), else null. */
  anonymousText: string | null;
}

export interface Frame {
  type: FrameType;
  /** The source phrase; null when the source is inherited from an earlier sentence. */
  source: Phrase | null;
  verb: string | null;
  cited: CitedHit[];
  via: ChannelHit | null;
  date: DayExpression | null;
  /** Sentence offsets of a sound bite's speech, a quote of its own. */
  soundBite: { start: number; end: number } | null;
  /** The verb's content is 이같이/이렇게: the words may be in the sentence before. */
  demonstrative?: boolean;
}

/** The first according rule of each word (X에 따르면). */
const ACCORDING = new Map<string, (typeof VOCAB.according)[number]>();
for (const a of VOCAB.according) if (!ACCORDING.has(a.word)) ACCORDING.set(a.word, a);

/**
 * The last two UTF-16 units of every word that may end a reporting verb, be an adnominal verb,
 * an according word or a hearsay noun, one bit per list and per position. Every word of every
 * sentence is looked up in these, and few words end like any of them: two table reads rule a
 * word out before its string is hashed for a map. (Index 0x10000 stands for no character, in a
 * word shorter than two. A word's core never ends with a comma: tokens.ts drops trailing
 * punctuation.)
 */
const ENDS_VERB = 1;
const ENDS_ADNOMINAL = 2;
const ENDS_ACCORDING = 4;
const ENDS_HEARSAY = 8;
const WORD_ENDS = new Uint8Array(0x10001);
const WORD_PENULTS = new Uint8Array(0x10001);
const lastUnit = (word: string): number => (word.length === 0 ? 0x10000 : word.charCodeAt(word.length - 1));
const penultUnit = (word: string): number => (word.length < 2 ? 0x10000 : word.charCodeAt(word.length - 2));
function markEnds(words: Iterable<string>, bit: number): void {
  for (const w of words) {
    WORD_ENDS[lastUnit(w)]! |= bit;
    WORD_PENULTS[penultUnit(w)]! |= bit;
  }
}
markEnds(VOCAB.verbForms.keys(), ENDS_VERB);
markEnds(VOCAB.adnominal.keys(), ENDS_ADNOMINAL);
markEnds(ACCORDING.keys(), ENDS_ACCORDING);
markEnds(VOCAB.hearsayNouns, ENDS_HEARSAY);
/** The lists (bits) that a word may be in, by its core's last two units. */
const endBits = (t: Token): number => WORD_ENDS[t.lastUnit()]! & WORD_PENULTS[t.penultUnit()]!;

/** How far left of a verb the complement may be, in words, past a post-posed subject, a date
 * or an adverb: '…않았다고 [FT는] 전했다', '…나타났다고 [26일] 밝혔다'. 6 covers the longest gap
 * in the corpus (a four-word subject plus a date) with room for one adverb. */
const MAX_GAP_WORDS = 6;

const CLOSERS = new Set(["”", "’", '"', "'", "」", "』", "〉", "》"]);

/** The word at `i` as the content of a reporting verb. */
function isComplement(t: Token, rule: ComplementRule): boolean {
  // a quotation followed by a quoting ending: “…”고, “…”라며, ‘…’
  if (hasMask(t)) {
    let lastClose = t.core.length - 1;
    while (lastClose >= 0 && !CLOSERS.has(t.core[lastClose]!)) lastClose--;
    if (lastClose >= 0) {
      const suffix = t.core.slice(lastClose + 1);
      if (VOCAB.quoteFollowers.has(suffix)) return true;
    }
    return false;
  }
  const core = t.core;
  if (rule === "quote") return /(?:다고|라고|자고|냐고)$/.test(core);
  if (VOCAB.demonstratives.has(core)) return true;
  if (VOCAB.clauseEndings.candidates(core).some((e) => core.endsWith(e))) return true;
  const obj = /^(.+?)(?:들)?[을를]$/.exec(core);
  if (obj && VOCAB.speechNouns.has(obj[1]!)) return true;
  return false;
}

/**
 * The reporting verb forms of each last word (VOCAB.verbForms), the one-word form apart and the
 * longer ones by their last but one word, in the list's order (longest first). A word may end
 * many forms ('있다' ends over a hundred: '밝힌 바 있다', '말하고 있다', …), and only those whose
 * last but one word is the word before it can match.
 */
interface FormsEndingIn {
  single: VerbForm | null;
  byPrevious: Map<string, VerbForm[]>;
}
const FORMS_BY_LAST_WORD = new Map<string, FormsEndingIn>();
for (const [last, forms] of VOCAB.verbForms) {
  const entry: FormsEndingIn = { single: null, byPrevious: new Map() };
  for (const f of forms) {
    if (f.words.length === 1) {
      entry.single ??= f;
      continue;
    }
    const previous = f.words[f.words.length - 2]!;
    const list = entry.byPrevious.get(previous);
    if (list) list.push(f);
    else entry.byPrevious.set(previous, [f]);
  }
  FORMS_BY_LAST_WORD.set(last, entry);
}
/** wordHash of every last word of a form: most words that end like one (그렇다, 것이다 end like
 * 했다) are ruled out by their hash before their string is cut out and looked up. */
const LAST_WORD_HASHES = new Set([...FORMS_BY_LAST_WORD.keys()].map(wordHash));

/** Matches a reporting verb whose last word is token `i`; returns its first token index. The
 * first form of VOCAB.verbForms' list that fits wins: the longer forms come first there. */
function verbAt(ctx: SentenceCtx, i: number): { first: number; lemma: string; rule: ComplementRule; printed: string } | null {
  const t = ctx.tokens[i]!;
  if ((endBits(t) & ENDS_VERB) === 0 || hasMask(t) || !LAST_WORD_HASHES.has(t.coreHash())) return null;
  const entry = FORMS_BY_LAST_WORD.get(t.core);
  if (!entry) return null;
  const longer = i > 0 ? entry.byPrevious.get(ctx.tokens[i - 1]!.core) : undefined;
  for (const f of longer ?? []) {
    const first = i - f.words.length + 1;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < f.words.length - 1; k++) if (ctx.tokens[first + k]!.core !== f.words[k]) ok = false;
    if (!ok) continue;
    return { first, lemma: f.lemma, rule: f.complement, printed: ctx.text.slice(ctx.tokens[first]!.start, t.start + t.core.length) };
  }
  const f = entry.single;
  return f ? { first: i, lemma: f.lemma, rule: f.complement, printed: ctx.text.slice(t.start, t.start + t.core.length) } : null;
}

/** An embedded subject sits right before its clause: '정부가 지원해줄 것을 요청했다' (정부 is not the
 * requester). A 이/가 subject closer than this many words to a clause complement is embedded. */
const EMBEDDED_SUBJECT_WORDS = 2;

/**
 * The first topic subject and the first subject of any kind among the words before `limit`, read
 * once per sentence (a sentence with many verb candidates would otherwise rescan its words for
 * each) and kept in the sentence's context. The scan goes no further than a caller needs and
 * stops at the first topic, which is a subject too: by then the first subject of any kind is
 * known. A subject found at or after `limit` is of no use to the caller, and an earlier one is
 * always found, so a later call with a larger limit just reads on.
 */
function subjectsBefore(ctx: SentenceCtx, limit: number): FirstSubjects {
  const found = (ctx.firstSubjects ??= { topic: null, plain: null, scanned: 0 });
  const end = Math.min(limit, ctx.tokens.length);
  for (; found.scanned < end && !found.topic; found.scanned++) {
    // subjectAt(…, false) reads a topic exactly as subjectAt(…, true) does: one call answers both
    // until a subject is found, then only a topic is still wanted
    const p = subjectAt(ctx, found.scanned, found.plain !== null);
    if (!p) continue;
    if (!found.plain) found.plain = p;
    if (VOCAB.topicParticles.has(p.particle)) found.topic = p;
  }
  return found;
}

/**
 * First subject phrase among tokens [0, limit): a topic (은/는) first, then a source-like 이/가
 * subject that is not the embedded subject of a clause complement at `clause` (-1: none). Later
 * 이/가 subjects are nearer the clause, so only the first needs checking.
 */
function firstSubject(ctx: SentenceCtx, limit: number, clause = -1): Phrase | null {
  const { topic, plain } = subjectsBefore(ctx, limit);
  if (topic && topic.last < limit) return topic;
  if (plain && plain.last < limit && (clause < 0 || clause - plain.last > EMBEDDED_SUBJECT_WORDS)) return plain;
  return null;
}

interface VerbMatch {
  first: number;
  last: number;
  printed: string;
  complement: number;
  gapSubject: Phrase | null;
}

function tryVerb(ctx: SentenceCtx, i: number): VerbMatch | null {
  const v = verbAt(ctx, i);
  if (!v) return null;
  let j = v.first - 1;
  let complement = -1;
  let gapSubject: Phrase | null = null;
  while (j >= 0 && v.first - 1 - j < MAX_GAP_WORDS) {
    const t = ctx.tokens[j]!;
    if (isComplement(t, v.rule)) {
      complement = j;
      break;
    }
    if (v.rule === "quote") break; // …”고 했다: nothing may come between
    if (isTimeWord(t.core) || VOCAB.gapAdverbs.has(t.core) || VOCAB.adverbs.has(t.core) || dayExpressionAt(ctx.text, t.start)) {
      j--;
      continue;
    }
    // '…라고 로이터가 소식통을 인용해 보도했다', '…라고 X가 성명을 통해 밝혔다': skip the cited party or channel
    const word = t.core;
    if ((VOCAB.citingWords.has(word) || VOCAB.throughWords.has(word)) && j > 0) {
      const obj = objectAt(ctx, j - 1, ["을", "를"]);
      if (obj) {
        j = obj.first - 1;
        continue;
      }
    }
    if (!gapSubject) {
      const p = subjectAt(ctx, j, false);
      if (p) {
        gapSubject = p;
        j = p.first - 1;
        continue;
      }
    }
    break;
  }
  if (complement < 0 && v.rule !== "none") return null;
  return { first: v.first, last: i, printed: v.printed, complement, gapSubject };
}

/** Start of the chain of quotations that ends at token `c` (“…”며 “…”고 → the first one). */
function quoteChainStart(ctx: SentenceCtx, c: number): number {
  let k = c;
  while (k - 1 >= 0 && hasMask(ctx.tokens[k - 1]!)) k--;
  return k;
}

/** "[이름/소속: …]": the speaker's name, then the words. */
const SOUND_BITE = new RegExp(
  `^\\[\\s{0,3}([^\\[\\]:/]{1,${VOCAB.soundBite.maxNameLength}}?)\\s{0,3}(?:/[^\\[\\]:]{0,${VOCAB.soundBite.maxAffiliationLength}})?:\\s{0,3}`,
  "u",
);

function soundBite(ctx: SentenceCtx): Frame | null {
  const text = ctx.text;
  if (!text.startsWith("[") || !text.endsWith("]")) return null;
  const m = SOUND_BITE.exec(text);
  if (!m) return null;
  const name = m[1]!.trim();
  if (name.length === 0) return null;
  const nameStart = text.indexOf(name, 1);
  const speechStart = m[0].length;
  const speechEnd = text.length - 1;
  if (speechEnd <= speechStart) return null;
  const source: Phrase = { first: 0, last: 0, start: nameStart, end: nameStart + name.length, text: name, particle: "" };
  return { type: "soundbite", source, verb: null, cited: [], via: null, date: null, soundBite: { start: speechStart, end: speechEnd } };
}

/** The cue of an anonymous source in a phrase (업계 관계자, 소식통), as printed. */
export function anonymousCue(text: string): string | null {
  const norm = collapseWhitespace(text);
  for (const cue of VOCAB.anonymousCues) if (norm.includes(cue)) return cue;
  return null;
}

function citedFrom(ctx: SentenceCtx, p: Phrase): CitedHit {
  const cue = anonymousCue(p.text);
  if (!cue) return { phrase: p, anonymousText: null };
  const before = ctx.text.slice(Math.max(0, p.start - 12), p.start);
  const anon = /익명을\s(?:요구한|전제로|조건으로)\s$/.exec(before);
  return { phrase: p, anonymousText: anon ? collapseWhitespace(`${anon[0]}${p.text}`) : cue };
}

function channelFrom(ctx: SentenceCtx, p: Phrase, kinds: "platform" | "document" | "any"): ChannelHit | null {
  const mentions = mentionsIn(ctx, p.start, p.end);
  const source = mentions.filter((m) => m.entity.type === "source");
  if (source.length > 0) {
    const m = source[source.length - 1]!;
    return { mention: m, text: m.text };
  }
  const last = lastWord(p.text);
  const head = headWord(p);
  if (VOCAB.notChannels.has(head)) return null;
  // "위챗 공식 계정", "트루스소셜 계정": the platform named right before an account word
  if (VOCAB.platforms.includes(head) || VOCAB.platforms.some((w) => w.includes(" ") && p.text.endsWith(w))) {
    const before = mentionsIn(ctx, Math.max(0, p.start - ACCOUNT_LOOKBACK), p.start).filter((m) => m.entity.type === "source");
    const m = before[before.length - 1];
    if (m && /^[\s가-힣]{0,8}$/.test(ctx.text.slice(m.end, p.start)) && ctx.text.slice(m.end, p.start).trim().split(/\s+/).filter(Boolean).length <= 2) {
      return { mention: m, text: m.text };
    }
  }
  const lists = kinds === "platform" ? [VOCAB.platforms] : kinds === "document" ? [VOCAB.documents] : [VOCAB.platforms, VOCAB.documents];
  for (const list of lists) {
    for (const w of list) {
      const hit = w.length === 1 ? head === w : head === w || head.endsWith(w) || p.text.endsWith(w);
      if (hit) return { mention: null, text: w.includes(" ") && p.text.endsWith(w) ? w : last };
    }
  }
  if (kinds !== "document" && isOutletName(head)) return { mention: null, text: last };
  return null;
}

/** How far before an account word ("공식 계정") the platform's name may stand, in characters. */
const ACCOUNT_LOOKBACK = 12;

/** The channel of "X에 올린 글에서" when X is in no vocabulary: X as printed, without quote marks. */
function postedChannel(p: Phrase): ChannelHit | null {
  const text = lastWord(p.text).replace(/^[‘'“"「『《〈]+|[’'”"」』》〉]+$/g, "");
  return text ? { mention: null, text } : null;
}

/** Channels, cited parties among tokens [from, to). */
function scanRegion(ctx: SentenceCtx, from: number, to: number, source: Phrase | null): { cited: CitedHit[]; via: ChannelHit | null } {
  const cited: CitedHit[] = [];
  let via: ChannelHit | null = null;
  const tokens = ctx.tokens;
  for (let j = Math.max(0, from); j < to && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (hasMask(t)) continue;
    const core = t.core;
    if (VOCAB.citingWords.has(core)) {
      const p = objectAt(ctx, j - 1, ["을", "를"]);
      if (p) cited.push(citedFrom(ctx, p));
      continue;
    }
    if (j > 0 && ACCORDING.has(core)) {
      const p = objectAt(ctx, j - 1, ["에", "의"]);
      if (p && (!source || p.start !== source.start)) {
        const stripped = stripDocument(p);
        if (anonymousCue(stripped.text) || mentionsIn(ctx, stripped.start, stripped.end).length > 0) cited.push(citedFrom(ctx, stripped));
      }
      continue;
    }
    if (via) continue;
    // '성명을 내고', '보도자료를 배포해': a document put out as the channel
    const next = tokens[j + 1];
    if (next && /[을를]$/.test(core) && VOCAB.channelVerbs.has(next.core)) {
      const p = objectAt(ctx, j, ["을", "를"]);
      const c = p ? channelFrom(ctx, p, "any") : null;
      if (c) {
        via = c;
        continue;
      }
    }
    if (VOCAB.throughWords.has(core)) {
      const p = objectAt(ctx, j - 1, ["을", "를"]);
      if (p) via = channelFrom(ctx, p, "any");
      continue;
    }
    if (VOCAB.interviewWords.has(core) && j > 0) {
      const p = objectAt(ctx, j - 1, ["와의", "과의", "와", "과"]);
      if (p) {
        const c = channelFrom(ctx, p, "any");
        if (c && (c.mention || isOutletName(headWord(p)))) via = c;
      }
      continue;
    }
    if (core.endsWith("에서") && core.length > 2) {
      const p = objectAt(ctx, j, ["에서"]);
      if (p) via = channelFrom(ctx, p, "document") ?? channelFrom(ctx, p, "platform");
      continue;
    }
    if (core.endsWith("에") && core.length > 1) {
      const p = objectAt(ctx, j, ["에"]);
      if (!p) continue;
      if (next && ACCORDING.has(next.core)) continue;
      // "X에 올린 글에서", "X에 게재한 규정에서": X is where the statement was posted, whatever X is
      if (next && VOCAB.postFollowers.has(next.core)) via = channelFrom(ctx, p, "any") ?? postedChannel(p);
      else via = channelFrom(ctx, p, "platform");
    }
  }
  return { cited, via };
}

/** 'FT 보도' / 'FT의 보도' → 'FT' (the document noun and a genitive 의 are dropped; '이 보도'
 * stays, for the anaphor rule in sources.ts). */
function stripDocument(p: Phrase): Phrase {
  const words = p.text.split(/\s+/);
  if (words.length < 2 || !VOCAB.documentNouns.has(words[words.length - 1]!)) return p;
  if (words.length === 2 && VOCAB.determiners.has(words[0]!)) return p;
  let text = words.slice(0, -1).join(" ");
  if (text.endsWith("의")) text = text.slice(0, -1);
  return { ...p, text, end: p.start + text.length };
}

/** A day expression starting at one of the tokens [from, to), or null; anaphoric words stop the search. */
function dateIn(ctx: SentenceCtx, from: number, to: number): { expr: DayExpression | null; found: boolean } {
  for (let j = Math.max(0, from); j < to && j < ctx.tokens.length; j++) {
    const e = dayExpressionAt(ctx.text, ctx.tokens[j]!.start);
    if (e) return { expr: e, found: true };
  }
  return { expr: null, found: false };
}

/** Tokens before `first` that carry only time or adverbs (17일 원자력안전위원회는 / 어제 문희상 의장이). */
function leadingDate(ctx: SentenceCtx, first: number): DayExpression | null {
  let end = 0;
  while (end < first) {
    const t = ctx.tokens[end]!;
    if (!(isTimeWord(t.core) || VOCAB.adverbs.has(t.core) || VOCAB.gapAdverbs.has(t.core) || dayExpressionAt(ctx.text, t.start))) break;
    end++;
  }
  if (end === 0) return null;
  return dateIn(ctx, 0, end).expr;
}

/** The statement date: between complement and verb, then right after the subject, then before it. */
function statementDate(ctx: SentenceCtx, source: Phrase | null, gapFrom: number, gapTo: number): DayExpression | null {
  const gap = dateIn(ctx, gapFrom, gapTo);
  if (gap.found) return gap.expr;
  if (source && source.last + 1 < ctx.tokens.length) {
    const after = dayExpressionAt(ctx.text, ctx.tokens[source.last + 1]!.start);
    if (after) return after;
  }
  return leadingDate(ctx, source ? source.first : ctx.tokens.length);
}

/** Finds the attribution frame of a sentence, or null when the sentence is the article's own voice. */
export function findFrame(ctx: SentenceCtx): (Frame & { inherits: boolean }) | null {
  const bite = soundBite(ctx);
  if (bite) return { ...bite, inherits: false };
  const tokens = ctx.tokens;
  // which of the word lists any word may be in, gathered while no verb frame is found: the
  // loops after it skip a list that no word ends like
  let ends = 0;

  // 2. verb frames, right to left
  for (let i = tokens.length - 1; i >= 0; i--) {
    const bits = endBits(tokens[i]!);
    ends |= bits;
    if ((bits & ENDS_VERB) === 0) continue;
    const v = tryVerb(ctx, i);
    if (!v) continue;
    let source = v.gapSubject;
    let limit = v.complement >= 0 ? v.complement : v.first;
    if (v.complement >= 0 && hasMask(tokens[v.complement]!)) limit = quoteChainStart(ctx, v.complement);
    else if (v.complement >= 0 && VOCAB.demonstratives.has(tokens[v.complement]!.core) && v.complement > 0 && hasMask(tokens[v.complement - 1]!)) limit = quoteChainStart(ctx, v.complement - 1);
    const clause = v.complement >= 0 && !hasMask(tokens[v.complement]!) && !VOCAB.demonstratives.has(tokens[v.complement]!.core) ? v.complement : -1;
    if (!source) source = firstSubject(ctx, limit, clause);
    if (!source && v.complement < 0) continue; // neither content nor speaker: not an attribution
    const gapFrom = v.complement >= 0 ? v.complement + 1 : v.first;
    const region = scanRegion(ctx, 0, v.complement >= 0 ? limit : v.first, source);
    const gap = v.complement >= 0 ? scanRegion(ctx, gapFrom, v.first, source) : { cited: [], via: null };
    return {
      type: "verb",
      source,
      verb: v.printed,
      cited: [...region.cited, ...gap.cited],
      via: region.via ?? gap.via,
      demonstrative: v.complement >= 0 && VOCAB.demonstratives.has(tokens[v.complement]!.core),
      date: statementDate(ctx, source, gapFrom, v.first),
      soundBite: null,
      inherits: source === null,
    };
  }

  // 3. adnominal frames: X가 밝힌 … 보면 / X가 분석한 결과
  for (let i = 0; (ends & ENDS_ADNOMINAL) !== 0 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((endBits(t) & ENDS_ADNOMINAL) === 0 || hasMask(t) || !VOCAB.adnominal.has(t.core)) continue;
    let follows = false;
    for (let k = i + 1; k <= i + VOCAB.adnominalWindow && k < tokens.length; k++) {
      const c = tokens[k]!.core;
      if (VOCAB.adnominalFollowers.some((w) => c.startsWith(w))) follows = true;
    }
    if (!follows) continue;
    const source = (i > 0 ? subjectAt(ctx, i - 1, false) : null) ?? firstSubject(ctx, i);
    if (!source) continue;
    const region = scanRegion(ctx, 0, i, source);
    return { type: "adnominal", source, verb: t.core, cited: region.cited, via: region.via, date: statementDate(ctx, source, i, i), soundBite: null, inherits: false };
  }

  // 4. according: X에 따르면
  for (let i = 1; (ends & ENDS_ACCORDING) !== 0 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((endBits(t) & ENDS_ACCORDING) === 0) continue;
    const word = t.core;
    const rule = ACCORDING.get(word);
    if (!rule || hasMask(t)) continue;
    const p = objectAt(ctx, i - 1, rule.before);
    if (!p) continue;
    const source = stripDocument(p);
    const region = scanRegion(ctx, 0, p.first, source);
    return { type: "according", source, verb: word, cited: region.cited, via: region.via, date: leadingDate(ctx, source.first), soundBite: null, inherits: false };
  }

  // 5. hearsay nouns: X 얘기로는
  for (let i = 1; (ends & ENDS_HEARSAY) !== 0 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((endBits(t) & ENDS_HEARSAY) === 0 || hasMask(t) || !VOCAB.hearsayNouns.has(t.core)) continue;
    const source = bareAt(ctx, i - 1);
    if (!source) continue;
    return { type: "hearsay", source, verb: t.core, cited: [], via: null, date: leadingDate(ctx, source.first), soundBite: null, inherits: false };
  }
  return null;
}
