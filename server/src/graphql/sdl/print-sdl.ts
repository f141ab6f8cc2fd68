import { createRequire } from 'node:module';
import { createDriver } from '../../db/driver.js';
import { createNeoSchema } from '../schema.js';

/**
 * The full client-facing SDL (the model plus everything @neo4j/graphql generates), built from the
 * server's own type definitions without a database: the driver is created but never connects.
 * Sorted, so the snapshot changes only when the schema does.
 */
export async function printServerSdl(): Promise<string> {
  // The graphql copy @neo4j/graphql itself loads (CommonJS): under vitest an ESM import would be a
  // second copy, and graphql refuses schemas built by "another module or realm".
  const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)(
    'graphql',
  ) as typeof import('graphql');
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1' });
  try {
    const schema = await createNeoSchema(driver).getSchema();
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await driver.close();
  }
}
