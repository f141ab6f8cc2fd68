import type { Driver } from 'neo4j-driver';
import { readSectorMatrix } from '../analytics/read-area-analytics.js';
import { namedQuery } from '../db/queries.js';
import { COUNTRY } from '../network/types.js';

/** What the database holds, said on the explorer's first screen. */
export interface DataSummary {
  institutions: number;
  partnerships: number;
  collaborations: number;
  /** Pairs of institutions tied (sharing a partnership or collaboration at the same time), ever. */
  ties: number;
  sources: number;
  /** Areas of any level with at least one institution (as areasWithData lists them). */
  areasWithData: number;
  /** The newest date the data speaks of (YYYY-MM-DD), or null when nothing is dated. */
  newestDate: string | null;
}

interface Counts {
  institutions: number;
  partnerships: number;
  collaborations: number;
  sources: number;
  areas: number;
  newest: string | null;
}

/** The counts in one read; the ties as the country's sector matrix counts them (bounded memory). */
export async function readDataSummary(driver: Driver): Promise<DataSummary> {
  const [{ records }, matrix] = await Promise.all([
    driver.executeQuery(namedQuery('data-summary'), {}, { routing: 'READ' }),
    readSectorMatrix(driver, { teryt: COUNTRY.teryt, asOf: null, tieKinds: null }),
  ]);
  const counts = records[0]?.toObject() as Counts;
  return {
    institutions: counts.institutions,
    partnerships: counts.partnerships,
    collaborations: counts.collaborations,
    ties: matrix?.ties ?? 0,
    sources: counts.sources,
    areasWithData: counts.areas,
    newestDate: counts.newest,
  };
}
