import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { writeRows } from '../db/write-rows.js';
import { emptyRows, type Rows } from '../seed/rows.js';
import { TABLE_KINDS, type TableKind } from './columns.js';
import { loadExisting } from './existing.js';
import { type Change, planImport } from './plan.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { readXlsx } from './read-xlsx.js';
import { checkRegions } from './regions.js';
import type { ImportFormat, Problem, ReadResult } from './types.js';
import { checkReferences, parseTables, wantedBy } from './validate.js';

export interface ImportOptions {
  /** Report what would change, write nothing. */
  dryRun?: boolean;
  /** Write the valid rows even when others are invalid (default: any invalid row stops the import). */
  skipInvalid?: boolean;
  /** What a CSV file holds, when neither its name nor its columns say. */
  kind?: TableKind | null;
  onProgress?: (stage: 'validate' | 'write', done: number, total: number) => void;
  /** An editor's regions (voivodeship TERYT codes): only their records may be written. null: no limit (admins, the CLI). */
  regions?: string[] | null;
  /** Longest the import's transaction may run (default 10 minutes: a large file is one transaction). */
  timeoutMs?: number;
}

export type Outcome = 'dry-run' | 'applied' | 'unchanged' | 'rejected';

export interface ImportReport {
  file: string;
  format: ImportFormat;
  encoding?: string;
  delimiter?: string;
  tables: Array<{ table: string; rows: number }>;
  /** Every problem found; with any, nothing is written unless skipInvalid. */
  problems: Problem[];
  /** Things ignored on the way (unknown columns, skipped sheets, one-mode ties). */
  warnings: Problem[];
  summary: Record<TableKind, { create: number; update: number; unchanged: number; invalid: number }>;
  changes: Change[];
  outcome: Outcome;
  /** Rows written per kind, when applied. */
  written: Record<string, number> | null;
}

const WRITE_ORDER: Array<keyof Rows> = [
  'sectors',
  'areas',
  'sources',
  'institutions',
  'partnerships',
  'collaborations',
  'memberships',
  'participations',
  'citations',
  'coverage',
];
const WRITE_CHUNK = 2_000;

/** The format from the name, else from the first bytes (a zip is an XLSX, a brace JSON). */
export function formatOf(file: string, buffer: Buffer): ImportFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.json')) return 'json';
  if (/\.(csv|tsv|txt)$/.test(lower)) return 'csv';
  if (buffer[0] === 0x50 && buffer[1] === 0x4b) return 'xlsx';
  const start = buffer.subarray(0, 64).toString('utf8').trimStart();
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
}

export async function readImportFile(file: string, buffer: Buffer): Promise<ReadResult> {
  const format = formatOf(file, buffer);
  if (format === 'xlsx') return readXlsx(file, buffer);
  if (format === 'json') return readJson(file, buffer);
  return readCsv(file, buffer);
}

async function write(tx: ManagedTransaction, rows: Rows, onProgress: ImportOptions['onProgress']) {
  const total = WRITE_ORDER.reduce((n, k) => n + (rows[k] as unknown[]).length, 0);
  let done = 0;
  onProgress?.('write', 0, total);
  const written: Record<string, number> = {};
  for (const key of WRITE_ORDER) {
    const list = rows[key] as unknown[];
    for (let i = 0; i < list.length; i += WRITE_CHUNK) {
      const chunk = list.slice(i, i + WRITE_CHUNK);
      await writeRows(tx, { ...emptyRows(), [key]: chunk });
      done += chunk.length;
      onProgress?.('write', done, total);
    }
    if (list.length > 0) written[key] = list.length;
  }
  return written;
}

/**
 * Imports one file in one transaction: reads and checks every row first (all problems at once),
 * then — unless it is a dry run, or a row is invalid and skipInvalid is off — writes what changes.
 */
export async function importFile(
  driver: Driver,
  file: string,
  buffer: Buffer,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const read = await readImportFile(file, buffer);
  const parsed = parseTables(file, read, options.kind ?? null);
  const totalRows = read.tables.reduce((n, t) => n + t.rows.length, 0);
  options.onProgress?.('validate', 0, totalRows);

  const session = driver.session({ defaultAccessMode: options.dryRun ? 'READ' : 'WRITE' });
  try {
    const work = async (tx: ManagedTransaction) => {
      const existing = await loadExisting(tx, wantedBy(parsed.records));
      const checked = checkReferences(file, { ...parsed, invalid: new Map(parsed.invalid) }, existing);
      options.onProgress?.('validate', totalRows, totalRows);
      const scoped = options.regions
        ? checkRegions(file, checked.valid, existing, options.regions)
        : { allowed: checked.valid, problems: [] };
      const problems = [...read.problems, ...parsed.problems, ...checked.problems, ...scoped.problems];
      const plan = planImport(scoped.allowed, existing);
      const changing = plan.changes.some((c) => c.action !== 'unchanged');
      let outcome: Outcome;
      let written: Record<string, number> | null = null;
      if (options.dryRun) outcome = 'dry-run';
      else if (problems.length > 0 && !options.skipInvalid) outcome = 'rejected';
      else if (!changing) outcome = 'unchanged';
      else {
        written = await write(tx, plan.rows, options.onProgress);
        outcome = 'applied';
      }
      return { problems, plan, outcome, written };
    };
    const config = { timeout: options.timeoutMs ?? 600_000 };
    const { problems, plan, outcome, written } = options.dryRun
      ? await session.executeRead(work, config)
      : await session.executeWrite(work, config);

    const summary = Object.fromEntries(
      TABLE_KINDS.map((k) => [k, { create: 0, update: 0, unchanged: 0, invalid: 0 }]),
    ) as ImportReport['summary'];
    for (const c of plan.changes) summary[c.kind][c.action] += 1;
    const invalidRows = new Set(
      problems.filter((p) => p.row !== null).map((p) => `${p.table}\u0000${p.row}`),
    );
    for (const key of invalidRows) {
      const kind = parsed.tableKinds.get(key.split('\u0000')[0] ?? '');
      if (kind) summary[kind].invalid += 1;
    }
    return {
      file,
      format: read.format,
      ...(read.encoding ? { encoding: read.encoding } : {}),
      ...(read.delimiter ? { delimiter: read.delimiter } : {}),
      tables: read.tables.map((t) => ({ table: t.table, rows: t.rows.length })),
      problems,
      warnings: [...read.warnings, ...parsed.warnings],
      summary,
      changes: plan.changes,
      outcome,
      written,
    };
  } finally {
    await session.close();
  }
}
