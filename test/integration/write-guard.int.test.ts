import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signClaims } from '../../server/src/auth/mint-token.js';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi, uniquePrefix } from '../helpers/api.js';
import { authHeader, TEST_JWT_SECRET } from '../helpers/tokens.js';

// The findings of issue 14 about writes that went past the access rules (S1, S8) and a mutation
// request that half-committed. Each case checks the answer and what the database holds after.

let api: Splot;
const prefix = uniquePrefix('guard');
const suffix = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
const area26 = `2698${suffix}`;
const area06 = `0698${suffix}`;
const id = (what: string) => `${prefix}-${what}`;
type Headers = Record<string, string>;
const h: Record<'viewer' | 'editor26' | 'editor06' | 'admin', Headers> = {} as never;

async function cypher<T = unknown>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.driver.executeQuery(statement, params);
  return records.map((r) => r.get(0) as T);
}
const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  res.errors ? res.errors.map((e) => e.extensions?.code).join(',') : 'OK';

beforeAll(async () => {
  api = await startTestApi();
  await cypher(
    `MATCH (v26:Area {teryt: '26'}), (v06:Area {teryt: '06'})
     CREATE (a26:Area {teryt: $area26, name: $p + ' gmina 26', level: 'GMINA'})-[:PART_OF]->(v26)
     CREATE (a06:Area {teryt: $area06, name: $p + ' gmina 06', level: 'GMINA'})-[:PART_OF]->(v06)
     CREATE (i26:Institution {id: $p + '-i26', name: $p + ' CIS 26', kind: 'CIS'})-[:LOCATED_IN]->(a26)
     CREATE (j26:Institution {id: $p + '-j26', name: $p + ' OPS 26', kind: 'OPS'})-[:LOCATED_IN]->(a26)
     CREATE (i06:Institution {id: $p + '-i06', name: $p + ' CIS 06', kind: 'CIS'})-[:LOCATED_IN]->(a06)
     CREATE (p26:Partnership {id: $p + '-p26', name: $p + ' partnerstwo 26'})-[:COVERS]->(a26)
     CREATE (i26)-[:MEMBER_OF {role: 'MEMBER', since: date('2015-01-01')}]->(p26)
     CREATE (i06)-[:MEMBER_OF {role: 'MEMBER'}]->(p26)
     CREATE (c26:Collaboration {id: $p + '-c26', title: $p + ' projekt 26', kind: 'PROJECT'})-[:COVERS]->(a26)
     CREATE (i26)-[:TAKES_PART {role: 'PARTNER'}]->(c26)
     CREATE (s:Source {id: $p + '-s', title: $p + ' źródło'})
     CREATE (p26)-[:DOCUMENTED_BY {quote: 'oryginalny cytat'}]->(s)
     CREATE (c26)-[:DOCUMENTED_BY {quote: 'oryginalny cytat'}]->(s)`,
    { p: prefix, area26, area06 },
  );
  h.viewer = await authHeader('viewer');
  h.editor26 = await authHeader('editor', ['26']);
  h.editor06 = await authHeader('editor', ['06']);
  h.admin = await authHeader('admin');
});

