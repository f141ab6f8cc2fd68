import type { NetworkEdge, NetworkNode } from '../network/types.js';
import { type AnalyticsGraph, toAnalyticsGraph } from './graph.js';

/** Small hand-made networks for the unit tests: nodes as [id, sector, kind?], ties as [a, b, weight?]. */
export function graphOf(
  nodes: Array<[string, string | null, string?]>,
  ties: Array<[string, string, number?]>,
): AnalyticsGraph {
  const networkNodes: NetworkNode[] = nodes.map(([id, sector, kind]) => ({
    id,
    label: id,
    type: 'INSTITUTION',
    sector,
    kind: kind ?? null,
  }));
  const edges: NetworkEdge[] = ties.map(([source, target, weight]) => ({
    id: `${source}--${target}`,
    source,
    target,
    weight: weight ?? 1,
    kinds: ['PARTNERSHIP'],
    start: null,
    end: null,
  }));
  return toAnalyticsGraph({ nodes: networkNodes, edges });
}

/**
 * Six institutions, seven ties (the E-I example worked by hand in the tests):
 *   P1, P2 public · N1, N2 NGO · S1 social economy · M1 market
 *   internal: P1–P2, N1–N2        external: P1–N1, P2–N1, N2–S1, S1–M1, P1–S1
 */
export const sixNodes = () =>
  graphOf(
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
  );
