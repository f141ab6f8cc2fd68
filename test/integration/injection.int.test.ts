import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi, uniquePrefix } from '../helpers/api.js';
import { adminHeader } from '../helpers/tokens.js';

// Strings that look like Cypher, with quotes, backticks and braces, stay data in every filter:
// they are stored and found verbatim, match nothing else, and change nothing.

let api: Splot;
const prefix = uniquePrefix('inject');
const NASTY = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '`Institution` RETURN 1 UNION MATCH (n) RETURN n',
  `\\' } ] ) ; CALL db.clearQueryCaches() ;`,
  '$jwt.roles {admin} $' + '{process.env}',
];
const stored: Array<{ id: string; name: string }> = [];
// By code: other test files add voivodeships of their own (odd codes) while this one runs.
const REAL_VOIVODESHIPS = Array.from({ length: 16 }, (_, i) => String(2 * (i + 1)).padStart(2, '0'));

/**
 * What an injected write would destroy, in a form other test files (which add and remove their
 * own records meanwhile) leave alone: the 16 voivodeships, the 4 sectors, this file's records.
 */
const fingerprint = async () =>
  (
    await api.driver.executeQuery(
      `RETURN COUNT { (a:Area) WHERE a.teryt IN $voivodeships } AS voivodeships, COUNT { (:Sector) } AS sectors,
              COLLECT { MATCH (i:Institution) WHERE i.name STARTS WITH $prefix RETURN i.name ORDER BY i.name } AS own`,
      { prefix, voivodeships: REAL_VOIVODESHIPS },
    )
  ).records[0]?.toObject();

beforeAll(async () => {
  api = await startTestApi();
  const created = await gql<{ createInstitutions: { institutions: Array<{ id: string; name: string }> } }>(
    api.url,
    `mutation ($input: [InstitutionCreateInput!]!) { createInstitutions(input: $input) { institutions { id name } } }`,
    { input: NASTY.map((s) => ({ name: `${prefix} ${s}`, shortName: s, kind: 'OTHER' })) },
    await adminHeader(),
  );
  expect(created.errors).toBeUndefined();
  stored.push(...(created.data?.createInstitutions.institutions ?? []));
});

afterAll(async () => {
  await api.driver.executeQuery('MATCH (i:Institution) WHERE i.name STARTS WITH $prefix DETACH DELETE i', {
    prefix,
  });
  await api.stop();
});

const FIND = 'query ($where: InstitutionWhere) { institutions(where: $where) { id name } }';

describe('hostile strings', () => {
  it('are stored verbatim', async () => {
    expect(stored.map((s) => s.name).sort()).toEqual(NASTY.map((s) => `${prefix} ${s}`).sort());
    expect(await fingerprint()).toMatchObject({
      voivodeships: 16,
      sectors: 4,
      own: expect.arrayContaining([]),
    });
  });

  it.each(NASTY)('find only their own record in every string filter: %s', async (nasty) => {
    const own = stored.find((s) => s.name === `${prefix} ${nasty}`)?.id;
    const before = await fingerprint();
    const filters = [
      { name: { eq: `${prefix} ${nasty}` } },
      { shortName: { eq: nasty } },
      { shortName: { in: [nasty, `${nasty}x`] } },
      { name: { endsWith: nasty }, shortName: { startsWith: nasty } },
      { name: { contains: nasty }, shortName: { contains: nasty } },
      { id: { eq: nasty } },
      { NOT: { shortName: { eq: nasty } }, name: { startsWith: `${prefix} ${nasty}` } },
    ];
    const answers = [];
    for (const where of filters) {
      const res = await gql<{ institutions: Array<{ id: string }> }>(api.url, FIND, { where });
      expect(res.errors).toBeUndefined();
      answers.push((res.data?.institutions ?? []).map((i) => i.id));
    }
    expect(answers).toEqual([[own], [own], [own], [own], [own], [], []]);
    expect(await fingerprint()).toEqual(before);
  });

  it('stay data when written into the query text itself', async () => {
    for (const nasty of NASTY) {
      const literal = JSON.stringify(nasty); // a GraphQL string literal escapes like JSON
      const res = await gql<{ institutions: Array<{ name: string }> }>(
        api.url,
        `{ institutions(where: { shortName: { eq: ${literal} } }) { name } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.institutions).toEqual([{ name: `${prefix} ${nasty}` }]);
    }
  });

  it('are refused as input, not run, by the custom queries', async () => {
    const before = await fingerprint();
    for (const nasty of NASTY) {
      const res = await gql(api.url, 'query ($t: String!) { areaNetwork(teryt: $t) { nodes { id } } }', {
        t: nasty,
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'teryt' });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('in a full-text phrase are search syntax: valid ones search, broken ones are the caller’s error', async () => {
    const SEARCH = 'query ($p: String!) { institutionsByName(phrase: $p) { edges { node { id } } } }';
    const found = await gql<{ institutionsByName: { edges: unknown[] } }>(api.url, SEARCH, {
      p: '"krzemienny krąg"',
    });
    expect(found.errors).toBeUndefined();
    expect(found.data?.institutionsByName.edges.length).toBeGreaterThan(0);
    for (const nasty of NASTY) {
      const res = await gql(api.url, SEARCH, { p: nasty });
      // Either Lucene reads it as terms (and finds nothing harmful) or it is a syntax error.
      if (res.errors) {
        expect(res.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'phrase' });
        expect(res.errors[0]?.message).not.toMatch(/lucene|ParseException|Caused by/i);
      }
    }
  });
});
