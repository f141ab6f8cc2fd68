import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../server/src/seed/read-seed.js';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';

// Holds the demo data, as the API serves it, to what the five source documents say. The global
// setup loaded cypher/seed/ into the shared database; these tests only read.

let api: Splot;
const seed = readSeed();

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

interface Edge<P, N> {
  properties: P;
  node: N;
}
interface SourceEdges {
  sourcesConnection: { edges: Array<Edge<{ quote: string | null }, { title: string; file: string }>> };
}
interface Partnership extends SourceEdges {
  id: string;
  name: string;
  signedOn: string | null;
  datePrecision: string | null;
  membersDeclared: number | null;
  covers: Array<{ teryt: string }>;
  membersConnection: {
    edges: Array<Edge<{ role: string; asWritten: string }, { id: string; name: string }>>;
  };
}

const PARTNERSHIPS = `query ($where: PartnershipWhere) {
  partnerships(where: $where, limit: 10) {
    id name signedOn datePrecision membersDeclared
    covers { teryt }
    membersConnection { edges { properties { role asWritten } node { id name } } }
    sourcesConnection { edges { properties { quote } node { title file } } }
  }
}`;

async function partnerships(where: Record<string, unknown>): Promise<Partnership[]> {
  const res = await gql<{ partnerships: Partnership[] }>(api.url, PARTNERSHIPS, { where });
  expect(res.errors).toBeUndefined();
  return res.data?.partnerships ?? [];
}

