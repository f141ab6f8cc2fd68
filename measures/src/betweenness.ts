import type { MeasureGraph } from './graph.js';
import type { NodeMeasure } from './measure.js';
import { twinClasses } from './twins.js';

const round = (x: number) => Math.round(x * 1e9) / 1e9;

/** Connected components of a CSR graph: nodes grouped per component, with each one's degree sum. */
interface Components {
  of: Int32Array;
  /** Nodes, component by component: component c is nodes[start[c] .. start[c + 1]). */
  nodes: Int32Array;
  start: Int32Array;
  degree: Float64Array;
}

function components(offsets: Int32Array, targets: Int32Array): Components {
  const n = offsets.length - 1;
  const of = new Int32Array(n).fill(-1);
  const nodes = new Int32Array(n);
  const starts: number[] = [];
  const degrees: number[] = [];
  let tail = 0;
  for (let root = 0; root < n; root++) {
    if ((of[root] as number) >= 0) continue;
    const c = starts.length;
    starts.push(tail);
    let degree = 0;
    of[root] = c;
    nodes[tail++] = root;
    for (let head = tail - 1; head < tail; head++) {
      const v = nodes[head] as number;
      degree += (offsets[v + 1] as number) - (offsets[v] as number);
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        if ((of[w] as number) < 0) {
          of[w] = c;
          nodes[tail++] = w;
        }
      }
    }
    degrees.push(degree);
  }
  starts.push(n);
  return { of, nodes, start: Int32Array.from(starts), degree: Float64Array.from(degrees) };
}

/**
 * Brandes (2001) on hops, not weights: a heavier tie is a closer one, so reading the weight as a
 * distance would be wrong. Sums over ordered pairs, halved for an undirected graph.
 *
 * It runs on the graph of twin classes (twins.ts): twins sit at the same distance from everyone
 * else with the same number of shortest paths, and none lies on a shortest path of another
 * (they share every neighbour), so a class walks as one node that counts for its members — as
 * a target `size` times, as a predecessor `size` times (only the source itself when it is the
 * source's class, whose other members are its leaves) — and one walk per class counts for each
 * source in it. In a web of partnerships that is a fraction of the nodes and ties.
 *
 * Each level of the walk is found from whichever side has fewer ties to read (Beamer's
 * direction-optimising search): the frontier's ties forward, or the ties of the classes not yet
 * reached, each summing the paths of its neighbours on the frontier. A web of partnerships is
 * dense with short distances: most classes are two steps from any source, so the third level is
 * found from its few members instead of from the thousands on the second, and the last level is
 * never read at all. Each class's predecessors on shortest paths are kept in its own slice of a
 * CSR-sized array, so the backward pass walks only those.
 */
export function betweennessScores(graph: Pick<MeasureGraph, 'offsets' | 'targets'>): Float64Array {
  const { classOf, size, offsets, targets } = twinClasses(graph);
  const k = size.length;
  const comp = components(offsets, targets);
  const classBc = new Float64Array(k);
  const sigma = new Float64Array(k);
  const delta = new Float64Array(k);
  const dist = new Int32Array(k).fill(-1);
  const order = new Int32Array(k);
  const pred = new Int32Array(targets.length);
  const predEnd = new Int32Array(k);
  for (let s = 0; s < k; s++) {
    const c = comp.of[s] as number;
    const compFrom = comp.start[c] as number;
    const compTo = comp.start[c + 1] as number;
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    predEnd[s] = offsets[s] as number;
    let unreached = compTo - compFrom - 1;
    let unreachedDegree = (comp.degree[c] as number) - ((offsets[s + 1] as number) - (offsets[s] as number));
    let levelFrom = 0;
    let tail = 1;
    let frontierDegree = (offsets[s + 1] as number) - (offsets[s] as number);
    for (let d = 0; unreached > 0; d++) {
      const levelTo = tail;
      const dn = d + 1;
      let nextDegree = 0;
      if (frontierDegree <= unreachedDegree + (compTo - compFrom)) {
        for (let i = levelFrom; i < levelTo; i++) {
          const v = order[i] as number;
          // Every member of v's class lies before w on as many paths, except in the source's class.
          const sv = (sigma[v] as number) * (v === s ? 1 : (size[v] as number));
          for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
            const w = targets[e] as number;
            const dw = dist[w] as number;
            if (dw < 0) {
              dist[w] = dn;
              order[tail++] = w;
              sigma[w] = sv;
              pred[offsets[w] as number] = v;
              predEnd[w] = (offsets[w] as number) + 1;
              nextDegree += (offsets[w + 1] as number) - (offsets[w] as number);
            } else if (dw === dn) {
              sigma[w] = (sigma[w] as number) + sv;
              const p = predEnd[w] as number;
              pred[p] = v;
              predEnd[w] = p + 1;
            }
          }
        }
      } else {
        for (let i = compFrom; i < compTo; i++) {
          const w = comp.nodes[i] as number;
          if ((dist[w] as number) >= 0) continue;
          let paths = 0;
          let p = offsets[w] as number;
          for (let e = p, end = offsets[w + 1] as number; e < end; e++) {
            const v = targets[e] as number;
            if (dist[v] === d) {
              paths += (sigma[v] as number) * (v === s ? 1 : (size[v] as number));
              pred[p++] = v;
            }
          }
          if (paths === 0) continue;
          dist[w] = dn;
          order[tail++] = w;
          sigma[w] = paths;
          predEnd[w] = p;
          nextDegree += (offsets[w + 1] as number) - (offsets[w] as number);
        }
      }
      unreached -= tail - levelTo;
      unreachedDegree -= nextDegree;
      frontierDegree = nextDegree;
      levelFrom = levelTo;
    }
    // Back from the farthest: each class passes its dependency, for each of its members, back.
    const times = size[s] as number;
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i] as number;
      const coeff = ((size[w] as number) * (1 + (delta[w] as number))) / (sigma[w] as number);
      for (let p = offsets[w] as number, end = predEnd[w] as number; p < end; p++) {
        const v = pred[p] as number;
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      classBc[w] = (classBc[w] as number) + times * (delta[w] as number);
    }
    // Reset only what this source reached, so a graph of many components stays linear per source.
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      sigma[v] = 0;
      delta[v] = 0;
      dist[v] = -1;
    }
  }
  const n = classOf.length;
  const bc = new Float64Array(n);
  for (let i = 0; i < n; i++) bc[i] = (classBc[classOf[i] as number] as number) / 2;
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
