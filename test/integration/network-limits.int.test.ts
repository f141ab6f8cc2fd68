import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { createWorld, type World } from '../helpers/world.js';

// Networks too large to answer are refused with a message that says how large and what to choose
// instead (server/src/network/limits.ts), and the API keeps answering everything else. The small
// world has three ties among four institutions of its powiat, so the limits are set just below.

let world: World;
let fewTies: Splot;
let littleWork: Splot;

beforeAll(async () => {
  fewTies = await startTestApi({ NETWORK_MAX_TIES: '2' });
  littleWork = await startTestApi({ BETWEENNESS_MAX_WORK: '10' });
  world = await createWorld(fewTies.driver, 'limits');
});

afterAll(async () => {
  await world?.remove();
  await fewTies?.stop();
  await littleWork?.stop();
});

interface Refusal {
  extensions?: { code?: string; argumentName?: string };
  message: string;
}

const AREA = `query($teryt: String!, $mode: NetworkMode) {
  areaNetwork(teryt: $teryt, mode: $mode) { nodes { id } edges { id } }
}`;

describe('network limits', () => {
  it('refuses a one-mode network past NETWORK_MAX_TIES, and still answers the two-mode one', async () => {
    const refused = await gql(fewTies.url, AREA, { teryt: world.powiat });
    const error = (refused.errors ?? [])[0] as Refusal;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'teryt',
    });
    // The powiat's four institutions and three ties, and E outside it, tied to A and B.
    expect(error.message).toMatch(/5 institutions and 5 ties, more than 2 ties/);
    const twoMode = await gql<{ areaNetwork: { edges: unknown[] } }>(fewTies.url, AREA, {
      teryt: world.powiat,
      mode: 'AFFILIATIONS',
    });
    expect(twoMode.errors).toBeUndefined();
    expect(twoMode.data?.areaNetwork.edges.length).toBeGreaterThan(0);
    // Without the limit the same area answers its five ties.
    const allowed = await gql<{ areaNetwork: { edges: unknown[] } }>(littleWork.url, AREA, {
      teryt: world.powiat,
    });
    expect(allowed.data?.areaNetwork.edges).toHaveLength(5);
  });

  it('refuses an ego network past the limit on its depth', async () => {
    const refused = await gql(
      fewTies.url,
      'query($id: ID!) { egoNetwork(institutionId: $id, depth: 1) { edges { id } } }',
      { id: world.id('A') },
    );
    expect(((refused.errors ?? [])[0] as Refusal).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'depth',
    });
  });

  it('refuses brokers and node metrics past BETWEENNESS_MAX_WORK, and still counts the sector matrix', async () => {
    const brokers = await gql(
      littleWork.url,
      'query($teryt: String!) { brokers(teryt: $teryt) { institutions } }',
      { teryt: world.powiat },
    );
    const error = (brokers.errors ?? [])[0] as Refusal;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'teryt' });
    expect(error.message).toMatch(/institutions × ties ≤ 10/);
    const metrics = await gql(
      littleWork.url,
      'query($teryt: String!) { nodeMetrics(teryt: $teryt) { ids } }',
      { teryt: world.powiat },
    );
    expect(((metrics.errors ?? [])[0] as Refusal).extensions?.code).toBe('BAD_USER_INPUT');
    const matrix = await gql<{ sectorMatrix: { ties: number } }>(
      fewTies.url,
      'query($teryt: String!) { sectorMatrix(teryt: $teryt) { ties } }',
      { teryt: world.powiat },
    );
    expect(matrix.errors).toBeUndefined();
    expect(matrix.data?.sectorMatrix.ties).toBe(3);
  });
});
