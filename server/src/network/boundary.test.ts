import { describe, expect, it } from 'vitest';
import { boundaryCuts, joinOutsiders } from './boundary.js';
import type { AffiliationGroup } from './build-network.js';

const group = (affiliation: string, members: string[], label = affiliation): AffiliationGroup => ({
  affiliation,
  type: 'PARTNERSHIP',
  label,
  tieKind: 'PARTNERSHIP',
  members: members.map((id) => [id, '2020-01-01', null]),
});

describe('joinOutsiders', () => {
  it('adds an outside partner to the small affiliation it was reached through, never to a cut one', () => {
    // a and b are inside; x outside shares the small S with a and the national N with a and b.
    const groups = [group('S', ['a']), group('N', ['a', 'b'])];
    const theirs = [group('S', ['x']), group('N', ['x', 'y']), group('elsewhere', ['x'])];
    const added = joinOutsiders(groups, theirs, new Set(['a', 'b']), new Map([['N', 240]]));
    expect([...added]).toEqual(['x']);
    expect(groups.map((g) => [g.affiliation, g.members.map((m) => m[0])])).toEqual([
      ['S', ['a', 'x']],
      ['N', ['a', 'b']],
    ]);
  });

  it('adds no one reached only through a cut affiliation', () => {
    const groups = [group('N', ['a'])];
    expect(joinOutsiders(groups, [group('N', ['x'])], new Set(['a']), new Map([['N', 99]])).size).toBe(0);
    expect(groups[0]?.members).toHaveLength(1);
  });
});

describe('boundaryCuts', () => {
  it('lists the cut affiliations largest first, then by Polish name, with their members inside', () => {
    const groups = [
      group('p1', ['a'], 'Łączy nas'),
      group('p2', ['a', 'b', 'b'], 'Ład'),
      group('p3', ['a'], 'Z'),
    ];
    const large = new Map([
      ['p1', 60],
      ['p2', 60],
      ['p3', 300],
    ]);
    expect(boundaryCuts(groups, large).map((c) => [c.id, c.members, c.inside])).toEqual([
      ['p3', 300, 1],
      ['p2', 60, 2],
      ['p1', 60, 1],
    ]);
  });
});
