import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { AnalyticsGraph } from './graph.js';
import { cjsDefault } from './interop.js';
import type { NodeMetric } from './node-metric.js';

const betweennessCentrality = cjsDefault(betweennessModule);

const round = (x: number) => Math.round(x * 1e9) / 1e9;

export interface Betweenness {
  /** Shortest paths between other pairs that pass through the node (each unordered pair once). */
  raw: number;
  /** raw / ((n−1)(n−2)/2), the share of all pairs of others: 0..1. */
  normalized: number;
}

/**
 * Betweenness on hops, not weights: graphology would read `weight` as a distance, yet a heavier
 * tie is a closer one, so the weights are switched off (getEdgeWeight: null).
 */
export function betweenness(graph: AnalyticsGraph): Record<string, Betweenness> {
  const raw = betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
  const n = graph.order;
  const pairs = ((n - 1) * (n - 2)) / 2;
  const out: Record<string, Betweenness> = {};
  for (const [id, sum] of Object.entries(raw)) {
    // Brandes sums fractions of paths; rounding keeps 0.9999999 and 1 equal when ranking.
    const value = round(sum);
    out[id] = { raw: value, normalized: pairs > 0 ? value / pairs : 0 };
  }
  return out;
}

export const betweennessMetric: NodeMetric = {
  id: 'betweenness',
  fn: (graph) => Object.fromEntries(Object.entries(betweenness(graph)).map(([id, b]) => [id, b.normalized])),
};
