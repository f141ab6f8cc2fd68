import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';

// An area reaches outside only through partnerships and collaborations of at most
// BOUNDARY_MAX_MEMBERS members; larger ones keep their members inside the area, lose those outside,
// and are named. On the demo data: the 2019 meeting in Bałtów (six participants: KOOWES, the ROPS
// and the marshal's office from Kielce, the LGD, PCPR and PUP of powiat ostrowiecki) is the only
// way the powiat reaches Kielce. With the limit at 5 it is cut; at the default (50) it is not.

let api: Splot;
let cutApi: Splot;

beforeAll(async () => {
  api = await startTestApi();
  cutApi = await startTestApi({ BOUNDARY_MAX_MEMBERS: '5' });
});
afterAll(async () => {
  await api?.stop();
  await cutApi?.stop();
});

const MEETING = 'spotkanie-2019-baltow';
const KIELCE = ['koowes', 'rops-swietokrzyskie', 'umws'];

const NETWORK = `query ($teryt: String!, $mode: NetworkMode, $asOf: String) {
  areaNetwork(teryt: $teryt, mode: $mode, asOf: $asOf) {
    nodes { id type outside }
    edges { id source target }
    boundary { maxMembers cut { id label type members inside } }
  }
}`;

interface Net {
  nodes: Array<{ id: string; type: string; outside: boolean }>;
  edges: Array<{ id: string; source: string; target: string }>;
  boundary: {
    maxMembers: number;
    cut: Array<{ id: string; label: string; type: string; members: number; inside: number }>;
  } | null;
}

async function network(url: string, variables: Record<string, unknown>): Promise<Net> {
  const res = await gql<{ areaNetwork: Net }>(url, NETWORK, variables);
  expect(res.errors).toBeUndefined();
  return res.data?.areaNetwork as Net;
}

const outsideIds = (net: Net) =>
  net.nodes
    .filter((n) => n.outside)
    .map((n) => n.id)
    .sort();

describe('the bounded boundary (BOUNDARY_MAX_MEMBERS)', () => {
  it('reaches Kielce through the six-member meeting at the default limit, and says nothing is cut', async () => {
    const net = await network(api.url, { teryt: '2607' });
    expect(net.boundary).toEqual({ maxMembers: 50, cut: [] });
    expect(outsideIds(net)).toEqual(expect.arrayContaining(KIELCE));
  });

  it('leaves out the members outside the area of a larger affiliation, names it, and keeps its ties inside', async () => {
    const [full, cut] = await Promise.all([
      network(api.url, { teryt: '2607' }),
      network(cutApi.url, { teryt: '2607' }),
    ]);
    expect(cut.boundary?.maxMembers).toBe(5);
    const meeting = cut.boundary?.cut.find((c) => c.id === MEETING);
    // Six participants in all; three of them in the powiat (the LGD, the PCPR and the PUP).
    expect(meeting).toMatchObject({ type: 'COLLABORATION', members: 6, inside: 3 });
    expect(meeting?.label).toContain('Bałtowie');
    for (const c of cut.boundary?.cut ?? []) expect(c.members).toBeGreaterThan(5);
    for (const id of KIELCE) expect(outsideIds(cut)).not.toContain(id);
    // The area's own institutions and the ties among them are those of the unbounded answer.
    const insideOf = (net: Net) => new Set(net.nodes.filter((n) => !n.outside).map((n) => n.id));
    expect([...insideOf(cut)].sort()).toEqual([...insideOf(full)].sort());
    const inside = insideOf(full);
    const insideTies = (net: Net) =>
      net.edges
        .filter((e) => inside.has(e.source) && inside.has(e.target))
        .map((e) => e.id)
        .sort();
    expect(insideTies(cut)).toEqual(insideTies(full));
    expect(insideTies(cut)).toContain('lgd-krzemienny-krag--pcpr-ostrowiec');
    // Whoever is still outside is reached through an affiliation under the limit.
    for (const id of outsideIds(cut)) expect(outsideIds(full)).toContain(id);
  });

  it('draws the cut meeting in the two-mode view with its members inside only', async () => {
    const net = await network(cutApi.url, { teryt: '2607', mode: 'AFFILIATIONS' });
    const members = net.edges.filter((e) => e.target === MEETING).map((e) => e.source);
    expect(members.sort()).toEqual(['lgd-krzemienny-krag', 'pcpr-ostrowiec', 'pup-ostrowiec']);
    expect(net.boundary?.cut.map((c) => c.id)).toContain(MEETING);
  });

  it('counts the cut before the meeting as nothing: the list follows the date', async () => {
    const net = await network(cutApi.url, { teryt: '2607', asOf: '2018-01-01' });
    expect(net.boundary?.cut.map((c) => c.id)).not.toContain(MEETING);
  });

  it('gives the sector matrix, the export and the network the same boundary', async () => {
    const net = await network(cutApi.url, { teryt: '2607' });
    const res = await gql<{
      sectorMatrix: {
        boundary: { partners: number; bound: { maxMembers: number; cut: Array<{ id: string }> } };
      };
    }>(
      cutApi.url,
      '{ sectorMatrix(teryt: "2607") { boundary { partners bound { maxMembers cut { id } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const boundary = res.data?.sectorMatrix.boundary;
    expect(boundary?.partners).toBe(outsideIds(net).length);
    expect(boundary?.bound.cut.map((c) => c.id)).toEqual(net.boundary?.cut.map((c) => c.id));

    const file = (await (await fetch(`${cutApi.url}/export/2607.json`)).json()) as {
      graph: { boundaryLeftOut: string | null };
      nodes: Array<{ id: string; outside: boolean }>;
    };
    expect(
      file.nodes
        .filter((n) => n.outside)
        .map((n) => n.id)
        .sort(),
    ).toEqual(outsideIds(net));
    expect(file.graph.boundaryLeftOut).toContain(`[${MEETING}] (6 members)`);
    const plain = (await (await fetch(`${api.url}/export/2607.json`)).json()) as {
      graph: { boundaryLeftOut: string | null };
    };
    expect(plain.graph.boundaryLeftOut).toBeNull();
  });

  it('lets a cut affiliation tie no one outside, in any area of the demo data and any limit', async () => {
    const areas = await gql<{ areasWithData: Array<{ teryt: string }> }>(
      api.url,
      '{ areasWithData { teryt } }',
    );
    expect(areas.errors).toBeUndefined();
    let checked = 0;
    for (const max of [2, 5]) {
      const limited = await startTestApi({ BOUNDARY_MAX_MEMBERS: String(max) });
      try {
        for (const { teryt } of areas.data?.areasWithData ?? []) {
          if (teryt === 'PL') continue;
          const net = await network(limited.url, { teryt, mode: 'AFFILIATIONS' });
          const outside = new Set(outsideIds(net));
          for (const c of net.boundary?.cut ?? []) {
            const members = net.edges.filter((e) => e.target === c.id).map((e) => e.source);
            expect(
              members.filter((m) => outside.has(m)),
              `${teryt} ${c.id} at ${max}`,
            ).toEqual([]);
            expect(members.length).toBe(c.inside);
            checked++;
          }
        }
      } finally {
        await limited.stop();
      }
    }
    expect(checked).toBeGreaterThan(3);
    // Two more APIs to start on a busy machine.
  }, 120_000);

  it('has no boundary for the whole country', async () => {
    const net = await network(cutApi.url, { teryt: 'PL' });
    expect(net.boundary).toBeNull();
  });
});
