import { SECTOR_CODES } from '@splot/domain';
import type { EgoGaps, Place } from './ego-gaps.js';
import { typicalPartnerKinds } from './kind-pairings.js';
import { pairingPart, partnersByKind, SCORE_WEIGHTS, sectorPart } from './missing-partners.js';

/**
 * Which institutions of the rest of the voivodeship (outside the ego's powiat, no common partner)
 * can still reach the best candidates found nearby. Such an institution scores exactly
 *   sectorPart(its sector) + pairingPart(its kind) + sameVoivodeship,
 * a function of its sector and kind alone. So with `threshold` the score of the `limit`-th best
 * candidate found so far, only the sectors and kinds whose score reaches the threshold need to be
 * read; everyone else is beaten by `limit` candidates already in hand.
 *   all:     every institution may reach it (read them all);
 *   sectors: every institution of these sectors, whatever its kind;
 *   kinds:   every institution of these kinds, whatever its sector.
 */
export type RestGroups = { all: true } | { all: false; sectors: string[]; kinds: string[] };

const EPSILON = 1e-9;

export function restGroups(
  ego: Place,
  partners: readonly Place[],
  gaps: EgoGaps,
  threshold: number,
): RestGroups {
  const near = SCORE_WEIGHTS.sameVoivodeship;
  const reaches = (points: number) => points + near >= threshold - EPSILON;
  // An institution with no sector, or of a sector that adds nothing, and of no paired kind.
  if (reaches(0)) return { all: true };
  const gapOf = new Map(gaps.sectors.map((g) => [g.sector, g]));
  const sectors = SECTOR_CODES.filter((s) => reaches(sectorPart(gapOf.get(s))));
  // A paired kind may reach it together with the best sector not read whole (or with none).
  const others = SECTOR_CODES.filter((s) => !sectors.includes(s)).map((s) => sectorPart(gapOf.get(s)));
  const bestOther = Math.max(0, ...others);
  const byKind = partnersByKind(partners);
  const kinds = typicalPartnerKinds(ego.kind).filter((k) =>
    reaches(bestOther + pairingPart(ego.kind, k, byKind.get(k) ?? 0)),
  );
  return { all: false, sectors, kinds };
}
