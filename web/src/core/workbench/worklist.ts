import type { AreaCandidate } from './types';

/** A pair's key, the same whichever side the server put first. */
export function pairKey(candidate: AreaCandidate): string {
  const a = candidate.forInstitution.id;
  const b = candidate.institution.id;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Cell texts of one exported row; `label` turns codes (kinds, sectors) into the reader's words. */
export interface WorklistLabels {
  header: readonly string[];
  kind: (code: string | null) => string;
  sector: (code: string | null) => string;
  done: (ticked: boolean) => string;
  reason: (reason: AreaCandidate['reasons'][number]) => string;
}

/**
 * The worklist as a table of strings and numbers (header first), the same for CSV and XLSX:
 * rank, done, both institutions with kind and sector, the score and its four parts, the reasons.
 */
export function worklistTable(
  candidates: readonly AreaCandidate[],
  ticked: ReadonlySet<string>,
  labels: WorklistLabels,
): Array<Array<string | number>> {
  return [
    [...labels.header],
    ...candidates.map((c, i) => [
      i + 1,
      labels.done(ticked.has(pairKey(c))),
      c.forInstitution.label,
      labels.kind(c.forInstitution.kind),
      labels.sector(c.forInstitution.sector),
      c.institution.label,
      labels.kind(c.institution.kind),
      labels.sector(c.institution.sector),
      round(c.score),
      round(c.parts.sector),
      round(c.parts.pairing),
      round(c.parts.commonPartners),
      round(c.parts.proximity),
      c.reasons.map(labels.reason).join('; '),
    ]),
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (so Excel reads the Polish letters) and CRLF lines;
 * a cell with a comma, quote or line break is quoted, quotes doubled.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The same table as an XLSX workbook of one sheet (exceljs, loaded only when asked for). */
export async function toXlsx(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  sheet: string,
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.slice(0, 31));
  for (const row of rows) ws.addRow([...row]);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Saves a blob under a file name (an invisible link, clicked). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
