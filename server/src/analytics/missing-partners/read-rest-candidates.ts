import type { ManagedTransaction } from 'neo4j-driver';
import { readRows } from '../read-rows.js';
import type { Place } from './ego-gaps.js';
import type { RestGroups } from './rest-groups.js';

/**
 * Institutions per kind, kept a while: they only choose between two ways of reading the same rows
 * (through the indexes or along the voivodeship's areas), so a stale figure costs time, never a
 * wrong answer. Counting a common kind walks ~60k index entries at national scale.
 */
export const KIND_SIZE_TTL_MS = 10 * 60_000;
const kindSizes = new Map<string, { at: number; n: number }>();

async function readKindSizes(tx: ManagedTransaction, kinds: string[], now: number): Promise<number> {
  const stale = kinds.filter((k) => {
    const entry = kindSizes.get(k);
    return !entry || now - entry.at > KIND_SIZE_TTL_MS;
  });
  if (stale.length > 0) {
    for (const row of await readRows<{ kind: string; n: number }>(tx, 'kind-sizes', { kinds: stale }))
      kindSizes.set(row.kind, { at: now, n: Number(row.n) });
  }
  return kinds.reduce((sum, k) => sum + (kindSizes.get(k)?.n ?? 0), 0);
}

/**
 * The candidates of the voivodeship outside the ego's powiat (`near`) in the groups that can still
 * make the list (rest-groups.ts). Through the Sector nodes and the kind index when those groups
 * hold fewer institutions nationally than the voivodeship has (the usual case: the social economy
 * sector, a rare kind such as PUP or OWES), else along the voivodeship's areas, filtered in the
 * database either way, so only the rows asked for travel.
 */
export async function readRestOfVoivodeship(
  tx: ManagedTransaction,
  {
    voivodeship,
    near,
    asOf,
    groups,
  }: { voivodeship: string; near: string | null; asOf: string | null; groups: RestGroups },
  now = Date.now(),
): Promise<Place[]> {
  const scan = (sectors: string[], kinds: string[]) =>
    readRows<Place>(tx, 'rest-candidates-scan', {
      voivodeship,
      near,
      asOf,
      all: groups.all,
      sectors,
      kinds,
    });
  if (groups.all) return scan([], []);
  const { sectors, kinds } = groups;
  const plan = await readRows<{ located: number; sector: string | null; members: number }>(tx, 'rest-plan', {
    voivodeship,
    sectors,
  });
  const located = Number(plan[0]?.located ?? 0);
  let indexed = plan.reduce((sum, row) => sum + Number(row.members ?? 0), 0);
  if (indexed < located && kinds.length > 0) indexed += await readKindSizes(tx, kinds, now);
  if (indexed >= located) return scan(sectors, kinds);
  return readRows<Place>(tx, 'rest-candidates', { voivodeship, near, asOf, sectors, kinds });
}
