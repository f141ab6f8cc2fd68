import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { areaNetwork, exportQuery } from '../helpers/network.js';
import { createWorld, type World } from '../helpers/world.js';

// The HTTP export against areaNetwork: the same nodes, ties, weights, kinds and dates, for both
// modes and the filters; the download headers; and every bad parameter answered with a 400.

let api: Splot;
let world: World;

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.driver, 'export');
});

afterAll(async () => {
  await world?.remove();
  await api?.stop();
});

interface NodeLink {
  directed: boolean;
  graph: Record<string, unknown> & { areas: Array<{ teryt: string }> };
  nodes: Array<Record<string, unknown> & { id: string }>;
  edges: Array<Record<string, unknown> & { id: string }>;
}

async function exportJson(variables: Record<string, unknown>): Promise<NodeLink> {
  const res = await fetch(`${api.url}/export/${variables.teryt}.json${exportQuery(variables)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as NodeLink;
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('GET /export/{teryt}.json', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['one-mode, no filter', {}],
    ['one-mode as of a date', { asOf: '2015-06-01' }],
    [
      'one-mode, two sectors and tie kinds',
      { sectors: ['PUBLIC', 'MARKET'], tieKinds: ['EVENT', 'PROJECT'] },
    ],
    ['one-mode, kinds', { kinds: ['CIS', 'OPS', 'ASSOCIATION'] }],
    ['two-mode, no filter', { mode: 'AFFILIATIONS' }],
    [
      'two-mode as of a date',
      { mode: 'AFFILIATIONS', asOf: '2018-01-01', tieKinds: ['PARTNERSHIP', 'EVENT'] },
    ],
  ];
  for (const [name, filters] of cases) {
    it(`matches areaNetwork: ${name}`, async () => {
      const variables = { teryt: world.powiat, ...filters };
      const [expected, file] = await Promise.all([areaNetwork(api.url, variables), exportJson(variables)]);
      expect(file.nodes.length).toBeGreaterThan(0);
      expect(
        byId(file.nodes).map(({ id, label, type, sector, kind, outside }) => ({
          id,
          label,
          type,
          sector,
          kind,
          outside,
        })),
      ).toEqual(byId(expected.nodes));
      expect(
        byId(file.edges).map(({ id, source, target, weight, kinds, start, end }) => ({
          id,
          source,
          target,
          weight,
          kinds,
          start,
          end,
        })),
      ).toEqual(byId(expected.edges));
    });
  }

  it('has the seat, founding date, tie periods and the area tree', async () => {
    const file = await exportJson({ teryt: world.powiat });
    expect(file.directed).toBe(false);
    expect(file.graph).toMatchObject({ teryt: world.powiat, mode: 'INSTITUTIONS' });
    // The powiat, its gmina, and the powiat of E, its partner outside.
    expect(file.graph.areas.map((a) => a.teryt).sort()).toEqual(
      [world.powiat, world.other, world.gmina].sort(),
    );
    expect(file.nodes.find((n) => n.id === world.id('A'))).toMatchObject({
      area: world.gmina,
      start: '2010-05-01',
    });
    // A and B: the partnership 2015-03-01..2016-01-01 and the project from 2019.
    expect(file.edges.find((e) => e.id === `${world.id('A')}--${world.id('B')}`)).toMatchObject({
      weight: 2,
      spells: [
        ['2015-03-01', '2016-01-01'],
        ['2019-01-01', null],
      ],
    });
  });

  it('holds the partners outside the area, flagged, with their seats in the area tree', async () => {
    // E, seated in another powiat, is a member of the partnership of A and B.
    for (const mode of ['INSTITUTIONS', 'AFFILIATIONS']) {
      const file = await exportJson({ teryt: world.powiat, mode });
      expect(file.nodes.filter((n) => n.outside === true).map((n) => n.id)).toEqual([world.id('E')]);
      expect(file.nodes.find((n) => n.id === world.id('A'))?.outside).toBe(false);
      expect(file.graph.areas.map((a) => a.teryt).sort()).toEqual(
        [world.powiat, world.other, world.gmina].sort(),
      );
    }
    const oneMode = await exportJson({ teryt: world.powiat });
    expect(oneMode.edges.map((e) => e.id)).toContain(`${world.id('A')}--${world.id('E')}`);
    // Before the partnership, nothing ties E to the powiat.
    const before = await exportJson({ teryt: world.powiat, asOf: '2014-01-01' });
    expect(before.nodes.some((n) => n.outside === true)).toBe(false);
  });

  it('exports the whole country as PL', async () => {
    const file = await exportJson({ teryt: 'PL', kinds: ['FOUNDATION'], tieKinds: ['PARTNERSHIP'] });
    expect(file.graph).toMatchObject({ teryt: 'PL', level: 'COUNTRY' });
    expect(file.nodes.every((n) => n.outside === false)).toBe(true);
    expect(file.nodes.map((n) => n.id)).toContain(world.id('E'));
    expect(file.graph.areas.map((a) => a.teryt)).toEqual(expect.arrayContaining([world.powiat, world.other]));
  });
});

describe('downloads', () => {
  it('names the file and gives each format its content type', async () => {
    const expected: Record<string, string> = {
      gexf: 'application/gexf+xml; charset=utf-8',
      graphml: 'application/graphml+xml; charset=utf-8',
      'csv.zip': 'application/zip',
      json: 'application/json; charset=utf-8',
    };
    for (const [format, type] of Object.entries(expected)) {
      const res = await fetch(
        `${api.url}/export/${world.powiat}.${format}?asOf=2020-01-01&mode=affiliations`,
      );
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="splot-${world.powiat}-2020-01-01-affiliations.${format}"`,
      );
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(200);
    }
    const today = new Date().toISOString().slice(0, 10);
    const res = await fetch(`${api.url}/export/${world.powiat}.gexf`);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="splot-${world.powiat}-${today}.gexf"`,
    );
    await res.arrayBuffer();
  });

  it('answers bad parameters with 400 and a JSON error naming the parameter', async () => {
    const bad: Array<[string, string]> = [
      [`/export/${world.powiat}.xlsx`, 'format'],
      ['/export/26070.gexf', 'teryt'],
      ['/export/9.gexf', 'teryt'],
      [`/export/${world.powiat}9.gexf`, 'teryt'],
      [`/export/${world.powiat}.gexf?mode=both`, 'mode'],
      [`/export/${world.powiat}.gexf?asOf=2019-02-30`, 'asOf'],
      [`/export/${world.powiat}.gexf?sectors=PUBLIC,PRIVATE`, 'sectors'],
      [`/export/${world.powiat}.gexf?kinds=NGO`, 'kinds'],
      [`/export/${world.powiat}.gexf?tieKinds=FRIENDSHIP`, 'tieKinds'],
      [`/export/${world.powiat}.gexf?asOf=2019-01-01&asOf=2020-01-01`, 'asOf'],
    ];
    for (const [path, argumentName] of bad) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await res.json()) as { code: string; message: string; argumentName: string };
      expect(body, path).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
      expect(body.message.length).toBeGreaterThan(10);
    }
  });
});

describe('export processes', () => {
  let single: Splot;
  let queued: Splot;
  beforeAll(async () => {
    single = await startTestApi({ EXPORT_MAX_CONCURRENT: '1', EXPORT_QUEUE_WAIT_MS: '0' });
    queued = await startTestApi({ EXPORT_MAX_CONCURRENT: '1' });
  });
  afterAll(async () => {
    await single?.stop();
    await queued?.stop();
  });

  it('lets exports beyond the allowed number wait their turn', async () => {
    const url = `${queued.url}/export/${world.powiat}.json`;
    const answers = await Promise.all(
      [0, 1, 2].map(async () => {
        const res = await fetch(url);
        return { status: res.status, body: (await res.json()) as NodeLink };
      }),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
  });

  it('answers 429 with Retry-After when no export may wait, and frees the slot after', async () => {
    const url = `${single.url}/export/${world.powiat}.json`;
    const answers = await Promise.all(
      [0, 1, 2].map(async () => {
        const res = await fetch(url);
        return { status: res.status, retry: res.headers.get('retry-after'), body: await res.text() };
      }),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 429, 429]);
    const refused = answers.find((a) => a.status === 429);
    expect(refused?.retry).toBe('30');
    expect(JSON.parse(refused?.body ?? '{}')).toMatchObject({ code: 'TOO_MANY_EXPORTS' });
    const whole = answers.find((a) => a.status === 200);
    expect((JSON.parse(whole?.body ?? '{}') as NodeLink).nodes.length).toBeGreaterThan(0);
    // The slot is free once the first export's process has exited.
    let again = await fetch(url);
    for (let i = 0; again.status === 429 && i < 50; i++) {
      await again.arrayBuffer();
      await new Promise((r) => setTimeout(r, 100));
      again = await fetch(url);
    }
    expect(again.status).toBe(200);
    await again.arrayBuffer();
  });
});
