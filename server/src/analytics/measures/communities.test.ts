import { describe, expect, it } from 'vitest';
import { graphOf } from '../test-fixtures.js';
import { communities } from './communities.js';

// Two triangles joined by one bridge: the textbook two-community network.
const nodes: Array<[string, string]> = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, 'NGO']);
const ties: Array<[string, string]> = [
  ['a', 'b'],
  ['b', 'c'],
  ['a', 'c'],
  ['d', 'e'],
  ['e', 'f'],
  ['d', 'f'],
  ['c', 'd'],
];

describe('Louvain communities', () => {
  it('splits two bridged triangles, with modularity 2·(3/7 − (7/14)²) = 5/14', () => {
    const result = communities(graphOf(nodes, ties));
    expect(result.communities).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(result.membership).toMatchObject({ a: 0, c: 0, d: 1, f: 1 });
    expect(result.modularity).toBeCloseTo(5 / 14);
  });

  it('does not depend on the order the network arrives in', () => {
    const forward = communities(graphOf(nodes, ties));
    const backward = communities(graphOf([...nodes].reverse(), [...ties].reverse()));
    expect(backward).toEqual(forward);
  });

  it('puts each institution alone when there is no tie', () => {
    expect(
      communities(
        graphOf(
          [
            ['b', 'NGO'],
            ['a', 'NGO'],
          ],
          [],
        ),
      ),
    ).toEqual({
      communities: [['a'], ['b']],
      membership: { a: 0, b: 1 },
      modularity: null,
    });
  });
});
