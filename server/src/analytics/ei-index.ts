import { type SectorNetwork, sectorNetworkOf } from './graph.js';
import type { NodeMetric } from './node-metric.js';
import { sectorOrder } from './sector-matrix.js';

/** Krackhardt & Stern's E-I index: (external − internal) / (external + internal), in [−1, 1]. */
export interface EiCount {
  /** Ties to an institution of the same sector. */
  internal: number;
  /** Ties to an institution of another sector. */
  external: number;
  /** null when there is no tie to count. */
  ei: number | null;
}

export interface EiIndex {
  area: EiCount;
  /** Per sector: the ties with at least one end in it (a within-sector tie counts once). */
  sectors: Array<{ sector: string } & EiCount>;
  /** Per institution: its own ties. */
  institutions: Array<{ id: string; label: string; sector: string } & EiCount>;
}

export function eiCount(internal: number, external: number): EiCount {
  const all = internal + external;
  return { internal, external, ei: all === 0 ? null : (external - internal) / all };
}

// Sector is the grouping; institutions without a sector form the UNKNOWN group, so a tie between
// two of them counts as internal. Tie weights are ignored: the index counts ties, as Krackhardt does.
export function eiIndex(network: SectorNetwork): EiIndex {
  let internal = 0;
  let external = 0;
  const bySector = new Map<string, { internal: number; external: number }>(
    sectorOrder(network).map((s) => [s, { internal: 0, external: 0 }]),
  );
  const byNode = new Map<string, { internal: number; external: number }>();
  const sectorOf = new Map<string, string>();
  for (const node of network.nodes) {
    byNode.set(node.id, { internal: 0, external: 0 });
    sectorOf.set(node.id, node.sector);
  }
  for (const edge of network.edges) {
    const a = sectorOf.get(edge.source) ?? '';
    const b = sectorOf.get(edge.target) ?? '';
    const same = a === b;
    const field = same ? 'internal' : 'external';
    if (same) internal += 1;
    else external += 1;
    for (const sector of same ? [a] : [a, b]) {
      const counts = bySector.get(sector);
      if (counts) counts[field] += 1;
    }
    for (const node of [edge.source, edge.target]) {
      const counts = byNode.get(node);
      if (counts) counts[field] += 1;
    }
  }
  return {
    area: eiCount(internal, external),
    sectors: [...bySector].map(([sector, c]) => ({ sector, ...eiCount(c.internal, c.external) })),
    institutions: network.nodes.map((n) => {
      const c = byNode.get(n.id) ?? { internal: 0, external: 0 };
      return { id: n.id, label: n.label, sector: n.sector, ...eiCount(c.internal, c.external) };
    }),
  };
}

export const eiIndexMetric: NodeMetric = {
  id: 'eiIndex',
  fn: (graph) => Object.fromEntries(eiIndex(sectorNetworkOf(graph)).institutions.map((i) => [i.id, i.ei])),
};
