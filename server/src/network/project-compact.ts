import { type CompactEdges, expandEdges } from '@splot/domain';
import { type AffiliationGroup, type InstitutionRow, institutionNode } from './build-network.js';
import { PairTable } from './pair-table.js';
import { memberPairs } from './tie-walk.js';
import type { AreaRef, Network, NetworkEdge, NetworkNode } from './types.js';

/** An unknown start and an open end, as day codes: below and above every date. */
const OPEN_START = -1;
const OPEN_END = 0x7fffffff;

/**
 * The one-mode projection (projectInstitutions' rules, build-network.ts) written straight into the
 * compact edges the web app reads: no edge object, id string or period object per tie, so a dense
 * powiat's 180k ties cost typed work instead of garbage collection. Dates become day codes (their
 * rank among the dates the memberships name), so overlaps are integer max/min. The result equals
 * compactEdges(projectInstitutions(…)) exactly (project-compact.test.ts).
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

  // Per edge: its ends (ranks), weight, kinds (bits of kindNames, first seen), sourced, and its
  // last span; further distinct spans only where an edge has them.
  const lo: number[] = [];
  const hi: number[] = [];
  const weight: number[] = [];
  const kindBits: number[] = [];
  const sourced: number[] = [];
  const lastStart: number[] = [];
  const lastEnd: number[] = [];
  const moreSpans = new Map<number, number[]>();
  const hasMore: number[] = [];
  const kindNames: string[] = [];
  const kindBit = new Map<string, number>();
  // Sized for the pairs of co-members (an upper bound on the ties), so it never rehashes.
  const edgeOf = new PairTable(n, Math.min(memberPairs(groups), 1 << 22));
  const ranks: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const group of groups) {
    let m = 0;
    for (const [id, start, end] of group.members) {
      const rank = rankOf.get(id);
      if (rank === undefined) continue;
      const s = startCode(start);
      const e = endCode(end);
      if (s > e) continue; // a membership whose period holds no day overlaps nobody's
      ranks[m] = rank;
      starts[m] = s;
      ends[m] = e;
      m++;
    }
    if (m < 2) continue;
    let bit = kindBit.get(group.tieKind);
    if (bit === undefined) {
      if (kindNames.length === 31) throw new Error('more than 31 tie kinds do not fit a 31-bit mask');
      bit = 1 << kindNames.length;
      kindBit.set(group.tieKind, bit);
      kindNames.push(group.tieKind);
    }
    const isSourced = group.sourced === false ? 0 : 1;
    for (let a = 0; a < m; a++) {
      const ra = ranks[a] as number;
      const sa = starts[a] as number;
      const ea = ends[a] as number;
      for (let b = a + 1; b < m; b++) {
        const rb = ranks[b] as number;
        if (ra === rb || (outside[ra] === 1 && outside[rb] === 1)) continue;
        const sb = starts[b] as number;
        const eb = ends[b] as number;
        const start = sa > sb ? sa : sb;
        const end = ea < eb ? ea : eb;
        if (start > end) continue;
        const l = ra < rb ? ra : rb;
        const h = ra < rb ? rb : ra;
        const edge = edgeOf.getOrSet(l, h, lo.length);
        if (edge === -1) {
          lo.push(l);
          hi.push(h);
          weight.push(1);
          kindBits.push(bit);
          sourced.push(isSourced);
          lastStart.push(start);
          lastEnd.push(end);
          hasMore.push(0);
        } else {
          weight[edge] = (weight[edge] as number) + 1;
          sourced[edge] = (sourced[edge] as number) | isSourced;
          kindBits[edge] = (kindBits[edge] as number) | bit;
          if (lastStart[edge] !== start || lastEnd[edge] !== end) {
            let spans = moreSpans.get(edge);
            if (!spans) {
              spans = [lastStart[edge] as number, lastEnd[edge] as number];
              moreSpans.set(edge, spans);
              hasMore[edge] = 1;
            }
            spans.push(start, end);
            lastStart[edge] = start;
            lastEnd[edge] = end;
          }
        }
      }
    }
  }
  return { nodes, compact: writeCompact() };

  function writeCompact(): CompactEdges {
    // Kinds renumbered in name order; dates kept only where a period names them, in date order.
    const byName = kindNames
      .map((name, i) => ({ name, bit: 1 << i }))
      .sort((x, y) => (x.name < y.name ? -1 : 1));
    const usedKinds = byName.filter((k) => kindBits.some((bits) => (bits & k.bit) !== 0));
    const count = lo.length;
    const out: CompactEdges = {
      source: new Array(count),
      target: new Array(count),
      weight: new Array(count),
      kinds: new Array(count),
      tieKinds: usedKinds.map((k) => k.name),
      sourced: new Array(count),
      periodCount: new Array(count),
      periodStart: [],
      periodEnd: [],
      dates: [],
    };
    const usedDay = new Uint8Array(dateList.length);
    const addPeriod = (start: number, end: number) => {
      out.periodStart.push(start);
      out.periodEnd.push(end);
      if (start !== OPEN_START) usedDay[start] = 1;
      if (end !== OPEN_END) usedDay[end] = 1;
    };
    let k = 0;
    for (const edge of edgeOf.valuesInOrder()) {
      const l = lo[edge] as number;
      const h = hi[edge] as number;
      out.source[k] = nodeOfRank[l] as number;
      out.target[k] = nodeOfRank[h] as number;
      out.weight[k] = weight[edge] as number;
      out.sourced[k] = sourced[edge] as number;
      let mask = 0;
      const bits = kindBits[edge] as number;
      for (let i = 0; i < usedKinds.length; i++)
        if ((bits & (usedKinds[i] as { bit: number }).bit) !== 0) mask |= 1 << i;
      out.kinds[k] = mask;
      if (hasMore[edge] === 1) {
        const periods = mergedCodes(moreSpans.get(edge) as number[]);
        out.periodCount[k] = periods.length / 2;
        for (let p = 0; p < periods.length; p += 2) addPeriod(periods[p] as number, periods[p + 1] as number);
      } else {
        out.periodCount[k] = 1;
        addPeriod(lastStart[edge] as number, lastEnd[edge] as number);
      }
      k++;
    }
    const remap = new Int32Array(dateList.length);
    for (let d = 0; d < dateList.length; d++) {
      if (usedDay[d] === 0) continue;
      remap[d] = out.dates.length;
      out.dates.push(dateList[d] as string);
    }
    for (let p = 0; p < out.periodStart.length; p++) {
      const s = out.periodStart[p] as number;
      const e = out.periodEnd[p] as number;
      out.periodStart[p] = s === OPEN_START ? -1 : (remap[s] as number);
      out.periodEnd[p] = e === OPEN_END ? -1 : (remap[e] as number);
    }
    return out;
  }

  /**
   * An edge's several spans merged as mergePeriods (domain/time.ts) merges them, on day codes:
   * sorted by start, a span sharing a day with the last merged one extends it.
   */
  function mergedCodes(spans: number[]): number[] {
    const order = Array.from({ length: spans.length / 2 }, (_v, i) => i).sort(
      (a, b) => (spans[2 * a] as number) - (spans[2 * b] as number),
    );
    const merged: number[] = [];
    for (const i of order) {
      const start = spans[2 * i] as number;
      const end = spans[2 * i + 1] as number;
      const last = merged.length - 1;
      if (
        last > 0 &&
        (merged[last] === OPEN_END || start === OPEN_START || start <= (merged[last] as number))
      ) {
        if (end === OPEN_END || end > (merged[last] as number)) merged[last] = end;
      } else merged.push(start, end);
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
