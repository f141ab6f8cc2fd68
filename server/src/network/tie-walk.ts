import { dayKey, keysOverlap, OPEN_END, OPEN_START } from '@splot/domain';
import type { AffiliationGroup } from './build-network.js';

/** Institutions as ranks 0..n−1 and the affiliations' members as ranks (CSR), both ways. */
export interface MemberIndex {
  n: number;
  /** members[memberStart[g] .. memberStart[g+1]) are group g's members present among the ids. */
  memberStart: Int32Array;
  members: Int32Array;
  /** Each member slot's period as day keys (domain/time.ts): two members are tied only if they overlap. */
  from: Int32Array;
  to: Int32Array;
  /** The groups of institution i: groupsOf[groupStart[i] .. groupStart[i+1]), and its slot in each. */
  groupStart: Int32Array;
  groupsOf: Int32Array;
  slotsOf: Int32Array;
}

/** Indexes the members of the groups among `ids` (rank = first position in `ids`); others are ignored. */
export function indexMembers(ids: readonly string[], groups: readonly AffiliationGroup[]): MemberIndex {
  const rank = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  const memberStart = new Int32Array(groups.length + 1);
  const members: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  groups.forEach((group, g) => {
    for (const [id, start, end] of group.members) {
      const r = rank.get(id);
      if (r === undefined) continue;
      members.push(r);
      from.push(dayKey(start, OPEN_START));
      to.push(dayKey(end, OPEN_END));
    }
    memberStart[g + 1] = members.length;
  });
  const n = ids.length;
  const groupStart = new Int32Array(n + 1);
  for (const r of members) groupStart[r + 1] = (groupStart[r + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) groupStart[i + 1] = (groupStart[i + 1] ?? 0) + (groupStart[i] ?? 0);
  const next = groupStart.slice(0, n);
  const groupsOf = new Int32Array(members.length);
  const slotsOf = new Int32Array(members.length);
  for (let g = 0; g < groups.length; g++) {
    for (let k = memberStart[g] ?? 0; k < (memberStart[g + 1] ?? 0); k++) {
      const r = members[k] ?? 0;
      groupsOf[next[r] ?? 0] = g;
      slotsOf[next[r] ?? 0] = k;
      next[r] = (next[r] ?? 0) + 1;
    }
  }
  return {
    n,
    memberStart,
    members: Int32Array.from(members),
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    groupStart,
    groupsOf,
    slotsOf,
  };
}

/**
 * Calls visit(i, j, shared) for every institution i (in rank order) and each institution j it is
 * tied to (both directions: each tie is seen from its two ends), `shared` being the one-mode
 * projection's tie weight (affiliations shared at overlapping times, as projectInstitutions counts). Σ members² steps over a typed array; no tie is ever allocated, so it
 * also walks a voivodeship's millions of ties in bounded memory.
 */
export function walkTies(index: MemberIndex, visit: (i: number, j: number, shared: number) => void): void {
  const { n, memberStart, members, from, to, groupStart, groupsOf, slotsOf } = index;
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let a = groupStart[i] ?? 0; a < (groupStart[i + 1] ?? 0); a++) {
      const g = groupsOf[a] ?? 0;
      const own = slotsOf[a] ?? 0;
      const ownFrom = from[own] ?? 0;
      const ownTo = to[own] ?? 0;
      for (let k = memberStart[g] ?? 0; k < (memberStart[g + 1] ?? 0); k++) {
        const j = members[k] ?? i;
        if (j === i || !keysOverlap(ownFrom, ownTo, from[k] ?? 0, to[k] ?? 0)) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] ?? 0) + 1;
      }
    }
    for (const j of touched) {
      visit(i, j, shared[j] ?? 0);
      shared[j] = 0;
    }
    touched.length = 0;
  }
}

/**
 * How many ties the one-mode projection of these groups has among `ids`, without building them;
 * with `inside`, only ties with an end among the first `inside` ids count.
 */
export function countTies(
  ids: readonly string[],
  groups: readonly AffiliationGroup[],
  inside = ids.length,
): number {
  // Each institution's distinct partners, summed: every tie twice.
  let ends = 0;
  walkTies(indexMembers(ids, groups), (i, j) => {
    if (i < inside || j < inside) ends += 1;
  });
  return ends / 2;
}

/** An upper bound of the ties, at once: the member pairs of every group (Σ m(m−1)/2). */
export function memberPairs(groups: readonly AffiliationGroup[]): number {
  let pairs = 0;
  for (const { members } of groups) pairs += (members.length * (members.length - 1)) / 2;
  return pairs;
}
