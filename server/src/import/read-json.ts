import { z } from 'zod';
import type { TableKind } from './columns.js';
import { decodeText, UnreadableFileError } from './encoding.js';
import type { CellValue } from './fields.js';
import type { RawRow, RawTable, ReadResult } from './types.js';

// Two JSON shapes are read:
//  - a splot document: {institutions: [...], partnerships: [{..., members: [...]}],
//    collaborations: [{..., participants: [...]}], sources: [...]} (a single "source" object, as
//    the seed documents have, counts as one source);
//  - a node-link graph as splot exports it (and networkx writes it): nodes with a "type", edges
//    (or "links") from institutions to partnerships/collaborations, graph.areas for the areas.

type Json = Record<string, unknown>;
const objects = z.array(z.record(z.string(), z.unknown()));
const documentShape = z.looseObject({
  institutions: objects.optional(),
  partnerships: objects.optional(),
  collaborations: objects.optional(),
  sources: objects.optional(),
  source: z.record(z.string(), z.unknown()).optional(),
  areas: objects.optional(),
});
const nodeLinkShape = z.looseObject({
  graph: z.looseObject({ areas: objects.optional() }).optional(),
  nodes: objects,
  edges: objects.optional(),
  links: objects.optional(),
});

function cell(value: unknown): CellValue | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.join(';');
  }
  return undefined; // an object: not a cell
}

/** A table from JSON objects: the header is every key met, rows numbered from 1. */
function table(
  name: string,
  kind: TableKind,
  items: Json[],
  skip: string[] = [],
  extra: Json[] = [],
): RawTable {
  const header: string[] = [];
  for (const item of items)
    for (const key of Object.keys(item)) if (!skip.includes(key) && !header.includes(key)) header.push(key);
  for (const e of extra) for (const key of Object.keys(e)) if (!header.includes(key)) header.push(key);
  const rows: RawRow[] = items.map((item, i) => ({
    row: i + 1,
    cells: header.map((h) => {
      const value = h in item ? item[h] : extra[i]?.[h];
      const c = cell(value);
      // Nested objects cannot be a cell: left as text, so the field check names them.
      return c === undefined ? JSON.stringify(value) : c;
    }),
  }));
  return { table: name, kind, header, headerRow: 0, rows };
}

function fromDocument(doc: z.infer<typeof documentShape>): RawTable[] {
  const tables: RawTable[] = [];
  const sources = [...(doc.sources ?? []), ...(doc.source ? [doc.source] : [])];
  if (doc.areas?.length) tables.push(table('areas', 'areas', doc.areas));
  if (sources.length) tables.push(table(doc.sources ? 'sources' : 'source', 'sources', sources));
  if (doc.institutions?.length) tables.push(table('institutions', 'institutions', doc.institutions));
  for (const [list, kind, nested, childKind, parentKey] of [
    [doc.partnerships, 'partnerships', 'members', 'members', 'partnership'],
    [doc.collaborations, 'collaborations', 'participants', 'participants', 'collaboration'],
  ] as const) {
    if (!list?.length) continue;
    tables.push(table(kind, kind, list, [nested]));
    list.forEach((item, i) => {
      const children = item[nested];
      if (!Array.isArray(children) || children.length === 0) return;
      const rows = children.filter((c): c is Json => typeof c === 'object' && c !== null);
      tables.push(
        table(
          `${kind}[${i}].${nested}`,
          childKind,
          rows,
          [],
          rows.map(() => ({ [parentKey]: item.id })),
        ),
      );
    });
  }
  return tables;
}

const AFFILIATION_TYPES = new Set(['PARTNERSHIP', 'COLLABORATION']);

