/** What the area-wide finder worked with: the area's institutions and ties, by sector. */
export interface AreaCounts {
  institutions: number;
  ties: number;
  sectors: ReadonlyArray<{ sector: string; institutions: number }>;
}

/** Why the finder proposes no (or few) new pairs inside the area, most basic first. */
export type NoCandidateReason =
  | { code: 'TOO_FEW'; institutions: number }
  | { code: 'ALL_TIED'; ties: number }
  | { code: 'SECTOR_NOT_SEATED'; sector: string };

/** The sectors the area-wide finder knows (UNKNOWN is never a gap). */
const KNOWN = ['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY'];

/**
 * The reasons a whole-area search finds nothing more to propose: too few institutions, every
 * pair already tied (the finder proposes only pairs not yet tied), and the sectors no institution
 * of the area belongs to (no partner of that sector can be found within the area).
 */
export function noCandidateReasons(counts: AreaCounts): NoCandidateReason[] {
  const reasons: NoCandidateReason[] = [];
  if (counts.institutions < 2) reasons.push({ code: 'TOO_FEW', institutions: counts.institutions });
  const pairs = (counts.institutions * (counts.institutions - 1)) / 2;
  if (counts.institutions >= 2 && counts.ties >= pairs) reasons.push({ code: 'ALL_TIED', ties: counts.ties });
  for (const sector of KNOWN) {
    const size = counts.sectors.find((s) => s.sector === sector)?.institutions ?? 0;
    if (size === 0) reasons.push({ code: 'SECTOR_NOT_SEATED', sector });
  }
  return reasons;
}

/** The next wider circle of an area: gmina → powiat → voivodeship; null above. */
export function widerArea(teryt: string): string | null {
  if (teryt.length === 7) return teryt.slice(0, 4);
  if (teryt.length === 4) return teryt.slice(0, 2);
  return null;
}
