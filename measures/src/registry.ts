import { betweennessMeasure } from './betweenness.js';
import { brokerageMeasure } from './brokerage.js';
import { crossSectorMeasure } from './cross-sector.js';
import { degreeMeasure } from './degree.js';
import { eiIndexMeasure } from './ei-index.js';
import type { NodeMeasure } from './measure.js';
import { weightedDegreeMeasure } from './weighted-degree.js';

/**
 * Every per-institution measure, in the order the app offers them. Adding one here is all it
 * takes: GraphQL (nodeMetrics, measures), the workbench's table, the canvas's size control
 * and the one-mode exports (node attributes) read this list.
 */
export const NODE_MEASURES: readonly NodeMeasure[] = [
  degreeMeasure,
  weightedDegreeMeasure,
  betweennessMeasure,
  brokerageMeasure,
  crossSectorMeasure,
  eiIndexMeasure,
];

export function findNodeMeasure(id: string): NodeMeasure | undefined {
  return NODE_MEASURES.find((m) => m.id === id);
}
