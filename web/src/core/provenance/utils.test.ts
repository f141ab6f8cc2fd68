import { describe, expect, it } from 'vitest';
import type { NetworkNode } from '../network/types';
import { edgeBetween, tieOfEdge } from './utils';

const node = (id: string, type: NetworkNode['type']): NetworkNode => ({
  id,
  label: id,
  type,
  sector: null,
  kind: null,
  outside: false,
});
const nodes = [
  node('a', 'INSTITUTION'),
  node('b', 'INSTITUTION'),
  node('p', 'PARTNERSHIP'),
  node('c', 'COLLABORATION'),
];

describe('tieOfEdge', () => {
  it('reads a one-mode line as two institutions', () => {
    expect(tieOfEdge({ source: 'a', target: 'b' }, nodes)).toEqual({ kind: 'institutions', a: 'a', b: 'b' });
  });

  it('reads a two-mode line as an institution in one affiliation, whichever end comes first', () => {
    expect(tieOfEdge({ source: 'a', target: 'p' }, nodes)).toEqual({
      kind: 'membership',
      institution: 'a',
      affiliation: 'p',
    });
    expect(tieOfEdge({ source: 'c', target: 'b' }, nodes)).toEqual({
      kind: 'membership',
      institution: 'b',
      affiliation: 'c',
    });
  });

  it('gives null for a line whose ends are not drawn or are both affiliations', () => {
    expect(tieOfEdge({ source: 'a', target: 'gone' }, nodes)).toBeNull();
    expect(tieOfEdge({ source: 'p', target: 'c' }, nodes)).toBeNull();
  });
});

describe('edgeBetween', () => {
  const edge = (id: string, source: string, target: string) => ({
    id,
    source,
    target,
    weight: 1,
    kinds: [],
    start: null,
    end: null,
    periods: [{ start: null, end: null }],
  });
  const network = { edges: [edge('a--b', 'a', 'b'), edge('a->p', 'a', 'p')] };
  it('finds the drawn line in either direction', () => {
    expect(edgeBetween(network, { source: 'b', target: 'a' })).toBe('a--b');
    expect(edgeBetween(network, { source: 'a', target: 'p' })).toBe('a->p');
  });
  it('is null without a line or a network', () => {
    expect(edgeBetween(network, { source: 'b', target: 'p' })).toBeNull();
    expect(edgeBetween(null, { source: 'a', target: 'b' })).toBeNull();
  });
});
