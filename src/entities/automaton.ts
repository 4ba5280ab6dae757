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
 * linearly when a state has few children and by bisection otherwise.
 */
import { foldCode } from "./chars.js";

export interface Automaton {
  /** root transitions by code unit (0 = stay at the root) */
  readonly root: Int32Array;
  /** children of state s are codes[childStart[s] .. childStart[s + 1]) */
  readonly childStart: Int32Array;
  readonly codes: Uint16Array;
  readonly targets: Int32Array;
  /** failure link of each state */
  readonly fail: Int32Array;
  /** pattern index that ends exactly at the state, or -1 */
  readonly out: Int32Array;
  /** nearest state on the failure chain (excluding itself) with an output, or -1 */
  readonly dict: Int32Array;
  /** depth of each state: the length of the pattern ending there, if one does */
  readonly depth: Int32Array;
  /** length of the longest pattern */
  readonly maxLength: number;
}

/** Below this many children a state is searched linearly. */
const LINEAR_MAX = 8;

function child(a: Automaton, s: number, c: number): number {
  if (s === 0) return a.root[c]!;
  let lo = a.childStart[s]!;
  let hi = a.childStart[s + 1]!;
  if (hi - lo <= LINEAR_MAX) {
    for (; lo < hi; lo++) if (a.codes[lo] === c) return a.targets[lo]!;
    return -1;
  }
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = a.codes[mid]!;
    if (m === c) return a.targets[mid]!;
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
  const codes = new Uint16Array(childStart[n]!);
  const targets = new Int32Array(childStart[n]!);
  const cursor = childStart.slice(0, n);
  for (let s = 1; s < n; s++) {
    const par = parent[s]!;
    if (par === 0) {
      root[code[s]!] = s;
      continue;
    }
    const at = cursor[par]!++;
    codes[at] = code[s]!;
    targets[at] = s;
  }
  const fail = new Int32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const out = Int32Array.from(outList);
  const depth = Int32Array.from(depthList);
  const maxLength = patterns.reduce((m, p) => Math.max(m, p.length), 0);
  const a: Automaton = { root, childStart, codes, targets, fail, out, dict, depth, maxLength };
  // 3. failure links, breadth first
  const queue = new Int32Array(n);
  let tail = 0;
  for (let s = 1; s < n; s++) if (parent[s] === 0) queue[tail++] = s;
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    for (let k = childStart[s]!; k < childStart[s + 1]!; k++) {
      const c = codes[k]!;
      const t = targets[k]!;
      let f = fail[s]!;
      let g = child(a, f, c);
      while (g < 0) {
        f = fail[f]!;
        g = child(a, f, c);
      }
      const ft = g === t ? 0 : g;
      fail[t] = ft;
      dict[t] = out[ft]! >= 0 ? ft : dict[ft]!;
      queue[tail++] = t;
    }
  }
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
  const { root, fail, out, dict, depth } = a;
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
      s = fail[s]!;
      t = child(a, s, c);
    }
    s = t;
    let o = out[s]! >= 0 ? s : dict[s]!;
    while (o >= 0) {
      onHit(out[o]!, ring[(folded - depth[o]!) & mask]!, i + 1);
      o = dict[o]!;
    }
  }
  return itself;
}

/** The state after reading code unit `c` in state `s`, failure links included: scanFolded's transition. */
function nextState(a: Automaton, s: number, c: number): number {
  let t = child(a, s, c);
  while (t < 0) {
    s = a.fail[s]!;
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
  const states = a.fail.length;
  const next = new Int32Array(states * width);
  const emits = new Uint8Array(states);
  for (let s = 0; s < states; s++) {
    for (const c of units) next[s * width + column[c]!] = nextState(a, s, c);
    if (a.out[s]! >= 0 || a.dict[s]! >= 0) emits[s] = 1;
  }
  return { column, width, next, emits };
}
