import { describe, expect, it } from 'vitest';
import type { Network, NetworkEdge, NetworkNode } from '../network/types';
import { clusteredPositions, fitViewport, NODE_SPACING, type Point, tieGroups } from './clustered';

const node = (id: string): NetworkNode => ({
  id,
  label: id,
  type: 'INSTITUTION',
  sector: 'NGO',
  kind: null,
  outside: false,
});
const edge = (source: string, target: string, weight = 1): NetworkEdge => ({
  id: `${source}-${target}`,
  source,
  target,
  weight,
  kinds: ['PARTNERSHIP'],
  start: null,
  end: null,
  periods: [{ start: null, end: null }],
});

/** Two cliques (a0…a9, b0…b5) joined by one light tie, plus two isolated nodes. */
function twoCliques(): Network {
  const a = Array.from({ length: 10 }, (_, i) => `a${i}`);
  const b = Array.from({ length: 6 }, (_, i) => `b${i}`);
  const edges: NetworkEdge[] = [];
  for (const group of [a, b])
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) edges.push(edge(group[i] as string, group[j] as string, 3));
  edges.push(edge('a0', 'b0', 1));
  return {
    area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
    nodes: [...a, ...b, 'lone1', 'lone2'].map(node),
    edges,
  };
}

const centroid = (points: Point[]): Point => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
});
const dist = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);

describe('tieGroups', () => {
  it('groups by the ties it is given, not only the drawn ones', () => {
    const net = twoCliques();
    // Drawn: only the light tie between the cliques; grouped by: every tie.
    const drawn = { ...net, edges: net.edges.filter((e) => e.source === 'a0' && e.target === 'b0') };
    const byDrawn = tieGroups(drawn);
    expect(byDrawn[0]).toHaveLength(2);
    const byAll = tieGroups(drawn, net.edges);
    expect(byAll.map((g) => g.length)).toEqual([10, 6, 2]);
  });

  it('finds the two cliques, largest first, and puts isolated nodes last', () => {
    const groups = tieGroups(twoCliques());
    expect(groups.map((g) => [...g].sort())).toEqual([
      Array.from({ length: 10 }, (_, i) => `a${i}`),
      Array.from({ length: 6 }, (_, i) => `b${i}`),
      ['lone1', 'lone2'],
    ]);
    // The best-tied node leads its group (a0 has the extra tie to b0).
    expect(groups[0]?.[0]).toBe('a0');
  });

  it('copes with a network without ties', () => {
    const net = { ...twoCliques(), edges: [] };
    expect(tieGroups(net)).toHaveLength(1);
  });
});

describe('clusteredPositions', () => {
  const net = twoCliques();
  const positions = clusteredPositions(net);

  it('places every node once, never two on one spot', () => {
    expect(positions.size).toBe(net.nodes.length);
    const points = [...positions.values()];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(dist(points[i] as Point, points[j] as Point)).toBeGreaterThan(NODE_SPACING / 2);
  });

  it('keeps each group together and apart from the others', () => {
    const of = (prefix: string) => [...positions].filter(([id]) => id.startsWith(prefix)).map(([, p]) => p);
    const a = of('a');
    const b = of('b');
    const ca = centroid(a);
    const cb = centroid(b);
    const spreadA = Math.max(...a.map((p) => dist(p, ca)));
    const spreadB = Math.max(...b.map((p) => dist(p, cb)));
    expect(dist(ca, cb)).toBeGreaterThan(spreadA + spreadB);
  });

  it('gives the same picture every time', () => {
    expect([...clusteredPositions(twoCliques())]).toEqual([...positions]);
  });
});

describe('fitViewport', () => {
  it('centres the points and fits them with padding', () => {
    const points = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 1000, y: 500 }],
    ]);
    const { zoom, pan } = fitViewport(points, 600, 400, { padding: 50, margin: 0 });
    expect(zoom).toBeCloseTo(0.5); // 500 px of room for 1,000 wide
    // The middle of the points lands in the middle of the viewport.
    expect(pan.x + zoom * 500).toBeCloseTo(300);
    expect(pan.y + zoom * 250).toBeCloseTo(200);
  });

  it('does not blow up a single point', () => {
    const { zoom } = fitViewport(new Map([['a', { x: 5, y: 5 }]]), 600, 400, { maxZoom: 1.5 });
    expect(zoom).toBe(1.5);
  });
});
