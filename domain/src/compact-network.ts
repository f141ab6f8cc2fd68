// A network's edges as parallel arrays (GraphQL `Network.compactEdges`, docs/graphql.md): the
// server writes them, the web app reads them back into the edges the documented shape gives. Powiat
// 2607 of synthetic M (138,435 ties) is 30.6 MB as edge objects and 4.1 MB as arrays (0.47 MB with
// brotli), and a browser parses arrays of numbers far faster than objects.

import { hull, type Period } from './time.js';

/**
 * Edge k is described by index k of every per-edge array. What nearly every edge shares is written
 * as runs or exceptions instead of a number per edge: edges come grouped by source (the
 * projection writes each institution's ties together), nearly all have one period, and sourced
 * and unsourced ties come in long stretches.
 */
export interface CompactEdges {
  /** Runs of edges with the same source: a node index in `nodes`, then how many edges in a row. */
  sourceRuns: number[];
  /** Index in `nodes` of each edge's target. */
  target: number[];
  weight: number[];
  /** The edge's kinds: bit i set when `tieKinds[i]` is one of them. */
  kinds: number[];
  /** The tie kinds `kinds` refers to, sorted. */
  tieKinds: string[];
  /**
   * How many edges in a row are sourced, then unsourced, then sourced, and so on, starting with
   * sourced (0 first when the first edge is unsourced).
   */
  sourcedRuns: number[];
  /**
   * The edges with other than one period: an edge index, then its number of periods, in edge
   * order. Edge k's periods are the next ones of periodStart/periodEnd.
   */
  periodCounts: number[];
  /** Each period's start as an index into `dates`; -1: undated. */
  periodStart: number[];
  /** Each period's end as an index into `dates`; -1: still lasts. */
  periodEnd: number[];
  /** The dates the periods name (YYYY-MM-DD), sorted. */
  dates: string[];
}

/**
 * Writes a CompactEdges' run and exception lists edge by edge (the server's projection and
 * compactEdges both use it, so the two write the same arrays).
 */
export class CompactRuns {
  readonly sourceRuns: number[] = [];
  readonly sourcedRuns: number[] = [];
  readonly periodCounts: number[] = [];
  private edges = 0;
  private lastSource = -1;
  private sourcedNow = 1;

  /** Records edge number `edges` (the next one): its source node, sourced flag and period count. */
  add(source: number, sourced: boolean, periods: number): void {
    const runs = this.sourceRuns;
    if (source === this.lastSource) runs[runs.length - 1] = (runs[runs.length - 1] as number) + 1;
    else {
      runs.push(source, 1);
      this.lastSource = source;
    }
    const flag = sourced ? 1 : 0;
    const lengths = this.sourcedRuns;
    if (lengths.length === 0 && flag === 0) lengths.push(0);
    if (lengths.length === 0 || flag !== this.sourcedNow) {
      lengths.push(1);
      this.sourcedNow = flag;
    } else lengths[lengths.length - 1] = (lengths[lengths.length - 1] as number) + 1;
    if (periods !== 1) this.periodCounts.push(this.edges, periods);
    this.edges++;
  }
}

/** A one-mode tie's id: its two institutions' ids, the lower first. */
export const tieId = (source: string, target: string): string => `${source}--${target}`;
/** A two-mode edge's id: an institution's membership of a partnership or collaboration. */
export const membershipId = (institution: string, affiliation: string): string =>
  `${institution}->${affiliation}`;

/** What compactEdges reads of an edge (the server's and the web app's edges both fit). */
export interface EdgeFields<K extends string = string> {
  source: string;
  target: string;
  weight: number;
  kinds: readonly K[];
  periods: readonly Period[];
  sourced?: boolean;
}

/** The edges in a Network's documented shape, as expandEdges gives them back. */
export interface ExpandedEdge<K extends string = string> {
  id: string;
  source: string;
  target: string;
  weight: number;
  kinds: K[];
  /** The hull of the periods. */
  start: string | null;
  end: string | null;
  periods: Period[];
  sourced: boolean;
}

