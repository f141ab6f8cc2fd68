import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Driver } from 'neo4j-driver';

// Import files as people make them, for the import tests: CSV in a chosen encoding and
// delimiter, workbooks with Polish sheet names, and a snapshot of what a test's ids hold.

export function csvFile(
  rows: Array<Array<string | number>>,
  { encoding = 'utf8', delimiter = ',' }: { encoding?: string; delimiter?: string } = {},
): Buffer {
  const quote = (v: string | number) => {
    const text = String(v);
    return /["\n\r,;\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = `${rows.map((r) => r.map(quote).join(delimiter)).join('\r\n')}\r\n`;
  return iconv.encode(text, encoding);
}

export async function workbook(
  sheets: Record<string, Array<Array<string | number | Date>>>,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Everything stored under a test's id prefix and area codes — nodes with their properties and
 * relationships — as one comparable string: equal before and after means nothing was written.
 */
export async function snapshot(driver: Driver, prefix: string, areaCodes: string[]): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n)
     WHERE (n.id STARTS WITH $prefix) OR (n:Area AND any(c IN $areaCodes WHERE n.teryt STARTS WITH c))
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY type(r), coalesce(m.id, m.teryt, m.code)
     WITH n, collect(CASE WHEN r IS NULL THEN null ELSE [type(r), coalesce(m.id, m.teryt, m.code), properties(r)] END) AS out
     RETURN labels(n) AS labels, properties(n) AS props, out
     ORDER BY coalesce(n.id, n.teryt)`,
    { prefix, areaCodes },
  );
  return JSON.stringify(records.map((r) => r.toObject()));
}
