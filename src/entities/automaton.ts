/**
 * Aho–Corasick automaton over UTF-16 code units.
 *
 * The scan reads a paragraph folded as the matcher folds it (chars.ts), folding each character
 * on the way instead of making the folded text first.
 *
 * Built once per lexicon; a scan reads each character once and follows failure links, so its
 * cost per character does not grow with the number of patterns (amortised O(1) transitions plus
 * one step per reported hit). Transitions are stored compactly: a dense table for the root
 * (65,536 entries, so the first character of every alias is one array read) and, for every
 * other state, its children's code units sorted in one shared array (CSR layout), searched
 * linearly when a state has few children and by bisection otherwise. What a step reads of a
 * state (where its children are, its failure link, whether it has output) sits together in one
 * record, and each child's code unit next to its target: a scan of a large lexicon touches
 * states all over memory, and each separate array read is another cache miss.
 */
import { foldCode } from "./chars.js";

export interface Automaton {
  /** root transitions by code unit (0 = stay at the root) */
  readonly root: Int32Array;
  /**
   * A record of four numbers per state s, at 4s: the index in `edges` of its first child (its
   * children end where the next record's begin; one more record closes the last state's), its
   * failure link, the first state with an output on its failure chain counting itself (or -1),
   * and its depth (the length of the pattern that ends there, if one does).
   */
  readonly states: Int32Array;
  /** (code unit, target state) pairs, the children of each state in code order */
  readonly edges: Int32Array;
  /** pattern index that ends exactly at the state, or -1 */
  readonly out: Int32Array;
  /** nearest state on the failure chain (excluding itself) with an output, or -1 */
  readonly dict: Int32Array;
  /** length of the longest pattern */
  readonly maxLength: number;
}

/** Offsets in a state record. */
const FIRST_CHILD = 0;
const FAIL = 1;
const EMIT = 2;
const DEPTH = 3;

/** Below this many children a state is searched linearly. */
const LINEAR_MAX = 8;

function child(a: Automaton, s: number, c: number): number {
  if (s === 0) return a.root[c]!;
  const { states, edges } = a;
  let lo = states[4 * s + FIRST_CHILD]!;
  let hi = states[4 * s + 4 + FIRST_CHILD]!;
  if (hi - lo <= LINEAR_MAX) {
    for (; lo < hi; lo++) if (edges[2 * lo] === c) return edges[2 * lo + 1]!;
    return -1;
  }
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = edges[2 * mid]!;
    if (m === c) return edges[2 * mid + 1]!;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Builds the automaton; `patterns[i]` is reported as index i (the first index for duplicates).
 * Empty patterns are ignored. The trie is built from the patterns in sorted order, so siblings
 * are created in code order and the compact layout needs no per-state lists.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // 1. trie in depth-first order over the sorted patterns
  const order = patterns.map((_, i) => i).filter((i) => patterns[i]!.length > 0);
  order.sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : a - b));
  const parent: number[] = [-1];
  const code: number[] = [0];
  const depthList: number[] = [0];
  const outList: number[] = [-1];
  const path: number[] = [0];
  let prev = "";
  for (const p of order) {
    const pat = patterns[p]!;
    let lcp = 0;
    const max = Math.min(prev.length, pat.length);
    while (lcp < max && prev.charCodeAt(lcp) === pat.charCodeAt(lcp)) lcp++;
    path.length = lcp + 1;
    for (let i = lcp; i < pat.length; i++) {
      const n = parent.length;
      parent.push(path[i]!);
      code.push(pat.charCodeAt(i));
      depthList.push(i + 1);
      outList.push(-1);
      path.push(n);
    }
    const last = path[pat.length]!;
    if (outList[last]! < 0) outList[last] = p;
    prev = pat;
  }
  // 2. compact layout: children of each state are contiguous and sorted by code
  const n = parent.length;
  const root = new Int32Array(0x10000);
  const childStart = new Int32Array(n + 1);
  for (let s = 1; s < n; s++) if (parent[s]! > 0) childStart[parent[s]! + 1]!++;
  for (let s = 0; s < n; s++) childStart[s + 1] = childStart[s + 1]! + childStart[s]!;
  const edges = new Int32Array(2 * childStart[n]!);
  const cursor = childStart.slice(0, n);
  for (let s = 1; s < n; s++) {
    const par = parent[s]!;
    if (par === 0) {
      root[code[s]!] = s;
      continue;
    }
    const at = cursor[par]!++;
    edges[2 * at] = code[s]!;
    edges[2 * at + 1] = s;
  }
  const states = new Int32Array(4 * (n + 1));
  for (let s = 0; s <= n; s++) {
    states[4 * s + FIRST_CHILD] = childStart[s]!;
    if (s < n) states[4 * s + DEPTH] = depthList[s]!;
  }
  const dict = new Int32Array(n).fill(-1);
  const out = Int32Array.from(outList);
  const maxLength = patterns.reduce((m, p) => Math.max(m, p.length), 0);
  const a: Automaton = { root, states, edges, out, dict, maxLength };
  // 3. failure links, breadth first
  const queue = new Int32Array(n);
  let tail = 0;
  for (let s = 1; s < n; s++) if (parent[s] === 0) queue[tail++] = s;
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    for (let k = childStart[s]!; k < childStart[s + 1]!; k++) {
      const c = edges[2 * k]!;
      const t = edges[2 * k + 1]!;
      let f = states[4 * s + FAIL]!;
      let g = child(a, f, c);
      while (g < 0) {
        f = states[4 * f + FAIL]!;
        g = child(a, f, c);
      }
      const ft = g === t ? 0 : g;
      states[4 * t + FAIL] = ft;
      dict[t] = out[ft]! >= 0 ? ft : dict[ft]!;
      queue[tail++] = t;
    }
  }
  for (let s = 0; s < n; s++) states[4 * s + EMIT] = out[s]! >= 0 ? s : dict[s]!;
  return a;
}

