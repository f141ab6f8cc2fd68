import { describe, expect, it } from 'vitest';
import type { Network } from '../network/types';
import { computeMeasure, NODE_SIZE_MAX, NODE_SIZE_MIN, nodeSize } from './measures';
import { sizesFor } from './utils';

// A star around b, plus an isolated d: b is the only broker.
const network: Network = {
  area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
  nodes: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    label: id,
    type: 'INSTITUTION',
    sector: null,
    kind: null,
    outside: false,
  })),
  edges: [
    {
      id: 'a--b',
      source: 'a',
      target: 'b',
      weight: 3,
      kinds: ['PARTNERSHIP'],
      start: null,
      end: null,
      periods: [{ start: null, end: null }],
    },
    {
      id: 'b--c',
      source: 'b',
      target: 'c',
      weight: 1,
      kinds: ['PROJECT'],
      start: '2020-01-01',
      end: null,
      periods: [{ start: '2020-01-01', end: null }],
    },
  ],
};

describe('computeMeasure', () => {
  it('counts ties (degree) and their weights (strength)', () => {
    expect(Object.fromEntries(computeMeasure(network, 'degree').values)).toEqual({ a: 1, b: 2, c: 1, d: 0 });
    expect(Object.fromEntries(computeMeasure(network, 'weightedDegree').values)).toEqual({
      a: 3,
      b: 4,
      c: 1,
      d: 0,
    });
  });

  it('gives an isolate 0, so equally tied nodes beside it are still told apart from it', () => {
    const triangle: Network = {
      ...network,
      edges: [
        ...network.edges,
        { ...(network.edges[0] as Network['edges'][number]), id: 'a--c', target: 'c' },
      ],
    };
    const { values } = computeMeasure(triangle, 'degree');
    expect(values.get('d')).toBe(0);
    const size = sizesFor(values);
    expect(size('a')).toBe(NODE_SIZE_MAX);
    expect(size('d')).toBe(NODE_SIZE_MIN);
  });

  it('finds the broker by betweenness', () => {
    const { values, measure } = computeMeasure(network, 'betweenness');
    expect(measure).toBe('betweenness');
    expect(values.get('b')).toBeGreaterThan(0);
    expect(values.get('a')).toBe(0);
  });

  it('counts the pairs of partners a node alone connects (brokerage, all roles), as worked out by hand', () => {
    // b's partners: a (NGO), c (NGO), e (PUBLIC); a–c tied. Pairs not tied to each other:
    // a–e, c–e → 2. e's partners b, f (not tied): one pair, within e's own sector → 1.
    const sectors: Record<string, Network['nodes'][number]['sector']> = {
      a: 'NGO',
      b: 'PUBLIC',
      c: 'NGO',
      e: 'PUBLIC',
      f: 'PUBLIC',
    };
    const tie = (source: string, target: string) => ({
      id: `${source}--${target}`,
      source,
      target,
      weight: 1,
      kinds: ['PARTNERSHIP' as const],
      start: null,
      end: null,
      periods: [{ start: null, end: null }],
    });
    const mixed: Network = {
      area: network.area,
      nodes: Object.entries(sectors).map(([id, sector]) => ({
        id,
        label: id,
        type: 'INSTITUTION',
        sector,
        kind: null,
        outside: false,
      })),
      edges: [tie('a', 'b'), tie('b', 'c'), tie('a', 'c'), tie('b', 'e'), tie('e', 'f')],
    };
    const { values, measure } = computeMeasure(mixed, 'brokerage');
    expect(measure).toBe('brokerage');
    expect(Object.fromEntries(values)).toEqual({ a: 0, b: 2, c: 0, e: 1, f: 0 });
    // Without the b–e tie, b's partners a and c know each other: b connects nobody.
    expect(computeMeasure(mixed, 'brokerage', new Set(['b--e'])).values.get('b')).toBe(0);
    // Across sectors only: e's pair (b, f) lies within its own sector and drops out.
    expect(Object.fromEntries(computeMeasure(mixed, 'crossSector').values)).toEqual({
      a: 0,
      b: 2,
      c: 0,
      e: 0,
      f: 0,
    });
  });

  it('falls back to degree for a sector-based measure in the two-mode view', () => {
    const twoMode: Network = {
      ...network,
      nodes: [
        ...network.nodes,
        { id: 'p', label: 'p', type: 'PARTNERSHIP', sector: null, kind: null, outside: false },
      ],
    };
    expect(computeMeasure(twoMode, 'brokerage').measure).toBe('degree');
    expect(computeMeasure(twoMode, 'eiIndex').measure).toBe('degree');
  });

  it('ignores ties hidden by the date', () => {
    expect(computeMeasure(network, 'degree', new Set(['b--c'])).values.get('b')).toBe(1);
  });

  it('gives nothing for "none"', () => {
    expect(computeMeasure(network, 'none').values.size).toBe(0);
  });
});

describe('nodeSize', () => {
  it('grows with the value, within bounds', () => {
    expect(nodeSize(0, 10)).toBe(NODE_SIZE_MIN);
    expect(nodeSize(10, 10)).toBe(NODE_SIZE_MAX);
    expect(nodeSize(5, 10)).toBeGreaterThan(nodeSize(1, 10));
    expect(nodeSize(3, 0)).toBe(NODE_SIZE_MIN);
  });
});
