import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { UndirectedGraph as Graph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { writeToBuffer } from './collect.js';
import { EXPORT_FORMATS } from './formats.js';
import { sampleEdges, sampleExport, sampleNodes } from './sample-export.js';
import type { ExportEdge, ExportNode } from './types.js';

// Each writer's output read back by an independent, maintained reader (graphology's GEXF and
// GraphML parsers as Gephi Lite uses them, csv-parse, JSON.parse): ids, labels and attributes survive.

const many = (count: number): ExportEdge[] =>
  Array.from({ length: count }, (_, i) => ({ ...sampleEdges[1], id: `e${i}` }) as ExportEdge);

describe('GEXF 1.3', () => {
  it('is read back by graphology-gexf with every node, edge and attribute', async () => {
    const text = (await writeToBuffer(EXPORT_FORMATS.gexf.write, sampleExport())).toString('utf8');
    expect(text).toContain('version="1.3"');
    const graph = gexf.parse(Graph, text);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('cis-ćmielów')).toMatchObject({
      label: sampleNodes[0]?.label,
      sector: 'SOCIAL_ECONOMY',
      kind: 'CIS',
      area: '2607022',
    });
    expect(graph.getNodeAttribute('x', 'sector')).toBeUndefined();
    const edge = graph.edge('cis-ćmielów', 'ops-1');
    expect(graph.getEdgeAttributes(edge as string)).toMatchObject({
      weight: 2,
      kinds: ['PARTNERSHIP', 'PROJECT'],
    });
  });

  it('dates ties and nodes with spells for the timeline', async () => {
    const text = (await writeToBuffer(EXPORT_FORMATS.gexf.write, sampleExport())).toString('utf8');
    expect(text).toContain('mode="dynamic" timeformat="date"');
    expect(text).toContain(
      '<spells><spell start="2015-03-01" end="2016-01-01"/><spell start="2019-01-01"/></spells>',
    );
    expect(text).toMatch(
      /<node id="cis-ćmielów"[^>]*>.*<spells><spell start="2010-05-01"\/><\/spells><viz:color r="204" g="121" b="167"\/><viz:size value="10"\/><\/node>/,
    );
    expect(text).toMatch(/<edge id="ops-1--x"[^>]*><attvalues>.*<\/attvalues><\/edge>/);
  });
});

describe('GraphML', () => {
  it('is read back by graphology-graphml with every node, edge and attribute', async () => {
    const text = (await writeToBuffer(EXPORT_FORMATS.graphml.write, sampleExport())).toString('utf8');
    const graph = graphml.parse(Graph, text);
    expect(graph.type).toBe('undirected');
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('cis-ćmielów')).toMatchObject({
      label: sampleNodes[0]?.label,
      sector: 'SOCIAL_ECONOMY',
      start: '2010-05-01',
    });
    expect(graph.getEdgeAttributes('cis-ćmielów--ops-1')).toMatchObject({
      weight: 2,
      kinds: 'PARTNERSHIP|PROJECT',
      start: '2015-03-01',
    });
    expect(graph.getAttribute('sectors')).toBe('PUBLIC|SOCIAL_ECONOMY');
  });
});

describe('CSV zip', () => {
  it('neutralises cells a spreadsheet would run as formulas (issue 14: CSV formula injection)', async () => {
    const hostile = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1'];
    const data = sampleExport();
    const nodes = hostile.map((label, i) => ({ ...(sampleNodes[0] as ExportNode), id: `n${i}`, label }));
    data.nodes = (async function* () {
      yield* nodes;
    })();
    const zip = unzipSync(await writeToBuffer(EXPORT_FORMATS['csv.zip'].write, data));
    const rows = parseCsv(Buffer.from(zip['nodes.csv'] as Uint8Array), { columns: true }) as Array<{
      label: string;
    }>;
    expect(rows.map((r) => r.label)).toEqual(hostile.map((h) => `'${h}`));
    // Ordinary cells and numbers are untouched.
    const edges = parseCsv(Buffer.from(zip['edges.csv'] as Uint8Array), { columns: true });
    expect(edges[0]).toMatchObject({ source: 'cis-ćmielów', weight: '2' });
  });

  it('holds nodes.csv and edges.csv that a CSV reader gets back exactly', async () => {
    const zip = unzipSync(await writeToBuffer(EXPORT_FORMATS['csv.zip'].write, sampleExport()));
    expect(Object.keys(zip)).toEqual(['nodes.csv', 'edges.csv']);
    const nodes = parseCsv(Buffer.from(zip['nodes.csv'] as Uint8Array), { columns: true });
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toEqual({
      id: 'cis-ćmielów',
      label: sampleNodes[0]?.label,
      type: 'INSTITUTION',
      sector: 'SOCIAL_ECONOMY',
      kind: 'CIS',
      area: '2607022',
      start: '2010-05-01',
      end: '',
      outside: 'false',
      degree: '1',
      betweenness: '0.5',
    });
    expect((nodes[2] as { outside: string }).outside).toBe('true');
    const edges = parseCsv(Buffer.from(zip['edges.csv'] as Uint8Array), { columns: true });
    expect(edges[0]).toMatchObject({
      source: 'cis-ćmielów',
      target: 'ops-1',
      weight: '2',
      kinds: 'PARTNERSHIP|PROJECT',
    });
    expect(Object.keys(edges[0] as object)).not.toContain('role');
  });

  it('adds the role column in the two-mode view', async () => {
    const twoMode = [{ ...sampleEdges[1], id: 'ops-1->p', target: 'p', role: 'LEADER' } as ExportEdge];
    const zip = unzipSync(
      await writeToBuffer(EXPORT_FORMATS['csv.zip'].write, sampleExport({ mode: 'AFFILIATIONS' }, twoMode)),
    );
    const edges = parseCsv(Buffer.from(zip['edges.csv'] as Uint8Array), { columns: true });
    expect(edges).toEqual([
      {
        source: 'ops-1',
        target: 'p',
        id: 'ops-1->p',
        weight: '1',
        kinds: 'EVENT',
        start: '',
        end: '',
        sourced: 'false',
        role: 'LEADER',
      },
    ]);
  });
});

