import { eiIndexMetric } from '../sectors/ei-index.js';
import { betweennessMetric } from './betweenness.js';
import { brokerageMetric } from './brokerage.js';
import { degreeMetric } from './degree.js';
import type { NodeMetric } from './node-metric.js';
import { weightedDegreeMetric } from './weighted-degree.js';

/**
 * Every per-institution measure, in the order the web app offers them ("size nodes by…").
 * Adding one here is enough for GraphQL (nodeMetrics) and the web app to offer it.
 */
export const NODE_METRICS: readonly NodeMetric[] = [
  degreeMetric,
  weightedDegreeMetric,
  betweennessMetric,
  brokerageMetric,
  eiIndexMetric,
];

export function findNodeMetric(id: string): NodeMetric | undefined {
  return NODE_METRICS.find((m) => m.id === id);
}