const sortedIndex = (values: Map<string, number>): { sorted: string[]; remap: Int32Array } => {
  const sorted = [...values.keys()].sort();
  const remap = new Int32Array(sorted.length);
  for (let k = 0; k < sorted.length; k++) remap[values.get(sorted[k] as string) as number] = k;
  return { sorted, remap };
};

/**
 * The edges as parallel arrays. Throws when an edge names a node that is not in `nodes` (the
 * arrays could not say it).
 */
export function compactEdges(nodes: readonly { id: string }[], edges: readonly EdgeFields[]): CompactEdges {
  const indexOf = new Map<string, number>();
  for (let k = 0; k < nodes.length; k++) indexOf.set((nodes[k] as { id: string }).id, k);
  const node = (id: string) => {
    const k = indexOf.get(id);
    if (k === undefined) throw new Error(`an edge names node "${id}", which is not in the network`);
    return k;
  };
  // Dates and kinds are numbered as first seen, then renumbered in sorted order.
  const dateNo = new Map<string, number>();
  const date = (d: string | null) => {
    if (d === null) return -1;
    let k = dateNo.get(d);
    if (k === undefined) {
      k = dateNo.size;
      dateNo.set(d, k);
    }
    return k;
  };
  const kindNo = new Map<string, number>();
  const n = edges.length;
  const runs = new CompactRuns();
  const target: number[] = [];
  const weight: number[] = [];
  const periodStart: number[] = [];
  const periodEnd: number[] = [];
  const kindSets: string[][] = new Array(n);
  for (let e = 0; e < n; e++) {
    const edge = edges[e] as EdgeFields;
    runs.add(node(edge.source), edge.sourced !== false, edge.periods.length);
    target.push(node(edge.target));
    weight.push(edge.weight);
    for (const kind of edge.kinds) if (!kindNo.has(kind)) kindNo.set(kind, kindNo.size);
    kindSets[e] = edge.kinds as string[];
    for (const p of edge.periods) {
      periodStart.push(date(p.start));
      periodEnd.push(date(p.end));
    }
  }
  if (kindNo.size > 31) throw new Error(`${kindNo.size} tie kinds do not fit a 31-bit mask`);
  const kindOrder = sortedIndex(kindNo);
  const bit = new Map(kindOrder.sorted.map((k, i) => [k, 1 << i]));
  const kinds: number[] = [];
  for (let e = 0; e < n; e++) {
    let mask = 0;
    for (const kind of kindSets[e] as string[]) mask |= bit.get(kind) as number;
    kinds.push(mask);
  }
  const dates = sortedIndex(dateNo);
  for (const list of [periodStart, periodEnd]) {
    for (let p = 0; p < list.length; p++) {
      const k = list[p] as number;
      if (k >= 0) list[p] = dates.remap[k] as number;
    }
  }
  // In the order the schema lists the fields.
  return {
    sourceRuns: runs.sourceRuns,
    target,
    weight,
    kinds,
    tieKinds: kindOrder.sorted,
    sourcedRuns: runs.sourcedRuns,
    periodCounts: runs.periodCounts,
    periodStart,
    periodEnd,
    dates: dates.sorted,
  };
}

/** Each edge's source node index, from `sourceRuns`: for readers that walk the edges by index. */
export function edgeSources(compact: Pick<CompactEdges, 'sourceRuns' | 'target'>): Int32Array {
  const sources = new Int32Array(compact.target.length);
  const runs = compact.sourceRuns;
  let e = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const last = e + (runs[r + 1] as number);
    if (last > sources.length) throw new Error('sourceRuns name more edges than target lists');
    sources.fill(runs[r] as number, e, last);
    e = last;
  }
  if (e < sources.length) throw new Error(`edge ${e} has no source: sourceRuns ends`);
  return sources;
}

