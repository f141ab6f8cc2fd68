import { gql } from './api.js';

export interface AreaNetworkData {
  area: { teryt: string; name: string; level: string };
  nodes: Array<{
    id: string;
    label: string;
    type: string;
    sector: string | null;
    kind: string | null;
    outside: boolean;
  }>;
  edges: Array<{
    id: string;
    source: string;
    target: string;
    weight: number;
    kinds: string[];
    start: string | null;
    end: string | null;
  }>;
}

const NETWORK = `query ($teryt: String!, $mode: NetworkMode, $asOf: String, $sectors: [SectorCode!],
    $kinds: [InstitutionKind!], $tieKinds: [TieKind!]) {
  areaNetwork(teryt: $teryt, mode: $mode, asOf: $asOf, sectors: $sectors, kinds: $kinds, tieKinds: $tieKinds) {
    area { teryt name level }
    nodes { id label type sector kind outside }
    edges { id source target weight kinds start end }
  }
}`;

/** areaNetwork through GraphQL, as the web app asks for it. */
export async function areaNetwork(url: string, variables: Record<string, unknown>): Promise<AreaNetworkData> {
  const res = await gql<{ areaNetwork: AreaNetworkData }>(url, NETWORK, variables);
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.areaNetwork;
}

/** The query string of an export with the same filters as an areaNetwork call. */
export function exportQuery(variables: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(variables)) {
    if (key === 'teryt' || value === undefined || value === null) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
