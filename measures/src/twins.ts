import type { MeasureGraph } from './graph.js';

/**
 * True twins: nodes with the same closed neighbourhood (their partners plus themselves). In a web
 * of partnerships most institutions belong to one partnership only and are twins of its other
 * single-partnership members, so measures that repeat a walk from every node can walk once per
 * class and count it `size` times.
 *
 * `size[v]` is the number of nodes in v's class when v is the class's first node (its
 * representative), and 0 for the others.
 */
export function twinClasses({ offsets, targets }: Pick<MeasureGraph, 'offsets' | 'targets'>): Int32Array {
  const n = offsets.length - 1;
  const size = new Int32Array(n);
  // Two independent 32-bit sums of random labels over N[v]: equal sets give equal keys, and
  // candidates with equal keys are compared exactly, so a collision costs time, never a wrong class.
  const r1 = randomLabels(n, 0x9e3779b9);
  const r2 = randomLabels(n, 0x85ebca6b);
  const reps = new Map<string, number[]>();
  for (let v = 0; v < n; v++) {
    const from = offsets[v] as number;
    const to = offsets[v + 1] as number;
    let h1 = r1[v] as number;
    let h2 = r2[v] as number;
    for (let e = from; e < to; e++) {
      const w = targets[e] as number;
      h1 = (h1 + (r1[w] as number)) >>> 0;
      h2 = (h2 + (r2[w] as number)) >>> 0;
    }
    const key = `${to - from}:${h1}:${h2}`;
    const candidates = reps.get(key);
    const rep = candidates?.find((u) => sameClosedNeighbourhood(offsets, targets, u, v));
    if (rep === undefined) {
      size[v] = 1;
      if (candidates) candidates.push(v);
      else reps.set(key, [v]);
    } else size[rep] = (size[rep] as number) + 1;
  }
  return size;
}

/** N(u) ∪ {u} equals N(v) ∪ {v}, on rows sorted ascending. */
function sameClosedNeighbourhood(offsets: Int32Array, targets: Int32Array, u: number, v: number): boolean {
  let i = offsets[u] as number;
  let j = offsets[v] as number;
  const iEnd = offsets[u + 1] as number;
  const jEnd = offsets[v + 1] as number;
  if (iEnd - i !== jEnd - j) return false;
  // Merge the two rows with u inserted into u's and v into v's.
  let uPending = true;
  let vPending = true;
  for (;;) {
    const a = nextOf(targets, i, iEnd, uPending ? u : -1);
    const b = nextOf(targets, j, jEnd, vPending ? v : -1);
    if (a === -1 || b === -1) return a === b;
    if (a !== b) return false;
    if (uPending && a === u) uPending = false;
    else i++;
    if (vPending && b === v) vPending = false;
    else j++;
  }
}

/** The smaller of the row's next entry and the node still to be inserted; -1 when both are used. */
function nextOf(targets: Int32Array, k: number, end: number, pending: number): number {
  const t = k < end ? (targets[k] as number) : -1;
  if (pending < 0) return t;
  return t < 0 || pending < t ? pending : t;
}

/** Deterministic pseudo-random 32-bit labels (xorshift32), so classes never depend on a run. */
function randomLabels(n: number, seed: number): Uint32Array {
  const out = new Uint32Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x;
  }
  return out;
}
