import { type Csr, toCsr } from './csr.js';
import type { AnalyticsGraph } from './graph.js';
import type { NodeMetric } from './node-metric.js';

const round = (x: number) => Math.round(x * 1e9) / 1e9;

export interface Betweenness {
  /** Shortest paths between other pairs that pass through the node (each unordered pair once). */
  raw: number;
  /** raw / ((n−1)(n−2)/2), the share of all pairs of others: 0..1. */
  normalized: number;
}

/**
 * Brandes (2001) on hops, not weights: a heavier tie is a closer one, so reading the weight as a
 * distance would be wrong. Sums over ordered pairs, halved for an undirected graph. Each node's
 * predecessors on shortest paths are kept in its own slice of a CSR-sized array, so the backward
 * pass walks only those instead of every neighbour again (most neighbours in a web of
 * partnerships sit on the same level).
 */
export function betweennessScores({ offsets, targets }: Csr): Float64Array {
  const n = offsets.length - 1;
  const bc = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const pred = new Int32Array(targets.length);
  const predEnd = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    predEnd[s] = offsets[s] as number;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const dv = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        const dw = dist[w] as number;
        if (dw < 0) {
          dist[w] = dv;
          order[tail++] = w;
          sigma[w] = sv;
          pred[offsets[w] as number] = v;
          predEnd[w] = (offsets[w] as number) + 1;
        } else if (dw === dv) {
          sigma[w] = (sigma[w] as number) + sv;
          const k = predEnd[w] as number;
          pred[k] = v;
          predEnd[w] = k + 1;
        }
      }
    }
    // Back from the farthest: each node passes its dependency to its predecessors.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i] as number;
      const coeff = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (let k = offsets[w] as number, end = predEnd[w] as number; k < end; k++) {
        const v = pred[k] as number;
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      bc[w] = (bc[w] as number) + (delta[w] as number);
    }
    // Reset only what this source reached, so a graph of many components stays linear per source.
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      sigma[v] = 0;
      delta[v] = 0;
      dist[v] = -1;
    }
  }
  for (let i = 0; i < n; i++) bc[i] = (bc[i] as number) / 2;
  return bc;
}

export function betweenness(graph: AnalyticsGraph): Record<string, Betweenness> {
  const csr = toCsr(graph);
  const raw = betweennessScores(csr);
  const n = csr.ids.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  const out: Record<string, Betweenness> = {};
  csr.ids.forEach((id, i) => {
    // Summation order leaves 0.9999999 for 1; rounding keeps them equal when ranking.
    const value = round(raw[i] as number);
    out[id] = { raw: value, normalized: pairs > 0 ? value / pairs : 0 };
  });
  return out;
}

export const betweennessMetric: NodeMetric = {
  id: 'betweenness',
  fn: (graph) => Object.fromEntries(Object.entries(betweenness(graph)).map(([id, b]) => [id, b.normalized])),
};
