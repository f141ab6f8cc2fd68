import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { applySchema } from '../../server/src/db/schema.js';

const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', inject('neo4jPassword')));
afterAll(() => driver.close());

async function schemaNames(): Promise<string[]> {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name');
  return [...constraints.records, ...indexes.records].map((r) => r.get('name') as string).sort();
}

describe('cypher/schema.cypher', () => {
  it('can be applied again without change or error', async () => {
    const before = await schemaNames();
    await applySchema(driver);
    await applySchema(driver);
    expect(await schemaNames()).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(['institution_id', 'area_teryt', 'institutionNames']));
  });

  it('finds institutions by name without diacritics through the full-text index', async () => {
    const { records } = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes('institutionNames', $q) YIELD node RETURN node.name AS name`,
      { q: 'krzemienny krag' },
    );
    expect(records.map((r) => r.get('name'))).toContain('Lokalna Grupa Działania „Krzemienny Krąg”');
  });
});
