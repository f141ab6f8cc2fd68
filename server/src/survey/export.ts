import { ZipArchive } from 'archiver';
import { stringify } from 'csv-stringify/sync';
import { attrs, escapeXml } from '../export/xml.js';
import type { FullResults } from './read-results.js';

// The reported network of a survey as a file: directed (A reports B), one node per institution
// (rostered or named), one edge per report with the survey's answers. Small (one roster), so each
// file is built in memory. Lists (kinds) are joined with "|" as in splot's area exports.

type Value = string | number | boolean | null;
interface Column {
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}
type Node = FullResults['nodes'][number];
type Tie = FullResults['ties'][number];

/**
 * One table of the export (nodes or edges): its columns, declared once with how each value is
 * read, so the header of every format and every row's values follow from the same list.
 */
function table<T>(spec: Record<string, [Column['type'], (item: T) => Value]>) {
  const entries = Object.entries(spec);
  return {
    columns: entries.map(([name, [type]]): Column => ({ name, type })),
    values: (item: T): Record<string, Value> =>
      Object.fromEntries(entries.map(([name, [, of]]) => [name, of(item)])),
  };
}

const NODES = table<Node>({
  label: ['string', (n) => n.label],
  kind: ['string', (n) => n.kind],
  sector: ['string', (n) => n.sector],
  rostered: ['boolean', (n) => n.rostered],
  responded: ['boolean', (n) => n.responded],
  inDegree: ['int', (n) => n.inDegree],
  outDegree: ['int', (n) => n.outDegree],
});
const EDGES = table<Tie>({
  kinds: ['string', (t) => t.kinds.join('|')],
  frequency: ['string', (t) => t.frequency],
  since: ['int', (t) => t.since],
  value: ['int', (t) => t.value],
  trust: ['int', (t) => t.trust],
  reciprocated: ['boolean', (t) => t.reciprocated],
  reportedOn: ['string', (t) => t.savedAt.slice(0, 10)],
});
const NODE_COLUMNS = NODES.columns;
const EDGE_COLUMNS = EDGES.columns;
const GRAPH_COLUMNS = [
  'survey',
  'title',
  'area',
  'questionSet',
  'opensOn',
  'closesOn',
  'exportedOn',
] as const;

function rows(results: FullResults, exportedOn: string) {
  const s = results.survey;
  const graph: Record<(typeof GRAPH_COLUMNS)[number], string> = {
    survey: s.id,
    title: s.title,
    area: s.area.teryt,
    questionSet: s.questionSet,
    opensOn: s.opensOn,
    closesOn: s.closesOn,
    exportedOn,
  };
  const nodes = results.nodes.map((n) => ({ id: n.id, values: NODES.values(n) }));
  const edges = results.ties.map((t, i) => ({
    id: `r${i}`,
    source: t.source,
    target: t.target,
    values: EDGES.values(t),
  }));
  return { graph, nodes, edges };
}

function graphml(results: FullResults, exportedOn: string): string {
  const { graph, nodes, edges } = rows(results, exportedOn);
  const key = (prefix: string, forWhat: string, c: Column) =>
    `  <key${attrs({ id: `${prefix}${c.name}`, for: forWhat, 'attr.name': c.name, 'attr.type': c.type })}/>\n`;
  const data = (prefix: string, values: Record<string, Value>) =>
    Object.entries(values)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `<data key="${prefix}${k}">${escapeXml(String(v))}</data>`)
      .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    GRAPH_COLUMNS.map((name) => key('g_', 'graph', { name, type: 'string' })).join('') +
    NODE_COLUMNS.map((c) => key('n_', 'node', c)).join('') +
    EDGE_COLUMNS.map((c) => key('e_', 'edge', c)).join('') +
    `  <graph id="${escapeXml(graph.survey)}" edgedefault="directed">\n` +
    `    ${data('g_', graph)}\n` +
    nodes.map((n) => `    <node${attrs({ id: n.id })}>${data('n_', n.values)}</node>\n`).join('') +
    edges
      .map(
        (e) =>
          `    <edge${attrs({ id: e.id, source: e.source, target: e.target })}>${data('e_', e.values)}</edge>\n`,
      )
      .join('') +
    '  </graph>\n</graphml>\n'
  );
}

