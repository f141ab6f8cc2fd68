import {
  byId,
  type MeasureGraph,
  betweenness as measureBetweenness,
  brokerageRoles as measureBrokerageRoles,
  degrees as measureDegrees,
  weightedDegrees as measureWeightedDegrees,
} from '@splot/measures';
import type { NetworkEdge, NetworkNode } from '../network/types.js';
import {
  type AnalyticsGraph,
  measureGraphOf,
  type SectorNetwork,
  toAnalyticsGraph,
  toSectorNetwork,
} from './measures/graph.js';

/** Small hand-made networks for the unit tests: nodes as [id, sector, kind?], ties as [a, b, weight?]. */
export function networkOf(
  nodes: Array<[string, string | null, string?]>,
  ties: Array<[string, string, number?]>,
): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const networkNodes: NetworkNode[] = nodes.map(([id, sector, kind]) => ({
    id,
    label: id,
    type: 'INSTITUTION',
    sector,
    kind: kind ?? null,
    outside: false,
  }));
  const edges: NetworkEdge[] = ties.map(([source, target, weight]) => ({
    id: `${source}--${target}`,
    source,
    target,
    weight: weight ?? 1,
    kinds: ['PARTNERSHIP'],
    start: null,
    end: null,
    periods: [{ start: null, end: null }],
    sourced: true,
  }));
  return { nodes: networkNodes, edges };
}

export function graphOf(
  nodes: Array<[string, string | null, string?]>,
  ties: Array<[string, string, number?]>,
): AnalyticsGraph {
  return toAnalyticsGraph(networkOf(nodes, ties));
}

/** The plain view the sector measures read, of the same small network. */
export function sectorsOf(
  nodes: Array<[string, string | null, string?]>,
  ties: Array<[string, string, number?]>,
): SectorNetwork {
  return toSectorNetwork(networkOf(nodes, ties));
}

/**
 * Six institutions, seven ties (the E-I example worked by hand in the tests):
 *   P1, P2 public · N1, N2 NGO · S1 social economy · M1 market
 *   internal: P1–P2, N1–N2        external: P1–N1, P2–N1, N2–S1, S1–M1, P1–S1
 */
const SIX: [Array<[string, string | null, string?]>, Array<[string, string, number?]>] = [
  [
    ['P1', 'PUBLIC'],
    ['P2', 'PUBLIC'],
    ['N1', 'NGO'],
    ['N2', 'NGO'],
    ['S1', 'SOCIAL_ECONOMY'],
    ['M1', 'MARKET'],
  ],
  [
    ['P1', 'P2', 2],
    ['N1', 'N2'],
    ['P1', 'N1'],
    ['P2', 'N1'],
    ['N2', 'S1'],
    ['S1', 'M1', 3],
    ['P1', 'S1'],
  ],
];

export const sixNodes = () => graphOf(...SIX);
export const sixNodesSectors = () => sectorsOf(...SIX);

// The registry's measures (@splot/measures) read typed arrays; tests state values by institution.
const measured =
  <T>(fn: (g: MeasureGraph) => ArrayLike<T>) =>
  (graph: AnalyticsGraph): Record<string, T> => {
    const m = measureGraphOf(graph);
    return byId(m, fn(m));
  };
export const degrees = measured(measureDegrees);
export const weightedDegrees = measured(measureWeightedDegrees);
export const brokerageRoles = measured(measureBrokerageRoles);
export function betweenness(graph: AnalyticsGraph): Record<string, { raw: number; normalized: number }> {
  const m = measureGraphOf(graph);
  const { raw, normalized } = measureBetweenness(m);
  return byId(
    m,
    m.ids.map((_id, i) => ({ raw: raw[i] as number, normalized: normalized[i] as number })),
  );
}
