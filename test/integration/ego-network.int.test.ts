import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { gqlAsAdmin } from '../helpers/tokens.js';

// A chain of institutions A — B — C — D (plus E, alone) in a test powiat of its own:
// A and B share a partnership (since 2020-01-15), B and C a project, C and D an event.
// egoNetwork walks it 1 or 2 steps out, under the same filters as areaNetwork.

let api: Splot;
const powiat = `8${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  const areas = await gqlAsAdmin(
    api.url,
    `mutation ($input: [AreaCreateInput!]!) { createAreas(input: $input) { areas { teryt } } }`,
    { input: [{ teryt: powiat, name: `ego powiat ${powiat}`, level: 'POWIAT' }] },
  );
  expect(areas.errors).toBeUndefined();
  const rows: Array<[string, string, string]> = [
    ['A', 'CIS', 'SOCIAL_ECONOMY'],
    ['B', 'OPS', 'PUBLIC'],
    ['C', 'COMPANY', 'MARKET'],
    ['D', 'ASSOCIATION', 'NGO'],
    ['E', 'FOUNDATION', 'NGO'],
  ];
  const created = await gqlAsAdmin<{
    createInstitutions: { institutions: Array<{ id: string; name: string }> };
  }>(
    api.url,
    `mutation ($input: [InstitutionCreateInput!]!) { createInstitutions(input: $input) { institutions { id name } } }`,
    {
      input: rows.map(([name, kind, sector]) => ({
        name: `${name} ego ${powiat}`,
        kind,
        sector: { connect: [{ where: { node: { code: { eq: sector } } } }] },
        area: { connect: [{ where: { node: { teryt: { eq: powiat } } } }] },
      })),
    },
  );
  expect(created.errors).toBeUndefined();
  for (const i of created.data?.createInstitutions.institutions ?? []) ids[i.name.split(' ')[0] ?? ''] = i.id;
  const member = (key: string, role: string) => ({
    where: { node: { id: { eq: ids[key] } } },
    edge: { role },
  });
  const ties = await gqlAsAdmin(
    api.url,
    `mutation ($p: [PartnershipCreateInput!]!, $c: [CollaborationCreateInput!]!) {
       createPartnerships(input: $p) { partnerships { id } }
       createCollaborations(input: $c) { collaborations { id } }
     }`,
    {
      p: [
        {
          name: `Ego partnerstwo ${powiat}`,
          signedOn: '2020-01-15',
          members: { connect: [member('A', 'LEADER'), member('B', 'MEMBER')] },
        },
      ],
      c: [
        {
          title: `Ego projekt ${powiat}`,
          kind: 'PROJECT',
          participants: { connect: [member('B', 'LEAD'), member('C', 'PARTNER')] },
        },
        {
          title: `Ego wydarzenie ${powiat}`,
          kind: 'EVENT',
          participants: { connect: [member('C', 'HOST'), member('D', 'PARTICIPANT')] },
        },
      ],
    },
  );
  expect(ties.errors).toBeUndefined();
});

afterAll(async () => {
  await api.driver.executeQuery(
    `MATCH (a:Area {teryt: $powiat})
     OPTIONAL MATCH (i:Institution)-[:LOCATED_IN]->(a)
     OPTIONAL MATCH (i)-[:MEMBER_OF|TAKES_PART]->(x)
     DETACH DELETE a, i, x`,
    { powiat },
  );
  await api.stop();
});

const EGO = `query ($id: ID!, $depth: Int, $mode: NetworkMode, $asOf: String, $tieKinds: [TieKind!], $sectors: [SectorCode!]) {
  egoNetwork(institutionId: $id, depth: $depth, mode: $mode, asOf: $asOf, tieKinds: $tieKinds, sectors: $sectors) {
    area { teryt }
    nodes { id type }
    edges { source target weight kinds }
  }
}`;

interface EgoData {
  egoNetwork: {
    area: { teryt: string };
    nodes: Array<{ id: string; type: string }>;
    edges: Array<{ source: string; target: string; weight: number; kinds: string[] }>;
  };
}

async function ego(vars: Record<string, unknown>) {
  const res = await gqlAsAdmin<EgoData>(api.url, EGO, vars);
  const letter = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  const net = res.data?.egoNetwork;
  return {
    res,
    nodes: (net?.nodes ?? [])
      .filter((n) => n.type === 'INSTITUTION')
      .map((n) => letter[n.id] ?? n.id)
      .sort(),
    edges: (net?.edges ?? []).map((e) => [letter[e.source], letter[e.target]].sort().join('-')).sort(),
  };
}

describe('egoNetwork', () => {
  it('shows the institution and its direct partners at depth 1, in its seat area', async () => {
    const { res, nodes, edges } = await ego({ id: ids.B });
    expect(res.errors).toBeUndefined();
    expect(res.data?.egoNetwork.area.teryt).toBe(powiat);
    expect(nodes).toEqual(['A', 'B', 'C']);
    expect(edges).toEqual(['A-B', 'B-C']);
  });

  it('adds the partners of partners at depth 2', async () => {
    const { nodes, edges } = await ego({ id: ids.A, depth: 2 });
    expect(nodes).toEqual(['A', 'B', 'C']);
    expect(edges).toEqual(['A-B', 'B-C']);
    expect((await ego({ id: ids.B, depth: 2 })).nodes).toEqual(['A', 'B', 'C', 'D']);
  });

  it('applies the tie-kind, date and sector filters to the walk', async () => {
    expect((await ego({ id: ids.B, depth: 2, tieKinds: ['PROJECT', 'EVENT'] })).nodes).toEqual([
      'B',
      'C',
      'D',
    ]);
    expect((await ego({ id: ids.B, asOf: '2019-12-31' })).nodes).toEqual(['B', 'C']);
    // A filtered-out neighbour does not relay the walk: without C, D is out of reach.
    expect((await ego({ id: ids.B, depth: 2, sectors: ['PUBLIC', 'NGO', 'SOCIAL_ECONOMY'] })).nodes).toEqual([
      'A',
      'B',
    ]);
  });

  it('lists affiliations as nodes in the two-mode view', async () => {
    const { res } = await ego({ id: ids.A, mode: 'AFFILIATIONS' });
    const types = (res.data?.egoNetwork.nodes ?? []).map((n) => n.type).sort();
    expect(types).toEqual(['COLLABORATION', 'INSTITUTION', 'INSTITUTION', 'PARTNERSHIP']);
  });

  it('keeps an isolated institution alone', async () => {
    const { nodes, edges } = await ego({ id: ids.E, depth: 2 });
    expect(nodes).toEqual(['E']);
    expect(edges).toEqual([]);
  });

  it('answers an unknown id or a bad depth with BAD_USER_INPUT naming the argument', async () => {
    const unknown = await gqlAsAdmin<EgoData>(api.url, EGO, { id: `${powiat}-nobody` });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'institutionId',
    });
    const deep = await gqlAsAdmin<EgoData>(api.url, EGO, { id: ids.A, depth: 3 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'depth' });
  });
});
