/**
 * Salience: how central an entity is to the article, in [0, 1].
 *
 *   salience = W_TITLE · inTitle
 *            + W_LEAD  · inLead
 *            + W_FREQ  · count / maxCount
 *            + W_EARLY · (1 − firstParagraph / paragraphCount)
 *
 * inTitle and inLead are 0 or 1; count / maxCount compares the entity's body mentions with the
 * most-mentioned entity of the same article. The result is rounded to 3 decimals so that output
 * is byte-stable.
 */

/** Named in the headline: the strongest single signal. Set so that a headline entity mentioned
 * once still outranks a body-only entity mentioned half as often as the top one (0.30 > 0.5·0.45). */
export const W_TITLE = 0.3;
/** Named in the first paragraph (the lead, which Korean news uses as a summary). Half the
 * headline weight, as leads name more entities than headlines. */
export const W_LEAD = 0.15;
/** Relative frequency. The largest weight: in the seed article the three most-mentioned
 * entities (H200, 중국, 엔비디아) are the ones a reader would name as the topic. */
export const W_FREQ = 0.45;
/** Earliness of the first mention: breaks ties between entities mentioned equally often. */
export const W_EARLY = 0.1;

export interface SalienceInput {
  readonly inTitle: boolean;
  readonly inLead: boolean;
  readonly count: number;
  readonly maxCount: number;
  readonly firstParagraph: number;
  readonly paragraphCount: number;
}

export function salience(x: SalienceInput): number {
  const freq = x.maxCount > 0 ? x.count / x.maxCount : 0;
  const early = x.paragraphCount > 0 ? 1 - x.firstParagraph / x.paragraphCount : 0;
  const raw = W_TITLE * (x.inTitle ? 1 : 0) + W_LEAD * (x.inLead ? 1 : 0) + W_FREQ * freq + W_EARLY * early;
  return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000;
}
