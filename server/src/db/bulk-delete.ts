import type { Driver } from 'neo4j-driver';

/**
 * Deletes the institutions, partnerships and collaborations whose id starts with the prefix (with
 * their relationships), 10,000 per transaction; returns how many nodes went. The id constraints'
 * range indexes serve STARTS WITH, so no other record is looked at.
 */
export async function deleteByIdPrefix(driver: Driver, idPrefix: string, database?: string): Promise<number> {
  if (!/^[a-z0-9][a-z0-9-]*-$/.test(idPrefix))
    throw new Error(`deleteByIdPrefix: unsafe prefix "${idPrefix}"`);
  const session = driver.session(database ? { database } : {});
  let deleted = 0;
  try {
    for (const label of ['Institution', 'Partnership', 'Collaboration']) {
      // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
      const result = await session.run(
        `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix
         CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
         RETURN count(*) AS deleted`,
        { prefix: idPrefix },
      );
      deleted += Number(result.records[0]?.get('deleted') ?? 0);
    }
  } finally {
    await session.close();
  }
  return deleted;
}

/** Deletes synthetic areas under (or at) a TERYT prefix that no institution is located in any more. */
export async function deleteSyntheticAreas(
  driver: Driver,
  terytPrefix: string,
  database?: string,
): Promise<number> {
  if (!/^\d{0,7}$/.test(terytPrefix))
    throw new Error(`deleteSyntheticAreas: "${terytPrefix}" is not a TERYT prefix`);
  const { records } = await driver.executeQuery(
    `MATCH (a:Area) WHERE a.teryt STARTS WITH $prefix AND a.synthetic = true
       AND NOT EXISTS { (a)<-[:LOCATED_IN]-(:Institution) }
     DETACH DELETE a
     RETURN count(*) AS deleted`,
    { prefix: terytPrefix },
    database ? { database } : {},
  );
  return Number(records[0]?.get('deleted') ?? 0);
}
