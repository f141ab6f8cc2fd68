import type { Writable } from 'node:stream';
import { describeExport } from './describe.js';
import { nodeMeasureValues } from './node-measures.js';
import { TextSink } from './sink.js';
import type { ExportData, ExportNode, Span } from './types.js';
import { DEFAULT_NODE_SIZE, hexToRgb, nodeColorHex, placementOf } from './viz.js';
import { attrs, escapeXml } from './xml.js';

// GEXF 1.3 (gexf.net/schema), written as a stream. graphology-gexf's writer can emit 1.3 but has
// no spells or dynamic mode and builds the whole document as one string from an in-memory graph,
// so it can neither drive Gephi's timeline nor stream a national export.

const NODE_ATTRIBUTES = ['type', 'sector', 'kind', 'area'] as const;

function spells(periods: Span[]): string {
  if (periods.length === 0) return '';
  const items = periods.map((p) => `<spell${attrs({ start: p.start, end: p.end })}/>`).join('');
  return `<spells>${items}</spells>`;
}

function attvalues(values: Record<string, string | null>): string {
  let out = '';
  for (const [key, value] of Object.entries(values)) {
    if (value !== null) out += `<attvalue for="${key}" value="${escapeXml(value)}"/>`;
  }
  return out === '' ? '' : `<attvalues>${out}</attvalues>`;
}

const measureTexts = (values: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v === null ? null : String(v)]));

/** GEXF 1.3 list syntax, as Gephi reads it: [a, b]. */
const list = (values: string[]) => `[${values.join(', ')}]`;

/** viz:color, viz:size and (when the canvas sent a layout) viz:position of a node. */
function viz(n: ExportNode, layout: ExportData['layout']): string {
  const { r, g, b } = hexToRgb(nodeColorHex(n));
  const placed = placementOf(layout, n.id);
  const size = placed?.size ?? DEFAULT_NODE_SIZE;
  return (
    `<viz:color r="${r}" g="${g}" b="${b}"/><viz:size value="${size}"/>` +
    (placed ? `<viz:position x="${placed.x}" y="${placed.y}" z="0"/>` : '')
  );
}

export async function writeGexf({ header, nodes, edges, layout }: ExportData, out: Writable): Promise<void> {
  const sink = new TextSink(out);
  const twoMode = header.mode === 'AFFILIATIONS';
  const attribute = (id: string, type: string) =>
    `      <attribute id="${id}" title="${id}" type="${type}"/>\n`;
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      // No xsi:schemaLocation: the normative RELAX NG grammar allows no foreign attribute there.
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n' +
      `  <meta lastmodifieddate="${header.exportedOn}">\n` +
      '    <creator>splot</creator>\n' +
      `    <description>${escapeXml(describeExport(header))}</description>\n` +
      '  </meta>\n' +
      // Dates of nodes and ties are spells, so Gephi's timeline can replay the network.
      '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date" timerepresentation="interval">\n' +
      '    <attributes class="node">\n' +
      NODE_ATTRIBUTES.map((a) => attribute(a, 'string')).join('') +
      attribute('outside', 'boolean') +
      header.measures.carried
        .map(({ id, type }) => attribute(id, type === 'int' ? 'integer' : 'double'))
        .join('') +
      '    </attributes>\n' +
      '    <attributes class="edge">\n' +
      attribute('kinds', 'liststring') +
      attribute('sourced', 'boolean') +
      (twoMode ? attribute('role', 'string') : '') +
      '    </attributes>\n' +
      '    <nodes>\n',
  );
  for await (const n of nodes) {
    await sink.write(
      `      <node${attrs({ id: n.id, label: n.label })}>` +
        attvalues({
          type: n.type,
          sector: n.sector,
          kind: n.kind,
          area: n.area,
          outside: String(n.outside),
          ...measureTexts(nodeMeasureValues(header, n)),
        }) +
        spells(n.start === null && n.end === null ? [] : [{ start: n.start, end: n.end }]) +
        viz(n, layout) +
        '</node>\n',
    );
  }
  await sink.write('    </nodes>\n    <edges>\n');
  for await (const e of edges) {
    const values: Record<string, string | null> = { kinds: list(e.kinds), sourced: String(e.sourced) };
    if (twoMode) values.role = e.role;
    await sink.write(
      `      <edge${attrs({ id: e.id, source: e.source, target: e.target, weight: e.weight })}>` +
        attvalues(values) +
        spells(e.spells) +
        '</edge>\n',
    );
  }
  await sink.write('    </edges>\n  </graph>\n</gexf>\n');
  await sink.flush();
}
