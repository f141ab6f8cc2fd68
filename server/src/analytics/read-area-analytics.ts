import type { Driver } from 'neo4j-driver';
import {
  type AreaNetworkArgs,
  fetchAreaRows,
  fetchCheckedAreaRows,
  insideRows,
  readAreaNetwork,
} from '../network/area-network.js';
import type { NetworkBoundary } from '../network/boundary.js';
import { checkBetweennessWork, DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../network/limits.js';
import { type AreaRef, NO_FILTER } from '../network/types.js';
import type { BrokerOrder, BrokersReport } from './measures/brokers.js';
import { type AnalyticsGraph, toAnalyticsGraph } from './measures/graph.js';
import { runOnGraph } from './measures/graph-pool.js';
import type { NodeMetricColumns } from './measures/graph-task.js';
import { type BoundaryTies, boundaryTies } from './sectors/boundary-ties.js';
import { type EiIndex, eiIndexOfTies } from './sectors/ei-index.js';
import { type SectorMatrix, sectorMatrixOfTies } from './sectors/sector-matrix.js';
import { sectorTiesOfGroups } from './sectors/sector-ties.js';

export interface AreaAnalyticsArgs {
  teryt: string;
  asOf: string | null;
  tieKinds: string[] | null;
  /** Only institutions of these sectors / kinds (the explorer's filters); null or absent: all. */
  sectors?: string[] | null;
  kinds?: string[] | null;
  /** Only ties that cite a source (the explorer's "only sourced ties"); absent: every tie. */
  sourcedOnly?: boolean;
  /** How big a network the measures may take on (network/limits.ts); the defaults when not given. */
  limits?: NetworkLimits;
}

interface AreaHeader {
  area: AreaRef;
  asOf: string | null;
}

/**
 * What the network module reads for the area's one-mode network as of the date. The measures
 * take the area's own institutions only (no boundary); the sector matrix also reads the boundary,
 * to count the ties leaving the area beside it.
 */
const networkArgs = (
  { teryt, asOf, tieKinds, sectors, kinds, sourcedOnly, limits }: AreaAnalyticsArgs,
  boundary = false,
): AreaNetworkArgs => ({
  teryt,
  mode: 'INSTITUTIONS',
  filter: {
    ...NO_FILTER,
    asOf,
    tieKinds,
    sectors: sectors ?? null,
    kinds: kinds ?? null,
    sourcedOnly: sourcedOnly ?? false,
  },
  maxTies: (limits ?? DEFAULT_NETWORK_LIMITS).maxTies,
  boundaryMaxMembers: (limits ?? DEFAULT_NETWORK_LIMITS).boundaryMaxMembers,
  boundary,
});

/** The same network as a graphology graph, for the measures that walk it. */
export async function readAreaGraph(
  driver: Driver,
  args: AreaAnalyticsArgs,
): Promise<(AreaHeader & { graph: AnalyticsGraph }) | null> {
  const network = await readAreaNetwork(driver, networkArgs(args));
  return network && { area: network.area, asOf: args.asOf, graph: toAnalyticsGraph(network) };
}

interface SectorMatrixEi {
  ei: EiIndex['area'];
  sectorEi: EiIndex['sectors'];
  institutionEi: EiIndex['institutions'];
  boundary: BoundaryTies & { bound: NetworkBoundary };
}

/**
 * Sector matrix and E-I indices of the area, counted from its affiliations' members without
 * building the one-mode network (a voivodeship at national scale has millions of ties).
 */
export async function readSectorMatrix(
  driver: Driver,
  args: AreaAnalyticsArgs,
): Promise<(AreaHeader & SectorMatrix & SectorMatrixEi) | null> {
  // Not limited by ties: the counts are a walk in bounded memory.
  const rows = await fetchAreaRows(driver, networkArgs(args, true));
  if (!rows) return null;
  // Ties inside the area only; those leaving it are counted apart (boundary).
  const sectors = sectorTiesOfGroups(insideRows(rows).institutions, rows.groups, args.sectors);
  const ei = eiIndexOfTies(sectors);
  return {
    area: rows.area,
    asOf: args.asOf,
    ...sectorMatrixOfTies(sectors),
    ei: ei.area,
    sectorEi: ei.sectors,
    institutionEi: ei.institutions,
    boundary: {
      ...boundaryTies(rows.institutions, rows.groups, args.sectors),
      // Absent only for the country, which has no boundary to bound.
      bound: rows.boundary ?? {
        maxMembers: (args.limits ?? DEFAULT_NETWORK_LIMITS).boundaryMaxMembers,
        cut: [],
      },
    },
  };
}

/** Runs a whole-graph measure on the area in the worker thread (graph-pool.ts). */
async function measureGraph<T>(
  driver: Driver,
  args: AreaAnalyticsArgs,
  measure: { measure: 'brokers'; limit: number | null; orderBy: BrokerOrder } | { measure: 'nodeMetrics' },
): Promise<(AreaHeader & T) | null> {
  const rows = await fetchCheckedAreaRows(driver, networkArgs(args));
  if (!rows) return null;
  const maxBetweennessWork = (args.limits ?? DEFAULT_NETWORK_LIMITS).maxBetweennessWork;
  const result = await runOnGraph({ ...rows, ...measure, maxBetweennessWork });
  if ('tooLarge' in result) {
    checkBetweennessWork(result.tooLarge.institutions, result.tooLarge.ties, maxBetweennessWork);
  }
  return { area: rows.area, asOf: args.asOf, ...((result as { done: T }).done as T) };
}

export function readBrokers(
  driver: Driver,
  args: AreaAnalyticsArgs & { limit: number | null; orderBy: BrokerOrder },
): Promise<(AreaHeader & BrokersReport) | null> {
  return measureGraph<BrokersReport>(driver, args, {
    measure: 'brokers',
    limit: args.limit,
    orderBy: args.orderBy,
  });
}

export interface NodeMetricsReport extends AreaHeader, NodeMetricColumns {}

/** Every registered per-institution metric, as columns over the area's institutions. */
export function readNodeMetrics(driver: Driver, args: AreaAnalyticsArgs): Promise<NodeMetricsReport | null> {
  return measureGraph<NodeMetricColumns>(driver, args, { measure: 'nodeMetrics' });
}
