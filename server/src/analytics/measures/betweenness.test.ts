import { describe, expect, it } from 'vitest';
import { betweenness, graphOf } from '../test-fixtures.js';

describe('betweenness', () => {
  it('counts the pairs of others whose shortest paths pass through a node (path a–b–c–d)', () => {
    const b = betweenness(
      graphOf(
        [
          ['a', 'NGO'],
          ['b', 'NGO'],
          ['c', 'NGO'],
          ['d', 'NGO'],
        ],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'd'],
        ],
      ),
    );
    // b lies on a–c and a–d; c on a–d and b–d. Three pairs of others each: 2/3 normalised.
    expect(b.b).toEqual({ raw: 2, normalized: 2 / 3 });
    expect(b.c).toEqual({ raw: 2, normalized: 2 / 3 });
    expect(b.a).toEqual({ raw: 0, normalized: 0 });
  });

  it('gives the centre of a star every pair of leaves (normalised 1)', () => {
    const leaves = ['l1', 'l2', 'l3', 'l4'];
    const star = graphOf(
      [['c', 'PUBLIC'], ...leaves.map((l): [string, string] => [l, 'NGO'])],
      leaves.map((l): [string, string] => ['c', l]),
    );
    expect(betweenness(star).c).toEqual({ raw: 6, normalized: 1 });
  });

  it('counts hops, not weights: a heavy direct tie is still the shortest path', () => {
    // With the weight read as a distance, a–c (10) would go through b (1 + 1).
    const g = graphOf(
      [
        ['a', 'NGO'],
        ['b', 'NGO'],
        ['c', 'NGO'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c', 10],
      ],
    );
    expect(betweenness(g).b?.raw).toBe(0);
  });
});
