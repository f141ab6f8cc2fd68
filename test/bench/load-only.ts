/**
 * `pnpm bench:load`: only the load of `pnpm bench` (fresh embedded Neo4j, schema, demo data, then
 * synthetic Poland bulk-loaded), with rows/s per phase; then it stops the database and removes it.
 * For profiling the loader without the API phases that follow in `pnpm bench`.
 *
 *   pnpm bench:load [--size L|M|S] [--seed 1] [--heap 4g] [--pagecache 2g] [--merge-only]
 *
 * --merge-only loads with `createNew: false` (every relationship by MERGE, as before the CREATE
 * path), to compare the two in the same period.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bulkLoad } from '../../server/src/db/bulk-load.js';
import { createDriver } from '../../server/src/db/driver.js';
import { findFreePort, startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { applySchema } from '../../server/src/db/schema.js';
import { paths } from '../../server/src/paths.js';
import { readAreas } from '../../server/src/seed/read-seed.js';
import { seedDatabase } from '../../server/src/seed/seed-database.js';
import { generateSyntheticPoland, type SyntheticSize } from '../../server/src/synthetic/generate.js';
import { loadPhases, phaseFigures } from './report.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'L' },
    seed: { type: 'string', default: '1' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '2g' },
    'merge-only': { type: 'boolean', default: false },
  },
});
const load = () => (Math.round((loadavg()[0] ?? 0) * 10) / 10).toFixed(1);
const log = (message: string) =>
  console.log(`[bench:load ${new Date().toISOString().slice(11, 19)}] ${message}`);

const dataDir = mkdtempSync(join(tmpdir(), 'splot-bench-load-'));
const db = await startEmbeddedNeo4j({
  port: await findFreePort(),
  dataDir,
  heap: values.heap,
  pageCache: values.pagecache,
});
const driver = createDriver({ uri: db.uri, password: db.password });
try {
  await applySchema(driver);
  await seedDatabase(driver);
  const { rows } = generateSyntheticPoland({
    size: values.size as SyntheticSize,
    seed: Number(values.seed),
    realAreas: readAreas(join(paths.seed, 'areas.csv')),
  });
  const loadAtStart = load();
  const report = await bulkLoad(driver, rows, { createNew: !values['merge-only'] });
  const phases = loadPhases(phaseFigures(report.kinds));
  log(
    `${values['merge-only'] ? 'merge-only' : 'default'} ${values.size}: ${report.rows} rows in ${(report.ms / 1000).toFixed(1)} s (${report.rowsPerSecond} rows/s), load average ${loadAtStart} → ${load()}`,
  );
  log(`  ${phases}`);
} finally {
  await driver.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
