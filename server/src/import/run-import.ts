import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { emptyRows, type Rows } from '../db/rows.js';
import { writeRows } from '../db/write-rows.js';
import { TABLE_KINDS, type TableKind } from './columns.js';
import { loadExisting } from './existing.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, sizeProblem } from './limits.js';
import { type Change, planImport } from './plan.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { readXlsx } from './read-xlsx.js';
import { checkRegions } from './regions.js';
import type { ImportFormat, Problem, ReadResult } from './types.js';
import { checkReferences, parseTables, wantedBy } from './validate.js';
import { zipBoundsProblem } from './zip-bounds.js';

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
  /** Longest one of the import's transactions may run (default 10 minutes). */
  timeoutMs?: number;
  /** Bounds on what the file unpacks to and holds (default DEFAULT_IMPORT_LIMITS). */
  limits?: Partial<ImportLimits>;
  /**
   * Files with more data rows than this are written in transactions of at most this many rows
   * (default BATCH_ROWS), so that no transaction outgrows the database's memory; smaller files
   * are checked and written in one transaction.
   */
  batchRows?: number;
}

/**
 * A batched import stopped by the database (an outage) after some batches were committed. The
 * file is resumable: importing it again writes only what is missing, since rows already written
 * come out "unchanged"; every committed batch holds whole records, referenced ones first.
 */
