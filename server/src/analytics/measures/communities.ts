import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';
import type { AnalyticsGraph } from './graph.js';
import { cjsDefault } from './interop.js';

const louvain = cjsDefault(louvainModule);

export interface Communities {
  /** Communities, largest first, each as sorted member ids; index = community number. */
  communities: string[][];
  /** Community number of each institution. */
  membership: Record<string, number>;
  /** Newman's modularity of the partition (weighted); null when the network has no tie. */
  modularity: number | null;
}

/** Fixed, so the same network always gives the same communities (Louvain visits nodes at random). */
export const LOUVAIN_SEED = 'splot';

/**
 * Louvain communities on the tie weights. Nodes are fed in id order and ties in id-pair order, and
 * the random walk is seeded, so the answer depends only on the network, not on the order the
 * database returned it in.
 */
export function communities(graph: AnalyticsGraph): Communities {
  if (graph.size === 0) {
    const ids = graph.nodes().sort();
    return {
      communities: ids.map((id) => [id]),
      membership: Object.fromEntries(ids.map((id, i) => [id, i])),
      modularity: null,
    };
  }
  const ordered = inCanonicalOrder(graph) ? graph : canonicalCopy(graph);
  const detailed = louvain.detailed(ordered, { getEdgeWeight: 'weight', rng: seedrandom(LOUVAIN_SEED) });
  const groups = new Map<number, string[]>();
  for (const [id, c] of Object.entries(detailed.communities)) {
    const list = groups.get(c);
    if (list) list.push(id);
    else groups.set(c, [id]);
  }
  const sorted = [...groups.values()].map((m) => m.sort());
  sorted.sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const membership: Record<string, number> = {};
  sorted.forEach((members, i) => {
    for (const id of members) membership[id] = i;
  });
  return { communities: sorted, membership, modularity: detailed.modularity };
}

/**
 * Whether the graph already holds its nodes in id order and its ties in (lower id, higher id)
 * order, as the one-mode projection of an area builds it: then Louvain can walk it as it is,
 * without a copy (two graph builds of a dense powiat's 146k ties).
 */
function inCanonicalOrder(graph: AnalyticsGraph): boolean {
  let previous: string | null = null;
  const inOrder = graph.everyNode((id) => {
    const ok = previous === null || previous < id;
    previous = id;
    return ok;
  });
  if (!inOrder) return false;
  let previousKey: string | null = null;
  return graph.everyEdge((_e, _a, s, t) => {
    if (!(s < t)) return false;
    const key = `${s}|${t}`;
    const ok = previousKey === null || previousKey < key;
    previousKey = key;
    return ok;
  });
}

/** The same graph with its nodes in id order and its ties in (lower id, higher id) order. */
function canonicalCopy(graph: AnalyticsGraph): AnalyticsGraph {
  const ordered: AnalyticsGraph = new UndirectedGraph();
  for (const id of graph.nodes().sort()) ordered.addNode(id, graph.getNodeAttributes(id));
  // Each tie's sort key is built once, not in every comparison (a dense powiat has 146k ties).
  const ties = graph.mapEdges((_e, attrs, s, t) =>
    s < t ? { s, t, key: `${s}|${t}`, attrs } : { s: t, t: s, key: `${t}|${s}`, attrs },
  );
  ties.sort((x, y) => (x.key < y.key ? -1 : 1));
  for (const { s, t, attrs } of ties) ordered.addEdge(s, t, attrs);
  return ordered;
}