/**
 * Reads a `kinds` bit mask as the tie kinds it names. Edges of the same kinds share one frozen
 * list: a dense powiat's 180k ties would otherwise allocate 180k copies of a handful of lists
 * (reading them is all any caller does).
 */
export function kindLists<K extends string = string>(tieKinds: readonly string[]): (mask: number) => K[] {
  const lists = new Map<number, K[]>();
  return (mask) => {
    let list = lists.get(mask);
    if (!list) {
      list = [];
      for (let i = 0; i < tieKinds.length; i++) if (mask & (1 << i)) list.push(tieKinds[i] as K);
      Object.freeze(list);
      lists.set(mask, list);
    }
    return list;
  };
}

/**
 * The edges in the documented shape again: ids by `tieId` between institutions, `membershipId`
 * when the target is a partnership or collaboration (two-mode); kinds sorted; start/end the hull
 * of the periods.
 */
export function expandEdges<K extends string = string>(
  nodes: readonly { id: string; type: string }[],
  compact: CompactEdges,
): ExpandedEdge<K>[] {
  const { target, weight, kinds, tieKinds, sourcedRuns, periodCounts, periodStart, periodEnd, dates } =
    compact;
  const n = target.length;
  const dateAt = (k: number) => (k < 0 ? null : (dates[k] as string));
  const edges: ExpandedEdge<K>[] = new Array(n);
  const kindsOf = kindLists<K>(tieKinds);
  // Edges of one period mostly share it with many others (their affiliations' dates): one frozen
  // list per period, as kinds are shared, instead of a list and a period object per edge.
  const onePeriod = new Map<number, Period[]>();
  const stride = dates.length + 1;
  const sources = edgeSources(compact);
  // Where the other run lists stand: the current sourced run and the next period exception.
  let sourcedRun = -1;
  let sourcedLeft = 0;
  let sourced = false;
  let exception = 0;
  let p = 0;
  for (let e = 0; e < n; e++) {
    const from = nodes[sources[e] as number];
    while (sourcedLeft === 0) {
      sourcedRun++;
      if (sourcedRun >= sourcedRuns.length) throw new Error(`edge ${e} is in no run of sourcedRuns`);
      sourcedLeft = sourcedRuns[sourcedRun] as number;
      sourced = sourcedRun % 2 === 0;
    }
    sourcedLeft--;
    let count = 1;
    if (periodCounts[exception] === e) {
      count = periodCounts[exception + 1] as number;
      exception += 2;
    }
    const to = nodes[target[e] as number];
    if (!from || !to) throw new Error(`edge ${e} names a node index outside the network`);
    let periods: Period[];
    let start: string | null;
    let end: string | null;
    if (count === 1) {
      // Most ties have one period, which is its own hull.
      const s = periodStart[p] as number;
      const t = periodEnd[p] as number;
      start = dateAt(s);
      end = dateAt(t);
      const key = (s + 1) * stride + t + 1;
      let shared = onePeriod.get(key);
      if (!shared) {
        shared = Object.freeze([Object.freeze({ start, end })]) as Period[];
        onePeriod.set(key, shared);
      }
      periods = shared;
      p++;
    } else {
      periods = [];
      let span: Period | null = null;
      for (const last = p + count; p < last; p++) {
        const period = { start: dateAt(periodStart[p] as number), end: dateAt(periodEnd[p] as number) };
        periods.push(period);
        span = span === null ? period : hull(span, period);
      }
      start = span?.start ?? null;
      end = span?.end ?? null;
    }
    edges[e] = {
      id: to.type === 'INSTITUTION' ? tieId(from.id, to.id) : membershipId(from.id, to.id),
      source: from.id,
      target: to.id,
      weight: weight[e] as number,
      kinds: kindsOf(kinds[e] as number),
      start,
      end,
      periods,
      sourced,
    };
  }
  return edges;
}
