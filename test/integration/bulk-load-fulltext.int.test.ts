import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoad } from '../../server/src/db/bulk-load.js';
import { createDriver } from '../../server/src/db/driver.js';
import { type EmbeddedNeo4j, findFreePort, startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { applySchema } from '../../server/src/db/schema.js';
import { paths } from '../../server/src/paths.js';
import { readAreas } from '../../server/src/seed/read-seed.js';
import { generateSyntheticPoland } from '../../server/src/synthetic/generate.js';

// A load into an empty database builds the full-text index of names once, after the rows
// (bulk-load.ts): afterwards the index is there and finds every loaded name, as search needs.

let db: EmbeddedNeo4j;
let driver: Driver;
let dataDir: string;
const realAreas = readAreas(join(paths.seed, 'areas.csv'));
const { rows } = generateSyntheticPoland({ size: 'S', seed: 3, scope: '2607', realAreas });

const fulltextIndexes = async () =>
  (await driver.executeQuery('SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state')).records.map((r) =>
    r.toObject(),
  );
const found = async (name: string) =>
  (
    await driver.executeQuery(
      'CALL db.index.fulltext.queryNodes("institutionNames", $q) YIELD node RETURN node.id AS id',
      { q: `"${name.replaceAll('"', '')}"` },
    )
  ).records.map((r) => r.get('id') as string);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'splot-bulk-fulltext-'));
  db = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, heap: '512m', pageCache: '64m' });
  driver = createDriver({ uri: db.uri, password: db.password });
  await applySchema(driver);
});

afterAll(async () => {
  await driver?.close();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bulk load into an empty database', () => {
  it('builds the full-text index after the rows, and it finds the loaded names', async () => {
    await bulkLoad(driver, { sectors: rows.sectors, areas: realAreas });
    const report = await bulkLoad(driver, rows);
    expect(report.fulltextMs).toBeGreaterThan(0);
    expect(await fulltextIndexes()).toEqual([{ name: 'institutionNames', state: 'ONLINE' }]);
    for (const institution of rows.institutions.slice(0, 5)) {
      expect(await found(String(institution.props.name))).toContain(institution.id);
    }
  });

  it('keeps the index in place when the database already holds institutions', async () => {
    const more = generateSyntheticPoland({
      size: 'S',
      seed: 4,
      scope: '2607',
      idPrefix: 'syn2-',
      realAreas,
    }).rows;
    const report = await bulkLoad(driver, { institutions: more.institutions });
    expect(report.fulltextMs).toBeUndefined();
    expect(await found(String(more.institutions[0]?.props.name))).toContain(more.institutions[0]?.id);
  });
});
