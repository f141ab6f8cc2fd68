import type { AffiliationGroup, InstitutionRow } from '../../network/build-network.js';
import { indexMembers, walkTies } from '../../network/tie-walk.js';
import { UNKNOWN_SECTOR } from '../measures/graph.js';
import { sectorOrder } from './sector-ties.js';

/** The ties of one sector's institutions that leave the area. */
export interface SectorBoundary {
  sector: string;
  /** Ties from an institution of the sector inside the area to one outside it. */
  ties: number;
  /** Distinct institutions outside the area at the other end of those ties. */
  partners: number;
}

/** The ties leaving the area (the matrix and E-I count only the ties inside it). */
export interface BoundaryTies {
  ties: number;
  partners: number;
  /** One entry per sector of the matrix, in its order. */
  sectors: SectorBoundary[];
}

/**
 * Counts, per sector of the area's institutions, the one-mode ties to institutions outside the
 * area (rows flagged `outside`, as readAreaRows reads them with its boundary), by the same walk
 * as the sector matrix: no tie is built.
 */
export function boundaryTies(
  institutions: readonly InstitutionRow[],
  groups: readonly AffiliationGroup[],
  /** The sector filter the institutions were read with (sectorOrder); null or absent: none. */
  only?: readonly string[] | null,
): BoundaryTies {
  const inside = institutions.filter((i) => !i.outside);
  const outside = institutions.filter((i) => i.outside);
  const nodes = inside.map((i) => ({ id: i.id, label: i.label, sector: i.sector ?? UNKNOWN_SECTOR }));
  const sectors = sectorOrder(nodes, only);
  const sectorIndex = new Map(sectors.map((s, k) => [s, k]));
  const sectorOf = nodes.map((n) => sectorIndex.get(n.sector) ?? 0);
  const ties = new Array<number>(sectors.length).fill(0);
  const partners = sectors.map(() => new Set<number>());
  const all = new Set<number>();
  const n = inside.length;
  const ids = [...nodes.map((node) => node.id), ...outside.map((i) => i.id)];
  walkTies(indexMembers(ids, groups), (i, j) => {
    if (i >= n || j < n) return;
    const s = sectorOf[i] ?? 0;
    ties[s] = (ties[s] ?? 0) + 1;
    partners[s]?.add(j);
    all.add(j);
  });
  return {
    ties: ties.reduce((a, b) => a + b, 0),
    partners: all.size,
    sectors: sectors.map((sector, s) => ({ sector, ties: ties[s] ?? 0, partners: partners[s]?.size ?? 0 })),
  };
}
