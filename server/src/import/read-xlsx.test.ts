import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './read-xlsx.js';

async function book(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('instytucje'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reports a formula without a saved result by sheet, row and column, instead of "[object Object]"', async () => {
    const file = await book((sheet) => {
      sheet.addRow(['id', 'nazwa']);
      sheet.addRow(['ops-1', { formula: 'CONCAT("OPS ";A2)' }]);
    });
    const read = await readXlsx('dane.xlsx', file);
    expect(JSON.stringify(read)).not.toContain('[object Object]');
    expect(read.tables[0]?.rows[0]?.cells).toEqual(['ops-1', null]);
    expect(read.problems).toEqual([
      expect.objectContaining({
        table: 'instytucje',
        row: 2,
        column: 'nazwa',
        reason: expect.stringMatching(/=CONCAT\("OPS ";A2\) without a saved result/),
      }),
    ]);
  });

  it('reads a formula by its saved result', async () => {
    const file = await book((sheet) => {
      sheet.addRow(['id', 'nazwa']);
      sheet.addRow(['ops-1', { formula: 'CONCAT("OPS ";A2)', result: 'OPS ops-1' }]);
    });
    const read = await readXlsx('dane.xlsx', file);
    expect(read.problems).toEqual([]);
    expect(read.tables[0]?.rows[0]?.cells).toEqual(['ops-1', 'OPS ops-1']);
  });
});
