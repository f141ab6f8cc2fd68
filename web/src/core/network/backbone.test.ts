import { describe, expect, it } from 'vitest';
import { ALL_TIES_MAX, autoK, backbone, EDGE_BUDGET, GROUPING_K, tieRanks } from './backbone';
import type { Network, NetworkEdge, NetworkNode } from './types';

const node = (id: string): NetworkNode => ({
  id,
  label: id,
  type: 'INSTITUTION',
  sector: 'NGO',
  kind: null,
  outside: false,
});
const edge = (source: string, target: string, weight: number): NetworkEdge => ({
  id: `${source}-${target}`,
  source,
  target,
  weight,
  kinds: ['PARTNERSHIP'],
  start: null,
  end: null,
  periods: [{ start: null, end: null }],
});
const area = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' as const };

/** A star around `hub` plus a chain, with distinct weights. */
const star: Network = {
  area,
  nodes: ['h', 'a', 'b', 'c', 'd'].map(node),
  edges: [edge('h', 'a', 5), edge('h', 'b', 4), edge('h', 'c', 3), edge('h', 'd', 2), edge('c', 'd', 1)],
};

/** A clique of n nodes, weight by pair so every node has a distinct order. */
function clique(n: number): Network {
  const nodes = Array.from({ length: n }, (_, i) => node(`n${String(i).padStart(4, '0')}`));
  const edges: NetworkEdge[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      edges.push(edge(nodes[i]?.id ?? '', nodes[j]?.id ?? '', 1 + ((i * 7 + j * 3) % 11)));
  return { area, nodes, edges };
}

describe('tieRanks', () => {
  it('gives each edge its best rank at either end', () => {
    const ranks = [...tieRanks(star.edges)];
    // h-a is the hub's heaviest; h-d is d's heaviest (rank 0 at d); c-d is c's second.
    expect(ranks).toEqual([0, 0, 0, 0, 1]);
  });

  it('breaks equal weights by id, the same on every run', () => {
    const edges = [edge('x', 'b', 1), edge('x', 'a', 1)];
    const twice = [tieRanks(edges), tieRanks([...edges].reverse())];
    expect([...(twice[0] ?? [])]).toEqual([0, 0]);
    expect([...(twice[1] ?? [])]).toEqual([0, 0]);
  });

  it('orders equal weights by source then target id, in any input order', () => {
    // At a, a-b and a-c weigh the same: a-b comes first by id. b and c each have a heavier tie,
    // so a-c's best rank is its rank at a (1).
    const edges = [edge('a', 'c', 1), edge('a', 'b', 1), edge('b', 'm', 5), edge('c', 'n', 5)];
    const ranks = (list: NetworkEdge[]) => {
      const r = tieRanks(list);
      return Object.fromEntries(list.map((e, i) => [e.id, r[i]]));
    };
    expect(ranks(edges)).toEqual({ 'a-c': 1, 'a-b': 0, 'b-m': 0, 'c-n': 0 });
    expect(ranks([...edges].reverse())).toEqual(ranks(edges));
    // A hub with more equal ties than it keeps: the same ranks in any order.
    const hub = Array.from({ length: 14 }, (_, i) => [
      edge('hub', `o${String(i).padStart(2, '0')}`, 1),
      edge(`o${String(i).padStart(2, '0')}`, `m${i}`, 2),
    ]).flat();
    const shuffled = [...hub].sort((x, y) => (x.target < y.target ? 1 : -1));
    expect(ranks(shuffled)).toEqual(ranks(hub));
  });
});

describe('backbone', () => {
  it('keeps each node’s k heaviest ties and every node', () => {
    const net = clique(30);
    const thin = backbone(net, '2');
    expect(thin.k).toBe(2);
    expect(thin.network.nodes).toBe(net.nodes);
    expect(thin.total).toBe(435);
    expect(thin.shown).toBe(thin.network.edges.length);
    expect(thin.shown).toBeLessThanOrEqual(2 * 30);
    // Every node keeps its two heaviest ties.
    for (const { id } of net.nodes) {
      const mine = net.edges.filter((e) => e.source === id || e.target === id);
      const best = [...mine].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1)).slice(0, 2);
      for (const e of best) expect(thin.network.edges).toContain(e);
    }
  });

  it('draws every tie of an ordinary area', () => {
    expect(backbone(star, 'auto')).toMatchObject({ k: null, shown: 5, total: 5 });
    expect(backbone(star, 'auto').network).toBe(star);
  });

  it('thins a dense area under the budget on auto', () => {
    const net = clique(120); // 7,140 ties, above the 4,000 budget
    const thin = backbone(net, 'auto');
    expect(thin.k).not.toBeNull();
    expect(thin.shown).toBeLessThanOrEqual(EDGE_BUDGET);
    expect(thin.shown).toBeGreaterThan(0);
  });

  it('draws all ties on request, unless there are too many to draw', () => {
    const net = clique(120);
    expect(backbone(net, 'all').shown).toBe(7140);
    const huge = clique(450);
    expect(huge.edges.length).toBeGreaterThan(ALL_TIES_MAX);
    expect(backbone(huge, 'all').shown).toBeLessThanOrEqual(EDGE_BUDGET);
  });
});

describe('grouping', () => {
  it('is the drawn ties, or each node’s GROUPING_K strongest when fewer are drawn', () => {
    const net = clique(30);
    const two = backbone(net, String(GROUPING_K) as '2');
    expect(two.grouping).toBe(two.network.edges);
    const one = backbone(net, '1');
    expect(one.network.edges.length).toBeLessThan(two.network.edges.length);
    expect(one.grouping).toEqual(two.network.edges);
    expect(backbone(star, 'auto').grouping).toBe(star.edges);
  });
});

describe('autoK', () => {
  it('never draws more than EDGES_MAX ties on auto while one per node fits', () => {
    // 10,000 nodes whose ranks 0 and 1 hold 8,000 edges each: two per node (16,000) is within
    // 2·nodes but above EDGES_MAX, so one per node.
    const ranks = Float64Array.from({ length: 40_000 }, (_, i) => i % 5);
    expect(autoK(10_000, ranks)).toBe(1);
    // 5,000 nodes, 2,000 ties per rank: k = 5 keeps EDGES_MAX (= 2·nodes) exactly, as before.
    expect(
      autoK(
        5_000,
        Float64Array.from({ length: 20_000 }, (_, i) => i % 10),
      ),
    ).toBe(5);
  });

  it('picks the densest k that fits', () => {
    // 10,000 ties where rank r has 1,000 edges (r < 10): k = 5 keeps 5,000 > budget 4,000, k = 3 fits.
    const ranks = Float64Array.from({ length: 10_000 }, (_, i) => i % 10);
    expect(autoK(100, ranks)).toBe(3);
    expect(autoK(5_000, ranks)).toBeNull();
  });
});
