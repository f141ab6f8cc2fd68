import type { ElementDefinition } from 'cytoscape';
import type { Network, NetworkNode } from '../network/types';
import { sectorKey, shortLabel } from '../network/utils';
import { NODE_SIZE_PLAIN, nodeSize } from './measures';
import { AFFILIATION_FILL, EDGE_WIDTH_MAX, EDGE_WIDTH_MIN, SECTOR_COLORS } from './types';

export function nodeColor(node: NetworkNode): string {
  return node.type === 'INSTITUTION' ? SECTOR_COLORS[sectorKey(node.sector)] : AFFILIATION_FILL;
}

/** 1 shared affiliation → thin line; grows with the square root so heavy ties do not swamp the view. */
export function edgeWidth(weight: number): number {
  const w = Number.isFinite(weight) && weight > 0 ? weight : 1;
  return Math.min(EDGE_WIDTH_MAX, EDGE_WIDTH_MIN + 1.5 * (Math.sqrt(w) - 1));
}

export interface DrawnGraph {
  elements: ElementDefinition[];
  nodeCount: number;
  edgeCount: number;
}

/** Node sizes from measure values (empty map: all the same size). */
export function sizesFor(values: ReadonlyMap<string, number>): (id: string) => number {
  let max = 0;
  let min = Number.POSITIVE_INFINITY;
  for (const value of values.values()) {
    if (value > max) max = value;
    if (value < min) min = value;
  }
  // Nothing to tell apart (no measure, or every node scores the same): one plain size.
  if (values.size === 0 || min === max) return () => NODE_SIZE_PLAIN;
  // A measure with negative values (E-I: −1..1) is sized from its lowest value up.
  const base = Math.min(min, 0);
  return (id) => nodeSize((values.get(id) ?? 0) - base, max - base);
}

/** On big graphs only this many nodes (the largest by the chosen measure) keep their labels. */
export const LABELLED_ON_LARGE = 60;

/** The ids of the LABELLED_ON_LARGE largest nodes: on big graphs the others draw no label. */
export function labelledOnLarge(network: Network, size: (id: string) => number): Set<string> {
  const ranked = network.nodes.map((node) => ({ id: node.id, size: size(node.id) }));
  ranked.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  return new Set(ranked.slice(0, LABELLED_ON_LARGE).map((node) => node.id));
}

/** What a big graph's elements carry from the start, so it is styled and placed once. */
export interface LargeGraphExtras {
  /** Nodes that keep a label: they get the class `labelled` (see largeNetworkStyle). */
  labelled?: ReadonlySet<string>;
  /** Positions (the clustered layout). */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Group per node: an edge between two groups gets the class `between` (drawn lighter). */
  groups?: ReadonlyMap<string, number>;
}

/**
 * A tie known only from a partner survey is drawn apart from documented ones: solid when both
 * institutions reported it, dashed when one did (core/appearance/style.ts).
 */
export function reportedClass(kinds: readonly string[] | undefined): string | null {
  if (!kinds || kinds.length === 0 || kinds.some((k) => !k.startsWith('REPORTED_'))) return null;
  return kinds.includes('REPORTED_MUTUAL') ? 'reported-mutual' : 'reported-one-sided';
}

function edgeClasses(
  kinds: readonly string[] | undefined,
  between: boolean,
  unsourced: boolean,
): { classes?: string } {
  const classes = [reportedClass(kinds), between ? 'between' : null, unsourced ? 'unsourced' : null].filter(
    (c) => c !== null,
  );
  return classes.length ? { classes: classes.join(' ') } : {};
}

/**
 * Cytoscape elements for a network: duplicate nodes and edges with a missing end are dropped.
 * Big graphs pass their labels, positions and groups (LargeGraphExtras) up front.
 */
export function toElements(
  network: Network,
  size: (id: string) => number = () => nodeSize(0, 0),
  { labelled, positions, groups }: LargeGraphExtras = {},
): DrawnGraph {
  const ids = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of network.nodes) {
    if (ids.has(node.id)) continue;
    ids.add(node.id);
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: shortLabel(node.label),
        // The whole name, shown on hover and selection (labels are shortened).
        fullLabel: node.label,
        type: node.type,
        sector: sectorKey(node.sector),
        color: nodeColor(node),
        size: size(node.id),
        outside: node.outside === true,
      },
      ...(labelled?.has(node.id) ? { classes: 'labelled' } : {}),
      ...(positions?.has(node.id)
        ? { position: { ...(positions.get(node.id) as { x: number; y: number }) } }
        : {}),
    });
  }
  const nodeCount = elements.length;
  const edgeIds = new Set<string>();
  for (const edge of network.edges) {
    if (edgeIds.has(edge.id) || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    edgeIds.add(edge.id);
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        weight: edge.weight,
        width: edgeWidth(edge.weight),
      },
      ...edgeClasses(
        edge.kinds,
        groups !== undefined && groups.get(edge.source) !== groups.get(edge.target),
        edge.sourced === false,
      ),
    });
  }
  return { elements, nodeCount, edgeCount: elements.length - nodeCount };
}
