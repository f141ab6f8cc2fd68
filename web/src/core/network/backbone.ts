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
 * the densest backbone that fits in max(EDGE_BUDGET, EDGES_PER_NODE · nodes).
 */
export const EDGE_BUDGET = 4000;
export const EDGES_PER_NODE = 2;

/** 'all' is not offered above this many ties: the tab would stall for minutes drawing them. */
export const ALL_TIES_MAX = 100_000;

export interface Backbone {
  /** The network as drawn: every node, the kept edges (in their original order). */
  network: Network;
  /** The k in use; null when every tie is drawn. */
  k: number | null;
  shown: number;
  total: number;
}

/** Orders ties heaviest first; the id breaks ties, so the backbone is the same on every run. */
function heavier(a: NetworkEdge, b: NetworkEdge): boolean {
  return a.weight > b.weight || (a.weight === b.weight && a.id < b.id);
}

/**
 * For each edge, its best rank (0 = heaviest) among the ties of either end, counting only the
 * MAX_K heaviest per node; edges outside every node's top MAX_K get Infinity. One pass with a
 * small sorted buffer per node: O(m · MAX_K) at worst, without sorting whole neighbourhoods.
 */
export function tieRanks(edges: readonly NetworkEdge[]): Float64Array {
  const { ids, source, target } = endpoints(edges);
  // Node n's heaviest edges, heaviest first, in top[n·MAX_K …]; count[n] of them so far.
  const top = new Int32Array(ids.length * MAX_K);
  const count = new Uint8Array(ids.length);
  const offer = (node: number, index: number) => {
    const base = node * MAX_K;
    const filled = count[node] as number;
    const edge = edges[index] as NetworkEdge;
    if (filled === MAX_K && !heavier(edge, edges[top[base + MAX_K - 1] as number] as NetworkEdge)) return;
    let at = filled === MAX_K ? MAX_K - 1 : filled;
    while (at > 0 && heavier(edge, edges[top[base + at - 1] as number] as NetworkEdge)) {
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
  const budget = Math.max(EDGE_BUDGET, EDGES_PER_NODE * nodeCount);
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
  const all: Backbone = { network, k: null, shown: total, total };
  if (choice === 'all' && total <= ALL_TIES_MAX) return all;
  const ranks = tieRanks(network.edges);
  const k = choice === 'auto' || choice === 'all' ? autoK(network.nodes.length, ranks) : Number(choice);
  if (k === null) return all;
  const edges = network.edges.filter((_, index) => (ranks[index] as number) < k);
  if (edges.length === total) return { ...all, k };
  return { network: { ...network, edges }, k, shown: edges.length, total };
}
