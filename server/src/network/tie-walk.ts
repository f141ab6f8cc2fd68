import type { AffiliationGroup } from './build-network.js';

/** Institutions as ranks 0..n−1 and the affiliations' members as ranks (CSR), both ways. */
export interface MemberIndex {
  n: number;
  /** members[memberStart[g] .. memberStart[g+1]) are group g's members present among the ids. */
  memberStart: Int32Array;
  members: Int32Array;
  /** The groups of institution i: groupsOf[groupStart[i] .. groupStart[i+1]). */
  groupStart: Int32Array;
  groupsOf: Int32Array;
}

/** Indexes the members of the groups among `ids` (rank = first position in `ids`); others are ignored. */
export function indexMembers(ids: readonly string[], groups: readonly AffiliationGroup[]): MemberIndex {
  const rank = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  const memberStart = new Int32Array(groups.length + 1);
  const members: number[] = [];
  groups.forEach((group, g) => {
    for (const [id] of group.members) {
      const r = rank.get(id);
      if (r !== undefined) members.push(r);
    }
    memberStart[g + 1] = members.length;
  });
  const n = ids.length;
  const groupStart = new Int32Array(n + 1);
  for (const r of members) groupStart[r + 1] = (groupStart[r + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) groupStart[i + 1] = (groupStart[i + 1] ?? 0) + (groupStart[i] ?? 0);
  const next = groupStart.slice(0, n);
  const groupsOf = new Int32Array(members.length);
  for (let g = 0; g < groups.length; g++) {
    for (let k = memberStart[g] ?? 0; k < (memberStart[g + 1] ?? 0); k++) {
      const r = members[k] ?? 0;
      groupsOf[next[r] ?? 0] = g;
      next[r] = (next[r] ?? 0) + 1;
    }
  }
  return { n, memberStart, members: Int32Array.from(members), groupStart, groupsOf };
}

/**
 * Calls visit(i, j, shared) for every institution i (in rank order) and each institution j it is
 * tied to (both directions: each tie is seen from its two ends), `shared` being the one-mode
 * projection's tie weight. Σ members² steps over a typed array; no tie is ever allocated, so it
 * also walks a voivodeship's millions of ties in bounded memory.
 */
export function walkTies(index: MemberIndex, visit: (i: number, j: number, shared: number) => void): void {
  const { n, memberStart, members, groupStart, groupsOf } = index;
  const shared = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let a = groupStart[i] ?? 0; a < (groupStart[i + 1] ?? 0); a++) {
      const g = groupsOf[a] ?? 0;
      for (let k = memberStart[g] ?? 0; k < (memberStart[g + 1] ?? 0); k++) {
        const j = members[k] ?? i;
        if (j === i) continue;
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

/** How many ties the one-mode projection of these groups has among `ids`, without building them. */
export function countTies(ids: readonly string[], groups: readonly AffiliationGroup[]): number {
  // Each institution's distinct partners, summed: every tie twice.
  let ends = 0;
  walkTies(indexMembers(ids, groups), () => {
    ends += 1;
  });
  return ends / 2;
}

/** An upper bound of the ties, at once: the member pairs of every group (Σ m(m−1)/2). */
export function memberPairs(groups: readonly AffiliationGroup[]): number {
  let pairs = 0;
  for (const { members } of groups) pairs += (members.length * (members.length - 1)) / 2;
  return pairs;
}
