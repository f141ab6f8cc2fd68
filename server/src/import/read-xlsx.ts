import ExcelJS from 'exceljs';
import type { CellValue } from './fields.js';
import type { RawRow, ReadResult } from './types.js';

/** A spreadsheet cell as a plain value: rich text joined, formulas by their result, links by their text. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as CellValue;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('text' in value) return plain(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return String(value);
}

const isBlank = (v: CellValue) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Every sheet with data as a table (its first non-empty row is the header). */
export async function readXlsx(file: string, buffer: Buffer): Promise<ReadResult> {
  const result: ReadResult = { format: 'xlsx', tables: [], problems: [], warnings: [] };
  if (buffer.length === 0) {
    result.problems.push({ file, table: null, row: null, column: null, reason: 'The file is empty.' });
    return result;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    result.problems.push({
      file,
      table: null,
      row: null,
      column: null,
      reason: `This is not an Excel workbook (.xlsx) that can be read: ${error instanceof Error ? error.message : String(error)}. Save it as "Excel Workbook (*.xlsx)"; .xls files are not read.`,
    });
    return result;
  }
  for (const sheet of workbook.worksheets) {
    const rows: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as ExcelJS.CellValue[]; // 1-based: index 0 is unused
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => plain(values[i + 1]));
      if (!cells.every(isBlank)) rows.push({ row: row.number, cells });
    });
    const [header, ...data] = rows;
    if (!header) continue;
    result.tables.push({
      table: sheet.name,
      kind: null,
      header: header.cells.map((h) => (isBlank(h) ? '' : String(h).trim())),
      headerRow: header.row,
      rows: data,
    });
  }
  if (result.tables.length === 0) {
    result.problems.push({ file, table: null, row: null, column: null, reason: 'The workbook has no data.' });
  }
  return result;
}
