import { describe, expect, it } from 'vitest';
import { gapsByArea, seatedIn } from './gaps';
import type { MissingKind } from './types';

const powiat = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' as const };
const gmina = { teryt: '2607022', name: 'Bałtów', level: 'GMINA' as const };
const gap = (area: MissingKind['area'], kind: string, expectation: 'REQUIRED' | 'TYPICAL'): MissingKind => ({
  area,
  kind,
  expectation,
});

describe('gapsByArea', () => {
  it('groups by area, the wider area first, required kinds before typical ones', () => {
    const groups = gapsByArea([
      gap(gmina, 'OPS', 'REQUIRED'),
      gap(powiat, 'CIS', 'TYPICAL'),
      gap(powiat, 'POWIAT_OFFICE', 'REQUIRED'),
    ]);
    expect(groups.map((g) => g.area.teryt)).toEqual(['2607', '2607022']);
    expect(groups[0]?.kinds.map((k) => k.kind)).toEqual(['POWIAT_OFFICE', 'CIS']);
  });
});

describe('seatedIn', () => {
  it('finds the institutions whose seat lies in the area, at any depth', () => {
    const seats = new Map([
      ['pcpr', '2607011'],
      ['lgd', '2607022'],
      ['rops', '26'],
      ['none', null],
    ]);
    expect(seatedIn('2607022', seats)).toEqual(['lgd']);
    expect(seatedIn('2607', seats).sort()).toEqual(['lgd', 'pcpr']);
    expect(seatedIn('26', seats).sort()).toEqual(['lgd', 'pcpr', 'rops']);
  });
});
