import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteByIdPrefix, deleteSyntheticAreas } from '../../server/src/db/bulk-delete.js';
import { bulkLoad } from '../../server/src/db/bulk-load.js';
import type { Rows } from '../../server/src/db/rows.js';
import { paths } from '../../server/src/paths.js';
import { readAreas } from '../../server/src/seed/read-seed.js';
import { generateSyntheticPoland } from '../../server/src/synthetic/generate.js';
import { testDriver, uniquePrefix } from '../helpers/api.js';

// The loader's CREATE paths (create-paths.ts) must write the graph the MERGE statements write,
// and a load run again, or a load onto relationships written before, must add no duplicates.
// Two copies of the same synthetic S under two id prefixes, in one made-up powiat (8xxx).

let driver: Driver;
const powiat = `8${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
const base = uniquePrefix('create');
const viaCreate = `${base}-c-`;
const viaMerge = `${base}-m-`;
const realAreas = readAreas(join(paths.seed, 'areas.csv'));
const generate = (idPrefix: string) =>
  generateSyntheticPoland({ size: 'S', seed: 5, idPrefix, scope: powiat, realAreas }).rows;

/** Every institution of a prefix with its properties, links and ties, ids without the prefix. */
async function graphOf(prefix: string) {
  const { records } = await driver.executeQuery(
    `MATCH (i:Institution) WHERE i.id STARTS WITH $prefix
     RETURN substring(i.id, size($prefix)) AS id, properties(i) AS props,
       [(i)-[r:IN_SECTOR]->(s) | s.code] AS sectors,
       [(i)-[r:LOCATED_IN]->(a) | a.teryt] AS areas,
       [(i)-[r:MEMBER_OF]->(p) | [substring(p.id, size($prefix)), properties(r)]] AS memberships,
       [(i)-[r:TAKES_PART]->(c) | [substring(c.id, size($prefix)), properties(r)]] AS participations
     ORDER BY id`,
    { prefix },
  );
  const text = (value: unknown) =>
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && 'year' in v && 'month' in v ? String(v) : v,
    );
  return records.map((r) => {
    const { id: _id, ...props } = r.get('props') as Record<string, unknown>;
    const sorted = (name: string) => (r.get(name) as unknown[]).map(text).sort();
    return [
      r.get('id'),
      text(props),
      sorted('sectors'),
      sorted('areas'),
      sorted('memberships'),
      sorted('participations'),
    ];
  });
}

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await deleteByIdPrefix(driver, viaCreate);
  await deleteByIdPrefix(driver, viaMerge);
  await deleteSyntheticAreas(driver, powiat);
  await driver.close();
});

describe('bulk load CREATE paths', () => {
  it('write the same graph as MERGE, and loading again adds nothing', async () => {
    const rows = generate(viaCreate);
    expect(rows.memberships.length).toBeGreaterThan(50);
    expect(rows.participations.length).toBeGreaterThan(50);

    const created = await bulkLoad(driver, rows, { batchSize: 300 });
    const merged = await bulkLoad(driver, generate(viaMerge), { batchSize: 300, createNew: false });
    expect(created.written).toBe(created.rows);
    expect(merged.written).toBe(merged.rows);
    const graph = await graphOf(viaCreate);
    expect(graph).toHaveLength(rows.institutions.length);
    expect(graph).toEqual(await graphOf(viaMerge));

    const again = await bulkLoad(driver, rows, { batchSize: 300 });
    expect(again.written).toBe(created.written);
    expect(await graphOf(viaCreate)).toEqual(graph);
  });

  it('merge rows of institutions that already have ties, and repeated pairs, without duplicates', async () => {
    await deleteByIdPrefix(driver, viaCreate);
    const rows = generate(viaCreate);
    const [first] = rows.memberships;
    if (!first) throw new Error('no membership');
    // Half the ties first, then all of them (the first half's institutions are no longer fresh),
    // and one pair twice with another role: the later row wins, as with MERGE and SET.
    const half = (list: readonly unknown[]) => list.slice(0, Math.floor(list.length / 2));
    const partial: Partial<Rows> = {
      ...rows,
      memberships: half(rows.memberships) as Rows['memberships'],
      participations: half(rows.participations) as Rows['participations'],
    };
    await bulkLoad(driver, partial, { batchSize: 300 });
    const all: Rows = { ...rows, memberships: [...rows.memberships, { ...first, role: 'LEADER' }] };
    const report = await bulkLoad(driver, all, { batchSize: 300 });
    expect(report.written).toBe(report.rows);

    const mergedRows = generate(viaMerge);
    const [mergedFirst] = mergedRows.memberships;
    if (!mergedFirst) throw new Error('no membership');
    mergedRows.memberships.push({ ...mergedFirst, role: 'LEADER' });
    await bulkLoad(driver, mergedRows, { batchSize: 300, createNew: false });
    expect(await graphOf(viaCreate)).toEqual(await graphOf(viaMerge));
  });
});
