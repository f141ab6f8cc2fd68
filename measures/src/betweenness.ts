import type { MeasureGraph } from './graph.js';
import type { NodeMeasure } from './measure.js';
import { twinClasses } from './twins.js';

const round = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * Brandes (2001) on hops, not weights: a heavier tie is a closer one, so reading the weight as a
 * distance would be wrong. Sums over ordered pairs, halved for an undirected graph. Each node's
 * predecessors on shortest paths are kept in its own slice of a CSR-sized array, so the backward
 * pass walks only those instead of every neighbour again (most neighbours in a web of
 * partnerships sit on the same level). Twins (same partners, tied to each other) see the same
 * shortest paths to everyone else and lie on none of each other's, so one walk per class of twins,
 * counted once per member, gives the same sums: institutions in only one partnership are twins
 * of each other, which leaves a fraction of the walks in a real area.
 */
export function betweennessScores({
  offsets,
  targets,
}: Pick<MeasureGraph, 'offsets' | 'targets'>): Float64Array {
  const n = offsets.length - 1;
  const bc = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const pred = new Int32Array(targets.length);
  const predEnd = new Int32Array(n);
  const twins = twinClasses({ offsets, targets });
  for (let s = 0; s < n; s++) {
    const times = twins[s] as number;
    if (times === 0) continue;
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
      bc[w] = (bc[w] as number) + times * (delta[w] as number);
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

export interface BetweennessColumns {
  raw: Float64Array;
  normalized: Float64Array;
}

export function betweenness(graph: MeasureGraph): BetweennessColumns {
  const raw = betweennessScores(graph);
  const n = graph.ids.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  const normalized = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Summation order leaves 0.9999999 for 1; rounding keeps them equal when ranking.
    raw[i] = round(raw[i] as number);
    normalized[i] = pairs > 0 ? (raw[i] as number) / pairs : 0;
  }
  return { raw, normalized };
}

export const betweennessMeasure: NodeMeasure = {
  id: 'betweenness',
  usesSectors: false,
  browserMaxNodes: 1500,
  fn: (graph) => betweenness(graph).normalized,
  label: { pl: 'Pośrednictwo', en: 'Betweenness' },
  meaning: {
    pl: 'Jak często leży na najkrótszej drodze między dwiema innymi instytucjami (0–1): wysoka wartość znaczy, że bez niej inni tracą najkrótszy kontakt.',
    en: 'How often it lies on the shortest path between two other institutions (0–1): a high value means others lose their shortest contact without it.',
  },
  whenZero: {
    pl: '0, gdy nikt nie potrzebuje jej, aby dotrzeć do innych: wszyscy jej partnerzy znają się nawzajem (np. wszyscy są w jednym partnerstwie) albo ma najwyżej jednego partnera.',
    en: '0 when nobody needs it to reach others: all its partners know each other (e.g. all are in one partnership) or it has at most one partner.',
  },
};
