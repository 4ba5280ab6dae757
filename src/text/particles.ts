/**
 * Korean particles (josa) and noun suffixes that may follow a name without a space.
 *
 * The entity matcher accepts a name when the Hangul run right after it can be read as a
 * chain of at most MAX_SUFFIX_CHAIN items from these lists ("중국" + "에서" + "는",
 * "미국" + "산" + "을"). Anything else glued to the name ("중국어", "한국은행", "삼성물산")
 * means the name is part of a longer word and is not a mention.
 *
 * Lists are data: add a form here, with a comment, when a real article needs it. Order does not
 * change the result (the matcher tries every segmentation), but keep longer forms first so the
 * lists read as the matcher sees them.
 */

/** Case particles (격조사) and their common stacked forms. */
export const CASE_PARTICLES: readonly string[] = [
  "으로부터", // from (consonant-final)
  "로부터", // from (vowel-final)
  "에게서", // from (a person)
  "으로서", // as (in the capacity of)
  "으로써", // by means of
  "이라는", // called, "the … that is"
  "이라고", // quoting: "… 이라고"
  "에서의", // in-… (attributive)
  "에서는", // in … (topic)
  "에서도", // in … also
  "에게는", // to … (topic)
  "에게도", // to … also
  "한테서", // from (colloquial)
  "이라", // being …
  "라는", // called (vowel-final)
  "라고", // quoting (vowel-final)
  "으로", // to, toward, with (consonant-final)
  "에서", // at, in, from
  "에게", // to (a person)
  "한테", // to (colloquial), "김종인 비대위원장한테"
  "께서", // honorific subject
  "보다", // than
  "처럼", // like
  "같이", // like
  "마저", // even
  "조차", // even
  "부터", // from, since
  "까지", // until, as far as
  "로서", // as (vowel-final)
  "로써", // by means of (vowel-final)
  "과의", // with … (attributive)
  "와의", // with … (attributive)
  "에는", // at … (topic)
  "에도", // at … also
  "에선", // contraction of 에서는
  "이나", // or (consonant-final)
  "이며", // and is (consonant-final)
  "이자", // and also is
  "이랑", // with (colloquial)
  "으론", // contraction of 으로는
  "의", // possessive: "엔비디아의"
  "은", // topic (consonant-final)
  "는", // topic (vowel-final)
  "이", // subject (consonant-final)
  "가", // subject (vowel-final)
  "을", // object (consonant-final)
  "를", // object (vowel-final)
  "에", // at, to
  "께", // to (honorific)
  "와", // and, with (vowel-final)
  "과", // and, with (consonant-final)
  "로", // to, with (vowel-final)
  "나", // or (vowel-final)
  "랑", // with (colloquial)
  "엔", // contraction of 에는
  "론", // contraction of 로는
];

/** Auxiliary particles (보조사) that attach after a case particle or directly. */
export const AUX_PARTICLES: readonly string[] = [
  "마다", // every
  "들", // plural: "중국 규제 기관들은"
  "뿐", // only
  "만", // only
  "도", // also
  "은", // topic
  "는", // topic
  "의", // possessive after another particle: "과의"
];

/** Copula endings: "…이다", "…입니다" ("YTN 김이영입니다"). */
export const COPULA_ENDINGS: readonly string[] = [
  "이었다", // was
  "입니다", // is (formal)
  "이지만", // is but
  "이다", // is
  "였다", // was (vowel-final)
  "이고", // is and
  "이며", // is and
  "이면", // if it is
];

/**
 * Noun suffixes that keep the name as a mention: origin, use, side, plural-like markers.
 * "미국산" (made in the US), "중국용" (for China), "엔비디아측" (Nvidia's side), "중국발" (from China).
 */
export const NOUN_SUFFIXES: readonly string[] = [
  "산", // made in: "미국산"
  "제", // made in: "중국제"
  "용", // for: "중국용 칩"
  "측", // side: "엔비디아측"
  "쪽", // side: "미국쪽"
  "발", // from (發): "중국발 공급 과잉"
  "등", // etc. written without a space: "화웨이등"
  "간", // between: "미중간" is not reached (Hangul on the left), but "미국·중국간"
  "내", // within: "중국내"
  "계", // of … origin: "중국계"
  "판", // edition: "중국판"
  "식", // style: "미국식"
  "형", // type: "한국형"
  "향", // bound for: "중국향 수출"
];

/** Suffixes that only make sense after a company name: "한화그룹" is the 한화 group. */
export const COMPANY_SUFFIXES: readonly string[] = [
  "그룹", // group: "한화그룹", "삼성그룹"
  "사", // company: "엔비디아사"
];

/** Suffixes that only make sense after a chip name: "H200칩", "블랙웰칩". */
export const CHIP_SUFFIXES: readonly string[] = [
  "칩", // chip
];

/** Suffixes after a news outlet's name: "블룸버그통신", "로이터통신", "한국경제신문". */
export const SOURCE_SUFFIXES: readonly string[] = [
  "통신", // wire service
  "신문", // newspaper
  "방송", // broadcaster
];

/**
 * Titles and forms of address that may be glued to a person's name ("트럼프대통령은",
 * "김성수의원이", "홍길동씨는"). The title is not part of the mention.
 */
