import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import {
  type AffiliationGroup,
  type InstitutionRow,
  projectAffiliations,
  projectInstitutions,
} from './build-network.js';
import { checkNetworkSize } from './limits.js';
import type { AreaRef, Network, NetworkFilter, NetworkMode } from './types.js';

export interface AreaNetworkArgs {
  teryt: string;
  mode: NetworkMode;
  filter: NetworkFilter;
  /** Most ties of a one-mode answer (limits.ts); MAX_NETWORK_TIES when not given. */
  maxTies?: number;
}

export interface AreaRows {
  area: AreaRef;
  institutions: InstitutionRow[];
  groups: AffiliationGroup[];
}

/**
 * The Cypher of an areaNetwork, as records turned into plain rows: the area, its (filtered)
 * institutions, and their affiliations grouped per affiliation. Null when the area does not exist.
 * The bench times exactly this as "the same Cypher through the driver".
 */
export async function readAreaRows(
  tx: ManagedTransaction,
  { teryt, mode, filter }: AreaNetworkArgs,
): Promise<AreaRows | null> {
  const areaRecord = (await tx.run(namedQuery('area'), { teryt })).records[0];
  if (!areaRecord) return null;
  const area = areaRecord.toObject() as AreaRef;
  const institutions = (await tx.run(namedQuery('area-institutions'), { teryt, ...filter })).records.map(
    (r) => r.toObject() as InstitutionRow,
  );
  const groups = (
    await tx.run(namedQuery('institution-affiliation-groups'), {
      ids: institutions.map((i) => i.id),
      asOf: filter.asOf,
      tieKinds: filter.tieKinds,
      // An affiliation with one member among these institutions ties nobody in the one-mode view.
      minMembers: mode === 'INSTITUTIONS' ? 2 : 1,
    })
  ).records.map((r) => r.toObject() as AffiliationGroup);
  return { area, institutions, groups };
}

/** readAreaRows in a read transaction of its own; null when the area does not exist. */
export async function fetchAreaRows(driver: Driver, args: AreaNetworkArgs): Promise<AreaRows | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => readAreaRows(tx, args));
  } finally {
    await session.close();
  }
}

/**
 * fetchAreaRows, with a one-mode network past `maxTies` refused: throws NetworkTooLargeError
 * (limits.ts) before anything is projected.
 */
export async function fetchCheckedAreaRows(driver: Driver, args: AreaNetworkArgs): Promise<AreaRows | null> {
  const rows = await fetchAreaRows(driver, args);
  if (rows && args.mode === 'INSTITUTIONS') {
    checkNetworkSize(
      rows.institutions.map((i) => i.id),
      rows.groups,
      args.maxTies,
    );
  }
  return rows;
}

/**
 * Reads the area's (filtered) network in one read transaction; null when the area does not exist.
 * Throws NetworkTooLargeError for a one-mode network past MAX_NETWORK_TIES (limits.ts).
 */
export async function readAreaNetwork(driver: Driver, args: AreaNetworkArgs): Promise<Network | null> {
  const rows = await fetchCheckedAreaRows(driver, args);
  if (!rows) return null;
  const { area, institutions, groups } = rows;
  return args.mode === 'INSTITUTIONS'
    ? projectInstitutions(area, institutions, groups)
    : projectAffiliations(area, institutions, groups);
}
