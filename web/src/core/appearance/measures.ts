import cytoscape from 'cytoscape';
import { endpoints } from '../network/endpoints';
import type { Network } from '../network/types';
import type { SizeMeasure } from '../view/types';

/** Betweenness is O(n·m); above this many nodes it would stall the page, so degree stands in. */
export const BETWEENNESS_MAX_NODES = 1500;

export interface MeasureResult {
  /** Value per node id (nodes absent from the map count as 0). */
  values: Map<string, number>;
  /** The measure actually computed (betweenness falls back to degree on large graphs). */
  measure: SizeMeasure;
}

/** Ties (or their summed weight) per node; on typed arrays, since dense areas have a million ties. */
function degree(network: Network, hidden: ReadonlySet<string>, weighted: boolean): Map<string, number> {
  const { ids, source, target } = endpoints(network.edges);
  const sums = new Float64Array(ids.length);
  const seen = new Uint8Array(ids.length);
  network.edges.forEach((edge, i) => {
    if (hidden.size > 0 && hidden.has(edge.id)) return;
    const add = weighted ? edge.weight : 1;
    const s = source[i] as number;
    const t = target[i] as number;
    sums[s] = (sums[s] as number) + add;
    sums[t] = (sums[t] as number) + add;
    seen[s] = 1;
    seen[t] = 1;
  });
  const values = new Map<string, number>();
  ids.forEach((id, n) => {
    if (seen[n]) values.set(id, sums[n] as number);
  });
  return values;
}

function betweenness(network: Network, hidden: ReadonlySet<string>): Map<string, number> {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  cy.add(network.nodes.filter((n) => !hidden.has(n.id)).map((n) => ({ group: 'nodes', data: { id: n.id } })));
  cy.add(
    network.edges
      .filter((e) => !hidden.has(e.id))
      .map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target } })),
  );
  const result = cy.elements().betweennessCentrality({ directed: false });
  const values = new Map<string, number>();
  cy.nodes().forEach((node) => {
    values.set(node.id(), result.betweenness(node));
  });
  cy.destroy();
  return values;
}

/** Above this many neighbour pairs (Σ degree²) cross-sector brokerage would stall the page. */
export const BROKERAGE_MAX_PAIRS = 2_000_000;

/**
 * Cross-sector brokerage (Gould & Fernandez with the sector as group, as the server's brokers
 * table counts it): pairs of the node's partners, not tied to each other, that are not all three
 * in one sector — the gaps between sectors only this node bridges.
 */
export function crossSectorBrokerage(network: Network, hidden: ReadonlySet<string>): Map<string, number> {
  const sector = new Map(network.nodes.map((n) => [n.id, n.sector ?? 'UNKNOWN']));
  const neighbours = new Map<string, Set<string>>();
  for (const edge of network.edges) {
    if (hidden.has(edge.id) || edge.source === edge.target) continue;
    for (const [a, b] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const set = neighbours.get(a) ?? new Set<string>();
      set.add(b);
      neighbours.set(a, set);
    }
  }
  const values = new Map<string, number>();
  for (const [broker, set] of neighbours) {
    const list = [...set];
    const own = sector.get(broker);
    let count = 0;
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as string;
      for (let j = i + 1; j < list.length; j++) {
        const c = list[j] as string;
        if (neighbours.get(a)?.has(c)) continue;
        if (sector.get(a) === own && sector.get(c) === own) continue;
        count += 1;
      }
    }
    values.set(broker, count);
  }
  return values;
}

function neighbourPairs(network: Network): number {
  const degree = new Map<string, number>();
  for (const edge of network.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  let pairs = 0;
  for (const d of degree.values()) pairs += d * d;
  return pairs;
}

/** The chosen measure for every visible node (ties hidden by the date do not count). */
export function computeMeasure(
  network: Network,
  measure: SizeMeasure,
  hidden: ReadonlySet<string> = new Set(),
): MeasureResult {
  if (measure === 'none') return { values: new Map(), measure };
  const result = measureOf(network, measure, hidden);
  // A visible node without ties scores 0 — it must not be missing, or an isolate beside equally
  // tied nodes would make the measure look flat (everything drawn alike).
  for (const node of network.nodes) {
    if (!hidden.has(node.id) && !result.values.has(node.id)) result.values.set(node.id, 0);
  }
  return result;
}

function measureOf(network: Network, measure: SizeMeasure, hidden: ReadonlySet<string>): MeasureResult {
  if (measure === 'strength') return { values: degree(network, hidden, true), measure };
  if (measure === 'betweenness' && network.nodes.length <= BETWEENNESS_MAX_NODES) {
    return { values: betweenness(network, hidden), measure };
  }
  // Sectors on both ends only in the one-mode view (affiliations have none).
  const oneMode = network.nodes.every((n) => n.type === 'INSTITUTION');
  if (measure === 'crossSector' && oneMode && neighbourPairs(network) <= BROKERAGE_MAX_PAIRS) {
    return { values: crossSectorBrokerage(network, hidden), measure };
  }
  return { values: degree(network, hidden, false), measure: 'degree' };
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
