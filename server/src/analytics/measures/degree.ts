import type { AnalyticsGraph } from './graph.js';
import type { NodeMetric } from './node-metric.js';

/** Number of distinct partners in the network. */
export function degrees(graph: AnalyticsGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((id) => {
    out[id] = graph.degree(id);
  });
  return out;
}

export const degreeMetric: NodeMetric = { id: 'degree', fn: degrees };
