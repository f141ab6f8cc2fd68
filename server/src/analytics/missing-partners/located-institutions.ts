import type { ManagedTransaction } from 'neo4j-driver';
import { readRows } from '../read-rows.js';
import type { Place } from './ego-gaps.js';

/** Institutions located in the area or below it, each once. */
export async function readLocatedInstitutions(
  tx: ManagedTransaction,
  teryt: string,
  asOf: string | null,
): Promise<Place[]> {
  const seen = new Map<string, Place>();
  for (const row of await readRows<Place>(tx, 'located-institutions', { teryt, asOf })) {
    if (!seen.has(row.id)) seen.set(row.id, row);
  }
  return [...seen.values()];
}
