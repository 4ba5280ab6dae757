/**
 * Quotations inside one sentence: which spans are direct quotes (for `claim.quotes`) and the
 * sentence with every quotation's interior masked, so that verbs, subjects and hedges are only
 * looked for in the article's own words (NOTES 9: hedges inside quotes do not count).
 */
import type { Enclosure } from "../text/sentences.js";
import { MASK } from "./tokens.js";

/** Marks whose content is someone else's words or a title: masked before analysis. */
const QUOTE_OPENERS = new Set(["“", '"', "‘", "'", "「", "『", "〈", "《"]);
/** Marks of direct speech (GUIDE: quotes in “ ” or " "). Single marks count only as the
 * complement of a reporting verb (‘합당을 하긴 할 거다’ 이렇게 말씀하시는데). */
const DOUBLE = new Set(["“", '"']);
const SINGLE = new Set(["‘", "'"]);

/** Text right after a closing single quote that makes it reported speech. */
const SINGLE_QUOTE_FOLLOWERS = /^(?:이?라고|고|이?라며|며|이?라면서|면서|\s+(?:이렇게|이같이|그렇게|라고|이라고))/;

export interface QuoteSpan {
  /** Offsets of the inside text in the paragraph. */
  start: number;
  end: number;
  double: boolean;
  /** A single-quoted span that is reported speech (followed by 라고/고/이렇게 …). */
  speech: boolean;
}

export interface SentenceQuotes {
  masked: string;
  quotes: QuoteSpan[];
}

/**
 * @param paragraph the paragraph text
 * @param enclosures scanParagraph(paragraph).enclosures, sorted by opener
 * @param from index of the first enclosure that may lie in this sentence (advanced by the caller)
 */
export function sentenceQuotes(paragraph: string, enclosures: readonly Enclosure[], from: number, start: number, end: number): SentenceQuotes {
  const quotes: QuoteSpan[] = [];
  let maskedUntil = start; // paragraph index up to which the sentence has been copied
  let pieces = "";
  let outerClose = -1;
  for (let k = from; k < enclosures.length; k++) {
    const e = enclosures[k]!;
    if (e.open >= end) break;
    if (e.open < start || e.close < 0 || e.close >= end) continue;
    if (!QUOTE_OPENERS.has(e.openChar)) continue;
    if (e.open < outerClose) continue; // nested inside a quote already masked
    outerClose = e.close;
    pieces += paragraph.slice(maskedUntil, e.open + 1) + MASK.repeat(e.close - e.open - 1);
    maskedUntil = e.close;
    const inside = paragraph.slice(e.open + 1, e.close);
    if (inside.trim().length === 0) continue;
    if (DOUBLE.has(e.openChar)) quotes.push({ start: e.open + 1, end: e.close, double: true, speech: true });
    else if (SINGLE.has(e.openChar)) {
      const after = paragraph.slice(e.close + 1, Math.min(end, e.close + 12));
      quotes.push({ start: e.open + 1, end: e.close, double: false, speech: SINGLE_QUOTE_FOLLOWERS.test(after) });
    }
  }
  pieces += paragraph.slice(maskedUntil, end);
  return { masked: pieces, quotes };
}
