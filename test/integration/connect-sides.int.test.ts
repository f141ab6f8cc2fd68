import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi, uniquePrefix } from '../helpers/api.js';
import { authHeader } from '../helpers/tokens.js';

// Item 6 of issue 14: @neo4j/graphql 7.6.3 answered "Variable `var8` not defined" (INTERNAL, even to
// an admin) to connect/disconnect from the Institution or Source side and to createSources with a
// connect. Links are now made and removed from either side, with the same access rules.

let api: Splot;
const prefix = uniquePrefix('sides');
const area = `2696${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
const id = (what: string) => `${prefix}-${what}`;
let admin: Record<string, string>;
let editor26: Record<string, string>;
let editor06: Record<string, string>;

async function cypher<T = unknown>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.driver.executeQuery(statement, params);
  return records.map((r) => r.get(0) as T);
}
const codeOf = (res: { errors?: Array<{ message?: string; extensions?: { code?: string } }> }) =>
  res.errors ? res.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join(',') : 'OK';

beforeAll(async () => {
  api = await startTestApi();
  // Marked unsourced (no document yet, said so), so their sources may come and go in these tests.
  await cypher(
    `MATCH (v:Area {teryt: '26'})
     CREATE (a:Area {teryt: $area, name: $p + ' gmina', level: 'GMINA'})-[:PART_OF]->(v)
     CREATE (:Institution {id: $p + '-i', name: $p + ' CIS', kind: 'CIS'})-[:LOCATED_IN]->(a)
     CREATE (:Partnership {id: $p + '-p', name: $p + ' partnerstwo', unsourced: true})-[:COVERS]->(a)
     CREATE (:Collaboration {id: $p + '-c', title: $p + ' projekt', kind: 'PROJECT', unsourced: true})-[:COVERS]->(a)
     CREATE (:Source {id: $p + '-s', title: $p + ' źródło'})`,
    { p: prefix, area },
  );
  admin = await authHeader('admin');
  editor26 = await authHeader('editor', ['26']);
  editor06 = await authHeader('editor', ['06']);
});

afterAll(async () => {
  await cypher('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: prefix });
  await cypher('MATCH (a:Area {teryt: $area}) DETACH DELETE a', { area });
  await api.stop();
});

const members = () =>
  cypher<string>(
    'MATCH (i:Institution)-[m:MEMBER_OF]->(:Partnership {id: $p}) RETURN i.id + ":" + coalesce(m.role, "")',
    {
      p: id('p'),
    },
  );
const participants = () =>
  cypher<string>('MATCH (i:Institution)-[:TAKES_PART]->(:Collaboration {id: $c}) RETURN i.id', {
    c: id('c'),
  });
const citing = () =>
  cypher<string>(
    'MATCH (n)-[d:DOCUMENTED_BY]->(:Source {id: $s}) RETURN n.id + ":" + coalesce(d.quote, "") ORDER BY n.id',
    {
      s: id('s'),
    },
  );

const INSTITUTION_PARTNERSHIPS = (operation: 'connect' | 'disconnect') => `mutation ($i: ID!, $p: ID!) {
  updateInstitutions(where: { id: { eq: $i } }, update: { partnerships: [{ ${operation}: [{ where: { node: { id: { eq: $p } } }
  ${operation === 'connect' ? ', edge: { role: MEMBER }' : ''} }] }] }) { institutions { id } } }`;
const INSTITUTION_COLLABORATIONS = (operation: 'connect' | 'disconnect') => `mutation ($i: ID!, $c: ID!) {
  updateInstitutions(where: { id: { eq: $i } }, update: { collaborations: [{ ${operation}: [{ where: { node: { id: { eq: $c } } } }] }] }) {
  institutions { id } } }`;
const SOURCE_PARTNERSHIPS = (operation: 'connect' | 'disconnect') => `mutation ($s: ID!, $p: ID!) {
  updateSources(where: { id: { eq: $s } }, update: { partnerships: [{ ${operation}: [{ where: { node: { id: { eq: $p } } }
  ${operation === 'connect' ? ', edge: { quote: "z drugiej strony" }' : ''} }] }] }) { sources { id } } }`;

describe('item 6: links from the Institution and Source side', () => {
  it('an admin connects and disconnects a membership from the institution side', async () => {
    expect(
      codeOf(await gql(api.url, INSTITUTION_PARTNERSHIPS('connect'), { i: id('i'), p: id('p') }, admin)),
    ).toBe('OK');
    expect(await members()).toEqual([`${id('i')}:MEMBER`]);
    expect(
      codeOf(await gql(api.url, INSTITUTION_PARTNERSHIPS('disconnect'), { i: id('i'), p: id('p') }, admin)),
    ).toBe('OK');
    expect(await members()).toEqual([]);
  });

  it('an editor of the region does the same; an editor of another region is refused and nothing changes', async () => {
    expect(
      codeOf(await gql(api.url, INSTITUTION_PARTNERSHIPS('connect'), { i: id('i'), p: id('p') }, editor06)),
    ).toMatch(/^FORBIDDEN/);
    expect(await members()).toEqual([]);
    expect(
      codeOf(await gql(api.url, INSTITUTION_PARTNERSHIPS('connect'), { i: id('i'), p: id('p') }, editor26)),
    ).toBe('OK');
    expect(await members()).toEqual([`${id('i')}:MEMBER`]);
    expect(
      codeOf(
        await gql(api.url, INSTITUTION_PARTNERSHIPS('disconnect'), { i: id('i'), p: id('p') }, editor06),
      ),
    ).toMatch(/^FORBIDDEN/);
    expect(await members()).toEqual([`${id('i')}:MEMBER`]);
    expect(
      codeOf(
        await gql(api.url, INSTITUTION_PARTNERSHIPS('disconnect'), { i: id('i'), p: id('p') }, editor26),
      ),
    ).toBe('OK');
    expect(await members()).toEqual([]);
  });

  it('participations from the institution side', async () => {
    expect(
      codeOf(await gql(api.url, INSTITUTION_COLLABORATIONS('connect'), { i: id('i'), c: id('c') }, editor26)),
    ).toBe('OK');
    expect(await participants()).toEqual([id('i')]);
    expect(
      codeOf(
        await gql(api.url, INSTITUTION_COLLABORATIONS('disconnect'), { i: id('i'), c: id('c') }, editor26),
      ),
    ).toBe('OK');
    expect(await participants()).toEqual([]);
  });

  it('citations from the source side', async () => {
    expect(
      codeOf(await gql(api.url, SOURCE_PARTNERSHIPS('connect'), { s: id('s'), p: id('p') }, editor26)),
    ).toBe('OK');
    expect(await citing()).toEqual([`${id('p')}:z drugiej strony`]);
    expect(
      codeOf(await gql(api.url, SOURCE_PARTNERSHIPS('disconnect'), { s: id('s'), p: id('p') }, editor06)),
    ).toMatch(/^FORBIDDEN/);
    expect(
      codeOf(await gql(api.url, SOURCE_PARTNERSHIPS('disconnect'), { s: id('s'), p: id('p') }, editor26)),
    ).toBe('OK');
    expect(await citing()).toEqual([]);
  });

  it('createSources with a connect to a partnership and a collaboration', async () => {
    const res = await gql(
      api.url,
      `mutation ($title: String!, $p: ID!, $c: ID!) { createSources(input: [{ title: $title,
        partnerships: { connect: [{ where: { node: { id: { eq: $p } } }, edge: { quote: "nowe" } }] },
        collaborations: { connect: [{ where: { node: { id: { eq: $c } } } }] } }]) { sources { id } } }`,
      { title: `${prefix} nowe źródło`, p: id('p'), c: id('c') },
      editor26,
    );
    expect(codeOf(res)).toBe('OK');
    expect(
      await cypher<string>(
        'MATCH (s:Source {title: $t})<-[:DOCUMENTED_BY]-(n) SET s.id = $p + "-s2" RETURN n.id ORDER BY n.id',
        { t: `${prefix} nowe źródło`, p: prefix },
      ),
    ).toEqual([id('c'), id('p')]);
    const refused = await gql(
      api.url,
      `mutation ($title: String!, $p: ID!) { createSources(input: [{ title: $title,
        partnerships: { connect: [{ where: { node: { id: { eq: $p } } } }] } }]) { sources { id } } }`,
      { title: `${prefix} cudze źródło`, p: id('p') },
      editor06,
    );
    expect(codeOf(refused)).toMatch(/^FORBIDDEN/);
    expect(await cypher('MATCH (s:Source {title: $t}) RETURN s', { t: `${prefix} cudze źródło` })).toEqual(
      [],
    );
  });
});
