import { execute } from '../../api/client';
import { BrokersDocument, SectorMatrixDocument } from '../../api/operations.generated';
import type { AnalyticsFilter, BrokersData, SectorMatrixData } from './types';

const orNull = <T>(list: readonly T[]) => (list.length > 0 ? [...list] : null);

/** The filters as the server's arguments: an empty list means no filter (null). */
export function filterArgs(filter: AnalyticsFilter) {
  return {
    sectors: orNull(filter.sectors),
    kinds: orNull(filter.kinds),
    tieKinds: orNull(filter.tieKinds),
    sourcedOnly: filter.sourcedOnly,
  };
}

// Typed operations in src/api/operations/analytics.graphql (generated from the server schema).

export async function fetchSectorMatrix(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
  filter: AnalyticsFilter,
): Promise<SectorMatrixData> {
  return (await execute(SectorMatrixDocument, { teryt, asOf, ...filterArgs(filter) }, signal)).sectorMatrix;
}

export async function fetchBrokers(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
  filter: AnalyticsFilter,
  limit: number,
): Promise<BrokersData> {
  return (await execute(BrokersDocument, { teryt, asOf, ...filterArgs(filter), limit }, signal)).brokers;
}
