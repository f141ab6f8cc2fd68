import ExcelJS from 'exceljs';
import type { CellValue } from './fields.js';
import type { RawRow, ReadResult } from './types.js';

/** A cell whose value cannot be read: a formula the file keeps no result for, or an unknown kind. */
class Unreadable {
  constructor(readonly reason: string) {}
}

/** A spreadsheet cell as a plain value: rich text joined, formulas by their result, links by their text. */
function plain(value: ExcelJS.CellValue): CellValue | Unreadable {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as CellValue;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    // Files written by programs other than Excel often keep formulas without their results.
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) {
      const formula = 'formula' in value ? value.formula : value.sharedFormula;
      return new Unreadable(
        `The cell holds the formula =${formula} without a saved result; open the file in Excel or LibreOffice and save it again, or paste the values.`,
      );
    }
    return plain(result);
  }
  if ('text' in value) return plain(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return new Unreadable(
    'The cell holds a value of a kind that is not read (not text, a number, a date or a formula result).',
  );
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
    const unreadable: Array<{ row: number; index: number; reason: string }> = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as ExcelJS.CellValue[]; // 1-based: index 0 is unused
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, index) => {
        const cell = plain(values[index + 1]);
        if (!(cell instanceof Unreadable)) return cell;
        unreadable.push({ row: row.number, index, reason: cell.reason });
        return null;
      });
      if (!cells.every(isBlank) || unreadable.some((u) => u.row === row.number)) {
        rows.push({ row: row.number, cells });
      }
    });
    const [header, ...data] = rows;
    if (!header) continue;
    for (const { row, index, reason } of unreadable) {
      const name = header.cells[index];
      const column = isBlank(name ?? null) ? sheet.getColumn(index + 1).letter : String(name).trim();
      result.problems.push({ file, table: sheet.name, row, column, reason });
    }
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
