import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { applySchema } from '../db/schema.js';
import { decodeTerc, parseTerc, TercError, writeTercAreas } from '../import/terc.js';
import { openCliDatabase } from './database.js';

// `pnpm import-terc FILE [--dry-run]`: loads the official GUS TERC register (TERC_Urzedowy_*.csv)
// as areas, in one transaction. FILE is relative to where pnpm was run (INIT_CWD). --dry-run
// validates and reports without touching the database.
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error(
    'Usage: pnpm import-terc FILE [--dry-run]   (FILE: the TERC register, e.g. TERC_Urzedowy_2025-01-01.csv)',
  );
  process.exit(2);
}
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);

let result: ReturnType<typeof parseTerc>;
try {
  result = parseTerc(decodeTerc(readFileSync(path)));
} catch (error) {
  console.error(error instanceof TercError || error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const count = (level: string) => result.areas.filter((a) => a.level === level).length;
console.log(
  `${path}: state on ${result.stateOn ?? 'unknown'}; ${count('VOIVODESHIP')} voivodeships, ${count('POWIAT')} powiats, ` +
    `${count('GMINA')} gminas; skipped ${result.skipped.gminaParts} town/rural parts and ${result.skipped.districts} city districts`,
);
if (dryRun) process.exit(0);

const config = loadConfig();
const db = await openCliDatabase(config);
const driver = db.driver;
console.log(`Working on ${db.description}.`);
try {
  await applySchema(driver);
  console.log(`Wrote ${await writeTercAreas(driver, result.areas)} areas.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await db.close();
}
