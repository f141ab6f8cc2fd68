import type { ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import type { AffiliationGroup } from './build-network.js';

/**
 * A partnership or collaboration of the area too large to reach outside it through
 * (limits.ts, BOUNDARY_MAX_MEMBERS): its members inside the area are drawn and tied, those outside
 * are not. Named, with its size, so a user can say what the map leaves out.
 */
export interface BoundaryCut {
  id: string;
  label: string;
  type: string;
  /** All its member institutions, anywhere. */
  members: number;
  /** Its members among the area's institutions shown (after the filters and the date). */
  inside: number;
}

/** How the area's boundary was bounded: the size limit, and the affiliations past it. */
export interface NetworkBoundary {
  maxMembers: number;
  cut: BoundaryCut[];
}

/** Session or transaction: anything that runs a statement. */
type Runner = Pick<ManagedTransaction, 'run'>;

/** The affiliations among `ids` with more than `maxMembers` members, with their member count. */
async function largeAffiliations(
  runner: Runner,
  ids: readonly string[],
  maxMembers: number,
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const result = await runner.run(namedQuery('affiliation-sizes'), { affiliations: ids, maxMembers });
  return new Map(
    result.records.map((r) => [r.get('affiliation') as string, Number(r.get('members'))] as const),
  );
}

/**
 * The area's affiliations split by BOUNDARY_MAX_MEMBERS, as areaNetwork and the exports both read
 * them: the ones the area reaches outside through (`reach`), and the bound with the larger ones.
 */
export async function splitBySize(
  runner: Runner,
  groups: readonly AffiliationGroup[],
  maxMembers: number,
): Promise<{ reach: string[]; large: Map<string, number>; bound: NetworkBoundary }> {
  const large = await largeAffiliations(
    runner,
    groups.map((g) => g.affiliation),
    maxMembers,
  );
  const reach = groups.filter((g) => !large.has(g.affiliation)).map((g) => g.affiliation);
  return { reach, large, bound: { maxMembers, cut: boundaryCuts(groups, large) } };
}

/** The cut affiliations as a user reads them: largest first, then by name. */
export function boundaryCuts(
  groups: readonly AffiliationGroup[],
  large: ReadonlyMap<string, number>,
): BoundaryCut[] {
  return groups
    .filter((g) => large.has(g.affiliation))
    .map((g) => ({
      id: g.affiliation,
      label: g.label,
      type: g.type,
      members: large.get(g.affiliation) as number,
      inside: new Set(g.members.map((m) => m[0])).size,
    }))
    .sort((a, b) => b.members - a.members || a.label.localeCompare(b.label, 'pl') || (a.id < b.id ? -1 : 1));
}

/**
 * Adds the outside institutions' memberships (`theirs`, read as any institution's) to the area's
 * groups, and returns who was added. Only the affiliations the area reaches outside through take
 * them: a cut (`large`) one ties no one outside, even a partner reached through a smaller one, or
 * the map would draw, through a national network, the very ties the bound leaves out. An outside
 * institution with no current membership in one of the others is not added.
 */
export function joinOutsiders(
  groups: AffiliationGroup[],
  theirs: readonly AffiliationGroup[],
  inside: ReadonlySet<string>,
  large: ReadonlyMap<string, number>,
): Set<string> {
  const reach = new Map(groups.filter((g) => !large.has(g.affiliation)).map((g) => [g.affiliation, g]));
  const added = new Set<string>();
  for (const group of theirs) {
    const ours = reach.get(group.affiliation);
    if (!ours) continue;
    for (const member of group.members) {
      if (inside.has(member[0])) continue;
      ours.members.push(member);
      added.add(member[0]);
    }
  }
  return added;
}
