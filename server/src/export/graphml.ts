import type { Writable } from 'node:stream';
import { describeExport, GRAPH_ATTRIBUTES, graphAttributes } from './describe.js';
import { TextSink } from './sink.js';
import type { ExportData } from './types.js';
import { attrs, escapeXml } from './xml.js';

// GraphML (graphml.graphdrawing.org), written as a stream: graphology-graphml only parses.
// Lists (tie kinds) are one string joined with "|", as igraph and Gephi users expect.

type KeyDef = [id: string, forWhat: 'graph' | 'node' | 'edge', name: string, type: 'string' | 'int'];

function keys(twoMode: boolean): KeyDef[] {
  return [
    ...['description', ...GRAPH_ATTRIBUTES].map((name): KeyDef => [`g_${name}`, 'graph', name, 'string']),
    ...['label', 'type', 'sector', 'kind', 'area', 'start', 'end'].map(
      (name): KeyDef => [`n_${name}`, 'node', name, 'string'],
    ),
    ['e_weight', 'edge', 'weight', 'int'],
    ...['kinds', 'start', 'end', ...(twoMode ? ['role'] : [])].map(
      (name): KeyDef => [`e_${name}`, 'edge', name, 'string'],
    ),
  ];
}

function data(prefix: string, values: Record<string, string | number | null>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value !== null) out += `<data key="${prefix}${name}">${escapeXml(String(value))}</data>`;
  }
  return out;
}

export async function writeGraphml({ header, nodes, edges }: ExportData, out: Writable): Promise<void> {
  const sink = new TextSink(out);
  const twoMode = header.mode === 'AFFILIATIONS';
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keys(twoMode)
        .map(
          ([id, forWhat, name, type]) =>
            `  <key${attrs({ id, for: forWhat, 'attr.name': name, 'attr.type': type })}/>\n`,
        )
        .join('') +
      `  <graph id="${escapeXml(`splot-${header.teryt}`)}" edgedefault="undirected">\n` +
      `    ${data('g_', { description: describeExport(header), ...graphAttributes(header) })}\n`,
  );
  for await (const n of nodes) {
    const values = { label: n.label, type: n.type, sector: n.sector, kind: n.kind, area: n.area };
    await sink.write(
      `    <node${attrs({ id: n.id })}>${data('n_', { ...values, start: n.start, end: n.end })}</node>\n`,
    );
  }
  for await (const e of edges) {
    const values: Record<string, string | number | null> = {
      weight: e.weight,
      kinds: e.kinds.join('|'),
      start: e.start,
      end: e.end,
    };
    if (twoMode) values.role = e.role;
    await sink.write(
      `    <edge${attrs({ id: e.id, source: e.source, target: e.target })}>${data('e_', values)}</edge>\n`,
    );
  }
  await sink.write('  </graph>\n</graphml>\n');
  await sink.flush();
}