function fromNodeLink(graph: z.infer<typeof nodeLinkShape>, result: ReadResult, file: string): RawTable[] {
  const tables: RawTable[] = [];
  const areas = graph.graph?.areas ?? [];
  if (areas.length)
    tables.push(
      table(
        'graph.areas',
        'areas',
        areas.map(({ level: _l, ...a }) => a),
      ),
    );
  const typeOf = new Map<string, string>();
  const institutions: Json[] = [];
  const partnerships: Json[] = [];
  const collaborations: Json[] = [];
  // A node-link graph carries no source documents: its new partnerships and collaborations come in
  // marked unsourced, as the rule asks (issue 13, item 7); stored ones keep their citations.
  for (const n of graph.nodes) {
    const type = String(n.type ?? 'INSTITUTION').toUpperCase();
    typeOf.set(String(n.id), type);
    if (type === 'PARTNERSHIP') {
      partnerships.push({ id: n.id, name: n.label, signedOn: n.start, endedOn: n.end, unsourced: true });
    } else if (type === 'COLLABORATION') {
      collaborations.push({
        id: n.id,
        title: n.label,
        kind: n.kind,
        startedOn: n.start,
        endedOn: n.end,
        unsourced: true,
      });
    } else {
      institutions.push({
        id: n.id,
        name: n.label,
        kind: n.kind,
        sector: n.sector,
        area: n.area,
        founded: n.start,
      });
    }
  }
  // The export dates a membership from its own dates or, when it has none, the partnership's:
  // a date equal to the partnership's is not repeated on the membership, so a re-import changes nothing.
  const nodeDates = new Map(graph.nodes.map((n) => [String(n.id), n]));
  const members: Json[] = [];
  const participants: Json[] = [];
  let ties = 0;
  for (const e of graph.edges ?? graph.links ?? []) {
    let [from, to] = [String(e.source), String(e.target)];
    if (AFFILIATION_TYPES.has(typeOf.get(from) ?? '')) [from, to] = [to, from];
    const type = typeOf.get(to);
    const affiliation = nodeDates.get(to);
    if (type === 'PARTNERSHIP') {
      members.push({
        partnership: to,
        institution: from,
        role: e.role,
        since: e.start === affiliation?.start ? null : e.start,
        until: e.end === affiliation?.end ? null : e.end,
      });
    } else if (type === 'COLLABORATION') {
      participants.push({ collaboration: to, institution: from, role: e.role });
    } else ties++;
  }
  if (institutions.length) tables.push(table('nodes (institutions)', 'institutions', institutions));
  if (partnerships.length) tables.push(table('nodes (partnerships)', 'partnerships', partnerships));
  if (collaborations.length) tables.push(table('nodes (collaborations)', 'collaborations', collaborations));
  if (members.length) tables.push(table('edges (members)', 'members', members));
  if (participants.length) tables.push(table('edges (participants)', 'participants', participants));
  if (ties > 0) {
    result.warnings.push({
      file,
      table: 'edges',
      row: null,
      column: null,
      reason: `${ties} ties between institutions were not imported: splot derives ties from shared partnerships and collaborations. Export with mode=AFFILIATIONS to carry them.`,
    });
  }
  return tables;
}

/** Where in the text JSON.parse stopped ("… at position 120 (line 4 column 2)"). */
function lineOfSyntaxError(text: string, error: SyntaxError): number | null {
  const line = /line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(error.message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : null;
}

export function readJson(file: string, buffer: Buffer): ReadResult {
  const result: ReadResult = { format: 'json', tables: [], problems: [], warnings: [] };
  const fileProblem = (reason: string, row: number | null = null) =>
    result.problems.push({ file, table: null, row, column: null, reason });
  let text: string;
  try {
    const decoded = decodeText(buffer);
    text = decoded.text;
    result.encoding = decoded.encoding;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    fileProblem(error.message, error.line);
    return result;
  }
  if (text.trim() === '') {
    fileProblem('The file is empty.');
    return result;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const line = lineOfSyntaxError(text, error as SyntaxError);
    fileProblem(`This is not valid JSON: ${(error as Error).message}`, line);
    return result;
  }
  const nodeLink = nodeLinkShape.safeParse(data);
  const doc = documentShape.safeParse(data);
  if (nodeLink.success) result.tables = fromNodeLink(nodeLink.data, result, file);
  else if (doc.success && !Array.isArray(data)) result.tables = fromDocument(doc.data);
  else {
    const issue = (doc.error ?? nodeLink.error)?.issues[0];
    fileProblem(
      `The JSON is neither a splot document ({"institutions": [...], "partnerships": [...], ...}) nor a node-link graph ({"nodes": [...], "edges": [...]})${issue ? `: ${issue.path.join('.')} ${issue.message}` : ''}.`,
    );
    return result;
  }
  if (result.tables.every((t) => t.rows.length === 0)) fileProblem('The file holds no records.');
  return result;
}
