import { describe, expect, it } from 'vitest';
import type { Network } from '../network/types';
import { computeMeasure, NODE_SIZE_MAX, NODE_SIZE_MIN, nodeSize } from './measures';

// A star around b, plus an isolated d: b is the only broker.
const network: Network = {
  area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
  nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, type: 'INSTITUTION', sector: null, kind: null })),
  edges: [
    { id: 'a--b', source: 'a', target: 'b', weight: 3, kinds: ['PARTNERSHIP'], start: null, end: null },
    { id: 'b--c', source: 'b', target: 'c', weight: 1, kinds: ['PROJECT'], start: '2020-01-01', end: null },
  ],
};

describe('computeMeasure', () => {
  it('counts ties (degree) and their weights (strength)', () => {
    expect(Object.fromEntries(computeMeasure(network, 'degree').values)).toEqual({ a: 1, b: 2, c: 1 });
    expect(Object.fromEntries(computeMeasure(network, 'strength').values)).toEqual({ a: 3, b: 4, c: 1 });
  });

  it('finds the broker by betweenness', () => {
    const { values, measure } = computeMeasure(network, 'betweenness');
    expect(measure).toBe('betweenness');
    expect(values.get('b')).toBeGreaterThan(0);
    expect(values.get('a')).toBe(0);
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
