import { UndirectedGraph } from 'graphology';
import type { Network } from '../network/types.js';

/** The sector an institution is grouped by; institutions without one form their own group. */
export const UNKNOWN_SECTOR = 'UNKNOWN';

export interface InstitutionAttributes {
  label: string;
  kind: string | null;
  /** Sector code, or UNKNOWN_SECTOR. */
  sector: string;
}

export interface TieAttributes {
  /** Number of shared partnerships and collaborations. */
  weight: number;
  kinds: string[];
}

/** The one-mode institution network as an undirected, simple graphology graph. */
export type AnalyticsGraph = UndirectedGraph<InstitutionAttributes, TieAttributes>;

/**
 * Builds the analytics graph from a network read by readAreaNetwork (INSTITUTIONS mode).
 * Affiliation nodes and ties touching them are ignored, so a two-mode network cannot leak in.
 */
export function toAnalyticsGraph(network: Pick<Network, 'nodes' | 'edges'>): AnalyticsGraph {
  const graph: AnalyticsGraph = new UndirectedGraph();
  for (const node of network.nodes) {
    if (node.type !== 'INSTITUTION') continue;
    graph.addNode(node.id, { label: node.label, kind: node.kind, sector: node.sector ?? UNKNOWN_SECTOR });
  }
  for (const edge of network.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target, { weight: edge.weight, kinds: edge.kinds });
  }
  return graph;
}
