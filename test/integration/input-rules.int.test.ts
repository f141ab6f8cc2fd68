import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi, uniquePrefix } from '../helpers/api.js';
import { authHeader, gqlAsAdmin } from '../helpers/tokens.js';

// The generated mutations refuse input that breaks the shared rules (domain/src/rules),
// naming the field, and write nothing; valid input goes through.

let api: Splot;
const prefix = uniquePrefix('rules');

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.driver.executeQuery(
    'MATCH (n) WHERE (n:Institution OR n:Partnership) AND (n.name STARTS WITH $prefix OR n.id STARTS WITH $prefix) DETACH DELETE n',
    { prefix },
  );
  await api.stop();
});

const CREATE = `mutation ($input: [InstitutionCreateInput!]!) {
  createInstitutions(input: $input) { institutions { id name nip } }
}`;

describe('input rules on the generated mutations', () => {
  it('refuses a bad NIP on create, naming the field, and writes nothing', async () => {
    const name = `${prefix} zły NIP`;
    const res = await gqlAsAdmin(api.url, CREATE, { input: [{ name, kind: 'CIS', nip: '1234567890' }] });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input[0].nip',
    });
    expect(res.errors?.[0]?.message).toMatch(/NIP/);
    const { records } = await api.driver.executeQuery('MATCH (i:Institution {name: $name}) RETURN i', {
      name,
    });
    expect(records).toHaveLength(0);
  });

  it('accepts valid input and checks only the fields an update sends', async () => {
    const created = await gqlAsAdmin<{ createInstitutions: { institutions: Array<{ id: string }> } }>(
      api.url,
      CREATE,
      {
        input: [{ name: `${prefix} CIS`, kind: 'CIS', nip: '5261040828', website: 'https://cis.example.pl' }],
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createInstitutions.institutions[0]?.id;
    const UPDATE = `mutation ($id: ID!, $update: InstitutionUpdateInput) {
      updateInstitutions(where: { id: { eq: $id } }, update: $update) { institutions { phone website } }
    }`;
    const ok = await gqlAsAdmin(api.url, UPDATE, { id, update: { phone: { set: '+48 41 265 00 00' } } });
    expect(ok.errors).toBeUndefined();
    const bad = await gqlAsAdmin(api.url, UPDATE, { id, update: { website: { set: 'cis.example.pl' } } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'update.website',
    });
  });

  it('reads dates as dates: a partnership in order is accepted', async () => {
    const res = await gqlAsAdmin(
      api.url,
      `mutation ($input: [PartnershipCreateInput!]!) { createPartnerships(input: $input) { partnerships { id } } }`,
      {
        input: [
          {
            name: `${prefix} partnerstwo w porządku`,
            signedOn: '2020-01-15',
            endedOn: '2021-01-01',
            // No document at hand, said so: every tie cites a source or says it has none (item 7).
            unsourced: true,
          },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
  });

  it('refuses a partnership that ends before it starts', async () => {
    const res = await gqlAsAdmin(
      api.url,
      `mutation ($input: [PartnershipCreateInput!]!) { createPartnerships(input: $input) { partnerships { id } } }`,
      { input: [{ name: `${prefix} partnerstwo`, signedOn: '2020-01-15', endedOn: '2019-01-01' }] },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input[0].endedOn',
    });
  });
});

describe('S7: the rules hold for every input form', () => {
  let editor: Record<string, string>;
  let institution: string;
  let partnership: string;
  const area = `2697${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;

  beforeAll(async () => {
    editor = await authHeader('editor', ['26']);
    await api.driver.executeQuery(
      `MATCH (v:Area {teryt: '26'})
       CREATE (a:Area {teryt: $area, name: $prefix + ' gmina', level: 'GMINA'})-[:PART_OF]->(v)
       CREATE (:Institution {id: $prefix + '-i', name: $prefix + ' CIS', kind: 'CIS', nip: '5261040828'})-[:LOCATED_IN]->(a)
       CREATE (:Partnership {id: $prefix + '-p', name: $prefix + ' partnerstwo', signedOn: date('2020-01-15'),
               membersDeclared: 10})-[:COVERS]->(a)`,
      { prefix, area },
    );
    institution = `${prefix}-i`;
    partnership = `${prefix}-p`;
  });

  afterAll(async () => {
    await api.driver.executeQuery('MATCH (a:Area {teryt: $area}) DETACH DELETE a', { area });
  });

  const stored = async (label: string, key: string, field: string) => {
    const { records } = await api.driver.executeQuery(
      `MATCH (n:${label} {id: $key}) RETURN toString(n[$field]) AS v`,
      { key, field },
    );
    return records[0]?.get('v') as string | null;
  };
  const updateInstitution = (update: string) =>
    gql(
      api.url,
      `mutation ($id: ID!) { updateInstitutions(where: { id: { eq: $id } }, update: { ${update} }) { institutions { id } } }`,
      { id: institution },
      editor,
    );
  const updatePartnership = (update: string) =>
    gql(
      api.url,
      `mutation ($id: ID!) { updatePartnerships(where: { id: { eq: $id } }, update: { ${update} }) { partnerships { id } } }`,
      { id: partnership },
      editor,
    );

  it.each([
    ['nip_SET: "123"', 'nip', '5261040828'],
    ['email_SET: "not-an-email"', 'email', null],
    ['website_SET: "javascript:alert(1)"', 'website', null],
    ['name_SET: ""', 'name', `${prefix} CIS`],
    ['founded_SET: "2999-01-01"', 'founded', null],
  ])('S7 an institution update through the deprecated %s is refused', async (update, field, before) => {
    const res = await updateInstitution(update);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: `update.${field}`,
    });
    expect(await stored('Institution', institution, field)).toBe(before);
  });

  it('S7 membersDeclared cannot go negative, set or decremented', async () => {
    const set = await updatePartnership('membersDeclared_SET: -50');
    expect(set.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const decremented = await updatePartnership('membersDeclared: { subtract: 60 }');
    expect(decremented.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: `Partnership(${partnership}).membersDeclared`,
    });
    const deprecated = await updatePartnership('membersDeclared_DECREMENT: 60');
    expect(deprecated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await stored('Partnership', partnership, 'membersDeclared')).toBe('10');
  });

  it('S7 an update that sets only the end date is checked against the stored start', async () => {
    for (const update of ['endedOn: { set: "2019-01-01" }', 'endedOn_SET: "2019-01-01"']) {
      const res = await updatePartnership(update);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: `Partnership(${partnership}).endedOn`,
      });
    }
    expect(await stored('Partnership', partnership, 'endedOn')).toBeNull();
    const ok = await updatePartnership('endedOn: { set: "2021-01-01" }');
    expect(ok.errors).toBeUndefined();
  });

  it('S7 a nested create is checked like a top-level one', async () => {
    const name = `${prefix} zagnieżdżona`;
    const res = await gql(
      api.url,
      `mutation ($id: ID!, $name: String!, $area: String!) { updatePartnerships(where: { id: { eq: $id } }, update: { members: [{ create: [{
        node: { name: $name, kind: CIS, nip: "123", area: { connect: [{ where: { node: { teryt: { eq: $area } } } }] } },
        edge: { since: "2021-01-01", until: "2020-01-01" } }] }] }) { partnerships { id } } }`,
      { id: partnership, name, area },
      editor,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'update.members[0].create[0].node.nip',
    });
    const { records } = await api.driver.executeQuery('MATCH (i:Institution {name: $name}) RETURN i', {
      name,
    });
    expect(records).toHaveLength(0);
  });
});
