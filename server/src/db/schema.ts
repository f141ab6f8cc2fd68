import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cypherDir } from '../paths.js';

/** Splits a Cypher script into statements: `;` at a line end ends one, `//` lines are comments. */
export function splitStatements(script: string): string[] {
  const withoutComments = script
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so it is safe on every start. */
export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const statements = splitStatements(readFileSync(join(cypherDir, 'schema.cypher'), 'utf8'));
  const session = driver.session(database ? { database } : {});
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return statements.length;
}
