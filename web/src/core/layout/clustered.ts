import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Network, NetworkEdge } from '../network/types';

export interface Point {
  x: number;
  y: number;
}

/** Distance between neighbouring nodes inside a group (px at zoom 1). */
export const NODE_SPACING = 30;
/** Gap between groups. */
const GROUP_GAP = 3 * NODE_SPACING;
/** The golden angle: consecutive nodes of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Width : height of the packed picture, about a wide screen's. */
const ASPECT = 1.6;

/** A small seeded generator (mulberry32), so Louvain and hence the picture are the same every time. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Groups of nodes that tie mostly among themselves (Louvain on the weighted ties), each as a list
 * of ids with its best-tied nodes first. Isolated nodes form one group of their own, last.
 * `ties` (default: the network's) are the ties to group by.
 */
export function tieGroups(network: Network, ties: readonly NetworkEdge[] = network.edges): string[][] {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of network.nodes) graph.mergeNode(node.id);
  for (const edge of ties) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.updateEdge(edge.source, edge.target, (attr) => ({ weight: (attr.weight ?? 0) + edge.weight }));
  }
  const community = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seeded(1) }) : {};
  const strength = new Map<string, number>();
  graph.forEachEdge((_, attr, source, target) => {
    strength.set(source, (strength.get(source) ?? 0) + attr.weight);
    strength.set(target, (strength.get(target) ?? 0) + attr.weight);
  });
  const byCommunity = new Map<number, string[]>();
  const isolated: string[] = [];
  graph.forEachNode((id) => {
    const c = community[id];
    if (c === undefined || graph.degree(id) === 0) {
      isolated.push(id);
      return;
    }
    const list = byCommunity.get(c);
    if (list) list.push(id);
    else byCommunity.set(c, [id]);
  });
  const groups = orderGroups([...byCommunity.values()], community, graph);
  for (const group of groups) group.sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0));
  if (isolated.length > 0) groups.push(isolated);
  return groups;
}

/**
 * Largest group first, then breadth first over the ties between groups, so groups that tie to
 * each other are packed side by side and the few long edges stay short.
 */
function orderGroups(
  groups: string[][],
  community: Record<string, number>,
  graph: UndirectedGraph<Record<string, never>, { weight: number }>,
): string[][] {
  const index = new Map<number, number>();
  groups.forEach((group, i) => {
    index.set(community[group[0] as string] as number, i);
  });
  const links = groups.map(() => new Map<number, number>());
  graph.forEachEdge((_, attr, source, target) => {
    const a = index.get(community[source] as number);
    const b = index.get(community[target] as number);
    if (a === undefined || b === undefined || a === b) return;
    links[a]?.set(b, (links[a]?.get(b) ?? 0) + attr.weight);
    links[b]?.set(a, (links[b]?.get(a) ?? 0) + attr.weight);
  });
  const bySize = groups.map((_, i) => i).sort((a, b) => (groups[b]?.length ?? 0) - (groups[a]?.length ?? 0));
  const seen = new Set<number>();
  const order: number[] = [];
  for (const start of bySize) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    while (queue.length > 0) {
      const at = queue.shift() as number;
      order.push(at);
      const next = [...(links[at]?.entries() ?? [])]
        .filter(([g]) => !seen.has(g))
        .sort((x, y) => y[1] - x[1]);
      for (const [g] of next) {
        seen.add(g);
        queue.push(g);
      }
    }
  }
  return order.map((i) => groups[i] as string[]);
}

/** Radius of a sunflower of n nodes. */
const radiusOf = (n: number) => NODE_SPACING * Math.sqrt(Math.max(n, 1)) + NODE_SPACING / 2;

/**
 * Positions for a large network without a force layout: each tie group (see tieGroups) is a
 * sunflower spiral with its best-tied nodes in the middle, and the groups are packed in rows,
 * tied groups next to each other. Linear in the ties after Louvain; what the canvas shows first
 * on networks too big for fcose in the time a user waits.
 */
export function clusteredPositions(network: Network): Map<string, Point> {
  return clusteredLayout(network).positions;
}

export interface ClusteredLayout {
  positions: Map<string, Point>;
  /** The group (index into tieGroups' order) of every node. */
  groups: Map<string, number>;
}

/**
 * clusteredPositions, with the group of each node (ties between groups are drawn lighter);
 * `ties` (default: the network's) are the ties to group by (Backbone.grouping).
 */
export function clusteredLayout(
  network: Network,
  ties: readonly NetworkEdge[] = network.edges,
): ClusteredLayout {
  const groups = tieGroups(network, ties);
  const positions = new Map<string, Point>();
  const groupOf = new Map<string, number>();
  groups.forEach((group, g) => {
    for (const id of group) groupOf.set(id, g);
  });
  const area = groups.reduce((sum, g) => sum + (2 * radiusOf(g.length) + GROUP_GAP) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area * ASPECT), 2 * radiusOf(groups[0]?.length ?? 1));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const group of groups) {
    const r = radiusOf(group.length);
    if (x > 0 && x + 2 * r > rowWidth) {
      x = 0;
      y += rowHeight + GROUP_GAP;
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r;
    group.forEach((id, i) => {
      const distance = NODE_SPACING * Math.sqrt(i);
      positions.set(id, {
        x: cx + distance * Math.cos(i * GOLDEN_ANGLE),
        y: cy + distance * Math.sin(i * GOLDEN_ANGLE),
      });
    });
    x += 2 * r + GROUP_GAP;
    rowHeight = Math.max(rowHeight, 2 * r);
  }
  return { positions, groups: groupOf };
}

/**
 * The zoom and pan that fit the positions (plus `margin` around each point, e.g. half the largest
 * node) in a width × height viewport with `padding`, at most `maxZoom`. Cytoscape's own fit
 * measures every element's rendered box: seconds on 10,000 nodes, where the positions say it.
 */
export function fitViewport(
  positions: ReadonlyMap<string, Point>,
  width: number,
  height: number,
  { padding = 40, margin = 25, maxZoom = 1.5 } = {},
): { zoom: number; pan: Point } {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { x, y } of positions.values()) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (positions.size === 0) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const w = maxX - minX + 2 * margin;
  const h = maxY - minY + 2 * margin;
  const zoom = Math.min(
    maxZoom,
    Math.max(1e-3, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h)),
  );
  return {
    zoom,
    pan: { x: width / 2 - zoom * ((minX + maxX) / 2), y: height / 2 - zoom * ((minY + maxY) / 2) },
  };
}
