import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_MEASURES } from '@splot/measures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyRows } from '../../server/src/db/rows.js';
import { writeRows } from '../../server/src/db/write-rows.js';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { exportQuery } from '../helpers/network.js';
import { type NetworkxGraph, readWithNetworkx } from '../helpers/python.js';
import { createWorld, type World } from '../helpers/world.js';

// Issue 15: the one-mode exports carry every measure of the registry (@splot/measures) as a node
// attribute, with the values GraphQL's nodeMetrics gives for the same area and filters, read back
// by networkx from every format; what the size limits leave out is said in the file.

let api: Splot;
let world: World;
let dir: string;

const FORMATS = ['gexf', 'graphml', 'csv.zip', 'json'] as const;

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.driver, 'measures');
  // F (NGO) works only with C (MARKET): C brokers between F and A, B, so betweenness, brokerage,
  // cross-sector brokerage and E-I all differ from 0 somewhere.
  const rows = emptyRows();
  rows.institutions = [
    {
      id: world.id('F'),
      sector: 'NGO',
      area: world.powiat,
      founded: null,
      props: { name: 'Fundacja F', kind: 'FOUNDATION', synthetic: false },
    },
  ];
  rows.collaborations = [
    {
      id: world.id('C3'),
      title: 'Wizyta studyjna',
      kind: 'STUDY_VISIT',
      programme: null,
      amountPln: null,
      startedOn: '2018-01-01',
      endedOn: null,
      synthetic: false,
    },
  ];
  rows.participations = [
    { institution: world.id('C'), collaboration: world.id('C3'), role: 'PARTNER' },
    { institution: world.id('F'), collaboration: world.id('C3'), role: 'PARTNER' },
  ];
  const session = api.driver.session();
  try {
    await session.executeWrite((tx) => writeRows(tx, rows));
  } finally {
    await session.close();
  }
  dir = mkdtempSync(join(tmpdir(), 'splot-export-measures-'));
});

afterAll(async () => {
  await world?.remove();
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface NodeMetrics {
  ids: string[];
  metrics: Array<{ id: string; values: Array<number | null> }>;
}

async function nodeMetrics(url: string, variables: Record<string, unknown>): Promise<NodeMetrics> {
  const res = await gql<{ nodeMetrics: NodeMetrics }>(
    url,
    `query($teryt: String!, $asOf: String, $tieKinds: [TieKind!]) {
       nodeMetrics(teryt: $teryt, asOf: $asOf, tieKinds: $tieKinds) { ids metrics { id values } }
     }`,
    variables,
  );
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.nodeMetrics;
}

async function download(url: string, name: string, format: string, variables: Record<string, unknown>) {
  const res = await fetch(`${url}/export/${world.powiat}.${format}${exportQuery(variables)}`);
  expect(res.status).toBe(200);
  const file = join(dir, `${name}.${format}`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

/** A value as networkx read it: a number in GEXF, GraphML and JSON, text in CSV; none → null. */
function read(format: string, value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (format !== 'csv.zip') expect(typeof value).toBe('number');
  return Number(value);
}

describe('node measures in the exports', () => {
  it('every registry measure is in every format, with nodeMetrics’ values', async () => {
    const views: Array<[string, Record<string, unknown>]> = [
      ['all', {}],
      ['dated', { asOf: '2019-06-01', tieKinds: ['PROJECT', 'STUDY_VISIT', 'EVENT'] }],
    ];
    for (const [view, variables] of views) {
      const expected = await nodeMetrics(api.url, { teryt: world.powiat, ...variables });
      expect(expected.metrics.map((m) => m.id)).toEqual(NODE_MEASURES.map((m) => m.id));
      const files = await Promise.all(FORMATS.map((f) => download(api.url, view, f, variables)));
      const graphs = readWithNetworkx(files);
      for (const [k, format] of FORMATS.entries()) {
        const graph = graphs[files[k] as string] as NetworkxGraph;
        for (const metric of expected.metrics) {
          const got = expected.ids.map((id) => read(format, graph.nodes[id]?.[metric.id]));
          const want = metric.values.map((v) => (v === null ? null : expect.closeTo(v, 12)));
          expect(got, `${view}.${format} ${metric.id}`).toEqual(want);
          // The partner outside the area is drawn but not measured (as nodeMetrics).
          expect(read(format, graph.nodes[world.id('E')]?.[metric.id]), format).toBeNull();
        }
      }
      if (view === 'all') {
        // Not a trivial graph: C brokers between F and the others.
        const value = (id: string, at: string) =>
          expected.metrics.find((m) => m.id === id)?.values[expected.ids.indexOf(world.id(at))];
        expect(value('betweenness', 'C')).toBeGreaterThan(0);
        expect(value('crossSector', 'C')).toBeGreaterThan(0);
      }
    }
  });

  it('leaves out what is past the limits and says so in the file', async () => {
    // 5 measured institutions × 4 ties > 1: betweenness (a whole-graph walk) is left out, the others stay.
    const small = await startTestApi({ BETWEENNESS_MAX_WORK: '1' });
    try {
      const file = await download(small.url, 'small', 'graphml', {});
      const graph = readWithNetworkx([file])[file] as NetworkxGraph;
      expect(String(graph.graph.measuresLeftOut)).toMatch(
        /^betweenness \(institutions × ties = .*BETWEENNESS_MAX_WORK/,
      );
      expect(String(graph.graph.description)).toContain('Left out: betweenness');
      const node = graph.nodes[world.id('C')] ?? {};
      expect(node).not.toHaveProperty('betweenness');
      expect(node.degree).toBe(3);
    } finally {
      await small.stop();
    }
    const tiny = await startTestApi({ NETWORK_MAX_TIES: '1' });
    try {
      const file = await download(tiny.url, 'tiny', 'json', {});
      const graph = readWithNetworkx([file])[file] as NetworkxGraph;
      for (const { id } of NODE_MEASURES)
        expect(String(graph.graph.measuresLeftOut)).toContain(`${id} (more than 1 ties`);
      expect(graph.nodes[world.id('C')]).not.toHaveProperty('degree');
    } finally {
      await tiny.stop();
    }
  });

  it('the two-mode files carry none', async () => {
    const file = await download(api.url, 'two-mode', 'json', { mode: 'AFFILIATIONS' });
    const graph = readWithNetworkx([file])[file] as NetworkxGraph;
    expect(graph.nodes[world.id('C')]).not.toHaveProperty('degree');
    expect(graph.graph.measuresLeftOut).toBeNull();
  });
});
