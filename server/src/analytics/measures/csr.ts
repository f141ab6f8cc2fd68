import type { AnalyticsGraph } from './graph.js';

/**
 * An undirected simple graph in compressed sparse rows: node i's neighbours are
 * targets[offsets[i] .. offsets[i+1]), sorted ascending. Walks over typed arrays are what make
 * betweenness and brokerage fast at powiat scale (146k ties); graphology's per-node callbacks
 * and string keys cost several times more.
 */
export interface Csr {
  ids: string[];
  offsets: Int32Array;
  targets: Int32Array;
}

export function toCsr(graph: AnalyticsGraph): Csr {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  for (const [i, id] of ids.entries()) index.set(id, i);
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  graph.forEachEdge((_e, _a, source, target) => {
    if (source === target) return;
    bump(offsets, (index.get(source) as number) + 1);
    bump(offsets, (index.get(target) as number) + 1);
  });
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const targets = new Int32Array(offsets[n] as number);
  const fill = offsets.slice(0, n);
  graph.forEachEdge((_e, _a, source, target) => {
    if (source === target) return;
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    targets[bump(fill, s)] = t;
    targets[bump(fill, t)] = s;
  });
  for (let i = 0; i < n; i++) targets.subarray(offsets[i], offsets[i + 1]).sort();
  return { ids, offsets, targets };
}

/** a[i]++, returning the value before. */
function bump(a: Int32Array, i: number): number {
  const v = a[i] as number;
  a[i] = v + 1;
  return v;
}
