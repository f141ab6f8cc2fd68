import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { ensureNetworkx, readWithNetworkx } from '../helpers/python.js';
import { createWorld, type World } from '../helpers/world.js';

// "Only sourced ties" (issue 13, item 7) is a filter the server honours, not a browser-only one:
// `sourcedOnly` leaves out the partnerships and collaborations that cite no source, in the
// network (both modes, ego too), the analytics and the exports, which also carry each tie's
// sourced flag (a typed boolean in GraphML and GEXF, a column in CSV, a field in JSON).
//
// The world (test/helpers/world.ts): P1 (A, B, and E outside the powiat) cites a source; the
// project C1 (A, B, C) says it has none (unsourced: true); the event C2 (B, C) was stored before
// the rule and cites nothing. So A–B (P1 and C1), A–E and B–E are sourced; A–C and B–C are not.

const XSD = fileURLToPath(new URL('../fixtures/xsd/', import.meta.url));

let api: Splot;
let world: World;
let dir: string;

beforeAll(async () => {
  ensureNetworkx();
  api = await startTestApi();
  world = await createWorld(api.driver, 'sourced');
  await api.driver.executeQuery(
    `MATCH (p:Partnership {id: $p}), (c:Collaboration {id: $c})
     CREATE (p)-[:DOCUMENTED_BY {quote: 'porozumienie'}]->(:Source {id: $s, title: 'Porozumienie'})
     SET c.unsourced = true`,
    { p: world.id('P1'), c: world.id('C1'), s: world.id('src') },
  );
  dir = mkdtempSync(join(tmpdir(), 'splot-sourced-'));
});

