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

  it('gives a web of partnerships the same communities whether it arrives in id order or shuffled', () => {
    // Ids of different lengths ("n1" before "n10" but "n1|…" after "n10|…"): the canonical order
    // is by id pair, which the walk without a copy must match exactly.
    let x = 7;
    const next = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
    const ids = Array.from({ length: 60 }, (_v, i) => `n${i}`).sort();
    const pairs = new Map<string, [string, string]>();
    for (let p = 0; p < 40; p++) {
      const members = [
        ...new Set(
          Array.from({ length: 2 + Math.floor(next() * 5) }, () => ids[Math.floor(next() * 60)] as string),
        ),
      ];
      for (const a of members) for (const b of members) if (a < b) pairs.set(`${a}|${b}`, [a, b]);
    }
    const canonical = [...pairs.keys()].sort().map((k) => pairs.get(k) as [string, string]);
    const shuffled = [...canonical]
      .sort(() => next() - 0.5)
      .map(([a, b]): [string, string] => (next() < 0.5 ? [b, a] : [a, b]));
    const inOrder = communities(
      graphOf(
        ids.map((id): [string, string] => [id, 'NGO']),
        canonical,
      ),
    );
    const scrambled = communities(
      graphOf(
        [...ids].reverse().map((id): [string, string] => [id, 'NGO']),
        shuffled,
      ),
    );
    expect(scrambled).toEqual(inOrder);
    expect(inOrder.communities.length).toBeGreaterThan(1);
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
