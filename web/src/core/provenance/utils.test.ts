import { describe, expect, it } from 'vitest';
import type { NetworkNode } from '../network/types';
import { tieOfEdge } from './utils';

const node = (id: string, type: NetworkNode['type']): NetworkNode => ({
  id,
  label: id,
  type,
  sector: null,
  kind: null,
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
