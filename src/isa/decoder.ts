// Decode tree built once from the isa/ tables. Semantics are Sail's __DecodeA64: the first clause
// (in table order) whose fixed bits match, and whose guard does not, is the instruction. No match
// means UNDEFINED, returned as null.
import { INSNS, type InsnDef } from './table.js';

interface Leaf {
  kind: 0;
  cands: readonly InsnDef[];
}
interface Node {
  kind: 1;
  shift: number;
  width: number;
  /** Built on first use (start-up cost is paid only for the parts of the ISA a program uses). */
  children: (Leaf | Node | null)[];
  subs: InsnDef[][];
  used: number;
  depth: number;
}
type Tree = Leaf | Node;

const LEAF_SIZE = 4;
const MAX_SPLIT_BITS = 5;

function matches(d: InsnDef, w: number): boolean {
  return ((w & d.mask) >>> 0) === d.value && (d.guardMask === 0 || ((w & d.guardMask) >>> 0) !== d.guardValue);
}

function buildTree(cands: readonly InsnDef[], used: number, depth: number): Tree {
  if (cands.length <= LEAF_SIZE || depth > 12) return { kind: 0, cands };
  // Pick the contiguous run of bits (not yet split on) that is fixed in the most candidates.
  const score = new Array<number>(32).fill(0);
  for (const d of cands) for (let b = 0; b < 32; b++) if ((d.mask >>> b) & 1) score[b]!++;
  let best = -1;
  for (let b = 0; b < 32; b++) if (!((used >>> b) & 1) && (best < 0 || score[b]! > score[best]!)) best = b;
  if (best < 0 || score[best]! < cands.length / 2) return { kind: 0, cands };
  let lo = best;
  let hi = best;
  const good = (b: number): boolean => b >= 0 && b < 32 && !((used >>> b) & 1) && score[b]! >= score[best]! * 0.75;
  while (hi - lo + 1 < MAX_SPLIT_BITS && (good(hi + 1) || good(lo - 1))) {
    if (good(hi + 1)) hi++;
    else lo--;
  }
  const width = hi - lo + 1;
  const m = ((1 << width) - 1) << lo;
  const subs: InsnDef[][] = [];
  for (let v = 0; v < 1 << width; v++) subs.push([]);
  // A candidate goes to every child compatible with its fixed bits in the split range (order
  // kept): its fixed value with each combination of its free bits there.
  const all = (1 << width) - 1;
  for (const d of cands) {
    const fixed = (d.mask >>> lo) & all;
    const v = (d.value >>> lo) & fixed;
    const free = all & ~fixed;
    for (let f = free; ; f = (f - 1) & free) {
      subs[v | f]!.push(d);
      if (f === 0) break;
    }
  }
  if (!subs.some((sub) => sub.length < cands.length)) return { kind: 0, cands };
  const nextUsed = used | (m >>> 0);
  return { kind: 1, shift: lo, width, children: subs.map(() => null), subs, used: nextUsed, depth };
}

function child(t: Node, i: number): Tree {
  let c = t.children[i]!;
  if (c === null) {
    c = buildTree(t.subs[i]!, t.used, t.depth + 1);
    t.children[i] = c;
  }
  return c;
}

const TREE: Tree = buildTree(INSNS, 0, 0);

/** Decodes one 32-bit instruction word; null = UNDEFINED (no clause matches). */
export function decode(word: number): InsnDef | null {
  let t: Tree = TREE;
  const w = word >>> 0;
  while (t.kind === 1) t = child(t, (w >>> t.shift) & ((1 << t.width) - 1));
  for (const d of t.cands) if (matches(d, w)) return d;
  return null;
}

/** Reference first-match decode by linear scan (used by tests to check the tree). */
export function decodeLinear(word: number): InsnDef | null {
  const w = word >>> 0;
  for (const d of INSNS) if (matches(d, w)) return d;
  return null;
}

export function treeStats(): { nodes: number; leaves: number; maxLeaf: number; maxDepth: number } {
  let nodes = 0;
  let leaves = 0;
  let maxLeaf = 0;
  let maxDepth = 0;
  const walk = (t: Tree, d: number): void => {
    maxDepth = Math.max(maxDepth, d);
    if (t.kind === 0) {
      leaves++;
      maxLeaf = Math.max(maxLeaf, t.cands.length);
    } else {
      nodes++;
      for (let i = 0; i < t.children.length; i++) walk(child(t, i), d + 1);
    }
  };
  walk(TREE, 0);
  return { nodes, leaves, maxLeaf, maxDepth };
}
