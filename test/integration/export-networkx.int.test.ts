import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../server/src/seed/read-seed.js';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { type AreaNetworkData, areaNetwork, exportQuery } from '../helpers/network.js';
import { ensureNetworkx, type NetworkxGraph, readWithNetworkx } from '../helpers/python.js';
import { createWorld, type World } from '../helpers/world.js';

// Every export format opened by Python networkx (installed from PyPI into a venv on first run):
// the graph it reads must have areaNetwork's nodes and ties, with the same attributes.

let api: Splot;
let world: World;
let dir: string;

beforeAll(async () => {
  ensureNetworkx();
  api = await startTestApi();
  world = await createWorld(api.driver, 'networkx');
  dir = mkdtempSync(join(tmpdir(), 'splot-export-nx-'));
});

afterAll(async () => {
  await world?.remove();
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const FORMATS = ['gexf', 'graphml', 'csv.zip', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface Tie {
  weight: number;
  kinds: string[];
  start: string | null;
  end: string | null;
}

const orNull = (v: unknown): string | null => (v === undefined || v === null || v === '' ? null : String(v));

/** GEXF spells as networkx reads them ([start, end], a missing bound as "None") → the tie's hull. */
function hull(spells: unknown): { start: string | null; end: string | null } {
  const list = (Array.isArray(spells) ? spells : []) as Array<[string, string]>;
  if (list.length === 0) return { start: null, end: null };
  const starts = list.map(([s]) => (s === 'None' ? null : s));
  const ends = list.map(([, e]) => (e === 'None' ? null : e));
  return {
    start: starts.includes(null) ? null : ([...starts].sort()[0] ?? null),
    end: ends.includes(null) ? null : ([...ends].sort().at(-1) ?? null),
  };
}

function kindsOf(format: Format, value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  const text = String(value);
  return format === 'gexf' ? text.replace(/^\[|\]$/g, '').split(', ') : text.split('|');
}

/** What networkx read, in areaNetwork's terms. */
function normalise(format: Format, g: NetworkxGraph) {
  const nodes = Object.entries(g.nodes)
    .map(([id, a]) => ({
      id,
      label: String(a.label),
      type: String(a.type),
      sector: orNull(a.sector),
      kind: orNull(a.kind),
      // A boolean in GEXF, GraphML and JSON; the text "true"/"false" in CSV.
      outside: String(a.outside).toLowerCase() === 'true',
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const ties: Record<string, Tie> = {};
  for (const [u, v, a] of g.edges) {
    const dates = format === 'gexf' ? hull(a.spells) : { start: orNull(a.start), end: orNull(a.end) };
    ties[[u, v].sort().join(' ~ ')] = { weight: Number(a.weight), kinds: kindsOf(format, a.kinds), ...dates };
  }
  return { nodes, ties };
}

function expected(network: AreaNetworkData) {
  const nodes = [...network.nodes].sort((a, b) => (a.id < b.id ? -1 : 1));
  const ties: Record<string, Tie> = {};
  for (const e of network.edges) {
    ties[[e.source, e.target].sort().join(' ~ ')] = {
      weight: e.weight,
      kinds: e.kinds,
      start: e.start,
      end: e.end,
    };
  }
  return { nodes, ties };
}

async function download(name: string, teryt: string, format: Format, variables: Record<string, unknown>) {
  const res = await fetch(`${api.url}/export/${teryt}.${format}${exportQuery(variables)}`);
  expect(res.status).toBe(200);
  const file = join(dir, `${name}.${format}`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

// Ids of the demo data's own records (cypher/seed), as opposed to those other tests add.
const demoRows = readSeed();
const demoIds = new Set([
  ...demoRows.institutions.map((i) => i.id),
  ...demoRows.partnerships.map((p) => p.id),
  ...demoRows.collaborations.map((c) => c.id),
]);

function onlyKept(network: AreaNetworkData, keep: (id: string) => boolean): AreaNetworkData {
  return {
    ...network,
    nodes: network.nodes.filter((n) => keep(n.id)),
    edges: network.edges.filter((e) => keep(e.source) && keep(e.target)),
  };
}

function onlyKeptGraph(graph: NetworkxGraph, keep: (id: string) => boolean): NetworkxGraph {
  return {
    ...graph,
    nodes: Object.fromEntries(Object.entries(graph.nodes).filter(([id]) => keep(id))),
    edges: graph.edges.filter(([u, v]) => keep(u) && keep(v)),
  };
}

describe('exports opened with networkx', () => {
  const views: Array<[string, () => string, Record<string, unknown>]> = [
    ['world-one-mode', () => world.powiat, {}],
    ['world-two-mode', () => world.powiat, { mode: 'AFFILIATIONS' }],
    [
      'world-filtered',
      () => world.powiat,
      { asOf: '2019-06-01', sectors: ['PUBLIC', 'SOCIAL_ECONOMY', 'MARKET'] },
    ],
    ['demo-2607', () => '2607', {}],
    ['demo-2607-two-mode', () => '2607', { mode: 'AFFILIATIONS', tieKinds: ['PARTNERSHIP', 'PROJECT'] }],
  ];

  it('reads every format with the nodes, ties and attributes of areaNetwork', async () => {
    const files: Array<{ view: string; format: Format; file: string; network: AreaNetworkData }> = [];
    for (const [view, teryt, variables] of views) {
      const network = await areaNetwork(api.url, { teryt: teryt(), ...variables });
      for (const format of FORMATS) {
        files.push({ view, format, file: await download(view, teryt(), format, variables), network });
      }
    }
    const read = readWithNetworkx(files.map((f) => f.file));
    for (const { view, format, file, network } of files) {
      const graph = read[file] as NetworkxGraph;
      expect(graph, file).toBeDefined();
      expect(graph.directed, file).toBe(false);
      // Other test files may add records to the demo areas while this one runs: there, compare
      // the demo records only (the test's own powiat is compared whole).
      const keep = view.startsWith('demo') ? (id: string) => demoIds.has(id) : () => true;
      const own = onlyKept(network, keep);
      const got = normalise(format, onlyKeptGraph(graph, keep));
      const want = expected(own);
      expect(got.nodes.length, `${view}.${format}`).toBe(own.nodes.length);
      expect(Object.keys(got.ties).length, `${view}.${format}`).toBe(own.edges.length);
      expect(got.nodes, `${view}.${format}`).toEqual(want.nodes);
      expect(got.ties, `${view}.${format}`).toEqual(want.ties);
    }
    // The views are not trivial: the world has weight-2 ties (and two weight-1 ties to its partner
    // outside the powiat, the area's boundary), the demo area real ties.
    const worldTies = Object.values(normalise('json', read[files[3]?.file as string] as NetworkxGraph).ties);
    expect(worldTies.map((t) => t.weight).sort()).toEqual([1, 1, 1, 2, 2]);
    expect(files.find((f) => f.view === 'demo-2607')?.network.edges.length).toBeGreaterThan(0);
  });

  it('keeps the seat and the Polish, quoted and emoji labels in every format', async () => {
    const names = await Promise.all(FORMATS.map((format) => download('labels', world.powiat, format, {})));
    const read = readWithNetworkx(names);
    for (const file of names) {
      const a = (read[file] as NetworkxGraph).nodes[world.id('A')];
      expect(a, file).toMatchObject({ label: 'Centrum „Ćma” & <Syn> "Łódź"', area: world.gmina });
      expect((read[file] as NetworkxGraph).nodes[world.id('C')]?.label, file).toBe('Firma, sp. z o.o.; 🙂');
    }
    expect((read[names[0] as string] as NetworkxGraph).graph.mode).toBe('dynamic');
    expect(Number((read[names[3] as string] as NetworkxGraph).networkx.split('.')[0])).toBeGreaterThanOrEqual(
      3,
    );
  });
});
