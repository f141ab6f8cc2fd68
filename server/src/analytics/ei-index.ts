import type { AnalyticsGraph } from './graph.js';
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
export function eiIndex(graph: AnalyticsGraph): EiIndex {
  let internal = 0;
  let external = 0;
  const bySector = new Map<string, { internal: number; external: number }>(
    sectorOrder(graph).map((s) => [s, { internal: 0, external: 0 }]),
  );
  const byNode = new Map<string, { internal: number; external: number }>();
  graph.forEachNode((id) => byNode.set(id, { internal: 0, external: 0 }));
  graph.forEachEdge((_edge, _attrs, source, target, sourceAttrs, targetAttrs) => {
    const same = sourceAttrs.sector === targetAttrs.sector;
    const field = same ? 'internal' : 'external';
    if (same) internal += 1;
    else external += 1;
    for (const sector of same ? [sourceAttrs.sector] : [sourceAttrs.sector, targetAttrs.sector]) {
      const counts = bySector.get(sector);
      if (counts) counts[field] += 1;
    }
    for (const node of [source, target]) {
      const counts = byNode.get(node);
      if (counts) counts[field] += 1;
    }
  });
  return {
    area: eiCount(internal, external),
    sectors: [...bySector].map(([sector, c]) => ({ sector, ...eiCount(c.internal, c.external) })),
    institutions: [...byNode].map(([id, c]) => {
      const attrs = graph.getNodeAttributes(id);
      return { id, label: attrs.label, sector: attrs.sector, ...eiCount(c.internal, c.external) };
    }),
  };
}

export const eiIndexMetric: NodeMetric = {
  id: 'eiIndex',
  fn: (graph) => Object.fromEntries(eiIndex(graph).institutions.map((i) => [i.id, i.ei])),
};
