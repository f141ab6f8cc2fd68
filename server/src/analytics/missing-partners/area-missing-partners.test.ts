import { describe, expect, it } from 'vitest';
import { graphOf } from '../test-fixtures.js';
import { areaMissingPartners } from './area-missing-partners.js';
import type { Place } from './ego-gaps.js';

describe('areaMissingPartners', () => {
  it('suggests each missing pair once, from the side where it scores best', () => {
    // WTZ and PCPR are a typical pair in one gmina, not yet tied; both are tied to the same NGO.
    const g = graphOf(
      [
        ['wtz', 'SOCIAL_ECONOMY', 'WTZ'],
        ['pcpr', 'PUBLIC', 'PCPR'],
        ['ngo', 'NGO', 'ASSOCIATION'],
      ],
      [
        ['wtz', 'ngo'],
        ['pcpr', 'ngo'],
      ],
    );
    const places = new Map<string, Place>(
      ['wtz', 'pcpr', 'ngo'].map((id) => {
        const a = g.getNodeAttributes(id);
        return [id, { id, label: id, kind: a.kind, sector: a.sector, teryt: '2607022' }];
      }),
    );
    const suggestions = areaMissingPartners(g, places, { '2607022': 'Bałtów' }, 10);
    expect(suggestions).toHaveLength(1);
    const [only] = suggestions;
    // From the WTZ: public sector absent (3) + pairing, no PCPR yet (2) + common partner of degree 2
    // (1/ln 2 ≈ 1.443) + same gmina (2). From the PCPR the social economy sector is absent too, so
    // the score is the same; the pair appears once.
    expect(only?.candidate.score).toBeCloseTo(3 + 2 + 1 / Math.log(2) + 2, 3);
    expect([only?.institution.id, only?.candidate.id].sort()).toEqual(['pcpr', 'wtz']);
  });
});
