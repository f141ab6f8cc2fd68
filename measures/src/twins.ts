import type { MeasureGraph } from './graph.js';

/**
 * True twins: nodes with the same closed neighbourhood (their partners plus themselves). In a web
 * of partnerships most institutions belong to one partnership only and are twins of its other
 * single-partnership members: they lie on the same shortest paths, so path-based measures can be
 * computed once per class of twins on the graph of classes.
 */
export interface TwinClasses {
  /** Each node's class (0 … classes − 1), numbered in order of each class's first node. */
  classOf: Int32Array;
  /** Members per class. */
  size: Int32Array;
  /** The graph of classes: class a and b are tied when their members are (CSR, rows ascending). */
  offsets: Int32Array;
  targets: Int32Array;
}

export function twinClasses({ offsets, targets }: Pick<MeasureGraph, 'offsets' | 'targets'>): TwinClasses {
  const n = offsets.length - 1;
  const classOf = new Int32Array(n);
  const sizes: number[] = [];
  const firsts: number[] = [];
  // Two independent 32-bit sums of random labels over N[v]: equal sets give equal keys, and
  // candidates with equal keys are compared exactly, so a collision costs time, never a wrong class.
  const r1 = randomLabels(n, 0x9e3779b9);
  const r2 = randomLabels(n, 0x85ebca6b);
  const byKey = new Map<string, number[]>();
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
    const candidates = byKey.get(key);
    const twin = candidates?.find((c) => sameClosedNeighbourhood(offsets, targets, firsts[c] as number, v));
    if (twin === undefined) {
      classOf[v] = firsts.length;
      if (candidates) candidates.push(firsts.length);
      else byKey.set(key, [firsts.length]);
      firsts.push(v);
      sizes.push(1);
    } else {
      classOf[v] = twin;
      sizes[twin] = (sizes[twin] as number) + 1;
    }
  }
  // Twins share their neighbours, so each class's first node's row gives the class's ties.
  const k = firsts.length;
  const classOffsets = new Int32Array(k + 1);
  const classTargets: number[] = [];
  const seen = new Int32Array(k).fill(-1);
  for (let c = 0; c < k; c++) {
    const v = firsts[c] as number;
    const row: number[] = [];
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      const d = classOf[targets[e] as number] as number;
      if (d === c || seen[d] === c) continue;
      seen[d] = c;
      row.push(d);
    }
    row.sort((a, b) => a - b);
    for (const d of row) classTargets.push(d);
    classOffsets[c + 1] = classTargets.length;
  }
  return {
    classOf,
    size: Int32Array.from(sizes),
    offsets: classOffsets,
    targets: Int32Array.from(classTargets),
  };
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