export class ImportInterruptedError extends Error {
  constructor(
    readonly writtenRows: number,
    readonly totalRows: number,
    override readonly cause: unknown,
  ) {
    super(
      `The import was interrupted after ${writtenRows} of ${totalRows} rows were written. Import the same file again to finish it: the rows already written come out unchanged.`,
    );
    this.name = 'ImportInterruptedError';
  }
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
  /** Write transactions the import committed (more than one for a batched import). */
  transactions: number;
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
/** Rows per write transaction of a large import: well within the database's transaction memory. */
export const BATCH_ROWS = 10_000;

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

/** The report of a file refused before it was read (nothing checked further, nothing written). */
export function rejectedReport(file: string, format: ImportFormat, problems: Problem[]): ImportReport {
  return {
    file,
    format,
    tables: [],
    problems,
    warnings: [],
    summary: Object.fromEntries(
      TABLE_KINDS.map((k) => [k, { create: 0, update: 0, unchanged: 0, invalid: 0 }]),
    ) as ImportReport['summary'],
    changes: [],
    outcome: 'rejected',
    written: null,
    transactions: 0,
  };
}

/** A workbook whose zip says it unpacks beyond the bounds, as a problem; checked before inflating. */
export function unpackProblem(file: string, buffer: Buffer, limits: ImportLimits): Problem | null {
  if (formatOf(file, buffer) !== 'xlsx') return null;
  const reason = zipBoundsProblem(buffer, limits);
  return reason ? { file, table: null, row: null, column: null, reason } : null;
}

export async function readImportFile(
  file: string,
  buffer: Buffer,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ReadResult> {
  const format = formatOf(file, buffer);
  const tooBig = unpackProblem(file, buffer, limits);
  if (tooBig) return { format, tables: [], problems: [tooBig], warnings: [] };
  if (format === 'xlsx') return readXlsx(file, buffer);
  if (format === 'json') return readJson(file, buffer);
  return readCsv(file, buffer);
}

interface Chunk {
  key: keyof Rows;
  rows: unknown[];
}

/** The rows to write as chunks in write order (referenced records before those that refer to them). */
function chunksOf(rows: Rows): Chunk[] {
  const chunks: Chunk[] = [];
  for (const key of WRITE_ORDER) {
    const list = rows[key] as unknown[];
    for (let i = 0; i < list.length; i += WRITE_CHUNK)
      chunks.push({ key, rows: list.slice(i, i + WRITE_CHUNK) });
  }
  return chunks;
}

const sizeOf = (batch: Chunk[]) => batch.reduce((n, c) => n + c.rows.length, 0);

function writtenPerKind(rows: Rows): Record<string, number> {
  const written: Record<string, number> = {};
  for (const key of WRITE_ORDER) {
    const n = (rows[key] as unknown[]).length;
    if (n > 0) written[key] = n;
  }
  return written;
}

async function writeChunks(
  tx: ManagedTransaction,
  chunks: Chunk[],
  progress: { done: number; total: number },
  onProgress: ImportOptions['onProgress'],
) {
  for (const chunk of chunks) {
    await writeRows(tx, { ...emptyRows(), [chunk.key]: chunk.rows });
    progress.done += chunk.rows.length;
    onProgress?.('write', progress.done, progress.total);
  }
}

/** Consecutive chunks grouped into transactions of at most `batchRows` rows. */
function batchesOf(chunks: Chunk[], batchRows: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let size = 0;
  for (const chunk of chunks) {
    if (size > 0 && size + chunk.rows.length > batchRows) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(chunk);
    size += chunk.rows.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Imports one file: reads and checks every row first (all problems at once), then — unless it is a
 * dry run, or a row is invalid and skipInvalid is off — writes what changes. A file of up to
 * `batchRows` rows is checked and written in one transaction; a larger one is checked in a read
 * transaction and written in batches (ImportInterruptedError if the database stops it midway).
 */
export async function importFile(
  driver: Driver,
  file: string,
  buffer: Buffer,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const read = await readImportFile(file, buffer, limits);
  const tooMany = sizeProblem(file, read, limits);
  if (tooMany) {
    read.problems.push(tooMany);
    read.tables = [];
  }
  const parsed = parseTables(file, read, options.kind ?? null);
  const totalRows = read.tables.reduce((n, t) => n + t.rows.length, 0);
  options.onProgress?.('validate', 0, totalRows);
  const batched = totalRows > batchRows;

  const session = driver.session({ defaultAccessMode: options.dryRun ? 'READ' : 'WRITE' });
  let transactions = 0;
  try {
    const check = async (tx: ManagedTransaction) => {
      const existing = await loadExisting(tx, wantedBy(parsed.records));
      const checked = checkReferences(file, { ...parsed, invalid: new Map(parsed.invalid) }, existing);
      options.onProgress?.('validate', totalRows, totalRows);
      const scoped = options.regions
        ? checkRegions(file, checked.valid, existing, options.regions)
        : { allowed: checked.valid, problems: [] };
      const problems = [...read.problems, ...parsed.problems, ...checked.problems, ...scoped.problems];
      const plan = planImport(scoped.allowed, existing);
      const changing = plan.changes.some((c) => c.action !== 'unchanged');
      const outcome: Outcome = options.dryRun
        ? 'dry-run'
        : problems.length > 0 && !options.skipInvalid
          ? 'rejected'
          : changing
            ? 'applied'
            : 'unchanged';
      return { problems, plan, outcome };
    };
    const config = { timeout: options.timeoutMs ?? 600_000 };
    let result: Awaited<ReturnType<typeof check>>;
    let written: Record<string, number> | null = null;
    if (options.dryRun || batched) {
      result = await session.executeRead(check, config);
      if (result.outcome === 'applied') {
        const chunks = chunksOf(result.plan.rows);
        const progress = { done: 0, total: chunks.reduce((n, c) => n + c.rows.length, 0) };
        options.onProgress?.('write', 0, progress.total);
        let committed = 0;
        for (const batch of batchesOf(chunks, batchRows)) {
          try {
            await session.executeWrite((tx) => writeChunks(tx, batch, progress, options.onProgress), config);
          } catch (error) {
            if (transactions === 0) throw error; // nothing committed: an ordinary failure
            throw new ImportInterruptedError(committed, progress.total, error);
          }
          transactions += 1;
          committed += sizeOf(batch);
          progress.done = committed;
        }
        written = writtenPerKind(result.plan.rows);
      }
    } else {
      result = await session.executeWrite(async (tx) => {
        const checked = await check(tx);
        if (checked.outcome === 'applied') {
          const chunks = chunksOf(checked.plan.rows);
          const progress = { done: 0, total: chunks.reduce((n, c) => n + c.rows.length, 0) };
          options.onProgress?.('write', 0, progress.total);
          await writeChunks(tx, chunks, progress, options.onProgress);
        }
        return checked;
      }, config);
      if (result.outcome === 'applied') {
        written = writtenPerKind(result.plan.rows);
        transactions = 1;
      }
    }
    const { problems, plan, outcome } = result;

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
      transactions,
    };
  } finally {
    await session.close();
  }
}
