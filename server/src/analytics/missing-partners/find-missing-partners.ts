import type { SharedPartners } from './adamic-adar.js';
import { egoGaps, type Place } from './ego-gaps.js';
import { typicalPartnerKinds } from './kind-pairings.js';
import {
  compareCandidates,
  type EgoPartner,
  type MissingPartners,
  type MissingPartnersInput,
  type PartnerCandidate,
  pairingPart,
  partnersByKind,
  SCORE_WEIGHTS,
  scoreCandidates,
  sectorPart,
} from './missing-partners.js';
import { type RestGroups, restGroups } from './rest-groups.js';

export interface NearbyCandidates {
  ego: Place;
  partners: readonly EgoPartner[];
  /** Every candidate located in the ego's powiat (none when the ego's seat is a voivodeship). */
  near: readonly Place[];
  areaNames: MissingPartnersInput['areaNames'];
  chosenArea?: MissingPartnersInput['chosenArea'];
}

/** Adamic–Adar of some of the institutions two steps away (see CandidateReaders.shared). */
export interface SharedRead {
  shared: Map<string, SharedPartners>;
  /** Their kinds (a property of the node: cheap to read, unlike the sector or the place). */
  kinds: Map<string, string | null>;
  /** The highest index among those two steps away that were not returned (0: all were). */
  nextIndex: number;
}

export interface CandidateReaders {
  /**
   * Adamic–Adar of the institutions two steps away that are in `ids`, and of the others whose
   * index is at least minIndex.byKind[their kind] (the kinds paired with the ego's), else
   * minIndex.other.
   */
  shared: (ids: string[], minIndex: { other: number; byKind: Record<string, number> }) => Promise<SharedRead>;
  /** The places of these institutions, those that are candidates (in the voivodeship) only. */
  places: (ids: string[]) => Promise<readonly Place[]>;
  /** The candidates of the voivodeship outside the ego's powiat in these groups (rest-groups.ts). */
  rest: (groups: RestGroups) => Promise<readonly Place[]>;
}

export interface FoundMissingPartners extends MissingPartners {
  /** What had to be read beyond the powiat (for the benchmark and the tests). */
  read: { twoSteps: number; restGroups: RestGroups };
}

const EPSILON = 1e-9;
/**
 * A score holds the index rounded to 0.001: an index up to 0.0005 below what a candidate needs
 * still ties the list's last score once rounded, and may then win on the (rounded) index.
 */
const INDEX_MARGIN = 0.0005 + EPSILON;

/**
 * missingPartners() over the whole voivodeship, without reading the whole voivodeship. Exact: it
 * returns the same `limit` candidates in the same order. The candidates of the ego's powiat are
 * scored first. Outside it a candidate scores at most
 *   its Adamic–Adar index + the best sector and pairing parts + sameVoivodeship,
 * so of those sharing a partner with the ego only the ones whose index can still reach the list
 * are read (best index first), and of the others only the sectors and kinds that can
 * (restGroups): usually none.
 */
export async function findMissingPartners(
  input: NearbyCandidates,
  read: CandidateReaders,
  limit: number,
): Promise<FoundMissingPartners> {
  const { ego, partners } = input;
  const gaps = egoGaps(ego, partners);
  const shared = new Map<string, SharedPartners>();
  const score = (candidates: readonly Place[], explain = false) =>
    scoreCandidates(
      { ego, partners, shared, candidates, areaNames: input.areaNames, chosenArea: input.chosenArea ?? null },
      gaps,
      explain,
    );
  const seen = new Set<string>([ego.id, ...partners.map((p) => p.id)]);
  const fresh = (places: readonly Place[]) => {
    const out: Place[] = [];
    for (const p of places) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      out.push(p);
    }
    return out;
  };
  // The best `limit` so far, best first: the others can never come back into the list.
  let ranked: PartnerCandidate[] = [];
  const add = (places: readonly Place[]) => {
    ranked = [...ranked, ...score(places)].sort(compareCandidates).slice(0, limit);
  };
  const threshold = () => (ranked.length >= limit ? (ranked[limit - 1]?.score ?? -Infinity) : -Infinity);
  // A candidate outside the powiat scores at most its index + this (its sector unknown until read).
  const byKind = partnersByKind(partners);
  const bestSector = Math.max(0, ...gaps.sectors.map((g) => sectorPart(g)));
  const pairedKinds = typicalPartnerKinds(ego.kind);
  const outsideBound = (kind: string | null) =>
    bestSector +
    pairingPart(ego.kind, kind, kind ? (byKind.get(kind) ?? 0) : 0) +
    SCORE_WEIGHTS.sameVoivodeship;
  const minIndex = (bound: number) => ({
    other: Math.max(Number.MIN_VALUE, bound - outsideBound(null) - INDEX_MARGIN),
    byKind: Object.fromEntries(
      pairedKinds.map((k) => [k, Math.max(Number.MIN_VALUE, bound - outsideBound(k) - INDEX_MARGIN)]),
    ),
  });

  // The powiat's candidates, scored first without the index: a floor under the list's last score,
  // so one read of the institutions two steps away brings all that can still reach the list.
  const near = fresh(input.near);
  add(near);
  const twoStepRead = await read.shared(
    near.map((p) => p.id),
    minIndex(threshold()),
  );
  if (twoStepRead.shared.size > 0) {
    for (const [id, s] of twoStepRead.shared) shared.set(id, s);
    ranked = [];
    add(near);
  }

  // Two steps away, outside the powiat: read where they are only if the index can still reach it.
  const twoSteps = [...shared]
    .filter(
      ([id, s]) =>
        !seen.has(id) &&
        s.index + outsideBound(twoStepRead.kinds.get(id) ?? null) >= threshold() - INDEX_MARGIN,
    )
    .map(([id]) => id)
    .sort();
  for (const id of twoSteps) seen.add(id);
  if (twoSteps.length > 0) add(await read.places(twoSteps));

  // The rest of the voivodeship: sector, kind and 0.5 for proximity, plus any index left out above.
  const groups = restGroups(ego, partners, gaps, threshold());
  if (groups.all || groups.sectors.length > 0 || groups.kinds.length > 0) {
    const rest = fresh(await read.rest(groups));
    const unknown = rest.filter((p) => !shared.has(p.id)).map((p) => p.id);
    if (twoStepRead.nextIndex > 0 && unknown.length > 0) {
      const more = await read.shared(unknown, { other: Number.POSITIVE_INFINITY, byKind: {} });
      for (const [id, s] of more.shared) shared.set(id, s);
    }
    add(rest);
  }
  // Reasons for the ones shown only (the same scores, so the same order).
  return {
    gaps,
    candidates: score(ranked.slice(0, limit), true),
    read: { twoSteps: twoSteps.length, restGroups: groups },
  };
}
