import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import {
  type AffiliationRow,
  buildAffiliationNetwork,
  buildInstitutionNetwork,
  type InstitutionRow,
} from './build-network.js';
import type { AreaRef, Network, NetworkFilter, NetworkMode } from './types.js';

export interface AreaNetworkArgs {
  teryt: string;
  mode: NetworkMode;
  filter: NetworkFilter;
}

/** Reads the area's (filtered) network in one read transaction; null when the area does not exist. */
export async function readAreaNetwork(
  driver: Driver,
  { teryt, mode, filter }: AreaNetworkArgs,
): Promise<Network | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const areaRecord = (await tx.run(namedQuery('area'), { teryt })).records[0];
      if (!areaRecord) return null;
      const area = areaRecord.toObject() as AreaRef;
      const institutions = (await tx.run(namedQuery('area-institutions'), { teryt, ...filter })).records.map(
        (r) => r.toObject() as InstitutionRow,
      );
      const ids = institutions.map((i) => i.id);
      const affiliations = (
        await tx.run(namedQuery('institution-affiliations'), {
          ids,
          asOf: filter.asOf,
          tieKinds: filter.tieKinds,
        })
      ).records.map((r) => r.toObject() as AffiliationRow);
      return mode === 'INSTITUTIONS'
        ? buildInstitutionNetwork(area, institutions, affiliations)
        : buildAffiliationNetwork(area, institutions, affiliations);
    });
  } finally {
    await session.close();
  }
}
