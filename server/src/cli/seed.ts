import { loadConfig } from '../config.js';
import { applySchema } from '../db/schema.js';
import { seedDatabase } from '../seed/seed-database.js';
import { openCliDatabase } from './database.js';

// `pnpm seed [--reset]`: loads the demo data; --reset first removes the real demo records
// (synthetic data stays), all in one transaction. Asks nothing.
const reset = process.argv.includes('--reset');
const config = loadConfig();
const db = await openCliDatabase(config);
const driver = db.driver;
console.log(`Working on ${db.description}.`);
try {
  await applySchema(driver);
  const written = await seedDatabase(driver, { reset });
  console.log(`${reset ? 'Reset and loaded' : 'Loaded'} the demo data:`, written);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.close();
}
