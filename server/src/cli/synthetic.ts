import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { deleteByIdPrefix, deleteSyntheticAreas } from '../db/bulk-delete.js';
import { bulkLoad } from '../db/bulk-load.js';
import { applySchema } from '../db/schema.js';
import { paths } from '../paths.js';
import { readAreas } from '../seed/read-seed.js';
import {
  DEFAULT_ID_PREFIX,
  generateSyntheticPoland,
  rowsDigest,
  SYNTHETIC_SIZES,
  type SyntheticSize,
} from '../synthetic/generate.js';
import { openCliDatabase } from './database.js';

// `pnpm synthetic --size S|M|L [--seed 1] [--prefix syn-] [--scope 2607]`: generates synthetic
// Poland and bulk-loads it (idempotent: loading twice changes nothing). `--delete` removes the
// records with the prefix and the synthetic areas nobody is located in any more.
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    seed: { type: 'string', default: '1' },
    prefix: { type: 'string', default: DEFAULT_ID_PREFIX },
    scope: { type: 'string' },
    'batch-size': { type: 'string', default: '10000' },
    delete: { type: 'boolean', default: false },
  },
});
const size = values.size as SyntheticSize;
if (!SYNTHETIC_SIZES.includes(size)) {
  console.error(`--size must be one of ${SYNTHETIC_SIZES.join(', ')}`);
  process.exit(2);
}

const config = loadConfig();
const db = await openCliDatabase(config);
const driver = db.driver;
console.log(`Working on ${db.description}.`);
try {
  await applySchema(driver);
  if (values.delete) {
    const nodes = await deleteByIdPrefix(driver, values.prefix);
    const areas = await deleteSyntheticAreas(driver, '');
    console.log(`Deleted ${nodes} records with ids "${values.prefix}…" and ${areas} synthetic areas.`);
  } else {
    const realAreas = readAreas(join(paths.seed, 'areas.csv'));
    const t0 = performance.now();
    const { rows } = generateSyntheticPoland({
      size,
      seed: Number(values.seed),
      idPrefix: values.prefix,
      realAreas,
      ...(values.scope ? { scope: values.scope } : {}),
    });
    console.log(
      `Generated synthetic Poland ${size} in ${Math.round(performance.now() - t0)} ms (${rowsDigest(rows).slice(0, 12)})`,
    );
    // The real areas the synthetic ones hang under (idempotent; names as in areas.csv).
    await bulkLoad(driver, { sectors: rows.sectors, areas: realAreas });
    const report = await bulkLoad(driver, rows, { batchSize: Number(values['batch-size']) });
    for (const [kind, k] of Object.entries(report.kinds)) {
      console.log(
        `  ${kind.padEnd(15)} ${String(k.rows).padStart(9)} rows  ${String(k.written).padStart(9)} written  ${(k.ms / 1000).toFixed(1).padStart(6)} s  ${Math.round((k.rows * 1000) / k.ms)} rows/s`,
      );
    }
    if (report.fulltextMs !== undefined)
      console.log(`  full-text index built after the load in ${(report.fulltextMs / 1000).toFixed(1)} s`);
    console.log(
      `Loaded ${report.rows} rows in ${(report.ms / 1000).toFixed(1)} s: ${report.rowsPerSecond} rows/s`,
    );
    if (report.written !== report.rows) {
      console.error(`${report.rows - report.written} rows referred to missing records and were skipped`);
      process.exitCode = 1;
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.close();
}
