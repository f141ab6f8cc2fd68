import { describe, expect, it } from 'vitest';
import { KIND_PAIRINGS, typicalPairing, typicalPartnerKinds } from './kind-pairings.js';

describe('kind pairings table', () => {
  it('is read in both directions', () => {
    expect(typicalPairing('WTZ', 'PCPR')).toBeDefined();
    expect(typicalPairing('PCPR', 'WTZ')).toBe(typicalPairing('WTZ', 'PCPR'));
    expect(typicalPairing('WTZ', 'COMPANY')).toBeUndefined();
    expect(typicalPairing(null, 'PCPR')).toBeUndefined();
  });

  it('has each pair once, never a kind with itself, and a reason in both languages', () => {
    const keys = KIND_PAIRINGS.map(({ kinds }) => [...kinds].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const { kinds, why } of KIND_PAIRINGS) {
      expect(kinds[0]).not.toBe(kinds[1]);
      expect(why.pl.trim()).not.toBe('');
      expect(why.en.trim()).not.toBe('');
    }
  });

  it('lists the partners typical for a kind', () => {
    expect(typicalPartnerKinds('CIS')).toEqual(['OPS', 'PUP', 'SOCIAL_COOPERATIVE', 'COMPANY']);
    expect(typicalPartnerKinds('OTHER')).toEqual([]);
  });
});
