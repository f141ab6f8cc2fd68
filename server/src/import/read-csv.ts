import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { decodeText, UnreadableFileError } from './encoding.js';
import type { ReadResult } from './types.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of the header line: the candidate that occurs most often outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = unquoted.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** One CSV file as one table: encoding and delimiter detected, rows numbered as a spreadsheet shows them. */
export function readCsv(file: string, buffer: Buffer): ReadResult {
  const result: ReadResult = { format: 'csv', tables: [], problems: [], warnings: [] };
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
    fileProblem('The file is empty: it needs a header row and at least one row of data.');
    return result;
  }
  const delimiter = detectDelimiter(text);
  result.delimiter = delimiter === '\t' ? 'tab' : delimiter;
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? null;
    fileProblem(`The CSV cannot be read: ${error.message.replace(/^Invalid [^:]*: /, '')}`, line);
    return result;
  }
  // A record starts on the line after the previous one ended (quoted cells may span lines).
  let previousEnd = 0;
  const rows = records.map(({ record, info }) => {
    const row = { row: previousEnd + 1, cells: record };
    previousEnd = info.lines;
    return row;
  });
  const headerIndex = rows.findIndex((r) => !blank(r.cells));
  const header = rows[headerIndex];
  const data = rows.slice(headerIndex + 1).filter((r) => !blank(r.cells));
  if (!header || data.length === 0) {
    fileProblem('The file has a header row but no data.', header?.row ?? null);
    return result;
  }
  result.tables.push({
    table: file,
    kind: null,
    header: header.cells.map((h) => h.trim()),
    headerRow: header.row,
    rows: data,
  });
  return result;
}
