import { loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../db/embedded.js';
import { applySchema } from '../db/schema.js';
import { seedDatabase } from '../seed/seed-database.js';

// `pnpm seed [--reset]`: loads the demo data; --reset first removes the real demo records
// (synthetic data stays), all in one transaction. Asks nothing.
const reset = process.argv.includes('--reset');
const config = loadConfig();
let embedded: EmbeddedNeo4j | null = null;
if (!config.NEO4J_URI) {
  embedded = await startEmbeddedNeo4j({
    port: config.NEO4J_PORT,
    ...(config.NEO4J_PASSWORD ? { password: config.NEO4J_PASSWORD } : {}),
    ...(config.NEO4J_DATA_DIR ? { dataDir: config.NEO4J_DATA_DIR } : {}),
  });
}
const driver = createDriver({
  uri: config.NEO4J_URI ?? embedded?.uri ?? '',
  user: embedded?.user ?? config.NEO4J_USER,
  password: embedded?.password ?? config.NEO4J_PASSWORD,
});
try {
  await applySchema(driver);
  const written = await seedDatabase(driver, { reset });
  console.log(`${reset ? 'Reset and loaded' : 'Loaded'} the demo data:`, written);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await driver.close();
  await embedded?.stop();
}