export const PERSON_SUFFIXES: readonly string[] = [
  "대통령", "부통령", "주석", "총리", "장관", "차관", "의원", "의장", "위원장", "회장", "부회장", "사장", "부사장",
  "대표", "교수", "기자", "특파원", "앵커", "씨", "님", "여사", "후보", "당선인", "총재",
];

/** The most items of a chain ("산" + "으로" + "는" is three). */
export const MAX_SUFFIX_CHAIN = 3;

/** A set of suffix items (from one or more lists) ready for chain checks. */
export interface SuffixSet {
  readonly items: ReadonlySet<string>;
  readonly maxLength: number;
  /**
   * The items as a trie over code units, so that a chain check reads characters instead of
   * making a substring per (position, length): the child of node n by code unit c is
   * next.get(n * 0x10000 + c); node 0 is the root.
   */
  readonly next: ReadonlyMap<number, number>;
  /** 1 for the nodes whose path spells an item */
  readonly final: Uint8Array;
}

export function suffixSet(lists: readonly (readonly string[])[]): SuffixSet {
  const items = new Set<string>();
  let maxLength = 0;
  for (const list of lists) {
    for (const item of list) {
      items.add(item);
      if (item.length > maxLength) maxLength = item.length;
    }
  }
  const next = new Map<number, number>();
  const finals: number[] = [];
  let nodes = 1;
  for (const item of items) {
    let node = 0;
    for (let i = 0; i < item.length; i++) {
      const key = node * 0x10000 + item.charCodeAt(i);
      let child = next.get(key);
      if (child === undefined) next.set(key, (child = nodes++));
      node = child;
    }
    if (item.length > 0) finals.push(node);
  }
  const final = new Uint8Array(nodes);
  for (const n of finals) final[n] = 1;
  return { items, maxLength, next, final };
}

/** No chain covers the rest (a count larger than any chain limit). */
const NO_CHAIN = 0x7fffffff;

/**
 * One buffer serves every chain check (a new array per check showed up in profiles); a range
 * longer than this gets a buffer of its own, so a huge word does not pin its memory.
 */
const NEED_SCRATCH_MAX = 1 << 12;
let needScratch = new Int32Array(64);

/**
 * For each position i of text[from, to), the fewest items of `set` that cover text[i, to)
 * exactly (NO_CHAIN when impossible), at index i - from of the result; index to - from holds 0.
 * Computed right to left in one pass. The result is valid until the next call.
 */
function chainCounts(text: string, from: number, to: number, set: SuffixSet): Int32Array {
  const size = to - from + 1;
  if (needScratch.length < size && size <= NEED_SCRATCH_MAX) needScratch = new Int32Array(Math.min(NEED_SCRATCH_MAX, 2 * size));
  const need = size <= needScratch.length ? needScratch : new Int32Array(size);
  need[to - from] = 0;
  for (let i = to - 1; i >= from; i--) {
    let best = NO_CHAIN;
    // every item starting at i is a path from the root of the trie
    let node = 0;
    for (let j = i; j < to; j++) {
      const child = set.next.get(node * 0x10000 + text.charCodeAt(j));
      if (child === undefined) break;
      node = child;
      if (set.final[node] === 1) {
        const rest = need[j + 1 - from]!;
        if (rest !== NO_CHAIN && rest + 1 < best) best = rest + 1;
      }
    }
    need[i - from] = best;
  }
  return need;
}

/**
 * True when text[from, to) is a chain of at most `maxChain` items of `set` ("에서는" is
 * "에서" + "는"); an empty range is.
 */
export function isSuffixChain(text: string, from: number, to: number, set: SuffixSet, maxChain = MAX_SUFFIX_CHAIN): boolean {
  if (from >= to) return true;
  // maxChain items of at most maxLength characters cover no more than this
  if (to - from > maxChain * set.maxLength) return false;
  return chainCounts(text, from, to, set)[0]! <= maxChain;
}

/** The particle lists every name accepts. */
export const GENERAL_SUFFIX_LISTS: readonly (readonly string[])[] = [CASE_PARTICLES, AUX_PARTICLES, COPULA_ENDINGS, NOUN_SUFFIXES];
/** Every name: particles, copula, noun suffixes. */
export const GENERAL_SUFFIXES: SuffixSet = suffixSet(GENERAL_SUFFIX_LISTS);
/** Particles and copula only (no noun suffixes): what may follow a word whose end is uncertain. */
export const PARTICLES_ONLY: SuffixSet = suffixSet([CASE_PARTICLES, AUX_PARTICLES, COPULA_ENDINGS]);

/** Strips a trailing particle chain from a word: "위원장을" → "위원장" (keeps at least `minKeep` chars). */
export function stripParticles(token: string, minKeep = 1, set: SuffixSet = PARTICLES_ONLY): string {
  const n = token.length;
  if (n <= minKeep) return token;
  // a chain is at most MAX_SUFFIX_CHAIN items long: no cut further left can start one
  const from = Math.max(minKeep, 0, n - MAX_SUFFIX_CHAIN * set.maxLength);
  const need = chainCounts(token, from, n, set);
  for (let cut = from; cut < n; cut++) {
    if (need[cut - from]! <= MAX_SUFFIX_CHAIN) return token.slice(0, cut);
  }
  return token;
}
