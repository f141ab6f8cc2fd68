import { graphql } from '../../api/graphql';
import type { BrokersData, SectorMatrixData } from './types';

const SECTOR_MATRIX = /* GraphQL */ `
  query SectorMatrix($teryt: String!, $asOf: String) {
    sectorMatrix(teryt: $teryt, asOf: $asOf) {
      institutions
      ties
      sectors { sector institutions }
      blocks { from to ties possible density }
      ei { internal external ei }
      sectorEi { sector ei }
    }
  }
`;

const BROKERS = /* GraphQL */ `
  query Brokers($teryt: String!, $asOf: String, $limit: Int) {
    brokers(teryt: $teryt, asOf: $asOf, limit: $limit) {
      institutions
      ties
      isolates
      components
      communities
      ranking {
        rank id label sector degree betweenness betweennessNormalized
        brokerage { coordinator consultant gatekeeper liaison crossSector }
      }
    }
  }
`;

export async function fetchSectorMatrix(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
): Promise<SectorMatrixData> {
  return (await graphql<{ sectorMatrix: SectorMatrixData }>(SECTOR_MATRIX, { teryt, asOf }, signal))
    .sectorMatrix;
}

export async function fetchBrokers(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
  limit: number,
): Promise<BrokersData> {
  return (await graphql<{ brokers: BrokersData }>(BROKERS, { teryt, asOf, limit }, signal)).brokers;
}