/**
 * Original offsets of the last folded characters of a scan, by folded index modulo its length (a
 * power of two above the longest pattern); one buffer serves every scan.
 */
let ringScratch = new Int32Array(64);

/**
 * Scans foldStream(text) without making it: each code unit is folded on the way (foldCode, and
 * a space right after a space is skipped, as foldStream collapses runs), and every occurrence of
 * a pattern in the folded text is reported in `text` offsets: `onHit(patternIndex, start, end)`,
 * from the original position of its first folded character to just after its last one. Hits
 * come in order of their end. Returns true when the text folds to itself (foldStream would
 * return it unchanged).
 */
export function scanFolded(a: Automaton, text: string, onHit: (pattern: number, start: number, end: number) => void): boolean {
  const { root, states, out, dict } = a;
  if (ringScratch.length <= a.maxLength) ringScratch = new Int32Array(2 ** Math.ceil(Math.log2(a.maxLength + 1)));
  const ring = ringScratch;
  const mask = ring.length - 1;
  let itself = true;
  let prevSpace = false;
  let folded = 0; // folded characters read so far
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // Hangul syllables, most of a Korean paragraph, fold to themselves and are no space
    if (c >= 0xac00 && c <= 0xd7a3) prevSpace = false;
    else {
      const f = foldCode(c);
      if (f === 0x20) {
        if (prevSpace) {
          itself = false;
          continue;
        }
        prevSpace = true;
      } else prevSpace = false;
      if (f !== c) {
        itself = false;
        c = f;
      }
    }
    ring[folded & mask] = i;
    folded++;
    // at the root, a character that starts no pattern leaves it there
    if (s === 0 && root[c] === 0) continue;
    let t = child(a, s, c);
    while (t < 0) {
      s = states[4 * s + FAIL]!;
      t = child(a, s, c);
    }
    s = t;
    for (let o = states[4 * s + EMIT]!; o >= 0; o = dict[o]!) onHit(out[o]!, ring[(folded - states[4 * o + DEPTH]!) & mask]!, i + 1);
  }
  return itself;
}

/** The state after reading code unit `c` in state `s`, failure links included: scanFolded's transition. */
function nextState(a: Automaton, s: number, c: number): number {
  let t = child(a, s, c);
  while (t < 0) {
    s = a.states[4 * s + FAIL]!;
    t = child(a, s, c);
  }
  return t;
}

/**
 * An automaton with every transition resolved in advance, failure links included, for callers
 * that scan a small pattern set inside a loop of their own: one table read per character and no
 * links to follow. Code units are mapped to columns first: one per unit some pattern uses, and
 * column 0 for every other unit (reading one of those always leads back to the root).
 */
export interface DenseAutomaton {
  /** column of each code unit */
  readonly column: Uint8Array;
  /** columns per state */
  readonly width: number;
  /** next[s * width + column] is the state after reading a unit of that column in state s */
  readonly next: Int32Array;
  /** 1 for the states where some pattern ends (scanFolded would report a hit there) */
  readonly emits: Uint8Array;
}

/** The most distinct code units a dense automaton's patterns may use (a column is one byte). */
const DENSE_MAX_UNITS = 255;

/** Builds the dense form of the automaton over `patterns` (state 0 is the root). */
export function buildDenseAutomaton(patterns: readonly string[]): DenseAutomaton {
  const a = buildAutomaton(patterns);
  const units = new Set<number>();
  for (const p of patterns) for (let i = 0; i < p.length; i++) units.add(p.charCodeAt(i));
  if (units.size > DENSE_MAX_UNITS) throw new Error(`a dense automaton takes at most ${DENSE_MAX_UNITS} distinct code units`);
  const column = new Uint8Array(0x10000);
  let width = 1;
  for (const c of units) column[c] = width++;
  const states = a.out.length;
  const next = new Int32Array(states * width);
  const emits = new Uint8Array(states);
  for (let s = 0; s < states; s++) {
    for (const c of units) next[s * width + column[c]!] = nextState(a, s, c);
    if (a.states[4 * s + EMIT]! >= 0) emits[s] = 1;
  }
  return { column, width, next, emits };
}
