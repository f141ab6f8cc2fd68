import { NODE_MEASURES } from '@splot/measures';
import type { AffiliationGroup, InstitutionRow } from '../../network/build-network.js';
import { projectInstitutionsCompact } from '../../network/project-compact.js';
import type { AreaRef } from '../../network/types.js';
import { type BrokerOrder, type BrokersReport, brokers } from './brokers.js';
import { analyticsGraphOfCompact, measureGraphOf } from './graph.js';

/** What the measures that walk the whole graph need: the area's rows, and which measure. */
export type GraphTask = {
  area: AreaRef;
  institutions: InstitutionRow[];
  groups: AffiliationGroup[];
  /** Refuse (rather than compute) when institutions × ties passes this (network/limits.ts). */
  maxBetweennessWork: number;
} & ({ measure: 'brokers'; limit: number | null; orderBy: BrokerOrder } | { measure: 'nodeMetrics' });

export interface NodeMetricColumns {
  /** Institution ids; every metric's `values` follows this order. */
  ids: string[];
  metrics: Array<{ id: string; values: Array<number | null> }>;
}

/** The answer, or the size that was too large to walk (errors do not cross a thread whole). */
export type GraphTaskResult =
  | { done: BrokersReport | NodeMetricColumns }
  | { tooLarge: { institutions: number; ties: number } };

/**
 * Builds the area's one-mode graph and runs the measure: plain data in and out, so it can run in a
 * worker thread (graph-pool.ts) and keep betweenness (seconds on a dense powiat) off the API's
 * event loop.
 */
export function runGraphTask(task: GraphTask): GraphTaskResult {
  const { nodes, compact } = projectInstitutionsCompact(task.institutions, task.groups);
  const graph = analyticsGraphOfCompact(nodes, compact);
  if (graph.order * graph.size > task.maxBetweennessWork) {
    return { tooLarge: { institutions: graph.order, ties: graph.size } };
  }
  if (task.measure === 'brokers') {
    return { done: brokers(graph, { limit: task.limit, orderBy: task.orderBy }) };
  }
  const measured = measureGraphOf(graph);
  const metrics = NODE_MEASURES.map((measure) => ({
    id: measure.id,
    values: Array.from(measure.fn(measured)),
  }));
  return { done: { ids: measured.ids, metrics } };
}
