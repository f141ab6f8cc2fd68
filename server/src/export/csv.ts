import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { stringify } from 'csv-stringify';
import { nodeMeasureValues } from './node-measures.js';
import { drained } from './sink.js';
import type { ExportData, ExportEdge, ExportHeader, ExportNode } from './types.js';

// Two CSV tables (nodes.csv, edges.csv: UTF-8, comma, header row; lists joined with "|") in one
// zip, each written row by row into the zip stream. Gephi's spreadsheet import, R and pandas read
// them as they are; Id/Label/Source/Target/Weight are the column names Gephi recognises.

export const NODE_COLUMNS = [
  'id',
  'label',
  'type',
  'sector',
  'kind',
  'area',
  'start',
  'end',
  'outside',
] as const;
export const edgeColumns = (twoMode: boolean) =>
  [
    'source',
    'target',
    'id',
    'weight',
    'kinds',
    'start',
    'end',
    'sourced',
    ...(twoMode ? ['role'] : []),
  ] as const;

export const nodeRow = (n: ExportNode) => [
  n.id,
  n.label,
  n.type,
  n.sector,
  n.kind,
  n.area,
  n.start,
  n.end,
  String(n.outside),
];
export const edgeRow = (e: ExportEdge, twoMode: boolean) => [
  e.source,
  e.target,
  e.id,
  e.weight,
  e.kinds.join('|'),
  e.start,
  e.end,
  String(e.sourced),
  ...(twoMode ? [e.role] : []),
];

/** The carried measures' cells, after the fixed columns (empty: no value). */
const measureCells = (header: ExportHeader, n: ExportNode) => Object.values(nodeMeasureValues(header, n));

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
 * one) gets a leading apostrophe, as OWASP's CSV-injection advice says: Excel and LibreOffice
 * then show the text as written. Labels come from imports and other editors, so they are not
 * trusted. Numbers (weights) are written as numbers.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Writes rows through csv-stringify into `table`, waiting whenever the zip is behind. */
async function fill<T>(
  table: ReturnType<typeof stringify>,
  rows: AsyncIterable<T>,
  toRow: (r: T) => unknown[],
): Promise<void> {
  for await (const r of rows) {
    if (!table.write(toRow(r))) await drained(table);
  }
  table.end();
}

export async function writeCsvZip({ header, nodes, edges }: ExportData, out: Writable): Promise<void> {
  const twoMode = header.mode === 'AFFILIATIONS';
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const piped = pipeline(archive, out, { end: false });
  // csv-stringify writes null as an empty cell.
  const cast = { string: neutraliseCell };
  const measures = header.measures.carried.map((m) => m.id);
  const nodesTable = stringify({ header: true, columns: [...NODE_COLUMNS, ...measures], cast });
  const edgesTable = stringify({ header: true, columns: [...edgeColumns(twoMode)], cast });
  const date = new Date(`${header.exportedOn}T00:00:00Z`);
  archive.append(nodesTable, { name: 'nodes.csv', date });
  archive.append(edgesTable, { name: 'edges.csv', date });
  await fill(nodesTable, nodes, (n) => [...nodeRow(n), ...measureCells(header, n)]);
  await fill(edgesTable, edges, (e) => edgeRow(e, twoMode));
  await archive.finalize();
  await piped;
}
