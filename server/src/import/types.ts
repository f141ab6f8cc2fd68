import type { TableKind } from './columns.js';
import type { CellValue, FieldValue } from './fields.js';

/** One problem in an import file: where (file, table, row, column) and why. */
export interface Problem {
  file: string;
  /** The CSV file, the XLSX sheet or the JSON array ("partnerships[2].members"); null for the whole file. */
  table: string | null;
  /** Spreadsheet row (the header is usually row 1) or position in a JSON array (from 1); null: the whole table. */
  row: number | null;
  /** The column as the file names it (or the field, when the column is missing). */
  column: string | null;
  reason: string;
  value?: string;
}

export interface RawRow {
  row: number;
  cells: CellValue[];
}

/** A table as read from a file, before its columns are understood. */
export interface RawTable {
  table: string;
  kind: TableKind | null;
  header: string[];
  headerRow: number;
  rows: RawRow[];
}

export type ImportFormat = 'csv' | 'xlsx' | 'json';

export interface ReadResult {
  format: ImportFormat;
  /** Text files: the encoding detected, and the CSV delimiter. */
  encoding?: string;
  delimiter?: string;
  tables: RawTable[];
  problems: Problem[];
  warnings: Problem[];
}

/** One valid row of a table: its fields, and where it came from. */
export interface ImportRecord {
  kind: TableKind;
  table: string;
  row: number;
  /** The given fields only (empty cells are left out: an import never erases a value). */
  values: Record<string, FieldValue>;
  /** Header of each given field, for problems found later (references, duplicates). */
  columns: Record<string, string>;
}
