/** The sector an institution is grouped by; institutions without one form their own group. */
export const UNKNOWN_SECTOR = 'UNKNOWN';

/**
 * The graph every measure reads: undirected and simple, in compressed sparse rows. Node i's
 * neighbours are targets[offsets[i] .. offsets[i+1]), sorted ascending, with the tie's weight at
 * the same index. Walks over typed arrays are what make betweenness and brokerage fast at powiat
 * scale (146k ties) on the server and keep the canvas responsive in the browser.
 */
export interface MeasureGraph {
  ids: string[];
  /** Each node's sector code, or UNKNOWN_SECTOR. */
  sectors: string[];
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export interface MeasureInput {
  nodes: ReadonlyArray<{ id: string; sector?: string | null }>;
  edges: ReadonlyArray<{ source: string; target: string; weight: number }>;
}

/**
 * Builds the graph from nodes and ties, in the nodes' order. Loops, ties to unknown nodes and
 * repeated pairs (the first counts) are left out, so the graph is simple whatever the input.
 */
export function toMeasureGraph({ nodes, edges }: MeasureInput): MeasureGraph {
  const ids = nodes.map((n) => n.id);
  const index = new Map<string, number>();
  for (const [i, id] of ids.entries()) index.set(id, i);
  const n = ids.length;
  const pairs: number[] = [];
  const pairWeights: number[] = [];
  const seen = new Set<number>();
  const offsets = new Int32Array(n + 1);
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s < t ? s * n + t : t * n + s;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(s, t);
    pairWeights.push(edge.weight);
    bump(offsets, s + 1);
    bump(offsets, t + 1);
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  const fill = offsets.slice(0, n);
  for (let p = 0; p < pairWeights.length; p++) {
    const s = pairs[2 * p] as number;
    const t = pairs[2 * p + 1] as number;
    const w = pairWeights[p] as number;
    let k = bump(fill, s);
    targets[k] = t;
    weights[k] = w;
    k = bump(fill, t);
    targets[k] = s;
    weights[k] = w;
  }
  sortRows(offsets, targets, weights);
  return { ids, sectors: nodes.map((n) => n.sector ?? UNKNOWN_SECTOR), offsets, targets, weights };
}

/** Each row's neighbours ascending, their weights moved with them. */
function sortRows(offsets: Int32Array, targets: Int32Array, weights: Float64Array): void {
  for (let i = 0; i + 1 < offsets.length; i++) {
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    if (to - from < 2) continue;
    const order = Array.from({ length: to - from }, (_x, k) => from + k).sort(
      (a, b) => (targets[a] as number) - (targets[b] as number),
    );
    const t = order.map((k) => targets[k] as number);
    const w = order.map((k) => weights[k] as number);
    targets.set(t, from);
    weights.set(w, from);
  }
}

/** a[i]++, returning the value before. */
function bump(a: Int32Array, i: number): number {
  const v = a[i] as number;
  a[i] = v + 1;
  return v;
}

/** Number of ties (each counted once). */
export const tieCount = (graph: MeasureGraph): number => graph.targets.length / 2;

/** A column of values (in graph.ids' order) as a record by node id. */
export function byId<T>(graph: Pick<MeasureGraph, 'ids'>, values: ArrayLike<T>): Record<string, T> {
  const out: Record<string, T> = {};
  graph.ids.forEach((id, i) => {
    out[id] = values[i] as T;
  });
  return out;
}
