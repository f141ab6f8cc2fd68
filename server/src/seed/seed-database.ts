import type { Driver } from 'neo4j-driver';
import { writeRows } from '../db/write-rows.js';
import { readSeed } from './read-seed.js';

// Loading the whole demo set is an administrative bulk write: it gets more time than a request.
const SEED_TX = { timeout: 300_000 };

/** True when no real (non-synthetic) institution exists yet. */
export async function hasNoDemoData(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'MATCH (i:Institution) WHERE coalesce(i.synthetic, false) = false RETURN count(i) > 0 AS any LIMIT 1',
    {},
    { routing: 'READ' },
  );
  return records[0]?.get('any') !== true;
}

/**
 * Loads the demo dataset of cypher/seed/ in one transaction. With reset, the real demo records
 * (never synthetic ones) are removed first, in the same transaction: either all of it happens or none.
 */
export async function seedDatabase(driver: Driver, { reset = false } = {}): Promise<Record<string, number>> {
  const rows = readSeed();
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      if (reset) {
        await tx.run(
          `MATCH (n) WHERE (n:Institution OR n:Partnership OR n:Collaboration OR n:Source)
             AND coalesce(n.synthetic, false) = false
           OPTIONAL MATCH (n)-[:DECLARES]->(u:UnnamedParticipant)
           DETACH DELETE n, u`,
        );
      }
      return writeRows(tx, rows);
    }, SEED_TX);
  } finally {
    await session.close();
  }
}
