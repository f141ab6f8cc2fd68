import { SECTOR_CODES } from '@splot/domain';
import { UNKNOWN_SECTOR } from '../measures/graph.js';
import { typicalPartnerKinds } from './kind-pairings.js';

/** An institution as the missing-partner finder sees it. */
export interface Place {
  id: string;
  label: string;
  kind: string | null;
  sector: string | null;
  /** TERYT code of the area it is located in (gmina, powiat or voivodeship), if known. */
  teryt: string | null;
}

export type GapStatus = 'ABSENT' | 'THIN' | 'PRESENT';

/** A sector or kind with this many partners or fewer (but some) is thin. */
export const THIN_AT_MOST = 1;

export interface SectorGap {
  sector: string;
  partners: number;
  status: GapStatus;
  /** The institution's own sector: reported, but filling it is not cross-sector, so it scores nothing. */
  own: boolean;
}

export interface KindGap {
  /** A kind typically paired with the institution's kind (see kind-pairings.ts). */
  kind: string;
  partners: number;
  status: GapStatus;
}

export interface EgoGaps {
  sectors: SectorGap[];
  kinds: KindGap[];
}

export const gapStatus = (partners: number): GapStatus =>
  partners === 0 ? 'ABSENT' : partners <= THIN_AT_MOST ? 'THIN' : 'PRESENT';

function countBy(partners: readonly Place[], key: (p: Place) => string | null): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const p of partners) {
    const k = key(p);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** How many partners are of a sector (a partner without one counts as UNKNOWN_SECTOR) and of a kind. */
export interface PartnerCounts {
  sector: (sector: string) => number;
  kind: (kind: string) => number;
}

/** Which sectors, and which of the kinds typical for this institution, its partners lack or barely have. */
export function egoGaps(ego: Place, partners: readonly Place[]): EgoGaps {
  const bySector = countBy(partners, (p) => p.sector ?? UNKNOWN_SECTOR);
  const byKind = countBy(partners, (p) => p.kind);
  return egoGapsFromCounts(ego, {
    sector: (sector) => bySector.get(sector) ?? 0,
    kind: (kind) => byKind.get(kind) ?? 0,
  });
}

/** egoGaps() from the partners' counts (the snapshot counts them by code, without strings). */
export function egoGapsFromCounts(ego: Place, counts: PartnerCounts): EgoGaps {
  return {
    sectors: SECTOR_CODES.map((sector) => {
      const n = counts.sector(sector);
      return { sector, partners: n, status: gapStatus(n), own: sector === ego.sector };
    }),
    kinds: typicalPartnerKinds(ego.kind).map((kind) => {
      const n = counts.kind(kind);
      return { kind, partners: n, status: gapStatus(n) };
    }),
  };
}
