import { type CompactEdges, CompactRuns, expandEdges } from '@splot/domain';
import { type AffiliationGroup, type InstitutionRow, institutionNode } from './build-network.js';
import type { AreaRef, Network, NetworkEdge, NetworkNode } from './types.js';

/** An unknown start and an open end, as day codes: below and above every date. */
const OPEN_START = -1;
const OPEN_END = 0x7fffffff;

/**
 * The one-mode projection (projectInstitutions' rules, build-network.ts) written straight into the
 * compact edges the web app reads: no edge object, id string or period object per tie, so a dense
 * powiat's 180k ties cost typed work instead of garbage collection. Each institution's ties to the
 * higher-ranked co-members are summed in arrays indexed by the co-member (a sparse accumulator, as
 * in a sparse matrix product), so no pair is looked up in a table. Dates become day codes (their
 * rank among the dates the memberships name), so overlaps are integer max/min. The result equals
 * compactEdges(projectInstitutions(…)) byte for byte (project-compact.test.ts).
 */
export function projectInstitutionsCompact(
  institutions: readonly InstitutionRow[],
  groups: readonly AffiliationGroup[],
): { nodes: NetworkNode[]; compact: CompactEdges } {
  const nodes = institutions.map(institutionNode);
  const ids = [...new Set(institutions.map((i) => i.id))].sort();
  const n = ids.length;
  const rankOf = new Map<string, number>();
  for (let k = 0; k < n; k++) rankOf.set(ids[k] as string, k);
  // The node index the arrays name for each rank (the last row of an id, as compactEdges reads it).
  const nodeOfRank = new Int32Array(n);
  const outside = new Uint8Array(n);
  for (let k = 0; k < institutions.length; k++) {
    const row = institutions[k] as InstitutionRow;
    const rank = rankOf.get(row.id) as number;
    nodeOfRank[rank] = k;
    if (row.outside) outside[rank] = 1;
  }
  const dateList = memberDates(groups);
  const dayOf = new Map<string, number>();
  for (let k = 0; k < dateList.length; k++) dayOf.set(dateList[k] as string, k);
  const startCode = (d: string | null) => (d === null ? OPEN_START : (dayOf.get(d) as number));
  const endCode = (d: string | null) => (d === null ? OPEN_END : (dayOf.get(d) as number));

  // Every valid membership as an entry of its group, and each institution's entries (CSR):
  // member rank, day codes, and the group's kind bit and sourced flag.
  const kindNames: string[] = [];
  const kindBit = new Map<string, number>();
  const entryRank: number[] = [];
  const entryStart: number[] = [];
  const entryEnd: number[] = [];
  const entryGroup: number[] = [];
  const groupFrom: number[] = [];
  const groupBit: number[] = [];
  const groupSourced: number[] = [];
  const perRank = new Int32Array(n + 1);
  for (const group of groups) {
    const from = entryRank.length;
    for (const [id, start, end] of group.members) {
      const rank = rankOf.get(id);
      if (rank === undefined) continue;
      const s = startCode(start);
      const e = endCode(end);
      if (s > e) continue; // a membership whose period holds no day overlaps nobody's
      entryRank.push(rank);
      entryStart.push(s);
      entryEnd.push(e);
      entryGroup.push(groupFrom.length);
    }
    if (entryRank.length - from < 2) {
      entryRank.length = entryStart.length = entryEnd.length = entryGroup.length = from;
      continue;
    }
    let bit = kindBit.get(group.tieKind);
    if (bit === undefined) {
      if (kindNames.length === 31) throw new Error('more than 31 tie kinds do not fit a 31-bit mask');
      bit = 1 << kindNames.length;
      kindBit.set(group.tieKind, bit);
      kindNames.push(group.tieKind);
    }
    groupFrom.push(from);
    groupBit.push(bit);
    groupSourced.push(group.sourced === false ? 0 : 1);
    for (let k = from; k < entryRank.length; k++) {
      const r = (entryRank[k] as number) + 1;
      perRank[r] = (perRank[r] as number) + 1;
    }
  }
  groupFrom.push(entryRank.length);
  for (let r = 0; r < n; r++) perRank[r + 1] = (perRank[r + 1] as number) + (perRank[r] as number);
  const rankEntries = new Int32Array(entryRank.length);
  const fill = perRank.slice(0, n);
  for (let k = 0; k < entryRank.length; k++) {
    const r = entryRank[k] as number;
    rankEntries[fill[r] as number] = k;
    fill[r] = (fill[r] as number) + 1;
  }

  // One institution u at a time, its ties to every higher-ranked co-member v summed in arrays
  // indexed by v (a sparse accumulator): no lookup per pair, and the ties come out in (u, v) order.
  const seenBy = new Int32Array(n).fill(-1);
  const weight = new Int32Array(n);
  const bits = new Int32Array(n);
  const sourcedBy = new Uint8Array(n);
  const lastStart = new Int32Array(n);
  const lastEnd = new Int32Array(n);
  const moreSpans: Array<number[] | undefined> = new Array(n);
  // u's co-members in the order first met; sorted as numbers by the typed array's own sort.
  const touched = new Int32Array(n);
  const runs = new CompactRuns();
  const out = {
    target: [] as number[],
    weight: [] as number[],
    kinds: [] as number[],
    periodStart: [] as number[],
    periodEnd: [] as number[],
  };
  for (let u = 0; u < n; u++) {
    let met = 0;
    const uOutside = outside[u] === 1;
    for (let i = perRank[u] as number, iEnd = perRank[u + 1] as number; i < iEnd; i++) {
      const a = rankEntries[i] as number;
      const g = entryGroup[a] as number;
      const sa = entryStart[a] as number;
      const ea = entryEnd[a] as number;
      const bit = groupBit[g] as number;
      const isSourced = groupSourced[g] as number;
      for (let b = groupFrom[g] as number, bEnd = groupFrom[g + 1] as number; b < bEnd; b++) {
        const v = entryRank[b] as number;
        if (v <= u || (uOutside && outside[v] === 1)) continue;
        const sb = entryStart[b] as number;
        const eb = entryEnd[b] as number;
        const start = sa > sb ? sa : sb;
        const end = ea < eb ? ea : eb;
        if (start > end) continue;
        if (seenBy[v] !== u) {
          seenBy[v] = u;
          touched[met++] = v;
          weight[v] = 1;
          bits[v] = bit;
          sourcedBy[v] = isSourced;
          lastStart[v] = start;
          lastEnd[v] = end;
          moreSpans[v] = undefined;
        } else {
          weight[v] = (weight[v] as number) + 1;
          bits[v] = (bits[v] as number) | bit;
          sourcedBy[v] = (sourcedBy[v] as number) | isSourced;
          if (lastStart[v] !== start || lastEnd[v] !== end) {
            let spans = moreSpans[v];
            if (!spans) {
              spans = [lastStart[v] as number, lastEnd[v] as number];
              moreSpans[v] = spans;
            }
            spans.push(start, end);
            lastStart[v] = start;
            lastEnd[v] = end;
          }
        }
      }
    }
    const ties = touched.subarray(0, met);
    if (met > 1) ties.sort();
    for (let t = 0; t < met; t++) {
      const v = ties[t] as number;
      out.target.push(nodeOfRank[v] as number);
      out.weight.push(weight[v] as number);
      out.kinds.push(bits[v] as number);
      const spans = moreSpans[v];
      if (spans) {
        const periods = mergedCodes(spans);
        runs.add(nodeOfRank[u] as number, sourcedBy[v] === 1, periods.length / 2);
        for (let p = 0; p < periods.length; p += 2) {
          out.periodStart.push(periods[p] as number);
          out.periodEnd.push(periods[p + 1] as number);
        }
      } else {
        runs.add(nodeOfRank[u] as number, sourcedBy[v] === 1, 1);
        out.periodStart.push(lastStart[v] as number);
        out.periodEnd.push(lastEnd[v] as number);
      }
    }
  }
  return { nodes, compact: finish() };

  /** Kinds renumbered in name order; dates kept only where a period names them, in date order. */
  function finish(): CompactEdges {
    let any = 0;
    for (const b of out.kinds) any |= b;
    const used = kindNames
      .map((name, i) => ({ name, bit: 1 << i }))
      .filter((k) => (any & k.bit) !== 0)
      .sort((x, y) => (x.name < y.name ? -1 : 1));
    const remapBits = new Map<number, number>();
    for (let e = 0; e < out.kinds.length; e++) {
      const b = out.kinds[e] as number;
      let mask = remapBits.get(b);
      if (mask === undefined) {
        mask = 0;
        for (let i = 0; i < used.length; i++)
          if ((b & (used[i] as { bit: number }).bit) !== 0) mask |= 1 << i;
        remapBits.set(b, mask);
      }
      out.kinds[e] = mask;
    }
    const usedDay = new Uint8Array(dateList.length);
    for (const s of out.periodStart) if (s !== OPEN_START) usedDay[s] = 1;
    for (const e of out.periodEnd) if (e !== OPEN_END) usedDay[e] = 1;
    const dates: string[] = [];
    const remap = new Int32Array(dateList.length);
    for (let d = 0; d < dateList.length; d++) {
      if (usedDay[d] === 0) continue;
      remap[d] = dates.length;
      dates.push(dateList[d] as string);
    }
    for (let p = 0; p < out.periodStart.length; p++) {
      const s = out.periodStart[p] as number;
      const e = out.periodEnd[p] as number;
      out.periodStart[p] = s === OPEN_START ? -1 : (remap[s] as number);
      out.periodEnd[p] = e === OPEN_END ? -1 : (remap[e] as number);
    }
    // In compactEdges' key order, so the answer's JSON is byte for byte the same.
    const { target, weight: weights, kinds, periodStart, periodEnd } = out;
    const tieKinds = used.map((k) => k.name);
    return {
      sourceRuns: runs.sourceRuns,
      target,
      weight: weights,
      kinds,
      tieKinds,
      sourcedRuns: runs.sourcedRuns,
      periodCounts: runs.periodCounts,
      periodStart,
      periodEnd,
      dates,
    };
  }

  /**
   * An edge's several spans merged as mergePeriods (domain/time.ts) merges them, on day codes:
   * sorted by start, a span sharing a day with the last merged one extends it.
   */
  function mergedCodes(spans: number[]): number[] {
    // Sorted by start in place, by insertion: an edge has a handful of spans, and the sentinels
    // OPEN_START (below every day) and OPEN_END (above) order as the days they stand for.
    for (let i = 2; i < spans.length; i += 2) {
      const start = spans[i] as number;
      const end = spans[i + 1] as number;
      let j = i - 2;
      for (; j >= 0 && (spans[j] as number) > start; j -= 2) {
        spans[j + 2] = spans[j] as number;
        spans[j + 3] = spans[j + 1] as number;
      }
      spans[j + 2] = start;
      spans[j + 3] = end;
    }
    const merged = [spans[0] as number, spans[1] as number];
    for (let i = 2; i < spans.length; i += 2) {
      const last = merged.length - 1;
      const end = spans[i + 1] as number;
      if ((spans[i] as number) <= (merged[last] as number)) {
        if (end > (merged[last] as number)) merged[last] = end;
      } else merged.push(spans[i] as number, end);
    }
    return merged;
  }
}

/** Every date the memberships name, sorted (their rank is the day code). */
function memberDates(groups: readonly AffiliationGroup[]): string[] {
  const dates = new Set<string>();
  for (const group of groups)
    for (const [, start, end] of group.members) {
      if (start !== null) dates.add(start);
      if (end !== null) dates.add(end);
    }
  return [...dates].sort();
}

/**
 * The area's one-mode network with its compact edges written directly; the documented `edges`
 * are read back from them (expandEdges) only if a client asks for them.
 */
export function compactInstitutionNetwork(
  area: AreaRef,
  institutions: readonly InstitutionRow[],
  groups: readonly AffiliationGroup[],
): Network & { readonly compactEdges: CompactEdges } {
  const { nodes, compact } = projectInstitutionsCompact(institutions, groups);
  let edges: NetworkEdge[] | undefined;
  const network = { area, nodes, compactEdges: compact } as Network & { compactEdges: CompactEdges };
  Object.defineProperty(network, 'edges', {
    get: () => {
      edges ??= expandEdges(nodes, compact) as NetworkEdge[];
      return edges;
    },
    enumerable: true,
  });
  Object.defineProperty(network, 'compactEdges', { value: compact, enumerable: false });
  return network;
}
