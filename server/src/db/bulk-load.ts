/**
 * The bulk loader: rows in, counts out. Each batch of `batchSize` rows is one UNWIND of a named,
 * parameterised MERGE statement (cypher/writes/) in its own transaction, so a national load never
 * builds one huge transaction and a failed batch is retried alone (every statement is idempotent).
 * Memberships and participations go by a CREATE path where no pair can exist yet
 * (create-paths.ts), checked inside the batch's transaction, so a retry stays idempotent.
 * Used by the synthetic generator (`pnpm synthetic`, `pnpm bench`) and meant for the importer.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { CREATE_PATHS, type CreatePath, type Group, groupRows, packGroups } from './create-paths.js';
import { namedWrite } from './queries.js';
import type { Rows } from './rows.js';
import { applySchema } from './schema.js';
import { STEPS } from './write-rows.js';

export const DEFAULT_BATCH_SIZE = 10_000;

export interface BulkLoadOptions {
  /** Rows per transaction (default 10,000). */
  batchSize?: number;
  database?: string;
  /**
   * Use the CREATE paths of create-paths.ts where the batch's check allows (default true); false
   * writes every row by MERGE, as the statements in write-rows.ts do (same graph, slower).
   */
  createNew?: boolean;
  /** Called after every committed batch. */
  onBatch?: (progress: { kind: keyof Rows; done: number; total: number; elapsedMs: number }) => void;
}

export interface KindReport {
  /** Rows handed in. */
  rows: number;
  /**
   * Rows the statement matched and wrote. Lower than `rows` when a row refers to something
   * missing (an unknown area, sector, institution…): such rows are skipped by the MATCH.
   */
  written: number;
  batches: number;
  ms: number;
}

export interface BulkLoadReport {
  kinds: Partial<Record<keyof Rows, KindReport>>;
  rows: number;
  written: number;
  ms: number;
  rowsPerSecond: number;
  /** Building the full-text indexes after a load into an empty database (ms; included in `ms`). */
  fulltextMs?: number;
}

/** Splits a list into consecutive slices of at most `size` items. */
export function batches<T>(list: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`bulkLoad: batchSize must be a positive integer, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Writes the rows kind by kind (nodes before relationships), committing every batch. */
export async function bulkLoad(
  driver: Driver,
  rows: Partial<Rows>,
  { batchSize = DEFAULT_BATCH_SIZE, database, createNew = true, onBatch }: BulkLoadOptions = {},
): Promise<BulkLoadReport> {
  const started = performance.now();
  const report: BulkLoadReport = { kinds: {}, rows: 0, written: 0, ms: 0, rowsPerSecond: 0 };
  const session = driver.session(database ? { database } : {});
  const deferred =
    (rows.institutions?.length ?? 0) > 0 ? await dropFulltextWhenEmpty(driver, database) : false;
  try {
    for (const [kind, statementName] of STEPS) {
      const list = (rows[kind] ?? []) as unknown[];
      if (list.length === 0) continue;
      const statement = namedWrite(statementName);
      const path = createNew ? CREATE_PATHS[kind] : undefined;
      const kindStarted = performance.now();
      const kindReport: KindReport = { rows: list.length, written: 0, batches: 0, ms: 0 };
      let done = 0;
      const work = path
        ? packGroups(groupRows(list, path), batchSize)
        : batches(list, batchSize).map((rows) => [{ key: '', rows, creatable: false }]);
      for (const groups of work) {
        kindReport.written += await session.executeWrite((tx) => writeBatch(tx, groups, statement, path));
        kindReport.batches++;
        done += groups.reduce((sum, group) => sum + group.rows.length, 0);
        onBatch?.({ kind, done, total: list.length, elapsedMs: performance.now() - started });
      }
      kindReport.ms = performance.now() - kindStarted;
      report.kinds[kind] = kindReport;
      report.rows += kindReport.rows;
      report.written += kindReport.written;
    }
  } finally {
    await session.close();
    if (deferred) {
      const indexing = performance.now();
      await applySchema(driver, database);
      report.fulltextMs = performance.now() - indexing;
    }
  }
  report.ms = performance.now() - started;
  report.rowsPerSecond = report.ms > 0 ? Math.round((report.rows * 1000) / report.ms) : 0;
  return report;
}

/**
 * One batch in one transaction: the creatable groups by the CREATE path, then the rest (and the
 * groups it found already written) by the MERGE statement. Returns the rows written.
 */
async function writeBatch(
  tx: ManagedTransaction,
  groups: ReadonlyArray<Group<unknown>>,
  mergeStatement: string,
  path: CreatePath | undefined,
): Promise<number> {
  let written = 0;
  let toMerge = groups.filter((group) => !group.creatable);
  const creatable = groups.filter((group) => group.creatable);
  if (path && creatable.length > 0) {
    const groupsParam = creatable.map(({ key, rows }) => ({ key, rows }));
    const [record] = (await tx.run(namedWrite(path.statement), { groups: groupsParam })).records;
    written += Number(record?.get('written') ?? 0);
    const existing = new Set((record?.get('existing') ?? []) as string[]);
    if (existing.size > 0) toMerge = [...toMerge, ...creatable.filter((group) => existing.has(group.key))];
  }
  const rows = toMerge.flatMap((group) => group.rows);
  if (rows.length === 0) return written;
  const records = (await tx.run(mergeStatement, { rows })).records;
  // Statements that MATCH something return `written`; pure MERGE statements write every row.
  return written + (records[0]?.has('written') ? Number(records[0].get('written')) : rows.length);
}

/**
 * A full-text index updated batch by batch costs the institutions phase about a third of its
 * time; built once from all the names it costs a few seconds. So a load into a database with no
 * institutions yet drops them and applySchema() builds them again at the end (in `finally`, so a
 * failed load leaves them too; the app applies the schema on every start anyway).
 */
async function dropFulltextWhenEmpty(driver: Driver, database?: string): Promise<boolean> {
  const session = driver.session(database ? { database } : {});
  try {
    const empty = await session.run('MATCH (i:Institution) RETURN count(i) = 0 AS empty');
    if (empty.records[0]?.get('empty') !== true) return false;
    const indexes = await session.run('SHOW FULLTEXT INDEXES YIELD name RETURN name');
    for (const record of indexes.records)
      await session.run(`DROP INDEX ${quoteName(String(record.get('name')))} IF EXISTS`);
    return indexes.records.length > 0;
  } finally {
    await session.close();
  }
}

/** An index name as a Cypher identifier (names cannot be parameters). */
const quoteName = (name: string) => `\`${name.replaceAll('`', '``')}\``;
