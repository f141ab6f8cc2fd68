import { execute } from '../../api/client';
import { BrokersDocument, SectorMatrixDocument } from '../../api/operations.generated';
import type { BrokersData, SectorMatrixData } from './types';

// Typed operations in src/api/operations/analytics.graphql (generated from the server schema).

export async function fetchSectorMatrix(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
): Promise<SectorMatrixData> {
  return (await execute(SectorMatrixDocument, { teryt, asOf }, signal)).sectorMatrix;
}

export async function fetchBrokers(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
  limit: number,
): Promise<BrokersData> {
  return (await execute(BrokersDocument, { teryt, asOf, limit }, signal)).brokers;
}
