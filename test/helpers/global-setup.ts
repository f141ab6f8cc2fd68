import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../server/src/db/driver.js';
import { type EmbeddedNeo4j, findFreePort, startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { applySchema } from '../../server/src/db/schema.js';
import { seedDatabase } from '../../server/src/seed/seed-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The test database's Bolt password (the embedded one requires it). */
    neo4jPassword: string;
  }
}

// One real embedded Neo4j for the integration and e2e tiers, on a free port with a fresh data
// directory; the schema and the demo data are loaded once, before any test file runs.
export default async function setup(project: TestProject) {
  let embedded: EmbeddedNeo4j | null = null;
  let dataDir: string | null = null;
  let uri = process.env.TEST_NEO4J_URI;
  let password = process.env.TEST_NEO4J_PASSWORD ?? '';
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'splot-test-neo4j-'));
    embedded = await startEmbeddedNeo4j({
      port: await findFreePort(),
      dataDir,
      heap: '1g',
      txTimeout: '300s',
    });
    uri = embedded.uri;
    password = embedded.password;
  }
  // A long connect timeout: the first authenticated connection is slow on a busy machine.
  const driver = createDriver({ uri, password, connectTimeoutMs: 60_000 });
  await applySchema(driver);
  await seedDatabase(driver, { reset: true });
  await driver.close();
  project.provide('neo4jUri', uri);
  project.provide('neo4jPassword', password);
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
