import type { Problem, ReadResult } from './types.js';
import { DEFAULT_MAX_ENTRIES, type ZipBounds } from './zip-bounds.js';

/**
 * How much one import file may hold once read: bounds on what a workbook unpacks to (checked
 * before inflating, zip-bounds.ts) and on rows and cells of any format, so that reading,
 * checking and planning stay within the import thread's memory.
 */
export interface ImportLimits extends ZipBounds {
  /** Most data rows in all tables of the file together. */
  maxRows: number;
  /** Most cells (rows × columns) in all tables together. */
  maxCells: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxUnpackedBytes: 100 * 1_048_576,
  maxEntries: DEFAULT_MAX_ENTRIES,
  maxRows: 300_000,
  maxCells: 6_000_000,
};

/** The problem that stops a file over the row or cell bound, or null. */
export function sizeProblem(file: string, read: ReadResult, limits: ImportLimits): Problem | null {
  let rows = 0;
  let cells = 0;
  for (const table of read.tables) {
    rows += table.rows.length;
    for (const row of table.rows) cells += row.cells.length;
  }
  const over =
    rows > limits.maxRows
      ? `${rows} rows, more than the ${limits.maxRows} imported at once`
      : cells > limits.maxCells
        ? `${cells} cells, more than the ${limits.maxCells} imported at once`
        : null;
  if (!over) return null;
  return {
    file,
    table: null,
    row: null,
    column: null,
    reason: `The file holds ${over}; split it into smaller files. Nothing was written.`,
  };
}