describe('demo data from the source documents', () => {
  it('has the two Częstochowa partnerships of 2014 with 13 and 11 declared members', async () => {
    const found = await partnerships({ covers: { some: { teryt: { eq: '2464011' } } } });
    const declared = Object.fromEntries(found.map((p) => [p.name, p.membersDeclared]));
    expect(declared).toEqual({
      'Partnerstwo na rzecz aktywności lokalnej „Raków-Reaktywacja”': 13,
      'Partnerstwo na rzecz aktywności lokalnej „Stare Miasto-Nowe Życie”': 11,
    });
    for (const p of found) {
      expect(p).toMatchObject({ signedOn: '2014-10-28', datePrecision: 'NOT_AFTER' });
      // The text names none of the members: none may have been made up.
      expect(p.membersConnection.edges).toEqual([]);
      expect(p.sourcesConnection.edges[0]?.node.file).toBe('000_11d9627f54c11e02.txt');
    }
  });

  it('dates the Lublin partnership to November 2010 with KOZIOŁEK as its initiator', async () => {
    const [lublin] = await partnerships({ covers: { some: { teryt: { eq: '0663011' } } } });
    expect(lublin).toMatchObject({
      name: 'Lubelskie Partnerstwo na Rzecz Rozwoju Ekonomii Społecznej',
      signedOn: '2010-11-01',
      datePrecision: 'MONTH',
    });
    const initiators = lublin?.membersConnection.edges.filter((e) => e.properties.role === 'INITIATOR');
    expect(initiators?.map((e) => e.node.name)).toEqual(['Lubelska Spółdzielnia Socjalna „KOZIOŁEK”']);
  });

  it('has the 2014 project consortium led by CRZL with its four named partners', async () => {
    const res = await gql<{
      collaborations: Array<{
        startedOn: string;
        participantsConnection: {
          edges: Array<Edge<{ role: string; identifiedBy: string[] | null }, { name: string }>>;
        };
      }>;
    }>(
      api.url,
      `{ collaborations(where: { kind: { eq: PROJECT }, startedOn: { eq: "2014-07-31" } }, limit: 10) {
          startedOn
          participantsConnection { edges { properties { role identifiedBy } node { name } } }
      } }`,
    );
    expect(res.errors).toBeUndefined();
    const [project] = res.data?.collaborations ?? [];
    const byRole = (role: string) =>
      (project?.participantsConnection.edges ?? [])
        .filter((e) => e.properties.role === role)
        .map((e) => e.node.name)
        .sort();
    expect(byRole('LEAD')).toEqual(['Centrum Rozwoju Zasobów Ludzkich']);
    expect(byRole('PARTNER')).toEqual([
      'Fundacja Inicjatyw Społeczno-Ekonomicznych',
      'Ogólnopolski Związek Rewizyjny Spółdzielni Socjalnych',
      'Stowarzyszenie Na Rzecz Spółdzielni Socjalnych',
      'Uniwersytet Warszawski',
    ]);
    // The author calls itself only "we": its name must cite the page that gives it.
    const author = project?.participantsConnection.edges.find(
      (e) => e.node.name === 'Stowarzyszenie Na Rzecz Spółdzielni Socjalnych',
    );
    expect(author?.properties.identifiedBy?.length).toBeGreaterThan(0);
  });

  it('keeps participants named only by kind as declared data, not as institutions', async () => {
    const res = await gql<{
      collaborations: Array<{ unnamed: Array<{ kind: string | null; asWritten: string }> }>;
      institutions: Array<{ id: string }>;
    }>(
      api.url,
      `{ collaborations(where: { id: { eq: "spotkanie-2019-baltow" } }) { unnamed { kind asWritten } }
         institutions(where: { kind: { eq: OPS }, area: { some: { teryt: { startsWith: "2607" } } } }) { id } }`,
    );
    expect(res.errors).toBeUndefined();
    const kinds = res.data?.collaborations[0]?.unnamed.map((u) => u.kind);
    expect(kinds).toEqual(expect.arrayContaining(['OPS', 'GMINA_OFFICE', 'WTZ', 'CIS']));
    expect(res.data?.institutions).toEqual([]);
  });

  it('cites at least one source with a quote for every partnership and collaboration', async () => {
    const ids = [...seed.partnerships.map((p) => p.id), ...seed.collaborations.map((c) => c.id)];
    const res = await gql<{ partnerships: SourceEdges[]; collaborations: SourceEdges[] }>(
      api.url,
      `query ($ids: [ID!]) {
        partnerships(where: { id: { in: $ids } }) { sourcesConnection { edges { properties { quote } node { title file } } } }
        collaborations(where: { id: { in: $ids } }) { sourcesConnection { edges { properties { quote } node { title file } } } }
      }`,
      { ids },
    );
    expect(res.errors).toBeUndefined();
    const all = [...(res.data?.partnerships ?? []), ...(res.data?.collaborations ?? [])];
    expect(all).toHaveLength(ids.length);
    for (const x of all) {
      expect(x.sourcesConnection.edges.length).toBeGreaterThan(0);
      for (const e of x.sourcesConnection.edges) expect(e.properties.quote?.length).toBeGreaterThan(0);
    }
  });

  it('gives every institution of the documents exactly one sector and one area', async () => {
    const ids = seed.institutions.map((i) => i.id);
    const res = await gql<{
      institutions: Array<{ id: string; sector: Array<{ code: string }>; area: Array<{ teryt: string }> }>;
    }>(
      api.url,
      'query ($ids: [ID!]) { institutions(where: { id: { in: $ids } }) { id sector { code } area { teryt } } }',
      {
        ids,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.institutions.map((i) => i.id).sort()).toEqual([...ids].sort());
    for (const i of res.data?.institutions ?? []) {
      expect(i.sector, i.id).toHaveLength(1);
      expect(i.area, i.id).toHaveLength(1);
    }
  });

  it('resolves every source of the documents with its file', async () => {
    const res = await gql<{ sources: Array<{ id: string; file: string }> }>(
      api.url,
      'query ($ids: [ID!]) { sources(where: { id: { in: $ids } }) { id file } }',
      { ids: seed.sources.map((s) => s.id) },
    );
    expect(res.data?.sources.map((s) => s.file).sort()).toEqual(seed.sources.map((s) => s.file).sort());
  });

  it('draws tied networks for powiat ostrowiecki and for Częstochowa', async () => {
    const NET = 'query ($t: String!) { areaNetwork(teryt: $t) { nodes { id } edges { source target } } }';
    type Net = {
      areaNetwork: { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string }> };
    };
    const ostrowiecki = await gql<Net>(api.url, NET, { t: '2607' });
    expect(ostrowiecki.data?.areaNetwork.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['lgd-krzemienny-krag', 'pcpr-ostrowiec', 'pup-ostrowiec']),
    );
    expect(ostrowiecki.data?.areaNetwork.edges.length).toBeGreaterThan(0);
    const czestochowa = await gql<Net>(api.url, NET, { t: '2464' });
    const edges = czestochowa.data?.areaNetwork.edges.map((e) => [e.source, e.target].sort().join(' ')) ?? [];
    expect(edges).toContain('cis-czestochowa-feniks fundacja-feniks');
  });
});
