import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import type { AffiliationRow, InstitutionRow, TieRow } from './build-network.js';
import { buildAffiliationNetwork, buildInstitutionNetwork } from './build-network.js';
import type { AreaRef, Network, NetworkMode } from './types.js';

export interface AreaNetworkArgs {
  teryt: string;
  mode: NetworkMode;
}

/** Reads the area's network in one read transaction; null when the area does not exist. */
export async function readAreaNetwork(
  driver: Driver,
  { teryt, mode }: AreaNetworkArgs,
): Promise<Network | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const areaRows = (await tx.run(namedQuery('area'), { teryt })).records;
      const areaRecord = areaRows[0];
      if (!areaRecord) return null;
      const area = areaRecord.toObject() as AreaRef;
      const institutions = (await tx.run(namedQuery('area-institutions'), { teryt })).records.map(
        (r) => r.toObject() as InstitutionRow,
      );
      if (mode === 'INSTITUTIONS') {
        const ties = (await tx.run(namedQuery('area-ties'), { teryt })).records.map(
          (r) => r.toObject() as TieRow,
        );
        return buildInstitutionNetwork(area, institutions, ties);
      }
      const affiliations = (await tx.run(namedQuery('area-affiliations'), { teryt })).records.map(
        (r) => r.toObject() as AffiliationRow,
      );
      return buildAffiliationNetwork(area, institutions, affiliations);
    });
  } finally {
    await session.close();
  }
}
