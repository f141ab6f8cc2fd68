import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import {
  type AffiliationGroup,
  type InstitutionRow,
  projectAffiliations,
  projectInstitutions,
} from './build-network.js';
import { egoIds } from './ego.js';
import { checkNetworkSize } from './limits.js';
import type { AreaRef, Network, NetworkFilter, NetworkMode } from './types.js';

export interface EgoNetworkArgs {
  institutionId: string;
  depth: number;
  mode: NetworkMode;
  filter: NetworkFilter;
  /** Most ties of a one-mode answer (limits.ts); MAX_NETWORK_TIES when not given. */
  maxTies?: number;
}

/**
 * The network around one institution, `depth` steps out over shared affiliations, built by the
 * same projection as areaNetwork; its `area` is the institution's seat. Null when there is no
 * such institution. Filtered-out institutions do not relay the walk. Throws NetworkTooLargeError
 * past MAX_NETWORK_TIES (two steps from a hub can reach a whole voivodeship).
 */
export async function readEgoNetwork(
  driver: Driver,
  { institutionId, depth, mode, filter, maxTies }: EgoNetworkArgs,
): Promise<Network | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const seat = (await tx.run(namedQuery('institution-seat'), { id: institutionId })).records[0];
      if (!seat) return null;
      const ids = await egoIds(institutionId, depth, async (known) =>
        (await tx.run(namedQuery('ego-neighbours'), { ids: known, ...filter })).records.map(
          (r) => r.get('id') as string,
        ),
      );
      const institutions = (await tx.run(namedQuery('institutions-by-id'), { ids })).records.map(
        (r) => r.toObject() as InstitutionRow,
      );
      const groups = (
        await tx.run(namedQuery('institution-affiliation-groups'), {
          ids,
          asOf: filter.asOf,
          tieKinds: filter.tieKinds,
          sourcedOnly: filter.sourcedOnly,
          minMembers: mode === 'INSTITUTIONS' ? 2 : 1,
        })
      ).records.map((r) => r.toObject() as AffiliationGroup);
      const area: AreaRef = {
        teryt: seat.get('teryt') ?? '',
        name: seat.get('name') ?? '',
        level: seat.get('level') ?? 'VOIVODESHIP',
      };
      if (mode === 'AFFILIATIONS') return projectAffiliations(area, institutions, groups);
      checkNetworkSize(ids, groups, maxTies);
      return projectInstitutions(area, institutions, groups);
    });
  } finally {
    await session.close();
  }
}
