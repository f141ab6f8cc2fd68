import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';

// tieSources / affiliationSources over the demo data (read only): why a line is drawn.

let api: Splot;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const FIELDS = `id type label kind start end datePrecision
  sources { id title publisher file publishedOn quote }
  members { id name role asWritten identifiedBy }`;
const TIE = `query ($a: ID!, $b: ID!) { tieSources(a: $a, b: $b) { ${FIELDS} } }`;

interface Provenance {
  id: string;
  type: string;
  start: string | null;
  datePrecision: string | null;
  sources: Array<{ title: string; file: string; publishedOn: string | null; quote: string }>;
  members: Array<{ id: string; role: string; asWritten: string; identifiedBy: string[] | null }>;
}

describe('tieSources', () => {
  it('explains a tie by the affiliation behind it, its source, quote, date and both roles', async () => {
    const res = await gql<{ tieSources: Provenance[] }>(api.url, TIE, {
      a: 'fundacja-feniks',
      b: 'cis-czestochowa-feniks',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.tieSources).toHaveLength(1);
    const [visit] = res.data?.tieSources ?? [];
    expect(visit).toMatchObject({
      id: 'wizyta-studyjna-2017',
      type: 'COLLABORATION',
      start: '2017-06-20',
      datePrecision: 'DAY',
    });
    expect(visit?.sources).toEqual([
      expect.objectContaining({
        file: '003_e324ae9206486107.txt',
        publishedOn: '2017-06-21',
        quote: expect.stringContaining('20-21 czerwca 2017'),
      }),
    ]);
    expect(visit?.members.map((m) => [m.id, m.role])).toEqual([
      ['cis-czestochowa-feniks', 'HOST'],
      ['fundacja-feniks', 'HOST'],
    ]);
  });

  it('lists every shared affiliation, dated ones first', async () => {
    const res = await gql<{ tieSources: Provenance[] }>(api.url, TIE, {
      a: 'ss-miod-i-wino',
      b: 'ss-perunica',
    });
    expect(res.data?.tieSources.map((x) => x.id)).toEqual([
      'wizyta-studyjna-2017',
      'restauracja-nowy-spichlerz',
    ]);
  });

  it('shows the pages that name an institution its source names only by kind', async () => {
    const res = await gql<{ tieSources: Provenance[] }>(api.url, TIE, {
      a: 'pcpr-ostrowiec',
      b: 'pup-ostrowiec',
    });
    const members = res.data?.tieSources[0]?.members ?? [];
    expect(members.map((m) => m.asWritten)).toEqual([
      'Powiatowego Centrum Pomocy Rodzinie (PCPR)',
      'Powiatowego Urzędu Pracy (PUP)',
    ]);
    for (const m of members) expect(m.identifiedBy?.length).toBeGreaterThan(0);
  });

  it('answers [] for institutions that share nothing', async () => {
    const res = await gql<{ tieSources: Provenance[] }>(api.url, TIE, { a: 'barka', b: 'crzl' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.tieSources).toEqual([]);
  });

  it('refuses an unknown or repeated institution with BAD_USER_INPUT naming the argument', async () => {
    const unknown = await gql(api.url, TIE, { a: 'barka', b: 'no-such-institution' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'b' });
    expect(unknown.errors?.[0]?.message).toContain('no-such-institution');
    const same = await gql(api.url, TIE, { a: 'barka', b: 'barka' });
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'b' });
  });
});

describe('affiliationSources', () => {
  const ONE = `query ($id: ID!) { affiliationSources(id: $id) { ${FIELDS} } }`;

  it('gives a partnership with its source, quote and named members', async () => {
    const res = await gql<{ affiliationSources: Provenance | null }>(api.url, ONE, {
      id: 'lubelskie-partnerstwo-es',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.affiliationSources).toMatchObject({
      type: 'PARTNERSHIP',
      start: '2010-11-01',
      datePrecision: 'MONTH',
      sources: [{ file: '001_f31fb7124ed33116.txt', quote: expect.stringContaining('listopadzie 2010') }],
    });
    expect(res.data?.affiliationSources?.members.map((m) => m.role).sort()).toEqual([
      'INITIATOR',
      'SECRETARIAT',
    ]);
  });

  it('answers null for an unknown id', async () => {
    const res = await gql<{ affiliationSources: Provenance | null }>(api.url, ONE, {
      id: 'no-such-affiliation',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.affiliationSources).toBeNull();
  });
});

describe('declared (unnamed) participants', () => {
  it('cannot be written through the API, not even nested in a partnership', async () => {
    const top = await gql(api.url, 'mutation { deleteUnnamedParticipants { nodesDeleted } }');
    expect(top.errors?.[0]?.message).toMatch(/Cannot query field "deleteUnnamedParticipants"/);
    const nested = await gql(
      api.url,
      `mutation { updatePartnerships(where: { id: { eq: "lubelskie-partnerstwo-es" } },
         update: { unnamed: [{ delete: [{ where: {} }] }] }) { info { nodesDeleted } } }`,
    );
    expect(nested.errors?.[0]?.message).toMatch(/unnamed/);
    const res = await gql<{ partnerships: Array<{ unnamed: unknown[] }> }>(
      api.url,
      '{ partnerships(where: { id: { eq: "lubelskie-partnerstwo-es" } }) { unnamed { label } } }',
    );
    expect(res.data?.partnerships[0]?.unnamed).toHaveLength(3);
  });
});
