import { expandEdges, expandNodes } from '@splot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import {
  AreaNetworkDocument,
  EgoNetworkDocument,
  type NetworkFieldsFragment,
} from '../../web/src/api/operations.generated.js';
import { gql, startTestApi } from '../helpers/api.js';

// The web app asks for the network's nodes and edges as parallel arrays (Network.compactNodes,
// Network.compactEdges) and reads them back with @splot/domain's expandNodes and expandEdges (web/src/core/network/compact.ts, which the test
// package cannot import: the web app's imports carry no extensions): on the demo data, in both
// modes and for an ego network, what it gets must be exactly what the documented shape answers.

const fromCompact = ({ area, compactNodes, compactEdges }: NetworkFieldsFragment) => {
  const nodes = expandNodes(compactNodes);
  return { area, nodes, edges: expandEdges(nodes, compactEdges) };
};

let api: Splot;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const DOCUMENTED = `
  area { teryt name level }
  nodes { id label type sector kind outside }
  edges { id source target weight kinds start end periods { start end } sourced }`;

async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await gql<T>(api.url, query, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

describe('compact nodes and edges', () => {
  it.each([
    ['2607', 'INSTITUTIONS'],
    ['2607', 'AFFILIATIONS'],
    ['26', 'INSTITUTIONS'],
  ])('areaNetwork(%s, %s) read from the web app’s query equals the documented shape', async (teryt, mode) => {
    const documented = await ask<{ areaNetwork: unknown }>(
      `query ($teryt: String!, $mode: NetworkMode) { areaNetwork(teryt: $teryt, mode: $mode) { ${DOCUMENTED} } }`,
      { teryt, mode },
    );
    const compact = await ask<{ areaNetwork: NetworkFieldsFragment }>(AreaNetworkDocument.toString(), {
      teryt,
      mode,
    });
    const network = fromCompact(compact.areaNetwork);
    expect(network.edges.length).toBeGreaterThan(0);
    expect(network).toEqual(documented.areaNetwork);
  });

  it('egoNetwork at depth 2, with a filter, equals the documented shape', async () => {
    const variables = { institutionId: 'pcpr-ostrowiec', depth: 2, tieKinds: ['PARTNERSHIP', 'EVENT'] };
    const documented = await ask<{ egoNetwork: unknown }>(
      `query ($institutionId: ID!, $depth: Int, $tieKinds: [TieKind!]) {
         egoNetwork(institutionId: $institutionId, depth: $depth, tieKinds: $tieKinds) { ${DOCUMENTED} } }`,
      variables,
    );
    const compact = await ask<{ egoNetwork: NetworkFieldsFragment }>(
      EgoNetworkDocument.toString(),
      variables,
    );
    const network = fromCompact(compact.egoNetwork);
    expect(network.edges.length).toBeGreaterThan(0);
    expect(network).toEqual(documented.egoNetwork);
  });
});
