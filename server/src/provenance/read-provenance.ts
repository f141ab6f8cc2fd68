import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import { orderProvenance } from './order.js';
import type { AffiliationProvenance } from './types.js';

async function readAffiliations(
  driver: Driver,
  ids: string[],
  members: string[] | null,
): Promise<AffiliationProvenance[]> {
  if (ids.length === 0) return [];
  const { records } = await driver.executeQuery(
    namedQuery('affiliation-sources'),
    { ids, members },
    { routing: 'READ' },
  );
  return orderProvenance(records.map((r) => r.toObject() as AffiliationProvenance));
}

/** A partnership or collaboration with its sources and named members; null when no such id. */
export async function readAffiliationProvenance(
  driver: Driver,
  id: string,
): Promise<AffiliationProvenance | null> {
  return (await readAffiliations(driver, [id], null))[0] ?? null;
}

export type TieProvenance =
  | { ok: true; affiliations: AffiliationProvenance[] }
  | { ok: false; missing: 'a' | 'b' };

/** What ties two institutions: the affiliations they share, each with sources and both one's roles. */
export async function readTieProvenance(driver: Driver, a: string, b: string): Promise<TieProvenance> {
  const { records } = await driver.executeQuery(
    namedQuery('shared-affiliations'),
    { a, b },
    { routing: 'READ' },
  );
  const row = records[0];
  if (!row?.get('aExists')) return { ok: false, missing: 'a' };
  if (!row.get('bExists')) return { ok: false, missing: 'b' };
  return { ok: true, affiliations: await readAffiliations(driver, row.get('ids') as string[], [a, b]) };
}
