import type { Writable } from 'node:stream';
import { describeExport, GRAPH_ATTRIBUTES, graphAttributes } from './describe.js';
import { nodeMeasureValues } from './node-measures.js';
import { TextSink } from './sink.js';
import type { ExportData, ExportMeasureColumn } from './types.js';
import { DEFAULT_NODE_SIZE, nodeColorHex, placementOf } from './viz.js';
import { attrs, escapeXml } from './xml.js';

// GraphML (graphml.graphdrawing.org), written as a stream: graphology-graphml only parses.
// Lists (tie kinds) are one string joined with "|", as igraph and Gephi users expect.

type KeyDef = [
  id: string,
  forWhat: 'graph' | 'node' | 'edge',
  name: string,
  type: 'string' | 'int' | 'double' | 'boolean',
];

function keys(twoMode: boolean, laidOut: boolean, measures: ExportMeasureColumn[]): KeyDef[] {
  return [
    ...['description', ...GRAPH_ATTRIBUTES].map((name): KeyDef => [`g_${name}`, 'graph', name, 'string']),
    ['g_laidOut', 'graph', 'laidOut', 'boolean'],
    ...['label', 'type', 'sector', 'kind', 'area', 'start', 'end', 'color'].map(
      (name): KeyDef => [`n_${name}`, 'node', name, 'string'],
    ),
    ...(laidOut ? ['x', 'y', 'size'] : []).map((name): KeyDef => [`n_${name}`, 'node', name, 'double']),
    ['n_outside', 'node', 'outside', 'boolean'],
    ...measures.map(({ id, type }): KeyDef => [`n_${id}`, 'node', id, type]),
    ['e_weight', 'edge', 'weight', 'int'],
    ['e_sourced', 'edge', 'sourced', 'boolean'],
    ...['kinds', 'start', 'end', ...(twoMode ? ['role'] : [])].map(
      (name): KeyDef => [`e_${name}`, 'edge', name, 'string'],
    ),
  ];
}

function data(prefix: string, values: Record<string, string | number | boolean | null>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value !== null) out += `<data key="${prefix}${name}">${escapeXml(String(value))}</data>`;
  }
  return out;
}

/**
 * Edge ids must be NMTOKENs (GraphML 1.0 schema): a two-mode tie's id `institution->affiliation`
 * is written `institution--affiliation`.
 */
const edgeId = (id: string) => id.replace('->', '--');

export async function writeGraphml(
  { header, nodes, edges, layout }: ExportData,
  out: Writable,
): Promise<void> {
  const sink = new TextSink(out);
  const twoMode = header.mode === 'AFFILIATIONS';
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keys(twoMode, layout !== undefined, header.measures.carried)
        .map(
          ([id, forWhat, name, type]) =>
            `  <key${attrs({ id, for: forWhat, 'attr.name': name, 'attr.type': type })}/>\n`,
        )
        .join('') +
      `  <graph id="${escapeXml(`splot-${header.teryt}`)}" edgedefault="undirected">\n` +
      `    ${data('g_', { description: describeExport(header), ...graphAttributes(header), laidOut: layout !== undefined })}\n`,
  );
  for await (const n of nodes) {
    const placed = placementOf(layout, n.id);
    const values = {
      label: n.label,
      type: n.type,
      sector: n.sector,
      kind: n.kind,
      area: n.area,
      start: n.start,
      end: n.end,
      color: nodeColorHex(n),
      outside: n.outside,
      ...nodeMeasureValues(header, n),
      ...(placed ? { x: placed.x, y: placed.y, size: placed.size ?? DEFAULT_NODE_SIZE } : {}),
    };
    await sink.write(`    <node${attrs({ id: n.id })}>${data('n_', values)}</node>\n`);
  }
  for await (const e of edges) {
    const values: Record<string, string | number | boolean | null> = {
      weight: e.weight,
      sourced: e.sourced,
      kinds: e.kinds.join('|'),
      start: e.start,
      end: e.end,
    };
    if (twoMode) values.role = e.role;
    await sink.write(
      `    <edge${attrs({ id: edgeId(e.id), source: e.source, target: e.target })}>${data('e_', values)}</edge>\n`,
    );
  }
  await sink.write('  </graph>\n</graphml>\n');
  await sink.flush();
}
