import { isCountryCode } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import { readAreaMissingPartners } from '../analytics/missing-partners/read-missing-partners.js';
import { readBrokers, readSectorMatrix } from '../analytics/read-area-analytics.js';
import { readCoverageGaps } from '../analytics/sectors/read-coverage-gaps.js';
import { namedQuery } from '../db/queries.js';
import { fetchAreaRows } from '../network/area-network.js';
import { DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../network/limits.js';
import type { NetworkFilter } from '../network/types.js';

/** What the report is of: the area on screen with the filters on screen. */
export interface ReportRequest {
  /** A TERYT code or PL. */
  teryt: string;
  filter: NetworkFilter;
  /** The server's bounds (config), as the API's answers use them. */
  limits?: NetworkLimits;
}

export interface ReportSource {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
}

type Settled<T> = Awaited<T>;

export interface ReportData {
  matrix: NonNullable<Settled<ReturnType<typeof readSectorMatrix>>>;
  /** null when the area is too large for betweenness (the API refuses it too). */
  brokers: Settled<ReturnType<typeof readBrokers>> | null;
  /** null for the whole country (gaps are asked of a voivodeship, powiat or gmina). */
  gaps: Settled<ReturnType<typeof readCoverageGaps>> | null;
  /** null for the country or an area past the finder's size. */
  missing: Settled<ReturnType<typeof readAreaMissingPartners>> | null;
  /** Every source cited by a partnership or collaboration of the area's network, by title. */
  sources: ReportSource[];
}

/** How many brokers and missing pairs the report lists. */
export const REPORT_BROKERS = 10;
export const REPORT_PAIRS = 15;

const orNull = async <T>(read: () => Promise<T>): Promise<T | null> => {
  try {
    return await read();
  } catch {
    // Too large an area for the measure: the report says it is left out rather than failing.
    return null;
  }
};

/** The data of the area report, read with the plain modules the API's resolvers use; null: no such area. */
export async function readReportData(
  driver: Driver,
  { teryt, filter, limits = DEFAULT_NETWORK_LIMITS }: ReportRequest,
): Promise<ReportData | null> {
  const args = { teryt, ...filter, limits };
  const matrix = await readSectorMatrix(driver, args);
  if (!matrix) return null;
  const country = isCountryCode(teryt);
  const [brokers, gaps, missing, rows] = await Promise.all([
    orNull(() => readBrokers(driver, { ...args, limit: REPORT_BROKERS, orderBy: 'CROSS_SECTOR' })),
    country ? null : orNull(() => readCoverageGaps(driver, { teryt, asOf: filter.asOf })),
    country
      ? null
      : orNull(() =>
          readAreaMissingPartners(driver, {
            teryt,
            asOf: filter.asOf,
            limit: REPORT_PAIRS,
            sourcedOnly: filter.sourcedOnly,
          }),
        ),
    fetchAreaRows(driver, {
      teryt,
      mode: 'INSTITUTIONS',
      filter,
      boundary: true,
      boundaryMaxMembers: limits.boundaryMaxMembers,
    }),
  ]);
  const ids = (rows?.groups ?? []).map((g) => g.affiliation);
  const { records } = await driver.executeQuery(
    namedQuery('affiliation-sources'),
    { ids, members: [] },
    { routing: 'READ' },
  );
  const sources = new Map<string, ReportSource>();
  for (const record of records) {
    for (const s of record.get('sources') as Array<ReportSource | null>) {
      if (s && !sources.has(s.id)) sources.set(s.id, s);
    }
  }
  return {
    matrix,
    brokers,
    gaps,
    missing,
    sources: [...sources.values()].sort((a, b) => a.title.localeCompare(b.title, 'pl')),
  };
}
