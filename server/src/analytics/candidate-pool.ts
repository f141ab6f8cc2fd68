import type { ManagedTransaction } from 'neo4j-driver';
import type { Place } from './ego-gaps.js';
import { readRows } from './read-rows.js';

/**
 * The institutions of an area (a voivodeship: ~20k at national scale), read once and kept briefly.
 * Reading them is most of a missingPartners request, and a user clicking through one region asks
 * for the same pool again and again. The key holds the database's institution count (constant
 * time to read), so an institution added or removed is seen at once; other edits (a new sector,
 * a move) are seen within POOL_TTL_MS.
 */
export const POOL_TTL_MS = 60_000;
const MAX_POOLS = 24;
const pools = new Map<string, { at: number; places: Place[] }>();

/** Institutions located in the area or below it, each once. */
export async function readLocatedInstitutions(
  tx: ManagedTransaction,
  teryt: string,
  asOf: string | null,
): Promise<Place[]> {
  const seen = new Map<string, Place>();
  for (const row of await readRows<Place>(tx, 'located-institutions', { teryt, asOf })) {
    if (!seen.has(row.id)) seen.set(row.id, row);
  }
  return [...seen.values()];
}

export async function candidatePool(
  tx: ManagedTransaction,
  teryt: string,
  asOf: string | null,
  now = Date.now(),
): Promise<Place[]> {
  const [count] = await readRows<{ n: number }>(tx, 'institution-count', {});
  const key = `${teryt}|${asOf ?? ''}|${count?.n ?? 0}`;
  const cached = pools.get(key);
  if (cached && now - cached.at < POOL_TTL_MS) return cached.places;
  const places = await readLocatedInstitutions(tx, teryt, asOf);
  pools.delete(key);
  pools.set(key, { at: now, places });
  for (const [old, entry] of pools) {
    if (pools.size <= MAX_POOLS && now - entry.at < POOL_TTL_MS) break;
    pools.delete(old);
  }
  return places;
}
