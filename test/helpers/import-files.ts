import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
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

/**
 * A zip laid out as an XLSX, of about `compressedBytes`, whose one sheet unpacks to `unpackedBytes` (finding S4:
 * 19 MB → 312 MB), made in a second or two: one deflated slice of sheet XML is repeated (deflate
 * blocks flushed with Z_SYNC_FLUSH and no back-references across slices can be concatenated), and
 * the share of random cells in the slice sets the ratio.
 */
export function xlsxBomb({
  compressedBytes,
  unpackedBytes,
}: {
  compressedBytes: number;
  unpackedBytes: number;
}): Buffer {
  const sliceOf = (randomShare: number) => {
    let xml = '';
    let r = 1;
    while (xml.length < 1_048_576) {
      const id = (r % 100) / 100 < randomShare ? randomBytes(2).toString('hex') : 'x';
      xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>ops-${id}</t></is></c><c r="B${r}" t="inlineStr"><is><t>Ośrodek Pomocy Społecznej</t></is></c></row>`;
      r += 1;
    }
    const raw = Buffer.from(xml);
    return { raw, deflated: deflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }) };
  };
  const wanted = compressedBytes / unpackedBytes;
  let [low, high] = [0, 1];
  let slice = sliceOf(0.5);
  for (let step = 0; step < 8; step += 1) {
    const share = (low + high) / 2;
    slice = sliceOf(share);
    if (slice.deflated.length / slice.raw.length < wanted) low = share;
    else high = share;
  }
  const times = Math.ceil(unpackedBytes / slice.raw.length);
  let crc = 0;
  for (let i = 0; i < times; i += 1) crc = crc32(slice.raw, crc);
  const sheet = {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.concat([...Array.from({ length: times }, () => slice.deflated), Buffer.from([0x03, 0x00])]),
    size: slice.raw.length * times,
    crc,
  };
  const small = (name: string, text: string) => {
    const raw = Buffer.from(text);
    return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
  };
  const entries = [
    small(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    small(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    small(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="instytucje" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    small(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A CSV of `rows` institutions seated in `area`, ids `${prefix}-N` (finding S4: 250,000 rows, 15 MB). */
export function institutionsCsv(prefix: string, rows: number, area: string): Buffer {
  const lines = ['id;nazwa;rodzaj;teryt'];
  for (let i = 1; i <= rows; i += 1)
    lines.push(`${prefix}-${i};Stowarzyszenie nr ${i};stowarzyszenie;${area}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}
