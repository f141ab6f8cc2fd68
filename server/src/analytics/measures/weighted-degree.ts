import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import type { AnalyticsGraph } from './graph.js';
import type { NodeMetric } from './node-metric.js';

/** Sum of tie weights: how many shared partnerships and collaborations, partner by partner. */
export function weightedDegrees(graph: AnalyticsGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((id) => {
    out[id] = weightedDegree(graph, id, 'weight');
  });
  return out;
}

export const weightedDegreeMetric: NodeMetric = { id: 'weightedDegree', fn: weightedDegrees };
