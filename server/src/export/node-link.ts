import type { Writable } from 'node:stream';
import { graphAttributes } from './describe.js';
import { nodeMeasureValues } from './node-measures.js';
import { TextSink } from './sink.js';
import type { ExportData } from './types.js';

// networkx's node-link format: `nx.node_link_graph(json.load(f))` reads it as an undirected
// Graph. networkx ≥ 3.6 reads the ties from "edges" by default; 3.4–3.5 need edges="edges",
// older ones link="edges". The graph attributes carry the area tree, so the file can be imported
// into an empty database (pnpm import) and exported again unchanged.

export async function writeNodeLink({ header, nodes, edges }: ExportData, out: Writable): Promise<void> {
  const sink = new TextSink(out);
  const twoMode = header.mode === 'AFFILIATIONS';
  const graph = { ...graphAttributes(header), areas: header.areas };
  await sink.write(`{"directed":false,"multigraph":false,"graph":${JSON.stringify(graph)},"nodes":[`);
  let first = true;
  for await (const n of nodes) {
    const node = {
      id: n.id,
      label: n.label,
      type: n.type,
      sector: n.sector,
      kind: n.kind,
      area: n.area,
      start: n.start,
      end: n.end,
      outside: n.outside,
      ...nodeMeasureValues(header, n),
    };
    await sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(node)}`);
    first = false;
  }
  await sink.write('\n],"edges":[');
  first = true;
  for await (const e of edges) {
    const edge: Record<string, unknown> = {
      source: e.source,
      target: e.target,
      id: e.id,
      weight: e.weight,
      kinds: e.kinds,
      start: e.start,
      end: e.end,
      sourced: e.sourced,
    };
    if (twoMode) edge.role = e.role;
    else edge.spells = e.spells.map((s) => [s.start, s.end]);
    await sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(edge)}`);
    first = false;
  }
  await sink.write('\n]}\n');
  await sink.flush();
}
