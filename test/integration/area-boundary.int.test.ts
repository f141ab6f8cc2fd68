import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';

// An area's network holds the institutions outside it that share a partnership or collaboration
// with one inside (flagged `outside`), and the whole country is an area. Read on the demo data:
// the 2019 meeting in Bałtów, on powiat ostrowiecki (2607), was organised by the OWES and the ROPS
// seated in Kielce and attended by the marshal's office, none of them in the powiat.

let api: Splot;
let tightApi: Splot;

beforeAll(async () => {
  api = await startTestApi();
  tightApi = await startTestApi({ NETWORK_MAX_TIES: '3' });
});
afterAll(async () => {
  await api?.stop();
  await tightApi?.stop();
});

const NETWORK = `query ($teryt: String!, $mode: NetworkMode, $asOf: String, $sectors: [SectorCode!],
    $tieKinds: [TieKind!]) {
  areaNetwork(teryt: $teryt, mode: $mode, asOf: $asOf, sectors: $sectors, tieKinds: $tieKinds) {
    area { teryt name level }
    nodes { id type sector outside }
    edges { id source target }
  }
}`;

interface Net {
  areaNetwork: {
    area: { teryt: string; name: string; level: string };
    nodes: Array<{ id: string; type: string; sector: string | null; outside: boolean }>;
    edges: Array<{ id: string; source: string; target: string }>;
  };
}

const KIELCE = ['koowes', 'rops-swietokrzyskie', 'umws'];
const OSTROWIEC = ['lgd-krzemienny-krag', 'pcpr-ostrowiec', 'pup-ostrowiec'];
const MEETING = 'spotkanie-2019-baltow';

async function network(variables: Record<string, unknown>, url = api.url) {
  const res = await gql<Net>(url, NETWORK, variables);
  expect(res.errors).toBeUndefined();
  return res.data?.areaNetwork as Net['areaNetwork'];
}

const outsideIds = (net: Net['areaNetwork']) =>
  net.nodes
    .filter((n) => n.outside)
    .map((n) => n.id)
    .sort();

