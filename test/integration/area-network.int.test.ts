import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { adminHeader } from '../helpers/tokens.js';

// Builds a small world through the generated GraphQL mutations, then reads it back through
// areaNetwork: derived ties, weights, both modes, area nesting, and bad input. Writing needs a
// token (an admin's here); reading does not.

let api: Splot;
const powiat = `9${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
const gmina = `${powiat}012`;
const ids: Record<string, string> = {};

const connectArea = (teryt: string) => ({ connect: [{ where: { node: { teryt: { eq: teryt } } } }] });
const connectSector = (code: string) => ({ connect: [{ where: { node: { code: { eq: code } } } }] });

beforeAll(async () => {
  api = await startTestApi();
  const admin = await adminHeader();
  const areas = await gql(
    api.url,
    `mutation ($input: [AreaCreateInput!]!) { createAreas(input: $input) { areas { teryt } } }`,
    {
      input: [
        {
          teryt: powiat,
          name: `test powiat ${powiat}`,
          level: 'POWIAT',
          children: {
            create: [{ node: { teryt: gmina, name: `test gmina ${gmina}`, level: 'GMINA' } }],
          },
        },
      ],
    },
    admin,
  );
  expect(areas.errors).toBeUndefined();

  const institutions: Array<[string, string, string, string]> = [
    ['A', 'CIS', 'SOCIAL_ECONOMY', gmina],
    ['B', 'OPS', 'PUBLIC', gmina],
    ['C', 'COMPANY', 'MARKET', powiat],
    ['D', 'ASSOCIATION', 'NGO', powiat],
  ];
  const created = await gql<{ createInstitutions: { institutions: Array<{ id: string; name: string }> } }>(
    api.url,
    `mutation ($input: [InstitutionCreateInput!]!) {
       createInstitutions(input: $input) { institutions { id name } }
     }`,
    {
      input: institutions.map(([name, kind, sector, area]) => ({
        name: `${name} ${powiat}`,
        kind,
        sector: connectSector(sector),
        area: connectArea(area),
      })),
    },
    admin,
  );
  expect(created.errors).toBeUndefined();
  for (const i of created.data?.createInstitutions.institutions ?? []) ids[i.name.split(' ')[0] ?? ''] = i.id;

  const byId = (key: string) => ({ node: { id: { eq: ids[key] } } });
  const affiliations = await gql(
    api.url,
    `mutation ($p: [PartnershipCreateInput!]!, $c: [CollaborationCreateInput!]!) {
       createPartnerships(input: $p) { partnerships { id } }
       createCollaborations(input: $c) { collaborations { id } }
     }`,
    {
      p: [
        {
          name: `Partnerstwo ${powiat}`,
          signedOn: '2020-01-15',
          sources: {
            create: [{ node: { title: `Porozumienie ${powiat}` }, edge: { quote: 'partnerstwo' } }],
          },
          members: {
            connect: [
              { where: byId('A'), edge: { role: 'LEADER' } },
              { where: byId('B'), edge: { role: 'MEMBER' } },
            ],
          },
        },
      ],
      c: [
        {
          title: `Projekt ${powiat}`,
          kind: 'PROJECT',
          // No document yet, said so: its ties alone are drawn as unsourced.
          unsourced: true,
          participants: {
            connect: [
              { where: byId('A'), edge: { role: 'LEAD' } },
              { where: byId('B'), edge: { role: 'PARTNER' } },
              { where: byId('C'), edge: { role: 'PARTNER' } },
            ],
          },
        },
      ],
    },
    admin,
  );
  expect(affiliations.errors).toBeUndefined();
});

afterAll(async () => {
  await api.driver.executeQuery(
    `MATCH (a:Area) WHERE a.teryt STARTS WITH $powiat
     OPTIONAL MATCH (i:Institution)-[:LOCATED_IN]->(a)
     OPTIONAL MATCH (i)-[:MEMBER_OF|TAKES_PART]->(x)
     OPTIONAL MATCH (x)-[:DOCUMENTED_BY]->(s:Source)
     DETACH DELETE a, i, x, s`,
    { powiat },
  );
  await api.stop();
});

const NETWORK = `query ($teryt: String!, $mode: NetworkMode, $asOf: String, $sectors: [SectorCode!],
    $tieKinds: [TieKind!]) {
  areaNetwork(teryt: $teryt, mode: $mode, asOf: $asOf, sectors: $sectors, tieKinds: $tieKinds) {
    area { teryt name level }
    nodes { id label type sector kind outside }
    edges { id source target weight kinds start end }
  }
}`;

interface NetworkData {
  areaNetwork: {
    area: { teryt: string; level: string };
    nodes: Array<{ id: string; type: string; sector: string | null; kind: string | null; outside: boolean }>;
    edges: Array<{ source: string; target: string; weight: number; kinds: string[]; start: string | null }>;
  };
}

/** Edges as "X-Y:weight" with the test's own letters, order-free. */
function edgeSet(data: NetworkData | undefined): string[] {
  const letter = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return (data?.areaNetwork.edges ?? [])
    .map((e) => {
      const [s, t] = [letter[e.source] ?? e.source, letter[e.target] ?? e.target].sort();
      return `${s}-${t}:${e.weight}`;
    })
    .sort();
}

describe('areaNetwork', () => {
  it('derives one-mode ties weighted by the number of shared affiliations', async () => {
    const res = await gql<NetworkData>(api.url, NETWORK, { teryt: powiat });
    expect(res.errors).toBeUndefined();
    expect(res.data?.areaNetwork.area).toMatchObject({ teryt: powiat, level: 'POWIAT' });
    const nodes = res.data?.areaNetwork.nodes ?? [];
    expect(nodes).toHaveLength(4);
    expect(nodes.find((n) => n.id === ids.A)).toMatchObject({
      type: 'INSTITUTION',
      sector: 'SOCIAL_ECONOMY',
      kind: 'CIS',
    });
    expect(edgeSet(res.data)).toEqual(['A-B:2', 'A-C:1', 'B-C:1']);
  });

  it('covers the areas below the chosen one, and flags its partners seated outside it', async () => {
    const res = await gql<NetworkData>(api.url, NETWORK, { teryt: gmina });
    const nodes = res.data?.areaNetwork.nodes ?? [];
    expect(
      nodes
        .filter((n) => !n.outside)
        .map((n) => n.id)
        .sort(),
    ).toEqual([ids.A, ids.B].sort());
    // C, seated in the powiat above, shares the project with A and B; D shares nothing.
    expect(nodes.filter((n) => n.outside).map((n) => n.id)).toEqual([ids.C]);
    expect(edgeSet(res.data)).toEqual(['A-B:2', 'A-C:1', 'B-C:1']);
    const powiatNodes = (await gql<NetworkData>(api.url, NETWORK, { teryt: powiat })).data?.areaNetwork.nodes;
    expect(powiatNodes?.every((n) => n.outside === false)).toBe(true);
  });

  it('shows partnerships and collaborations as nodes in the two-mode view', async () => {
    const res = await gql<NetworkData>(api.url, NETWORK, { teryt: powiat, mode: 'AFFILIATIONS' });
    expect(res.errors).toBeUndefined();
    const types = (res.data?.areaNetwork.nodes ?? []).map((n) => n.type).sort();
    expect(types).toEqual([
      'COLLABORATION',
      'INSTITUTION',
      'INSTITUTION',
      'INSTITUTION',
      'INSTITUTION',
      'PARTNERSHIP',
    ]);
    expect(res.data?.areaNetwork.edges).toHaveLength(5);
    expect(res.data?.areaNetwork.edges.every((e) => e.weight === 1)).toBe(true);
  });

  it('narrows the network by date, sector and tie kind', async () => {
    // The partnership was signed on 2020-01-15; the project is undated, so it always counts.
    const before = await gql<NetworkData>(api.url, NETWORK, { teryt: powiat, asOf: '2019-12-31' });
    expect(edgeSet(before.data)).toEqual(['A-B:1', 'A-C:1', 'B-C:1']);
    const after = await gql<NetworkData>(api.url, NETWORK, { teryt: powiat, asOf: '2020-01-15' });
    expect(edgeSet(after.data)).toEqual(['A-B:2', 'A-C:1', 'B-C:1']);
    const ab = after.data?.areaNetwork.edges.find((e) => e.weight === 2);
    expect(ab?.kinds).toEqual(['PARTNERSHIP', 'PROJECT']);

    const twoSectors = await gql<NetworkData>(api.url, NETWORK, {
      teryt: powiat,
      sectors: ['SOCIAL_ECONOMY', 'PUBLIC'],
    });
    expect(twoSectors.data?.areaNetwork.nodes.map((n) => n.sector).sort()).toEqual([
      'PUBLIC',
      'SOCIAL_ECONOMY',
    ]);
    expect(edgeSet(twoSectors.data)).toEqual(['A-B:2']);

    const partnershipsOnly = await gql<NetworkData>(api.url, NETWORK, {
      teryt: powiat,
      tieKinds: ['PARTNERSHIP'],
    });
    expect(edgeSet(partnershipsOnly.data)).toEqual(['A-B:1']);
  });

  it('answers a date that is not a date with BAD_USER_INPUT naming asOf', async () => {
    const res = await gql<NetworkData>(api.url, NETWORK, { teryt: powiat, asOf: '2019-02-30' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'asOf' });
  });

  it('answers an unknown or malformed TERYT code with BAD_USER_INPUT naming the code', async () => {
    for (const teryt of ['9999999', 'abc', "26' OR 1=1"]) {
      const res = await gql<NetworkData>(api.url, NETWORK, { teryt });
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.argumentName).toBe('teryt');
      expect(res.errors?.[0]?.message).toContain(teryt);
    }
  });
});

describe('sourced ties', () => {
  it('a tie is sourced when one of its affiliations cites a source, unsourced otherwise', async () => {
    const res = await gql<{
      areaNetwork: { edges: Array<{ source: string; target: string; sourced: boolean }> };
    }>(
      api.url,
      'query ($teryt: String!) { areaNetwork(teryt: $teryt) { edges { source target sourced } } }',
      { teryt: powiat },
    );
    expect(res.errors).toBeUndefined();
    const sourced = Object.fromEntries(
      (res.data?.areaNetwork.edges ?? []).map((e) => [
        [e.source, e.target]
          .map((x) => Object.keys(ids).find((k) => ids[k] === x))
          .sort()
          .join(''),
        e.sourced,
      ]),
    );
    // A–B share the cited partnership and the unsourced project; C is only in the project.
    expect(sourced).toEqual({ AB: true, AC: false, BC: false });
  });
});
