import type { ManagedTransaction } from 'neo4j-driver';
import { namedWrite } from './queries.js';
import type { Rows } from './rows.js';

const BATCH = 5_000;

// Order matters: nodes before the relationships that need them (bulk-load.ts follows it too).
export const STEPS: ReadonlyArray<[keyof Rows, string]> = [
  ['sectors', 'upsert-sectors'],
  ['areas', 'upsert-areas'],
  ['sources', 'upsert-sources'],
  ['institutions', 'upsert-institutions'],
  ['partnerships', 'upsert-partnerships'],
  ['collaborations', 'upsert-collaborations'],
  ['memberships', 'upsert-memberships'],
  ['participations', 'upsert-participations'],
  ['citations', 'upsert-citations'],
  ['coverage', 'upsert-coverage'],
  ['unnamed', 'upsert-unnamed'],
];

/** Writes all rows inside the caller's transaction, in batches of UNWIND; returns rows per kind. */
export async function writeRows(tx: ManagedTransaction, rows: Rows): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  for (const [key, statement] of STEPS) {
    const list = (rows[key] ?? []) as unknown[];
    for (let i = 0; i < list.length; i += BATCH) {
      await tx.run(namedWrite(statement), { rows: list.slice(i, i + BATCH) });
    }
    written[key] = list.length;
  }
  return written;
}
