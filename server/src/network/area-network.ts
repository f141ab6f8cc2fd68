import { isCountryCode } from '@splot/domain';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import { type BoundaryCut, joinOutsiders, type NetworkBoundary, splitBySize } from './boundary.js';
import { type AffiliationGroup, type InstitutionRow, projectAffiliations } from './build-network.js';
import { BOUNDARY_MAX_MEMBERS, checkNetworkSize } from './limits.js';
import { compactInstitutionNetwork } from './project-compact.js';
import { type AreaRef, COUNTRY, type Network, type NetworkFilter, type NetworkMode } from './types.js';

export interface AreaNetworkArgs {
  /** A TERYT code, or PL (00) for the whole country. */
  teryt: string;
  mode: NetworkMode;
  filter: NetworkFilter;
  /** Most ties of a one-mode answer (limits.ts); MAX_NETWORK_TIES when not given. */
  maxTies?: number;
  /**
   * Also read the institutions seated outside the area that share a partnership or collaboration
   * with one inside (flagged `outside`), and their memberships in those affiliations. Default true.
   */
  boundary?: boolean;
  /** Reach outside only through affiliations of at most this many members (BOUNDARY_MAX_MEMBERS). */
  boundaryMaxMembers?: number;
}

export interface AreaRows {
  area: AreaRef;
  /** The area's institutions first (id order), then those outside it (`outside: true`, id order). */
  institutions: InstitutionRow[];
  groups: AffiliationGroup[];
  /** How the boundary was bounded; absent when it was not read (the country, or boundary: false). */
  boundary?: NetworkBoundary;
}

const rows = <T>(result: { records: Array<{ toObject(): unknown }> }) =>
  result.records.map((r) => r.toObject() as T);

/**
 * The partners outside the area: the members seated elsewhere of the area's affiliations of at
 * most `maxMembers` members (larger ones are returned as `cut`), with their memberships (read as
 * any institution's, so the time rules are the same) joined to the groups (joinOutsiders).
 */
async function addBoundary(
  tx: ManagedTransaction,
  teryt: string,
  filter: NetworkFilter,
  inside: InstitutionRow[],
  groups: AffiliationGroup[],
  maxMembers: number,
): Promise<{ outside: InstitutionRow[]; cut: BoundaryCut[] }> {
  const { reach, large, bound } = await splitBySize(tx, groups, maxMembers);
  const { cut } = bound;
  if (reach.length === 0) return { outside: [], cut };
  const candidates = rows<InstitutionRow>(
    await tx.run(namedQuery('affiliation-outside-institutions'), {
      teryt,
      affiliations: reach,
      kinds: filter.kinds,
      sectors: filter.sectors,
      asOf: filter.asOf,
    }),
  );
  if (candidates.length === 0) return { outside: [], cut };
  const theirs = rows<AffiliationGroup>(
    await tx.run(namedQuery('affiliation-outside-groups'), {
      affiliations: reach,
      ids: candidates.map((i) => i.id),
      asOf: filter.asOf,
      tieKinds: filter.tieKinds,
      sourcedOnly: filter.sourcedOnly,
    }),
  );
  const present = joinOutsiders(groups, theirs, new Set(inside.map((i) => i.id)), large);
  const outside = candidates
    .filter((i) => present.has(i.id))
    .map(({ id, label, kind, sector }) => ({ id, label, kind, sector, outside: true }));
  return { outside, cut };
}

/**
 * The Cypher of an areaNetwork, as records turned into plain rows: the area, its (filtered)
 * institutions, and their affiliations grouped per affiliation. Null when the area does not exist.
 * The bench times exactly this as "the same Cypher through the driver".
 */
export async function readAreaRows(
  tx: ManagedTransaction,
  { teryt, mode, filter, boundary = true, boundaryMaxMembers = BOUNDARY_MAX_MEMBERS }: AreaNetworkArgs,
): Promise<AreaRows | null> {
  const country = isCountryCode(teryt);
  let area: AreaRef = COUNTRY;
  if (!country) {
    const areaRecord = (await tx.run(namedQuery('area'), { teryt })).records[0];
    if (!areaRecord) return null;
    area = areaRecord.toObject() as AreaRef;
  }
  const institutions = rows<InstitutionRow>(
    country
      ? await tx.run(namedQuery('export-institutions-all'), filter)
      : await tx.run(namedQuery('area-institutions'), { teryt, ...filter }),
  ).map(({ id, label, kind, sector }) => ({ id, label, kind, sector }));
  // The country has no boundary; elsewhere an affiliation with one member inside may tie it out.
  const withBoundary = boundary && !country;
  const groups = rows<AffiliationGroup>(
    await tx.run(namedQuery('institution-affiliation-groups'), {
      ids: institutions.map((i) => i.id),
      asOf: filter.asOf,
      tieKinds: filter.tieKinds,
      sourcedOnly: filter.sourcedOnly,
      // An affiliation with one member among these institutions ties nobody in the one-mode view.
      minMembers: mode === 'INSTITUTIONS' && !withBoundary ? 2 : 1,
    }),
  );
  if (!withBoundary) return { area, institutions, groups };
  const { outside, cut } = await addBoundary(tx, teryt, filter, institutions, groups, boundaryMaxMembers);
  return {
    area,
    institutions: [...institutions, ...outside],
    groups,
    boundary: { maxMembers: boundaryMaxMembers, cut },
  };
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

/** The area's own institutions and ties: the boundary's institutions left out. */
export function insideRows(rows: AreaRows): AreaRows {
  return { ...rows, institutions: rows.institutions.filter((i) => !i.outside) };
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
      rows.institutions.filter((i) => !i.outside).length,
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
  const { area, institutions, groups, boundary } = rows;
  // One-mode: written straight into compact edges (what the web app reads); `edges` on demand.
  const network =
    args.mode === 'INSTITUTIONS'
      ? compactInstitutionNetwork(area, institutions, groups)
      : projectAffiliations(area, institutions, groups);
  // Set, not spread: a spread would read the compact network's `edges` (and drop compactEdges).
  if (boundary) network.boundary = boundary;
  return network;
}
