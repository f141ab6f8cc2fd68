import { parse } from 'csv-parse/sync';
import type { Driver } from 'neo4j-driver';
import type { AreaRow } from '../db/rows.js';
import { emptyRows } from '../db/rows.js';
import { writeRows } from '../db/write-rows.js';

// The official GUS TERC register (eteryt.stat.gov.pl, "TERC_Urzedowy"): a semicolon CSV with the
// columns WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA, published in UTF-8 (often with a BOM) or
// Windows-1250. splot keeps three levels of self-government: voivodeship, powiat, gmina.
//   - gmina rows are RODZ 1 (urban), 2 (rural), 3 (urban-rural); their TERYT is WOJ+POW+GMI+RODZ;
//   - RODZ 4 (town) and 5 (rural area) are the two parts of an urban-rural gmina, not gminas:
//     skipped, so a gmina is never counted twice under its powiat;
//   - RODZ 8 (dzielnica of Warszawa) and 9 (delegatura/dzielnica of another city) are auxiliary
//     units inside one urban gmina, not gminas: skipped for the same reason.
// Voivodeship names come in capitals ("ŚWIĘTOKRZYSKIE") and are kept in lower case, as in use.

export const TERC_COLUMNS = ['WOJ', 'POW', 'GMI', 'RODZ', 'NAZWA', 'NAZWA_DOD', 'STAN_NA'] as const;
type Column = (typeof TERC_COLUMNS)[number];

export interface TercProblem {
  line: number;
  message: string;
}

export class TercError extends Error {
  constructor(readonly problems: TercProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `line ${p.line}: ${p.message}`);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
    super(`The TERC file has ${problems.length} problem(s):\n  ${shown.join('\n  ')}`);
  }
}

export interface TercResult {
  areas: AreaRow[];
  /** The register's date (STAN_NA), the latest one if rows differ. */
  stateOn: string | null;
  skipped: { gminaParts: number; districts: number };
}

/** Bytes to text: UTF-8 (BOM or not) when valid, else Windows-1250, the register's other encoding. */
export function decodeTerc(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1250').decode(bytes);
  }
}

const TWO_DIGITS = /^\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a TERC file's text into areas, parents first; throws TercError listing every bad line. */
export function parseTerc(text: string): TercResult {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    delimiter: ';',
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const problems: TercProblem[] = [];
  const header = records.shift();
  if (!header) throw new TercError([{ line: 1, message: 'the file is empty' }]);
  const names = header.record.map((h) => h.toUpperCase());
  const index = Object.fromEntries(TERC_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<Column, number>;
  const missing = TERC_COLUMNS.filter((c) => index[c] < 0);
  if (missing.length > 0) {
    throw new TercError([
      {
        line: header.info.lines,
        message: `missing column(s) ${missing.join(', ')}; expected the header ${TERC_COLUMNS.join(';')}`,
      },
    ]);
  }

  const areas = new Map<string, AreaRow & { line: number }>();
  const skipped = { gminaParts: 0, districts: 0 };
  let stateOn: string | null = null;
  for (const { record, info } of records) {
    const line = info.lines;
    const bad = (message: string) => problems.push({ line, message });
    if (record.length !== names.length) {
      bad(`${record.length} fields instead of ${names.length}`);
      continue;
    }
    const get = (c: Column) => record[index[c]] ?? '';
    const [woj, pow, gmi, rodz, name, date] = [
      get('WOJ'),
      get('POW'),
      get('GMI'),
      get('RODZ'),
      get('NAZWA'),
      get('STAN_NA'),
    ];
    if (!TWO_DIGITS.test(woj)) bad(`WOJ "${woj}" is not two digits`);
    if (pow !== '' && !TWO_DIGITS.test(pow)) bad(`POW "${pow}" is not two digits`);
    if (gmi !== '' && !TWO_DIGITS.test(gmi)) bad(`GMI "${gmi}" is not two digits`);
    if (name === '') bad('NAZWA is empty');
    if (date !== '' && !DATE.test(date)) bad(`STAN_NA "${date}" is not a date YYYY-MM-DD`);
    if (DATE.test(date) && (stateOn === null || date > stateOn)) stateOn = date;

    let area: AreaRow | null = null;
    if (pow === '' && gmi === '' && rodz === '') {
      area = { teryt: woj, name: name.toLocaleLowerCase('pl'), level: 'VOIVODESHIP', parent: null };
    } else if (pow !== '' && gmi === '' && rodz === '') {
      area = { teryt: woj + pow, name, level: 'POWIAT', parent: woj };
    } else if (pow !== '' && gmi !== '' && ['1', '2', '3'].includes(rodz)) {
      area = { teryt: woj + pow + gmi + rodz, name, level: 'GMINA', parent: woj + pow };
    } else if (pow !== '' && gmi !== '' && (rodz === '4' || rodz === '5')) {
      skipped.gminaParts++;
    } else if (pow !== '' && gmi !== '' && (rodz === '8' || rodz === '9')) {
      skipped.districts++;
    } else {
      bad(
        `RODZ "${rodz}" does not fit WOJ "${woj}", POW "${pow}", GMI "${gmi}" (expected 1-5, 8 or 9 for a gmina row, empty above)`,
      );
    }
    if (!area || problems.at(-1)?.line === line) continue;
    const seen = areas.get(area.teryt);
    if (seen) bad(`TERYT ${area.teryt} appears again (first on line ${seen.line})`);
    else areas.set(area.teryt, { ...area, line });
  }
  for (const area of areas.values()) {
    if (area.parent !== null && !areas.has(area.parent)) {
      problems.push({
        line: area.line,
        message: `${area.teryt} (${area.name}) has no row for its parent ${area.parent}`,
      });
    }
  }
  if (problems.length > 0) throw new TercError(problems.sort((a, b) => a.line - b.line));
  const sorted = [...areas.values()]
    .map(({ line: _line, ...area }) => area)
    .sort((a, b) => a.teryt.length - b.teryt.length || a.teryt.localeCompare(b.teryt));
  return { areas: sorted, stateOn, skipped };
}

/**
 * Upserts the areas in one transaction: names and levels are updated, PART_OF links added. Areas
 * missing from the register are left alone (institutions may still point at them).
 */
export async function writeTercAreas(driver: Driver, areas: AreaRow[]): Promise<number> {
  const session = driver.session();
  try {
    // A whole register is an administrative bulk write (like the seed): more time than a request.
    const written = await session.executeWrite((tx) => writeRows(tx, { ...emptyRows(), areas }), {
      timeout: 300_000,
    });
    return written.areas ?? 0;
  } finally {
    await session.close();
  }
}
