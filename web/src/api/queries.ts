import type { Area } from '../core/area/types';
import type { Network, NetworkMode } from '../core/network/types';
import { graphql } from './graphql';

const AREAS_WITH_DATA = /* GraphQL */ `
  query AreasWithData {
    areasWithData { teryt name level }
  }
`;

const AREA_NETWORK = /* GraphQL */ `
  query AreaNetwork($teryt: String!, $mode: NetworkMode) {
    areaNetwork(teryt: $teryt, mode: $mode) {
      area { teryt name level }
      nodes { id label type sector kind }
      edges { id source target weight }
    }
  }
`;

export async function fetchAreasWithData(signal: AbortSignal): Promise<Area[]> {
  const data = await graphql<{ areasWithData: Area[] }>(AREAS_WITH_DATA, undefined, signal);
  return data.areasWithData;
}

export async function fetchAreaNetwork(
  signal: AbortSignal,
  teryt: string,
  mode: NetworkMode,
): Promise<Network> {
  const data = await graphql<{ areaNetwork: Network }>(AREA_NETWORK, { teryt, mode }, signal);
  return data.areaNetwork;
}
