import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';

// A chain of institutions A — B — C — D (plus E, alone) in a test powiat of its own:
// A and B share a partnership (since 2020-01-15), B and C a project, C and D an event.
// egoNetwork walks it 1 or 2 steps out, under the same filters as areaNetwork.

let api: Splot;
const powiat = `8${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  // Written with Cypher, in one transaction: the test is about reading, and a loaded machine
  // can push GraphQL writes past the request time bound.
  for (const key of ['A', 'B', 'C', 'D', 'E']) ids[key] = `${powiat}-ego-${key}`;
  await api.driver.executeQuery(
    `MERGE (area:Area {teryt: $powiat}) SET area.name = 'ego powiat ' + $powiat, area.level = 'POWIAT'
     WITH area
     UNWIND $rows AS row
     MATCH (s:Sector {code: row.sector})
     CREATE (i:Institution {id: row.id, name: row.key + ' ego ' + $powiat, kind: row.kind})
     CREATE (i)-[:LOCATED_IN]->(area), (i)-[:IN_SECTOR]->(s)
     WITH count(*) AS made
     MATCH (a:Institution {id: $ids.A}), (b:Institution {id: $ids.B}), (c:Institution {id: $ids.C}),
           (d:Institution {id: $ids.D})
     CREATE (p:Partnership {id: $powiat + '-ego-p', name: 'Ego partnerstwo ' + $powiat, signedOn: date('2020-01-15')})
     CREATE (a)-[:MEMBER_OF {role: 'LEADER'}]->(p), (b)-[:MEMBER_OF {role: 'MEMBER'}]->(p)
     CREATE (x:Collaboration {id: $powiat + '-ego-x', title: 'Ego projekt ' + $powiat, kind: 'PROJECT'})
     CREATE (b)-[:TAKES_PART {role: 'LEAD'}]->(x), (c)-[:TAKES_PART {role: 'PARTNER'}]->(x)
     CREATE (y:Collaboration {id: $powiat + '-ego-y', title: 'Ego wydarzenie ' + $powiat, kind: 'EVENT'})
     CREATE (c)-[:TAKES_PART {role: 'HOST'}]->(y), (d)-[:TAKES_PART {role: 'PARTICIPANT'}]->(y)`,
    {
      powiat,
      ids,
      rows: [
        ['A', 'CIS', 'SOCIAL_ECONOMY'],
        ['B', 'OPS', 'PUBLIC'],
        ['C', 'COMPANY', 'MARKET'],
        ['D', 'ASSOCIATION', 'NGO'],
        ['E', 'FOUNDATION', 'NGO'],
      ].map(([key, kind, sector]) => ({ key, kind, sector, id: ids[key as string] })),
    },
  );
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
  const res = await gql<EgoData>(api.url, EGO, vars);
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
    const unknown = await gql<EgoData>(api.url, EGO, { id: `${powiat}-nobody` });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'institutionId',
    });
    const deep = await gql<EgoData>(api.url, EGO, { id: ids.A, depth: 3 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'depth' });
  });
});
