import { describe, expect, it } from 'vitest';
import { sectorsOf, sixNodesSectors } from '../test-fixtures.js';
import { eiIndex } from './ei-index.js';

describe('eiIndex (Krackhardt)', () => {
  const ei = eiIndex(sixNodesSectors());

  it('is (E − I) / (E + I) over the whole area: 2 internal, 5 external ties → 3/7', () => {
    expect(ei.area).toEqual({ internal: 2, external: 5, ei: 3 / 7 });
  });

  it('per sector counts the ties touching the sector', () => {
    const of = (s: string) => ei.sectors.find((x) => x.sector === s);
    // Public: P1–P2 inside; P1–N1, P2–N1, P1–S1 out → (3 − 1) / 4.
    expect(of('PUBLIC')).toEqual({ sector: 'PUBLIC', internal: 1, external: 3, ei: 0.5 });
    expect(of('NGO')).toEqual({ sector: 'NGO', internal: 1, external: 3, ei: 0.5 });
    expect(of('SOCIAL_ECONOMY')).toMatchObject({ internal: 0, external: 3, ei: 1 });
    expect(of('MARKET')).toMatchObject({ internal: 0, external: 1, ei: 1 });
  });

  it('per institution counts its own ties', () => {
    const of = (id: string) => ei.institutions.find((x) => x.id === id)?.ei;
    expect(of('P1')).toBeCloseTo(1 / 3); // P2 inside; N1, S1 outside
    expect(of('P2')).toBe(0); // P1 inside; N1 outside
    expect(of('N1')).toBeCloseTo(1 / 3);
    expect(of('N2')).toBe(0);
    expect(of('S1')).toBe(1);
    expect(of('M1')).toBe(1);
  });

  it('is undefined (null) without ties', () => {
    const lone = eiIndex(sectorsOf([['a', 'NGO']], []));
    expect(lone.area.ei).toBeNull();
    expect(lone.institutions[0]?.ei).toBeNull();
  });

  it('is −1 for a network closed within one sector', () => {
    const closed = eiIndex(
      sectorsOf(
        [
          ['a', 'NGO'],
          ['b', 'NGO'],
          ['c', 'NGO'],
        ],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
    );
    expect(closed.area).toEqual({ internal: 2, external: 0, ei: -1 });
  });
});