describe('the area boundary', () => {
  it('holds the partners of powiat ostrowiecki outside it: the OWES and the ROPS from Kielce, flagged outside', async () => {
    const net = await network({ teryt: '2607' });
    expect(outsideIds(net)).toEqual(KIELCE);
    for (const id of OSTROWIEC) expect(net.nodes.find((n) => n.id === id)?.outside).toBe(false);
    const outside = new Set(KIELCE);
    // Every outside node is tied to the area; two outside nodes are never tied to each other.
    for (const id of KIELCE) {
      expect(
        net.edges.some(
          (e) => (e.source === id || e.target === id) && !outside.has(e.source === id ? e.target : e.source),
        ),
      ).toBe(true);
    }
    expect(net.edges.filter((e) => outside.has(e.source) && outside.has(e.target))).toEqual([]);
    expect(net.edges.map((e) => e.id)).toContain('koowes--pcpr-ostrowiec');
  });

  it('holds them in the two-mode view too, as members of the meeting', async () => {
    const net = await network({ teryt: '2607', mode: 'AFFILIATIONS' });
    expect(outsideIds(net)).toEqual(KIELCE);
    expect(net.nodes.find((n) => n.id === MEETING)).toMatchObject({ type: 'COLLABORATION', outside: false });
    const ids = net.edges.map((e) => e.id);
    for (const id of [...KIELCE, ...OSTROWIEC]) expect(ids).toContain(`${id}->${MEETING}`);
  });

  it('applies the filters and the date to the partners outside as to those inside', async () => {
    const publicOnly = await network({ teryt: '2607', sectors: ['PUBLIC'] });
    const koowesSector = (await network({ teryt: '2607' })).nodes.find((n) => n.id === 'koowes')?.sector;
    expect(koowesSector).not.toBe('PUBLIC');
    expect(outsideIds(publicOnly)).toEqual(['rops-swietokrzyskie', 'umws']);
    expect(publicOnly.nodes.every((n) => n.sector === 'PUBLIC')).toBe(true);
    // Before the meeting, and with partnerships only, nothing ties the powiat to Kielce.
    expect(outsideIds(await network({ teryt: '2607', asOf: '2018-01-01' }))).toEqual([]);
    expect(outsideIds(await network({ teryt: '2607', tieKinds: ['PARTNERSHIP'] }))).toEqual([]);
    expect(outsideIds(await network({ teryt: '2607', mode: 'AFFILIATIONS', asOf: '2018-01-01' }))).toEqual(
      [],
    );
  });

  it('keeps the sector matrix and E-I inside the area and counts the ties leaving it per sector', async () => {
    const net = await network({ teryt: '2607' });
    const outside = new Set(outsideIds(net));
    const crossing = net.edges.filter((e) => outside.has(e.source) !== outside.has(e.target));
    const inside = net.edges.filter((e) => !outside.has(e.source) && !outside.has(e.target));
    const res = await gql<{
      sectorMatrix: {
        institutions: number;
        ties: number;
        ei: { internal: number; external: number };
        boundary: {
          ties: number;
          partners: number;
          sectors: Array<{ sector: string; ties: number; partners: number }>;
        };
      };
    }>(
      api.url,
      `{ sectorMatrix(teryt: "2607") { institutions ties ei { internal external }
         boundary { ties partners sectors { sector ties partners } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const m = res.data?.sectorMatrix;
    expect(m?.institutions).toBe(net.nodes.length - outside.size);
    expect(m?.ties).toBe(inside.length);
    expect((m?.ei.internal ?? 0) + (m?.ei.external ?? 0)).toBe(inside.length);
    expect(m?.boundary.ties).toBe(crossing.length);
    expect(m?.boundary.partners).toBe(outside.size);
    const sectorOf = new Map(net.nodes.map((n) => [n.id, n.sector ?? 'UNKNOWN']));
    for (const s of m?.boundary.sectors ?? []) {
      const mine = crossing.filter(
        (e) => sectorOf.get(outside.has(e.source) ? e.target : e.source) === s.sector,
      );
      expect(s.ties, s.sector).toBe(mine.length);
    }
  });
});

describe('the whole country as an area', () => {
  it('answers areaNetwork for PL (and 00) with every institution and no boundary', async () => {
    const net = await network({ teryt: 'PL' });
    expect(net.area).toEqual({ teryt: 'PL', name: 'Polska', level: 'COUNTRY' });
    const { records } = await api.driver.executeQuery('MATCH (i:Institution) RETURN count(i) AS n');
    expect(net.nodes).toHaveLength(Number(records[0]?.get('n')));
    expect(outsideIds(net)).toEqual([]);
    expect(net.edges.map((e) => e.id)).toContain('koowes--pcpr-ostrowiec');
    const zero = await network({ teryt: '00', mode: 'AFFILIATIONS' });
    expect(zero.area.teryt).toBe('PL');
    expect(zero.nodes.some((n) => n.id === MEETING)).toBe(true);
    const matrix = await gql<{
      sectorMatrix: { area: { teryt: string }; institutions: number; boundary: { ties: number } };
    }>(api.url, '{ sectorMatrix(teryt: "PL") { area { teryt } institutions boundary { ties } } }');
    expect(matrix.errors).toBeUndefined();
    expect(matrix.data?.sectorMatrix).toEqual({
      area: { teryt: 'PL' },
      institutions: net.nodes.length,
      boundary: { ties: 0 },
    });
  });

  it('refuses a country network past NETWORK_MAX_TIES with a message giving its size, still answering the two-mode one', async () => {
    const refused = await gql(tightApi.url, NETWORK, { teryt: 'PL' });
    const error = refused.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'teryt' });
    expect(error?.message).toMatch(
      /^This network has [\d,]+ institutions and [\d,]+ ties, more than 3 ties\. Choose a smaller area/,
    );
    const twoMode = await network({ teryt: 'PL', mode: 'AFFILIATIONS' }, tightApi.url);
    expect(twoMode.edges.length).toBeGreaterThan(3);
  });

  it('names the code of an unknown or malformed area', async () => {
    const unknown = await gql(api.url, NETWORK, { teryt: '9999' });
    expect(unknown.errors?.[0]?.message).toBe('No area has the TERYT code "9999".');
    const malformed = await gql(api.url, NETWORK, { teryt: 'abc' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'teryt',
    });
    expect(malformed.errors?.[0]?.message).toContain('"abc" is not a TERYT code');
  });
});
