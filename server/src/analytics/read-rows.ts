import type { ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';

/** Runs a named read (cypher/queries/<name>.cypher) and returns its records as plain objects. */
export async function readRows<T>(
  tx: ManagedTransaction,
  name: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = await tx.run(namedQuery(name), params);
  return result.records.map((r) => r.toObject() as T);
}