afterAll(async () => {
  await cypher('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: prefix });
  await cypher('MATCH (a:Area) WHERE a.teryt IN $codes DETACH DELETE a', { codes: [area26, area06] });
  await api.stop();
});

const membership = (institution: string, partnership: string) =>
  cypher<Record<string, unknown>>(
    `MATCH (:Institution {id: $i})-[m:MEMBER_OF]->(:Partnership {id: $p})
     RETURN {role: m.role, until: toString(m.until), identifiedBy: m.identifiedBy}`,
    { i: institution, p: partnership },
  ).then((rows) => rows[0]);

const MEMBER_EDGE = `mutation ($p: ID!, $i: ID!) {
  updatePartnerships(where: { id: { eq: $p } }, update: { members: [{ update: {
    where: { node: { id: { eq: $i } } },
    edge: { role: { set: LEADER }, until: { set: "1800-01-01" }, identifiedBy: { set: ["https://evil.example"] } } } }] }) {
    partnerships { id } } }`;

describe('S1: relationship properties need the same rights as the records they join', () => {
  it('S1 a viewer cannot rewrite a membership of the demo data (the issue’s example)', async () => {
    const before = await membership('lss-koziolek', 'lubelskie-partnerstwo-es');
    expect(before).toBeDefined();
    const res = await gql(
      api.url,
      MEMBER_EDGE,
      { p: 'lubelskie-partnerstwo-es', i: 'lss-koziolek' },
      h.viewer,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await membership('lss-koziolek', 'lubelskie-partnerstwo-es')).toEqual(before);
  });

  it('S1 a token without any role cannot rewrite a membership', async () => {
    const token = await signClaims(TEST_JWT_SECRET, { roles: [], regions: ['26'] });
    const before = await membership(id('i26'), id('p26'));
    const res = await gql(
      api.url,
      MEMBER_EDGE,
      { p: id('p26'), i: id('i26') },
      { authorization: `Bearer ${token}` },
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await membership(id('i26'), id('p26'))).toEqual(before);
  });

  it('S1 an editor of another region cannot rewrite a membership', async () => {
    const before = await membership(id('i26'), id('p26'));
    const res = await gql(api.url, MEMBER_EDGE, { p: id('p26'), i: id('i26') }, h.editor06);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await membership(id('i26'), id('p26'))).toEqual(before);
  });

  it('S1 an editor of the partnership’s region cannot rewrite the membership of another region’s member', async () => {
    const before = await membership(id('i06'), id('p26'));
    const res = await gql(api.url, MEMBER_EDGE, { p: id('p26'), i: id('i06') }, h.editor26);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await membership(id('i06'), id('p26'))).toEqual(before);
  });

  it('S1 an editor cannot rewrite a membership from the institution’s side either', async () => {
    const before = await membership(id('i26'), id('p26'));
    const res = await gql(
      api.url,
      `mutation ($p: ID!, $i: ID!) { updateInstitutions(where: { id: { eq: $i } }, update: { partnerships: [{ update: {
        where: { node: { id: { eq: $p } } }, edge: { role_SET: LEADER } } }] }) { institutions { id } } }`,
      { p: id('p26'), i: id('i26') },
      h.editor06,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await membership(id('i26'), id('p26'))).toEqual(before);
  });

  it('S1 participation roles and citation quotes are guarded the same way', async () => {
    const role = () =>
      cypher<string>(
        'MATCH (:Institution {id: $i})-[t:TAKES_PART]->(:Collaboration {id: $c}) RETURN t.role',
        {
          i: id('i26'),
          c: id('c26'),
        },
      );
    const quotes = () =>
      cypher<string>('MATCH (n)-[d:DOCUMENTED_BY]->(:Source {id: $s}) RETURN d.quote ORDER BY d.quote', {
        s: id('s'),
      });
    const participation = `mutation ($c: ID!, $i: ID!) { updateCollaborations(where: { id: { eq: $c } }, update: {
      participants: [{ update: { where: { node: { id: { eq: $i } } }, edge: { role: { set: FUNDER } } } }] }) {
      collaborations { id } } }`;
    const citation = `mutation ($p: ID!, $s: ID!) { updatePartnerships(where: { id: { eq: $p } }, update: {
      sources: [{ update: { where: { node: { id: { eq: $s } } }, edge: { quote: { set: "sfałszowany" } } } }] }) {
      partnerships { id } } }`;
    for (const headers of [h.viewer, h.editor06]) {
      expect(codeOf(await gql(api.url, participation, { c: id('c26'), i: id('i26') }, headers))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await gql(api.url, citation, { p: id('p26'), s: id('s') }, headers))).toBe('FORBIDDEN');
    }
    expect(await role()).toEqual(['PARTNER']);
    expect(await quotes()).toEqual(['oryginalny cytat', 'oryginalny cytat']);
  });

  it('S1 the editor of both ends’ region may change the membership (and an admin anything)', async () => {
    const res = await gql(
      api.url,
      `mutation ($p: ID!, $i: ID!) { updatePartnerships(where: { id: { eq: $p } }, update: { members: [{ update: {
        where: { node: { id: { eq: $i } } }, edge: { role: { set: LEADER } } } }] }) { partnerships { id } } }`,
      { p: id('p26'), i: id('i26') },
      h.editor26,
    );
    expect(codeOf(res)).toBe('OK');
    expect((await membership(id('i26'), id('p26')))?.role).toBe('LEADER');
  });
});

describe('S8: an editor cannot leave an institution seatless', () => {
  it('S8 disconnecting the seat of one’s own institution is refused and changes nothing', async () => {
    const res = await gql(
      api.url,
      `mutation ($i: ID!, $a: String!) { updateInstitutions(where: { id: { eq: $i } }, update: { area: [{
        disconnect: [{ where: { node: { teryt: { eq: $a } } } }] }] }) { institutions { id } } }`,
      { i: id('j26'), a: area26 },
      h.editor26,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(
      await cypher('MATCH (:Institution {id: $i})-[:LOCATED_IN]->(a) RETURN a.teryt', { i: id('j26') }),
    ).toEqual([area26]);
  });
});

describe('a mutation request is all-or-nothing', () => {
  it('two aliased root fields: when the second is refused, the first is not written either', async () => {
    const res = await gql(
      api.url,
      `mutation ($ours: ID!, $theirs: ID!) {
        first: updateInstitutions(where: { id: { eq: $ours } }, update: { name: { set: "${prefix} przemianowana" } }) { institutions { id } }
        second: updateInstitutions(where: { id: { eq: $theirs } }, update: { name: { set: "${prefix} cudza" } }) { institutions { id } }
      }`,
      { ours: id('j26'), theirs: id('i06') },
      h.editor26,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await cypher('MATCH (i:Institution {id: $i}) RETURN i.name', { i: id('j26') })).toEqual([
      `${prefix} OPS 26`,
    ]);
    expect(await cypher('MATCH (i:Institution {id: $i}) RETURN i.name', { i: id('i06') })).toEqual([
      `${prefix} CIS 06`,
    ]);
  });

  it('two aliased root fields that are both allowed are both written', async () => {
    const res = await gql(
      api.url,
      `mutation ($a: ID!, $b: ID!) {
        a: updateInstitutions(where: { id: { eq: $a } }, update: { shortName: { set: "A" } }) { institutions { id } }
        b: updateInstitutions(where: { id: { eq: $b } }, update: { shortName: { set: "B" } }) { institutions { id } }
      }`,
      { a: id('i26'), b: id('j26') },
      h.editor26,
    );
    expect(codeOf(res)).toBe('OK');
    expect(
      await cypher('MATCH (i:Institution) WHERE i.id IN $ids RETURN i.shortName ORDER BY i.shortName', {
        ids: [id('i26'), id('j26')],
      }),
    ).toEqual(['A', 'B']);
  });
});
