import { describe, expect, it } from 'vitest';
import { brokerageRoles, graphOf } from '../test-fixtures.js';

describe('Gould–Fernandez brokerage (undirected, sector as group)', () => {
  // The textbook star: broker b (public) between two public, two NGO and one market institution.
  // Its ten pairs of partners, worked by hand:
  //   a1–a2                       all public                   → coordinator  1
  //   n1–n2                       both NGO, b public           → consultant   1
  //   a1–n1 a1–n2 a2–n1 a2–n2
  //   a1–m1 a2–m1                 b shares a sector with one   → gatekeeper = representative 6
  //   n1–m1 n2–m1                 three sectors                → liaison      2
  const star = (extra: Array<[string, string]> = []) =>
    graphOf(
      [
        ['b', 'PUBLIC'],
        ['a1', 'PUBLIC'],
        ['a2', 'PUBLIC'],
        ['n1', 'NGO'],
        ['n2', 'NGO'],
        ['m1', 'MARKET'],
      ],
      [['b', 'a1'], ['b', 'a2'], ['b', 'n1'], ['b', 'n2'], ['b', 'm1'], ...extra],
    );

  it('classifies every open two-path through the broker', () => {
    expect(brokerageRoles(star()).b).toEqual({
      coordinator: 1,
      consultant: 1,
      representative: 6,
      gatekeeper: 6,
      liaison: 2,
      total: 10,
      crossSector: 9,
    });
  });

  it('leaves out closed triads: once n1 and m1 are tied, b no longer brokers between them', () => {
    const roles = brokerageRoles(star([['n1', 'm1']]));
    expect(roles.b).toMatchObject({ liaison: 1, total: 9 });
    // n1's partners b and m1 are tied to each other: nothing to broker.
    expect(roles.n1?.total).toBe(0);
  });

  it('gives leaves nothing to broker', () => {
    const roles = brokerageRoles(star());
    for (const leaf of ['a1', 'a2', 'n1', 'n2', 'm1']) expect(roles[leaf]?.total).toBe(0);
  });

  it('finds the consultant in a path NGO – public – NGO', () => {
    const roles = brokerageRoles(
      graphOf(
        [
          ['x', 'NGO'],
          ['y', 'PUBLIC'],
          ['z', 'NGO'],
        ],
        [
          ['x', 'y'],
          ['y', 'z'],
        ],
      ),
    );
    expect(roles.y).toMatchObject({ consultant: 1, total: 1, crossSector: 1, coordinator: 0 });
  });
});
