/**
 * Claim kinds and the "is this sentence a claim at all" test.
 *
 *   reported   an outlet reports it (source is a media/platform entity or looks like an outlet),
 *              or the sentence is framed `X에 따르면` / `X 얘기로는`
 *   quoted     a named speaker with a direct quote
 *   statement  a named speaker, indirect speech
 *   analysis   no source, and an analysis cue (…풀이된다, …분석이 나온다, …전망이다, …로 보인다)
 *   background no source: the article's own voice (SPEC: unattributed sentences about entities
 *              are `background` or `statement`; we pick `background` for the article's own
 *              assertions so that `statement` always has a speaker)
 */
import type { ClaimKind } from "../schema/record.js";
import type { FrameType } from "./frames.js";
import type { HedgeHit } from "./hedges.js";
import { MASK } from "./tokens.js";
import type { SourceClass } from "./sources.js";

export function claimKind(args: { frame: FrameType | null; sourceClass: SourceClass | null; quoted: boolean; hedges: readonly HedgeHit[] }): ClaimKind {
  const { frame, sourceClass, quoted, hedges } = args;
  if (sourceClass !== null) {
    if (frame === "according" || frame === "hearsay") return "reported";
    if (sourceClass === "outlet") return "reported";
    if (quoted) return "quoted";
    return "statement";
  }
  if (hedges.some((h) => h.class === "analysis")) return "analysis";
  return "background";
}

/** Endings of a question (with or without the question mark). */
const QUESTION_ENDINGS = ["가요", "나요", "까요", "니까", "냐", "니", "래요", "을까", "ㄹ까", "는가", "인가"];
/** Endings of a declarative sentence: 다 (plain), 요/죠/네 (polite, spoken), 음/함/임/됨 (notes). */
const DECLARATIVE_FINALS = new Set([..."다요죠네음함임됨지"]);
const TRAILING_CHARS = new Set([..." \t\n\r\u00a0\u3000.!…\"”’')]】」』〉》"]);

/** The text without trailing punctuation and closing marks (a loop: a regex `[…]+$` is
 * quadratic on a long run of such characters that does not reach the end). */
function stripTrailing(s: string): string {
  let e = s.length;
  while (e > 0 && TRAILING_CHARS.has(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/**
 * A sentence that asserts something in the article's own voice: it ends in a declarative
 * predicate and is not a question, a label ([앵커]) or a bare quotation.
 */
export function isDeclarative(masked: string): boolean {
  const trimmed = stripTrailing(masked);
  if (trimmed.length === 0) return false;
  for (let i = trimmed.length; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 0x3f || c === 0xff1f) return false; // ? ？ among the trailing marks
  }
  if (trimmed.endsWith(MASK)) return false;
  // (end tests, not patterns anchored with $: those are tried at every position of the sentence)
  if (QUESTION_ENDINGS.some((e) => trimmed.endsWith(e))) return false;
  return DECLARATIVE_FINALS.has(trimmed[trimmed.length - 1]!);
}