function gexf(results: FullResults, exportedOn: string): string {
  const { graph, nodes, edges } = rows(results, exportedOn);
  const gexfType = (t: Column['type']) => (t === 'int' ? 'integer' : t);
  const declare = (columns: Column[]) =>
    columns
      .filter((c) => c.name !== 'label')
      .map((c) => `      <attribute${attrs({ id: c.name, title: c.name, type: gexfType(c.type) })}/>\n`)
      .join('');
  const values = (v: Record<string, Value>) => {
    const items = Object.entries(v)
      .filter(([k, x]) => k !== 'label' && x !== null)
      .map(([k, x]) => `<attvalue${attrs({ for: k, value: String(x) })}/>`)
      .join('');
    return items ? `<attvalues>${items}</attvalues>` : '';
  };
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${exportedOn}">\n    <creator>splot</creator>\n` +
    `    <description>${escapeXml(`${graph.title} (${graph.survey}, ${graph.area}, ${graph.opensOn}–${graph.closesOn}): reported ties, A reports B`)}</description>\n` +
    '  </meta>\n' +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    `    <attributes class="node">\n${declare(NODE_COLUMNS)}    </attributes>\n` +
    `    <attributes class="edge">\n${declare(EDGE_COLUMNS)}    </attributes>\n` +
    '    <nodes>\n' +
    nodes
      .map(
        (n) =>
          `      <node${attrs({ id: n.id, label: String(n.values.label) })}>${values(n.values)}</node>\n`,
      )
      .join('') +
    '    </nodes>\n    <edges>\n' +
    edges
      .map(
        (e) =>
          `      <edge${attrs({ id: e.id, source: e.source, target: e.target })}>${values(e.values)}</edge>\n`,
      )
      .join('') +
    '    </edges>\n  </graph>\n</gexf>\n'
  );
}

function nodeLink(results: FullResults, exportedOn: string): string {
  const { graph, nodes, edges } = rows(results, exportedOn);
  return JSON.stringify(
    {
      directed: true,
      multigraph: false,
      graph,
      nodes: nodes.map((n) => ({ id: n.id, ...n.values })),
      edges: edges.map((e) => ({ source: e.source, target: e.target, id: e.id, ...e.values })),
    },
    null,
    1,
  );
}

async function csvZip(results: FullResults, exportedOn: string): Promise<Buffer> {
  const { nodes, edges } = rows(results, exportedOn);
  const nodeTable = stringify([
    ['id', ...NODE_COLUMNS.map((c) => c.name)],
    ...nodes.map((n) => [n.id, ...NODE_COLUMNS.map((c) => n.values[c.name])]),
  ]);
  const edgeTable = stringify([
    ['source', 'target', 'id', ...EDGE_COLUMNS.map((c) => c.name)],
    ...edges.map((e) => [e.source, e.target, e.id, ...EDGE_COLUMNS.map((c) => e.values[c.name])]),
  ]);
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  zip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    zip.on('end', () => resolve());
    zip.on('error', reject);
  });
  zip.append(nodeTable, { name: 'nodes.csv' });
  zip.append(edgeTable, { name: 'edges.csv' });
  await zip.finalize();
  await done;
  return Buffer.concat(chunks);
}

export const SURVEY_EXPORT_FORMATS = {
  graphml: {
    contentType: 'application/graphml+xml; charset=utf-8',
    write: async (r: FullResults, d: string) => Buffer.from(graphml(r, d)),
  },
  gexf: {
    contentType: 'application/gexf+xml; charset=utf-8',
    write: async (r: FullResults, d: string) => Buffer.from(gexf(r, d)),
  },
  'csv.zip': { contentType: 'application/zip', write: csvZip },
  json: {
    contentType: 'application/json; charset=utf-8',
    write: async (r: FullResults, d: string) => Buffer.from(nodeLink(r, d)),
  },
} as const;

export type SurveyExportFormat = keyof typeof SURVEY_EXPORT_FORMATS;
export const isSurveyExportFormat = (f: string): f is SurveyExportFormat =>
  Object.hasOwn(SURVEY_EXPORT_FORMATS, f);
