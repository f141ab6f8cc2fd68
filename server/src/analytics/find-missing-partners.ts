import type { SharedPartners } from './adamic-adar.js';
import { egoGaps, type Place } from './ego-gaps.js';
import {
  compareCandidates,
  type EgoPartner,
  type MissingPartners,
  type MissingPartnersInput,
  scoreCandidates,
} from './missing-partners.js';
import { type RestGroups, restGroups } from './rest-groups.js';

export interface NearbyCandidates {
  ego: Place;
  partners: readonly EgoPartner[];
  /** Adamic–Adar of the institutions two steps away (see adamicAdarFromCommon). */
  shared: ReadonlyMap<string, SharedPartners>;
  /** The candidates among those two steps away (located in the ego's voivodeship). */
  twoSteps: readonly Place[];
  /** Every candidate located in the ego's powiat (none when the ego's seat is a voivodeship). */
  near: readonly Place[];
  areaNames: MissingPartnersInput['areaNames'];
  chosenArea?: MissingPartnersInput['chosenArea'];
}

/**
 * missingPartners() over the whole voivodeship, without reading the whole voivodeship. Exact: it
 * returns the same `limit` candidates in the same order. Candidates sharing a partner with the ego
 * or located in its powiat are scored first; the rest of the voivodeship can only score on its
 * sector and kind (restGroups), so it is read only for the groups that can still make the list,
 * usually none.
 */
export async function findMissingPartners(
  input: NearbyCandidates,
  readRest: (groups: RestGroups) => Promise<readonly Place[]>,
  limit: number,
): Promise<MissingPartners & { restGroups: RestGroups }> {
  const { ego, partners } = input;
  const gaps = egoGaps(ego, partners);
  const seen = new Map<string, Place>();
  for (const p of [...input.near, ...input.twoSteps]) if (!seen.has(p.id)) seen.set(p.id, p);
  const score = (candidates: readonly Place[]) =>
    scoreCandidates(
      {
        ego,
        partners,
        shared: input.shared,
        candidates,
        areaNames: input.areaNames,
        chosenArea: input.chosenArea ?? null,
      },
      gaps,
    );
  const nearby = score([...seen.values()]);
  const threshold = nearby.length >= limit ? (nearby[limit - 1]?.score ?? -Infinity) : -Infinity;
  const groups = restGroups(ego, partners, gaps, threshold);
  if (!groups.all && groups.sectors.length === 0 && groups.kinds.length === 0)
    return { gaps, candidates: nearby.slice(0, limit), restGroups: groups };
  const rest = new Map<string, Place>();
  for (const p of await readRest(groups)) if (!seen.has(p.id) && !rest.has(p.id)) rest.set(p.id, p);
  const more = score([...rest.values()]);
  return {
    gaps,
    candidates: [...nearby, ...more].sort(compareCandidates).slice(0, limit),
    restGroups: groups,
  };
}
