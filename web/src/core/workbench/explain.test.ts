import { describe, expect, it } from 'vitest';
import { noCandidateReasons, widerArea } from './explain';

const sectors = (pub: number, market: number, ngo: number, se: number) => [
  { sector: 'PUBLIC', institutions: pub },
  { sector: 'MARKET', institutions: market },
  { sector: 'NGO', institutions: ngo },
  { sector: 'SOCIAL_ECONOMY', institutions: se },
];

describe('noCandidateReasons', () => {
  it('a complete network with two sectors: all tied, and the two sectors nobody is seated in', () => {
    // Powiat ostrowiecki in the demo: 2 public + 1 NGO, all three tied.
    expect(noCandidateReasons({ institutions: 3, ties: 3, sectors: sectors(2, 0, 1, 0) })).toEqual([
      { code: 'ALL_TIED', ties: 3 },
      { code: 'SECTOR_NOT_SEATED', sector: 'MARKET' },
      { code: 'SECTOR_NOT_SEATED', sector: 'SOCIAL_ECONOMY' },
    ]);
  });

  it('one institution: too few, never "all tied"', () => {
    expect(noCandidateReasons({ institutions: 1, ties: 0, sectors: sectors(1, 1, 1, 1) })).toEqual([
      { code: 'TOO_FEW', institutions: 1 },
    ]);
  });

  it('untied pairs left and every sector present: no reason (the finder should have found some)', () => {
    expect(noCandidateReasons({ institutions: 4, ties: 2, sectors: sectors(1, 1, 1, 1) })).toEqual([]);
  });
});

describe('widerArea', () => {
  it('gmina → powiat → voivodeship → none', () => {
    expect(widerArea('2607043')).toBe('2607');
    expect(widerArea('2607')).toBe('26');
    expect(widerArea('26')).toBeNull();
  });
});
