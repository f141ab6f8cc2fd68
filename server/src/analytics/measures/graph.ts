import { type CompactEdges, edgeSources, kindLists } from '@splot/domain';
import { type MeasureGraph, toMeasureGraph, UNKNOWN_SECTOR } from '@splot/measures';
import { UndirectedGraph } from 'graphology';
import type { Network, NetworkNode } from '../../network/types.js';

export { UNKNOWN_SECTOR };

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

/** A graph of the network's institutions, without ties (affiliation nodes are left out). */
function institutionsGraph(nodes: readonly NetworkNode[]): AnalyticsGraph {
  const graph: AnalyticsGraph = new UndirectedGraph();
  for (const node of nodes) {
    if (node.type !== 'INSTITUTION') continue;
    graph.addNode(node.id, { label: node.label, kind: node.kind, sector: node.sector ?? UNKNOWN_SECTOR });
  }
  return graph;
}

/**
 * Builds the analytics graph from a network read by readAreaNetwork (INSTITUTIONS mode).
 * Affiliation nodes and ties touching them are ignored, so a two-mode network cannot leak in.
 */
export function toAnalyticsGraph(network: Pick<Network, 'nodes' | 'edges'>): AnalyticsGraph {
  const graph = institutionsGraph(network.nodes);
  for (const edge of network.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target, { weight: edge.weight, kinds: edge.kinds });
  }
  return graph;
}

/**
 * The same graph from a network's compact edges (network/project-compact.ts): no edge object is
 * built on the way, which for a dense powiat's 146k ties is most of the projection's cost.
 */
export function analyticsGraphOfCompact(
  nodes: readonly NetworkNode[],
  compact: CompactEdges,
): AnalyticsGraph {
  const graph = institutionsGraph(nodes);
  const kindsOf = kindLists(compact.tieKinds);
  const sources = edgeSources(compact);
  for (let e = 0; e < sources.length; e++) {
    const source = (nodes[sources[e] as number] as NetworkNode).id;
    const target = (nodes[compact.target[e] as number] as NetworkNode).id;
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.mergeEdge(source, target, {
      weight: compact.weight[e] as number,
      kinds: kindsOf(compact.kinds[e] as number),
    });
  }
  return graph;
}

/**
 * The plain shape the sector measures read: they only count ties by sector, so they skip building
 * a graph (at national scale a powiat can hold 150k ties).
 */
export interface SectorNetwork {
  nodes: ReadonlyArray<{ id: string; label: string; sector: string }>;
  edges: ReadonlyArray<{ source: string; target: string; weight: number }>;
}

/** Institutions only, sector defaulted to UNKNOWN, ties whose two ends are institutions present. */
export function toSectorNetwork(network: Pick<Network, 'nodes' | 'edges'>): SectorNetwork {
  const nodes = network.nodes
    .filter((n) => n.type === 'INSTITUTION')
    .map((n) => ({ id: n.id, label: n.label, sector: n.sector ?? UNKNOWN_SECTOR }));
  const ids = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const edges = network.edges.filter((e) => {
    const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    if (e.source === e.target || !ids.has(e.source) || !ids.has(e.target) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { nodes, edges };
}

/** The same view of an analytics graph (for the per-institution metrics of the registry). */
export function sectorNetworkOf(graph: AnalyticsGraph): SectorNetwork {
  return {
    nodes: graph.mapNodes((id, a) => ({ id, label: a.label, sector: a.sector })),
    edges: graph.mapEdges((_e, a, source, target) => ({ source, target, weight: a.weight })),
  };
}

/** The typed-array graph the registry's measures read (@splot/measures), in the graph's node order. */
export function measureGraphOf(graph: AnalyticsGraph): MeasureGraph {
  return toMeasureGraph({
    nodes: graph.mapNodes((id, a) => ({ id, sector: a.sector })),
    edges: graph.mapEdges((_e, a, source, target) => ({ source, target, weight: a.weight })),
  });
}
