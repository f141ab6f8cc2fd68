import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi, uniquePrefix } from '../helpers/api.js';
import { gqlAsAdmin } from '../helpers/tokens.js';

// The generated mutations refuse input that breaks the shared rules (server/src/domain/rules),
// naming the field, and write nothing; valid input goes through.

let api: Splot;
const prefix = uniquePrefix('rules');

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.driver.executeQuery(
    'MATCH (n) WHERE (n:Institution OR n:Partnership) AND (n.name STARTS WITH $prefix) DETACH DELETE n',
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
        input: [{ name: `${prefix} partnerstwo w porządku`, signedOn: '2020-01-15', endedOn: '2021-01-01' }],
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
