import type { SectorNetwork } from '../measures/graph.js';
import { type SectorTies, sectorTiesOfNetwork } from './sector-ties.js';

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
  return eiIndexOfTies(sectorTiesOfNetwork(network));
}

/**
 * The same from per-institution sums: the area and a sector count a tie within a sector once
 * (it is seen from both ends), a tie between sectors once per side.
 */
export function eiIndexOfTies({ sectors, nodes, sectorOf, ties }: SectorTies): EiIndex {
  const width = sectors.length;
  const bySector = sectors.map(() => ({ internal: 0, external: 0 }));
  let internalEnds = 0;
  let externalEnds = 0;
  const institutions = nodes.map((n, i) => {
    const own = sectorOf[i] ?? 0;
    let internal = 0;
    let external = 0;
    for (let s = 0; s < width; s++) {
      const count = ties[i * width + s] ?? 0;
      if (s === own) internal += count;
      else external += count;
    }
    internalEnds += internal;
    externalEnds += external;
    const sector = bySector[own];
    if (sector) {
      sector.internal += internal / 2;
      sector.external += external;
    }
    return { id: n.id, label: n.label, sector: n.sector, ...eiCount(internal, external) };
  });
  return {
    area: eiCount(internalEnds / 2, externalEnds / 2),
    sectors: sectors.map((sector, s) => ({
      sector,
      ...eiCount(bySector[s]?.internal ?? 0, bySector[s]?.external ?? 0),
    })),
    institutions,
  };
}
