import { findNodeMeasure, type NodeMeasure, toMeasureGraph } from '@splot/measures';
import type { Locale } from '../i18n/types';
import type { Network } from '../network/types';
import type { SizeMeasure } from '../view/types';

export interface MeasureResult {
  /** Value per node id (nodes absent from the map count as 0). */
  values: Map<string, number>;
  /** The measure actually computed (a costly or sector-based one falls back to degree). */
  measure: SizeMeasure;
}

/** The measure's name as the registry gives it, in the UI's language ('none' is the caller's). */
export function measureLabel(id: SizeMeasure, lang: Locale): string {
  return findNodeMeasure(id)?.label[lang] ?? id;
}

/**
 * Whether the browser computes this measure on this network: whole-graph walks only up to their
 * size bound, sector-based ones only where both ends have a sector (the one-mode view).
 */
function computable(measure: NodeMeasure, network: Network): boolean {
  if (measure.browserMaxNodes !== undefined && network.nodes.length > measure.browserMaxNodes) return false;
  return !measure.usesSectors || network.nodes.every((n) => n.type === 'INSTITUTION');
}

/**
 * The chosen measure of the registry (@splot/measures) for every visible node, on the network as
 * drawn (ties hidden by the date do not count); degree stands in where the chosen one cannot run.
 */
export function computeMeasure(
  network: Network,
  measure: SizeMeasure,
  hidden: ReadonlySet<string> = new Set(),
): MeasureResult {
  const chosen = findNodeMeasure(measure);
  if (!chosen) return { values: new Map(), measure: 'none' };
  const used = computable(chosen, network) ? chosen : (findNodeMeasure('degree') as NodeMeasure);
  const graph = toMeasureGraph({
    nodes: network.nodes.filter((n) => !hidden.has(n.id)),
    edges: hidden.size > 0 ? network.edges.filter((e) => !hidden.has(e.id)) : network.edges,
  });
  const column = used.fn(graph);
  // A visible node without ties scores 0 — it must not be missing, or an isolate beside equally
  // tied nodes would make the measure look flat (everything drawn alike).
  const values = new Map(graph.ids.map((id, i) => [id, column[i] ?? 0]));
  return { values, measure: used.id };
}

export const NODE_SIZE_MIN = 14;
export const NODE_SIZE_MAX = 50;
/** The size of every node when the measure tells them apart not at all. */
export const NODE_SIZE_PLAIN = 22;

/** Node diameter: the square root keeps hubs from swamping the picture; all equal when max is 0. */
export function nodeSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return NODE_SIZE_MIN;
  return Math.round(NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * Math.sqrt(Math.min(value, max) / max));
}
