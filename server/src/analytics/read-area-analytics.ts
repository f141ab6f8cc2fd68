import type { Driver } from 'neo4j-driver';
import { type AreaRows, readAreaNetwork, readAreaRows } from '../network/area-network.js';
import { checkBetweennessWork, DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../network/limits.js';
import { type AreaRef, NO_FILTER } from '../network/types.js';
import { type BrokerOrder, type BrokersReport, brokers } from './brokers.js';
import { type EiIndex, eiIndexOfTies } from './ei-index.js';
import { type AnalyticsGraph, toAnalyticsGraph } from './graph.js';
import { NODE_METRICS } from './registry.js';
import { type SectorMatrix, sectorMatrixOfTies } from './sector-matrix.js';
import { sectorTiesOfGroups } from './sector-ties.js';

export interface AreaAnalyticsArgs {
  teryt: string;
  asOf: string | null;
  tieKinds: string[] | null;
  /** How big a network the measures may take on (network/limits.ts); the defaults when not given. */
  limits?: NetworkLimits;
}

interface AreaHeader {
  area: AreaRef;
  asOf: string | null;
}

/** The area's one-mode network as of the date, read by the network module; null for an unknown area. */
async function readNetwork(driver: Driver, { teryt, asOf, tieKinds, limits }: AreaAnalyticsArgs) {
  return readAreaNetwork(driver, {
    teryt,
    mode: 'INSTITUTIONS',
    filter: { ...NO_FILTER, asOf, tieKinds },
    maxTies: (limits ?? DEFAULT_NETWORK_LIMITS).maxTies,
  });
}

/** The same network as a graphology graph, for the measures that walk it. */
export async function readAreaGraph(
  driver: Driver,
  args: AreaAnalyticsArgs,
): Promise<(AreaHeader & { graph: AnalyticsGraph }) | null> {
  const network = await readNetwork(driver, args);
  return network && { area: network.area, asOf: args.asOf, graph: toAnalyticsGraph(network) };
}

interface SectorMatrixEi {
  ei: EiIndex['area'];
  sectorEi: EiIndex['sectors'];
  institutionEi: EiIndex['institutions'];
}

/**
 * Sector matrix and E-I indices of the area, counted from its affiliations' members without
 * building the one-mode network (a voivodeship at national scale has millions of ties).
 */
export async function readSectorMatrix(
  driver: Driver,
  { teryt, asOf, tieKinds }: AreaAnalyticsArgs,
): Promise<(AreaHeader & SectorMatrix & SectorMatrixEi) | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  let rows: AreaRows | null;
  try {
    rows = await session.executeRead((tx) =>
      readAreaRows(tx, { teryt, mode: 'INSTITUTIONS', filter: { ...NO_FILTER, asOf, tieKinds } }),
    );
  } finally {
    await session.close();
  }
  if (!rows) return null;
  const sectors = sectorTiesOfGroups(rows.institutions, rows.groups);
  const ei = eiIndexOfTies(sectors);
  return {
    area: rows.area,
    asOf,
    ...sectorMatrixOfTies(sectors),
    ei: ei.area,
    sectorEi: ei.sectors,
    institutionEi: ei.institutions,
  };
}

export async function readBrokers(
  driver: Driver,
  args: AreaAnalyticsArgs & { limit: number | null; orderBy: BrokerOrder },
): Promise<(AreaHeader & BrokersReport) | null> {
  const read = await readAreaGraph(driver, args);
  const { maxBetweennessWork } = args.limits ?? DEFAULT_NETWORK_LIMITS;
  if (read) checkBetweennessWork(read.graph.order, read.graph.size, maxBetweennessWork);
  return read && { area: read.area, asOf: read.asOf, ...brokers(read.graph, args) };
}

export interface NodeMetricsReport extends AreaHeader {
  /** Institution ids; every metric's `values` follows this order. */
  ids: string[];
  metrics: Array<{ id: string; values: Array<number | null> }>;
}

/** Every registered per-institution metric, as columns over the area's institutions. */
export async function readNodeMetrics(
  driver: Driver,
  args: AreaAnalyticsArgs,
): Promise<NodeMetricsReport | null> {
  const read = await readAreaGraph(driver, args);
  if (!read) return null;
  checkBetweennessWork(
    read.graph.order,
    read.graph.size,
    (args.limits ?? DEFAULT_NETWORK_LIMITS).maxBetweennessWork,
  );
  const ids = read.graph.nodes();
  const metrics = NODE_METRICS.map((metric) => {
    const values = metric.fn(read.graph);
    return { id: metric.id, values: ids.map((id) => values[id] ?? null) };
  });
  return { area: read.area, asOf: read.asOf, ids, metrics };
}
