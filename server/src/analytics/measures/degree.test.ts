import { describe, expect, it } from 'vitest';
import { degrees, sixNodes, weightedDegrees } from '../test-fixtures.js';

describe('degree and weighted degree', () => {
  it('count partners and shared affiliations in the six-node network', () => {
    const g = sixNodes();
    // P1: P2 (weight 2), N1, S1 · S1: N2, M1 (weight 3), P1.
    expect(degrees(g)).toMatchObject({ P1: 3, P2: 2, N1: 3, N2: 2, S1: 3, M1: 1 });
    expect(weightedDegrees(g)).toMatchObject({ P1: 4, P2: 3, N1: 3, N2: 2, S1: 5, M1: 3 });
  });
});
