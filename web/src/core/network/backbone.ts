import { endpoints } from './endpoints';
import type { Network, NetworkEdge } from './types';

/**
 * How many ties the canvas draws. 'auto' draws every tie of an ordinary area and thins a dense
 * one; a number keeps each node's k heaviest ties (an edge stays when it is among the k heaviest
 * of either end, so every tied node keeps at least one tie); 'all' draws everything.
 */
export const TOP_TIES = ['auto', 'all', '1', '2', '3', '5', '10'] as const;
export type TopTies = (typeof TOP_TIES)[number];

/** The k values 'auto' may pick, densest first. */
const KS = [10, 5, 3, 2, 1] as const;
const MAX_K = KS[0];

/**
 * Ties the canvas draws without thinning: ordinary areas stay complete. Above it, 'auto' keeps
 * the densest backbone that fits in min(EDGES_MAX, max(EDGE_BUDGET, EDGES_PER_NODE · nodes)).
 */
export const EDGE_BUDGET = 4000;
export const EDGES_PER_NODE = 2;
/**
 * 'auto' never draws more ties than this (unless even one per node is more): in software
 * rendering each Cytoscape element costs about 0.1 ms to add, style and draw, so on 10,000 nodes
 * the second tie per node (16,610 ties instead of 8,331) cost about a second of the first frame.
 */
export const EDGES_MAX = 10_000;

/** 'all' is not offered above this many ties: the tab would stall for minutes drawing them. */
export const ALL_TIES_MAX = 100_000;

export interface Backbone {
  /** The network as drawn: every node, the kept edges (in their original order). */
  network: Network;
  /** The k in use; null when every tie is drawn. */
  k: number | null;
  shown: number;
  total: number;
  /**
   * The ties the clustered layout groups nodes by: the drawn ones, or each node's GROUPING_K
   * strongest when fewer are drawn (one tie per node is a forest that splits 10,000 nodes into
   * about 1,700 groups of a few nodes; two keep the few dozen groups a reader can tell apart).
   */
  grouping: readonly NetworkEdge[];
}

/** Ties per node the clustered layout groups by, at least. */
export const GROUPING_K = 2;

/** Each id's position in sorted order. */
function idRanks(ids: readonly string[]): Int32Array {
  const sorted = ids.map((_, i) => i).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
  const rank = new Int32Array(ids.length);
  sorted.forEach((node, position) => {
    rank[node] = position;
  });
  return rank;
}

/**
 * For each edge, its best rank (0 = heaviest) among the ties of either end, counting only the
 * MAX_K heaviest per node; edges outside every node's top MAX_K get Infinity. One pass with a
 * small sorted buffer per node: O(m · MAX_K) at worst, without sorting whole neighbourhoods.
 */
export function tieRanks(edges: readonly NetworkEdge[]): Float64Array {
  const { ids, source, target } = endpoints(edges);
  // Heaviest first; equal weights (most ties weigh 1) are ordered by the ends' ids, source then
  // target, so the backbone is the same on every run and in any input order. Both keys are
  // numbers: comparing the edges' id strings here took most of the pass on a million ties.
  const rank = idRanks(ids);
  const weight = new Float64Array(edges.length);
  const order = new Float64Array(edges.length);
  for (let index = 0; index < edges.length; index++) {
    weight[index] = (edges[index] as NetworkEdge).weight;
    order[index] =
      (rank[source[index] as number] as number) * ids.length + (rank[target[index] as number] as number);
  }
  const heavier = (a: number, b: number) => {
    const wa = weight[a] as number;
    const wb = weight[b] as number;
    return wa > wb || (wa === wb && (order[a] as number) < (order[b] as number));
  };
  // Node n's heaviest edges, heaviest first, in top[n·MAX_K …]; count[n] of them so far.
  const top = new Int32Array(ids.length * MAX_K);
  const count = new Uint8Array(ids.length);
  const offer = (node: number, index: number) => {
    const base = node * MAX_K;
    const filled = count[node] as number;
    if (filled === MAX_K && !heavier(index, top[base + MAX_K - 1] as number)) return;
    let at = filled === MAX_K ? MAX_K - 1 : filled;
    while (at > 0 && heavier(index, top[base + at - 1] as number)) {
      top[base + at] = top[base + at - 1] as number;
      at--;
    }
    top[base + at] = index;
    if (filled < MAX_K) count[node] = filled + 1;
  };
  for (let index = 0; index < edges.length; index++) {
    const s = source[index] as number;
    const t = target[index] as number;
    if (s === t) continue;
    offer(s, index);
    offer(t, index);
  }
  const ranks = new Float64Array(edges.length).fill(Number.POSITIVE_INFINITY);
  for (let node = 0; node < ids.length; node++) {
    for (let rank = 0; rank < (count[node] as number); rank++) {
      const index = top[node * MAX_K + rank] as number;
      if (rank < (ranks[index] as number)) ranks[index] = rank;
    }
  }
  return ranks;
}

/** The k that 'auto' uses for a network of this size, from the edge ranks; null: draw all. */
export function autoK(nodeCount: number, ranks: Float64Array): number | null {
  const budget = Math.min(EDGES_MAX, Math.max(EDGE_BUDGET, EDGES_PER_NODE * nodeCount));
  if (ranks.length <= budget) return null;
  const counts = new Array<number>(MAX_K).fill(0);
  for (const rank of ranks) if (rank < MAX_K) counts[rank] = (counts[rank] as number) + 1;
  for (const k of KS) {
    let kept = 0;
    for (let r = 0; r < k; r++) kept += counts[r] as number;
    if (kept <= budget) return k;
  }
  return 1;
}

/** The ties to draw for a choice; the nodes are never thinned (isolated ones stay isolated). */
export function backbone(network: Network, choice: TopTies): Backbone {
  const total = network.edges.length;
  const all: Backbone = { network, k: null, shown: total, total, grouping: network.edges };
  if (choice === 'all' && total <= ALL_TIES_MAX) return all;
  const ranks = tieRanks(network.edges);
  const k = choice === 'auto' || choice === 'all' ? autoK(network.nodes.length, ranks) : Number(choice);
  if (k === null) return all;
  const edges = network.edges.filter((_, index) => (ranks[index] as number) < k);
  if (edges.length === total) return { ...all, k };
  const grouping =
    k >= GROUPING_K ? edges : network.edges.filter((_, index) => (ranks[index] as number) < GROUPING_K);
  return { network: { ...network, edges }, k, shown: edges.length, total, grouping };
}
