import { describe, expect, it } from 'vitest';
import { egoGaps, type Place } from './ego-gaps.js';
import { restGroups } from './rest-groups.js';

// A CIS whose only partner is a PUP: public sector thin (1.5), market and NGO absent (3 each), its own
// social economy sector scores nothing. Its paired kinds: OPS (absent, 2), PUP (present, 1),
// social cooperative and company (absent, 2).
const ego: Place = { id: 'E', label: 'CIS', kind: 'CIS', sector: 'SOCIAL_ECONOMY', teryt: '2607022' };
const partners: Place[] = [{ id: 'P', label: 'PUP', kind: 'PUP', sector: 'PUBLIC', teryt: '2607' }];
const gaps = egoGaps(ego, partners);
const groups = (threshold: number) => restGroups(ego, partners, gaps, threshold);

describe('restGroups', () => {
  it('reads nothing beyond the powiat when the list is full of candidates no outsider can reach', () => {
    // Best outsider: NGO or market (3) + a paired kind (2, company) + same voivodeship (0.5) = 5.5.
    expect(groups(5.6)).toEqual({ all: false, sectors: [], kinds: [] });
  });

  it('asks for the sectors, and the paired kinds, that can still reach the threshold', () => {
    // 5.5: an absent paired kind (2) in the market or NGO sector (3) + 0.5. A sector is the data's,
    // not the kind's, so an OPS or a cooperative could sit there too; no sector alone reaches 5.5.
    expect(groups(5.5)).toEqual({ all: false, sectors: [], kinds: ['OPS', 'SOCIAL_COOPERATIVE', 'COMPANY'] });
    // 3.5: the market and NGO sectors whole (3 + 0.5); then absent paired kinds with the best sector
    // left, public (1.5 + 2 + 0.5 = 4); the PUP, present (1), makes 3 only.
    expect(groups(3.5)).toEqual({
      all: false,
      sectors: ['MARKET', 'NGO'],
      kinds: ['OPS', 'SOCIAL_COOPERATIVE', 'COMPANY'],
    });
    // 2: the public sector too (1.5 + 0.5); of the social economy sector (own: 0) only absent paired
    // kinds (0 + 2 + 0.5); a PUP there makes 1.5, so PUPs come only with the public sector.
    expect(groups(2)).toEqual({
      all: false,
      sectors: ['PUBLIC', 'MARKET', 'NGO'],
      kinds: ['OPS', 'SOCIAL_COOPERATIVE', 'COMPANY'],
    });
  });

  it('reads everything when an institution with no points at all can still make the list', () => {
    expect(groups(0.5)).toEqual({ all: true });
    expect(groups(-Infinity)).toEqual({ all: true });
  });
});
