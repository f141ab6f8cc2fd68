import { describe, expect, it } from 'vitest';
import { sectorsOf, sixNodesSectors } from '../test-fixtures.js';
import { sectorMatrix } from './sector-matrix.js';

const block = (m: ReturnType<typeof sectorMatrix>, from: string, to: string) =>
  m.blocks.find((b) => b.from === from && b.to === to);

describe('sectorMatrix', () => {
  it('counts ties and block densities of the six-node network', () => {
    const m = sectorMatrix(sixNodesSectors());
    expect(m.sectors).toEqual([
      { sector: 'PUBLIC', institutions: 2 },
      { sector: 'MARKET', institutions: 1 },
      { sector: 'NGO', institutions: 2 },
      { sector: 'SOCIAL_ECONOMY', institutions: 1 },
    ]);
    expect(m).toMatchObject({ institutions: 6, ties: 7 });
    // Within a block: ties / (n(n−1)/2). Two public institutions can hold 1 tie, and do.
    expect(block(m, 'PUBLIC', 'PUBLIC')).toMatchObject({ ties: 1, weight: 2, possible: 1, density: 1 });
    expect(block(m, 'NGO', 'NGO')).toMatchObject({ ties: 1, possible: 1, density: 1 });
    // One institution alone cannot tie to its own sector: no density.
    expect(block(m, 'SOCIAL_ECONOMY', 'SOCIAL_ECONOMY')).toMatchObject({
      ties: 0,
      possible: 0,
      density: null,
    });
    // Between blocks: ties / (n_a · n_b). P1–N1 and P2–N1 of 2 · 2 possible.
    expect(block(m, 'PUBLIC', 'NGO')).toMatchObject({ ties: 2, possible: 4, density: 0.5 });
    expect(block(m, 'NGO', 'PUBLIC')).toMatchObject({ ties: 2, possible: 4, density: 0.5 });
    expect(block(m, 'PUBLIC', 'SOCIAL_ECONOMY')).toMatchObject({ ties: 1, possible: 2, density: 0.5 });
    expect(block(m, 'SOCIAL_ECONOMY', 'MARKET')).toMatchObject({
      ties: 1,
      weight: 3,
      possible: 1,
      density: 1,
    });
    expect(block(m, 'PUBLIC', 'MARKET')).toMatchObject({ ties: 0, possible: 2, density: 0 });
    expect(m.blocks).toHaveLength(16);
  });

  it('adds an UNKNOWN row only when some institution has no sector', () => {
    const m = sectorMatrix(
      sectorsOf(
        [
          ['a', null],
          ['b', 'PUBLIC'],
        ],
        [['a', 'b']],
      ),
    );
    expect(m.sectors.map((s) => s.sector)).toEqual(['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY', 'UNKNOWN']);
    expect(block(m, 'UNKNOWN', 'PUBLIC')).toMatchObject({ ties: 1, possible: 1, density: 1 });
  });

  it('gives no density for an empty network', () => {
    const m = sectorMatrix(sectorsOf([], []));
    expect(m.blocks.every((b) => b.density === null && b.ties === 0)).toBe(true);
  });
});
