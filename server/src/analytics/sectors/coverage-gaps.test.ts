import { describe, expect, it } from 'vitest';
import type { AreaRef } from '../../network/types.js';
import type { Place } from '../missing-partners/ego-gaps.js';
import { coverageGaps } from './coverage-gaps.js';

const powiat: AreaRef = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' };
const ostrowiec: AreaRef = { teryt: '2607011', name: 'Ostrowiec Świętokrzyski', level: 'GMINA' };
const baltow: AreaRef = { teryt: '2607022', name: 'Bałtów', level: 'GMINA' };
const at = (id: string, kind: string, sector: string, teryt: string): Place => ({
  id,
  label: id,
  kind,
  sector,
  teryt,
});
const institutions = [
  at('pcpr', 'PCPR', 'PUBLIC', '2607'),
  at('pup', 'PUP', 'PUBLIC', '2607'),
  at('ug', 'GMINA_OFFICE', 'PUBLIC', '2607011'),
  at('ops', 'OPS', 'PUBLIC', '2607011'),
  at('cis', 'CIS', 'SOCIAL_ECONOMY', '2607022'),
];

describe('coverageGaps', () => {
  const gaps = coverageGaps(
    [baltow, powiat, ostrowiec],
    institutions,
    new Map([
      ['pcpr', ['PUBLIC']],
      ['pup', ['PUBLIC']],
      ['cis', ['PUBLIC']],
      ['ops', ['SOCIAL_ECONOMY']],
    ]),
    new Map([
      ['pcpr', 1],
      ['pup', 1],
      ['cis', 1],
      ['ops', 1],
    ]),
  );

  it('lists expected kinds absent from the area and from each area below it', () => {
    expect(gaps.missingKinds.map((m) => `${m.area.teryt} ${m.kind} ${m.expectation}`)).toEqual([
      // The powiat has its PCPR and PUP, and a CIS in Bałtów; no starostwo, KIS or WTZ.
      '2607 POWIAT_OFFICE REQUIRED',
      '2607 KIS TYPICAL',
      '2607 WTZ TYPICAL',
      // Ostrowiec has its office and OPS; Bałtów neither.
      '2607022 GMINA_OFFICE REQUIRED',
      '2607022 OPS REQUIRED',
    ]);
  });

  it('lists institutions with no tie to another sector, the unconnected first', () => {
    expect(gaps.withoutCrossSectorTie.map((i) => [i.id, i.partners])).toEqual([
      ['ug', 0],
      ['pcpr', 1],
      ['pup', 1],
    ]);
  });
});