afterAll(async () => {
  await world?.remove();
  await api?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const letter = (id: string) => (id.startsWith(`${world.prefix}-`) ? id.slice(world.prefix.length + 1) : id);
const pair = (a: string, b: string) => [letter(a), letter(b)].sort().join('').toUpperCase();

interface Edge {
  source: string;
  target: string;
  weight: number;
  kinds: string[];
  sourced: boolean;
}
interface Net {
  nodes: Array<{ id: string; type: string }>;
  edges: Edge[];
}

const NETWORK = `query ($teryt: String!, $mode: NetworkMode, $sourcedOnly: Boolean) {
  areaNetwork(teryt: $teryt, mode: $mode, sourcedOnly: $sourcedOnly) {
    nodes { id type } edges { source target weight kinds sourced } } }`;

async function network(variables: Record<string, unknown>): Promise<Net> {
  const res = await gql<{ areaNetwork: Net }>(api.url, NETWORK, { teryt: world.powiat, ...variables });
  expect(res.errors).toBeUndefined();
  return res.data?.areaNetwork as Net;
}

const ties = (net: Net) =>
  Object.fromEntries(net.edges.map((e) => [pair(e.source, e.target), `${e.weight}${e.sourced ? '' : '?'}`]));

describe('areaNetwork and egoNetwork with sourcedOnly', () => {
  it('one-mode: the unsourced ties are left out, a mixed tie keeps only its cited affiliations', async () => {
    expect(ties(await network({}))).toEqual({ AB: '2', AC: '1?', BC: '2?', AE: '1', BE: '1' });
    const only = await network({ sourcedOnly: true });
    expect(ties(only)).toEqual({ AB: '1', AE: '1', BE: '1' });
    expect(only.edges.find((e) => pair(e.source, e.target) === 'AB')?.kinds).toEqual(['PARTNERSHIP']);
    // The institutions stay (as with the other tie filters): C and D are isolates now.
    expect(only.nodes.map((n) => letter(n.id)).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('two-mode: the partnerships and collaborations citing no source are left out', async () => {
    const all = await network({ mode: 'AFFILIATIONS' });
    const only = await network({ mode: 'AFFILIATIONS', sourcedOnly: true });
    const affiliations = (net: Net) =>
      net.nodes
        .filter((n) => n.type !== 'INSTITUTION')
        .map((n) => letter(n.id))
        .sort();
    expect(affiliations(all)).toEqual(['c1', 'c2', 'p1']);
    expect(affiliations(only)).toEqual(['p1']);
    expect(only.edges.every((e) => e.sourced)).toBe(true);
  });

  it('egoNetwork: a neighbour reached only through unsourced ties is not reached', async () => {
    const ego = async (sourcedOnly: boolean) => {
      const res = await gql<{ egoNetwork: Net }>(
        api.url,
        `query ($id: ID!, $s: Boolean) { egoNetwork(institutionId: $id, sourcedOnly: $s) { nodes { id type } edges { source target weight kinds sourced } } }`,
        { id: world.id('C'), s: sourcedOnly },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.egoNetwork as Net;
    };
    expect((await ego(false)).nodes.map((n) => letter(n.id)).sort()).toEqual(['a', 'b', 'c']);
    const only = await ego(true);
    expect(only.nodes.map((n) => letter(n.id))).toEqual(['c']);
    expect(only.edges).toEqual([]);
  });
});

describe('the analytics count what the canvas shows', () => {
  const ANALYTICS = `query ($teryt: String!, $s: Boolean) {
    sectorMatrix(teryt: $teryt, sourcedOnly: $s) { ties ei { internal external } boundary { ties partners } }
    brokers(teryt: $teryt, sourcedOnly: $s, limit: null) { ties ranking { id degree weightedDegree } }
    nodeMetrics(teryt: $teryt, sourcedOnly: $s) { ids metrics { id values } }
    missingPartners(teryt: $teryt, sourcedOnly: $s, limit: 20) { candidates { forInstitution { id } institution { id } } }
  }`;
  interface Analytics {
    sectorMatrix: { ties: number; ei: { internal: number; external: number }; boundary: { ties: number } };
    brokers: { ties: number; ranking: Array<{ id: string; degree: number; weightedDegree: number }> };
    nodeMetrics: { ids: string[]; metrics: Array<{ id: string; values: number[] }> };
    missingPartners: { candidates: Array<{ forInstitution: { id: string }; institution: { id: string } }> };
  }
  const read = async (s: boolean) => {
    const res = await gql<Analytics>(api.url, ANALYTICS, { teryt: world.powiat, s });
    expect(res.errors).toBeUndefined();
    return res.data as Analytics;
  };

  it('sector matrix, E-I, boundary, brokers, node metrics and the area worklist follow sourcedOnly', async () => {
    const all = await read(false);
    const only = await read(true);
    // Inside the powiat: A–B, A–C, B–C; only A–B is sourced. E is outside: A–E and B–E, both sourced.
    expect(all.sectorMatrix.ties).toBe(3);
    expect(only.sectorMatrix.ties).toBe(1);
    expect(only.sectorMatrix.ei.internal + only.sectorMatrix.ei.external).toBe(1);
    expect(only.sectorMatrix.boundary.ties).toBe(2);
    expect(all.brokers.ties).toBe(3);
    expect(only.brokers.ties).toBe(1);
    const degreeOf = (a: Analytics, x: string) => a.brokers.ranking.find((r) => r.id === world.id(x))?.degree;
    expect(degreeOf(all, 'C')).toBe(2);
    expect(degreeOf(only, 'C')).toBe(0);
    const degreeColumn = (a: Analytics) => a.nodeMetrics.metrics.find((m) => m.id === 'degree')?.values;
    const cAt = only.nodeMetrics.ids.indexOf(world.id('C'));
    expect(degreeColumn(all)?.[all.nodeMetrics.ids.indexOf(world.id('C'))]).toBe(2);
    expect(degreeColumn(only)?.[cAt]).toBe(0);
    // A–C is tied only by the unsourced project: a missing pair when only sourced ties count.
    const pairs = (a: Analytics) =>
      a.missingPartners.candidates.map((c) => pair(c.forInstitution.id, c.institution.id));
    expect(pairs(all)).not.toContain('AC');
    expect(pairs(only)).toContain('AC');
  });

  it('the institution form of missingPartners (answered from the snapshot) refuses sourcedOnly, saying so', async () => {
    const res = await gql(
      api.url,
      'query ($id: ID!) { missingPartners(institutionId: $id, sourcedOnly: true) { candidates { score } } }',
      { id: world.id('A') },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'sourcedOnly',
    });
    expect(res.errors?.[0]?.message).toMatch(/every tie/);
  });
});

describe('exports carry each tie’s sourced flag and honour sourcedOnly', () => {
  async function download(format: string, query: string): Promise<string> {
    const path = `/export/${world.powiat}.${format}${query}`;
    const res = await fetch(`${api.url}${path}`);
    expect(res.status, path).toBe(200);
    const file = join(dir, `${Math.random().toString(36).slice(2)}.${format}`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return file;
  }
  const xmllint = (file: string, args: string[]) => {
    try {
      execFileSync('xmllint', ['--noout', '--nonet', ...args, file], { stdio: 'pipe' });
      return null;
    } catch (error) {
      return String((error as { stderr?: string }).stderr ?? error);
    }
  };

  it('GraphML and GEXF, both modes: a typed boolean read by networkx, valid against the schemas', async () => {
    for (const mode of ['INSTITUTIONS', 'AFFILIATIONS']) {
      const query = `?mode=${mode}`;
      const graphml = await download('graphml', query);
      const gexf = await download('gexf', query);
      expect(readFileSync(graphml, 'utf8')).toContain(
        '<key id="e_sourced" for="edge" attr.name="sourced" attr.type="boolean"/>',
      );
      expect(readFileSync(gexf, 'utf8')).toContain(
        '<attribute id="sourced" title="sourced" type="boolean"/>',
      );
      expect(xmllint(graphml, ['--schema', join(XSD, 'graphml-1.0/graphml.xsd')])).toBeNull();
      expect(xmllint(gexf, ['--relaxng', join(XSD, 'gexf-1.3/gexf.rng')])).toBeNull();
      const read = readWithNetworkx([graphml, gexf]);
      for (const file of [graphml, gexf]) {
        const flags = Object.fromEntries(
          (read[file]?.edges ?? []).map(([u, v, a]) => [pair(u, v), a.sourced]),
        );
        if (mode === 'INSTITUTIONS') {
          expect(flags, file).toEqual({ AB: true, AC: false, BC: false, AE: true, BE: true });
        } else {
          // Two-mode: a membership is sourced when its affiliation cites a source.
          expect(flags.AP1, file).toBe(true);
          expect(flags.AC1, file).toBe(false);
        }
      }
    }
  });

  it('CSV has a sourced column and JSON a sourced field; sourcedOnly=true leaves the unsourced out of every format', async () => {
    const csvEdges = async (query: string) => {
      const zip = unzipSync(readFileSync(await download('csv.zip', query)));
      const [header, ...rows] = new TextDecoder()
        .decode(zip['edges.csv'])
        .trim()
        .split(/\r?\n/)
        .map((line) => line.split(','));
      const at = (name: string) => header?.indexOf(name) ?? -1;
      return Object.fromEntries(
        rows.map((r) => [pair(r[at('source')] ?? '', r[at('target')] ?? ''), r[at('sourced')]]),
      );
    };
    const jsonEdges = async (query: string) => {
      const doc = JSON.parse(readFileSync(await download('json', query), 'utf8')) as {
        edges: Array<{ source: string; target: string; sourced: boolean }>;
      };
      return Object.fromEntries(doc.edges.map((e) => [pair(e.source, e.target), e.sourced]));
    };
    expect(await csvEdges('')).toEqual({ AB: 'true', AC: 'false', BC: 'false', AE: 'true', BE: 'true' });
    expect(await jsonEdges('')).toEqual({ AB: true, AC: false, BC: false, AE: true, BE: true });
    expect(await csvEdges('?sourcedOnly=true')).toEqual({ AB: 'true', AE: 'true', BE: 'true' });
    expect(await jsonEdges('?sourcedOnly=true')).toEqual({ AB: true, AE: true, BE: true });
    for (const format of ['graphml', 'gexf']) {
      const file = await download(format, '?sourcedOnly=true&mode=AFFILIATIONS');
      const read = readWithNetworkx([file])[file];
      expect(
        Object.keys(read?.nodes ?? {})
          .map(letter)
          .sort(),
        format,
      ).toEqual(['a', 'b', 'c', 'd', 'e', 'p1']);
    }
  });

  it('a sourcedOnly that is not true or false answers 400 naming it', async () => {
    const res = await fetch(`${api.url}/export/${world.powiat}.json?sourcedOnly=maybe`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'sourcedOnly' });
  });
});
