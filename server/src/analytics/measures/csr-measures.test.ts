import type { BrokerageRoles } from '@splot/measures';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness, brokerageRoles, graphOf } from '../test-fixtures.js';
import type { AnalyticsGraph } from './graph.js';
import { cjsDefault } from './interop.js';

// The typed-array measures against plain references on random graphs: graphology's Brandes for
// betweenness, and the definition itself (every pair of partners, closed ones skipped) for brokerage.
const graphologyBetweenness = cjsDefault(betweennessModule);

function definitionBrokerage(graph: AnalyticsGraph): Record<string, BrokerageRoles> {
  const out: Record<string, BrokerageRoles> = {};
  graph.forEachNode((b, attrs) => {
    const r = {
      coordinator: 0,
      consultant: 0,
      representative: 0,
      gatekeeper: 0,
      liaison: 0,
      total: 0,
      crossSector: 0,
    };
    const nb = graph.neighbors(b);
    for (let i = 0; i < nb.length; i++) {
      for (let j = i + 1; j < nb.length; j++) {
        const a = nb[i] as string;
        const c = nb[j] as string;
        if (graph.areNeighbors(a, c)) continue;
        const ga = graph.getNodeAttribute(a, 'sector');
        const gc = graph.getNodeAttribute(c, 'sector');
        r.total++;
        if (ga === gc) {
          if (ga === attrs.sector) r.coordinator++;
          else r.consultant++;
        } else if (ga === attrs.sector || gc === attrs.sector) {
          r.representative++;
          r.gatekeeper++;
        } else r.liaison++;
      }
    }
    r.crossSector = r.total - r.coordinator;
    out[b] = r;
  });
  return out;
}

/** A seeded random graph (mulberry32) with a few components and isolates. */
function randomGraph(seed: number, n: number, p: number): AnalyticsGraph {
  let t = seed;
  const rand = () => {
    t = (t + 0x6d2b79f5) | 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const sectors = ['PUBLIC', 'NGO', 'MARKET', 'SOCIAL_ECONOMY', 'UNKNOWN'];
  const nodes: Array<[string, string]> = [];
  for (let i = 0; i < n; i++) nodes.push([`n${i}`, sectors[Math.floor(rand() * sectors.length)] as string]);
  const ties: Array<[string, string]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rand() < p) ties.push([`n${i}`, `n${j}`]);
  return graphOf(nodes, ties);
}

describe('typed-array measures equal the references', () => {
  for (const [seed, n, p] of [
    [1, 30, 0.1],
    [2, 60, 0.05],
    [3, 40, 0.4],
    [4, 80, 0.02],
  ] as const) {
    it(`random graph seed ${seed} (${n} nodes, p=${p})`, () => {
      const g = randomGraph(seed, n, p);
      const ours = betweenness(g);
      const ref = graphologyBetweenness(g, { getEdgeWeight: null, normalized: false }) as Record<
        string,
        number
      >;
      for (const id of g.nodes()) expect(ours[id]?.raw).toBeCloseTo(ref[id] as number, 8);
      expect(brokerageRoles(g)).toEqual(definitionBrokerage(g));
    });
  }
});
