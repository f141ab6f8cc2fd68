import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteByIdPrefix, deleteSyntheticAreas } from '../../server/src/db/bulk-delete.js';
import { bulkLoad } from '../../server/src/db/bulk-load.js';
import { readAreaNetwork } from '../../server/src/network/area-network.js';
import { NO_FILTER } from '../../server/src/network/types.js';
import { paths } from '../../server/src/paths.js';
import { readAreas } from '../../server/src/seed/read-seed.js';
import { generateSyntheticPoland } from '../../server/src/synthetic/generate.js';
import { testDriver, uniquePrefix } from '../helpers/api.js';

// Bulk-loads synthetic size S into the shared test database under its own id prefix and its own
// made-up powiat (8xxx, outside the sixteen voivodeships), so no other test sees it.

let driver: Driver;
const prefix = `${uniquePrefix('syn')}-`;
const powiat = `8${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
const { rows } = generateSyntheticPoland({
  size: 'S',
  seed: 11,
  idPrefix: prefix,
  scope: powiat,
  realAreas: readAreas(join(paths.seed, 'areas.csv')),
});

async function countsInDatabase() {
  const { records } = await driver.executeQuery(
    `MATCH (i:Institution) WHERE i.id STARTS WITH $prefix
     WITH count(i) AS institutions, sum(CASE WHEN i.synthetic THEN 1 ELSE 0 END) AS markedSynthetic
     RETURN institutions, markedSynthetic,
       COUNT { MATCH (p:Partnership) WHERE p.id STARTS WITH $prefix } AS partnerships,
       COUNT { MATCH (c:Collaboration) WHERE c.id STARTS WITH $prefix } AS collaborations,
       COUNT { MATCH (i:Institution)-[:MEMBER_OF]->(:Partnership) WHERE i.id STARTS WITH $prefix } AS memberships,
       COUNT { MATCH (i:Institution)-[:TAKES_PART]->(:Collaboration) WHERE i.id STARTS WITH $prefix } AS participations,
       COUNT { MATCH (i:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF]->(:Area {teryt: $powiat})
               WHERE i.id STARTS WITH $prefix } AS locatedInPowiat,
       COUNT { MATCH (a:Area {synthetic: true}) WHERE a.teryt STARTS WITH $powiat } AS areas`,
    { prefix, powiat },
  );
  return records[0]?.toObject();
}

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await deleteByIdPrefix(driver, prefix);
  await deleteSyntheticAreas(driver, powiat);
  await driver.close();
});

describe('bulk loading synthetic data', () => {
  it('writes every row, batch by batch, and loading again changes nothing', async () => {
    const expected = {
      institutions: rows.institutions.length,
      markedSynthetic: rows.institutions.length,
      partnerships: rows.partnerships.length,
      collaborations: rows.collaborations.length,
      memberships: rows.memberships.length,
      participations: rows.participations.length,
      locatedInPowiat: rows.institutions.length,
      areas: rows.areas.length,
    };
    expect(expected.institutions).toBeGreaterThan(100);
    expect(expected.memberships + expected.participations).toBeGreaterThan(200);

    const first = await bulkLoad(driver, rows, { batchSize: 100 });
    expect(first.written).toBe(first.rows);
    expect(first.kinds.institutions?.batches).toBe(Math.ceil(rows.institutions.length / 100));
    expect(first.rowsPerSecond).toBeGreaterThan(0);
    expect(await countsInDatabase()).toEqual(expected);

    const second = await bulkLoad(driver, rows, { batchSize: 100 });
    expect(second.written).toBe(first.written);
    expect(await countsInDatabase()).toEqual(expected);

    // The loaded powiat answers areaNetwork like any other area.
    const network = await readAreaNetwork(driver, { teryt: powiat, mode: 'INSTITUTIONS', filter: NO_FILTER });
    expect(network?.nodes).toHaveLength(expected.institutions);
    expect(network?.edges.length).toBeGreaterThan(0);
  });

  it('reports rows that refer to something missing instead of failing silently', async () => {
    const report = await bulkLoad(driver, {
      memberships: [
        {
          institution: `${prefix}nobody`,
          partnership: `${prefix}p-0`,
          role: 'MEMBER',
          since: null,
          until: null,
        },
      ],
    });
    expect(report.rows).toBe(1);
    expect(report.written).toBe(0);
  });

  it('deletes only its own records', async () => {
    const deleted = await deleteByIdPrefix(driver, prefix);
    expect(deleted).toBe(rows.institutions.length + rows.partnerships.length + rows.collaborations.length);
    expect(await deleteSyntheticAreas(driver, powiat)).toBe(rows.areas.length);
    const after = await countsInDatabase();
    expect(after?.institutions).toBe(0);
    expect(after?.areas).toBe(0);
    const { records } = await driver.executeQuery(
      'MATCH (i:Institution) WHERE coalesce(i.synthetic, false) = false RETURN count(i) AS real',
    );
    expect(records[0]?.get('real')).toBeGreaterThan(0);
  });
});