describe('node-link JSON', () => {
  it('has the keys networkx reads and the area tree', async () => {
    const json = JSON.parse(
      (await writeToBuffer(EXPORT_FORMATS.json.write, sampleExport())).toString('utf8'),
    );
    expect(json).toMatchObject({ directed: false, multigraph: false });
    expect(json.graph).toMatchObject({
      teryt: '2607',
      mode: 'INSTITUTIONS',
      sectors: 'PUBLIC|SOCIAL_ECONOMY',
    });
    expect(json.graph.areas).toHaveLength(2);
    expect(json.nodes).toHaveLength(3);
    const { measures, ...node } = sampleNodes[0] as ExportNode;
    expect(json.nodes[0]).toEqual({ ...node, ...measures });
    expect(json.edges[0]).toMatchObject({
      source: 'cis-ćmielów',
      target: 'ops-1',
      weight: 2,
      kinds: ['PARTNERSHIP', 'PROJECT'],
      spells: [
        ['2015-03-01', '2016-01-01'],
        ['2019-01-01', null],
      ],
    });
  });
});

describe('node measures', () => {
  const leftOut = { id: 'brokerage', reason: 'too large' };
  const data = () =>
    sampleExport({ measures: { carried: sampleExport().header.measures.carried, leftOut: [leftOut] } });

  it('GEXF and GraphML declare each typed and give it per node; the description names what is left out', async () => {
    const gexfText = (await writeToBuffer(EXPORT_FORMATS.gexf.write, data())).toString('utf8');
    expect(gexfText).toContain('<attribute id="degree" title="degree" type="integer"/>');
    expect(gexfText).toContain('<attribute id="betweenness" title="betweenness" type="double"/>');
    expect(gexfText).toContain('Left out: brokerage (too large).');
    const fromGexf = gexf.parse(Graph, gexfText);
    expect(fromGexf.getNodeAttributes('ops-1')).toMatchObject({ degree: 2, betweenness: 0 });
    expect(fromGexf.getNodeAttribute('x', 'degree')).toBeUndefined();
    const graphmlText = (await writeToBuffer(EXPORT_FORMATS.graphml.write, data())).toString('utf8');
    expect(graphmlText).toContain('<key id="n_degree" for="node" attr.name="degree" attr.type="int"/>');
    expect(graphmlText).toContain(
      '<key id="n_betweenness" for="node" attr.name="betweenness" attr.type="double"/>',
    );
    const fromGraphml = graphml.parse(Graph, graphmlText);
    expect(fromGraphml.getNodeAttributes('cis-ćmielów')).toMatchObject({ degree: 1, betweenness: 0.5 });
    expect(fromGraphml.getNodeAttribute('x', 'degree')).toBeUndefined();
    expect(fromGraphml.getAttribute('measuresLeftOut')).toBe('brokerage (too large)');
  });

  it('CSV has a column and JSON a field for each, empty/null where a node has none', async () => {
    const zip = unzipSync(await writeToBuffer(EXPORT_FORMATS['csv.zip'].write, data()));
    const nodes = parseCsv(Buffer.from(zip['nodes.csv'] as Uint8Array), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(nodes.map((n) => [n.degree, n.betweenness])).toEqual([
      ['1', '0.5'],
      ['2', '0'],
      ['', ''],
    ]);
    const json = JSON.parse((await writeToBuffer(EXPORT_FORMATS.json.write, data())).toString('utf8'));
    expect(json.nodes[2]).toMatchObject({ id: 'x', degree: null, betweenness: null });
    expect(json.graph.measuresLeftOut).toBe('brokerage (too large)');
  });

  it('the two-mode files carry none', async () => {
    const twoMode = sampleExport({ mode: 'AFFILIATIONS', measures: { carried: [], leftOut: [] } });
    const text = (await writeToBuffer(EXPORT_FORMATS.graphml.write, twoMode)).toString('utf8');
    expect(text).not.toContain('attr.name="degree"');
  });
});

describe('streaming', () => {
  it('waits for a slow reader and still writes everything, in every format', async () => {
    for (const format of Object.values(EXPORT_FORMATS)) {
      const fast = await writeToBuffer(format.write, sampleExport({}, many(3000)));
      const slow = await writeToBuffer(format.write, sampleExport({}, many(3000)), { slow: true });
      if (format.extension === 'csv.zip') {
        expect(unzipSync(slow)).toEqual(unzipSync(fast));
      } else {
        expect(slow.equals(fast), format.extension).toBe(true);
        // Many times the slow reader's 1 KB buffer, so the writer had to wait for it again and again.
        expect(slow.length, format.extension).toBeGreaterThan(20 * 1024);
      }
    }
  }, 60_000);
});
