import { describe, expect, it } from 'vitest';
import type { Place } from './ego-gaps.js';
import { type MissingPartnersInput, missingPartners, SCORE_WEIGHTS } from './missing-partners.js';

// A CIS in gmina Bałtów (2607022) whose only partner is the powiat's PUP.
const ego: Place = { id: 'E', label: 'CIS Bałtów', kind: 'CIS', sector: 'SOCIAL_ECONOMY', teryt: '2607022' };
const pup: Place = { id: 'P', label: 'PUP Ostrowiec', kind: 'PUP', sector: 'PUBLIC', teryt: '2607' };
const place = (id: string, label: string, kind: string, sector: string, teryt: string): Place => ({
  id,
  label,
  kind,
  sector,
  teryt,
});
const ops = place('A', 'OPS Bałtów', 'OPS', 'PUBLIC', '2607022');
const firm = place('B', 'Firma Ostrowiec', 'COMPANY', 'MARKET', '2607011');
const association = place('C', 'Stowarzyszenie Opatów', 'ASSOCIATION', 'NGO', '2604042');
const cooperative = place('D', 'Spółdzielnia Bałtów', 'SOCIAL_COOPERATIVE', 'SOCIAL_ECONOMY', '2607022');
const foundationB = place('F', 'Fundacja Beta', 'FOUNDATION', 'NGO', '26');
const foundationA = place('H', 'Fundacja Alfa', 'FOUNDATION', 'NGO', '26');

const input = (): MissingPartnersInput => ({
  ego,
  partners: [{ ...pup, weight: 1 }],
  // The PUP's partners: the CIS, the association and one more (degree 3).
  partnerNeighbours: new Map([['P', new Set(['E', 'C', 'X'])]]),
  candidates: [foundationB, ego, pup, ops, cooperative, association, firm, foundationA],
  areaNames: { '26': 'świętokrzyskie', '2607': 'ostrowiecki', '2607022': 'Bałtów' },
});

describe('missingPartners', () => {
  it('reports absent and thin sectors and typical kinds of the ego network', () => {
    const { gaps } = missingPartners(input(), 10);
    expect(gaps.sectors).toEqual([
      { sector: 'PUBLIC', partners: 1, status: 'THIN', own: false },
      { sector: 'MARKET', partners: 0, status: 'ABSENT', own: false },
      { sector: 'NGO', partners: 0, status: 'ABSENT', own: false },
      { sector: 'SOCIAL_ECONOMY', partners: 0, status: 'ABSENT', own: true },
    ]);
    // The kinds typically paired with a CIS, in the order of the pairing table.
    expect(gaps.kinds).toEqual([
      { kind: 'OPS', partners: 0, status: 'ABSENT' },
      { kind: 'PUP', partners: 1, status: 'THIN' },
      { kind: 'SOCIAL_COOPERATIVE', partners: 0, status: 'ABSENT' },
      { kind: 'COMPANY', partners: 0, status: 'ABSENT' },
    ]);
  });

  it('ranks candidates by the sum of the rules, explained part by part', () => {
    const { candidates } = missingPartners(input(), 10);
    const w = SCORE_WEIGHTS;
    const aa = 1 / Math.log(3); // one common partner (the PUP) with three partners
    // Worked by hand:
    //   B firm         market absent + CIS↔firm pairing, no firm yet + same powiat = 3 + 2 + 1   = 6
    //   A OPS          public thin + CIS↔OPS pairing, no OPS yet + same gmina     = 1.5 + 2 + 2 = 5.5
    //   C association  NGO absent + common partner PUP + same voivodeship         = 3 + 0.91 + 0.5
    //   D cooperative  own sector (0) + pairing, none yet + same gmina            = 0 + 2 + 2   = 4
    //   H, F           NGO absent + same voivodeship = 3.5 each: by name, Alfa before Beta
    expect(candidates.map((c) => [c.id, c.score])).toEqual([
      ['B', w.sectorAbsent + w.pairingAbsent + w.samePowiat],
      ['A', w.sectorThin + w.pairingAbsent + w.sameGmina],
      ['C', Math.round((w.sectorAbsent + aa + w.sameVoivodeship) * 1000) / 1000],
      ['D', w.pairingAbsent + w.sameGmina],
      ['H', w.sectorAbsent + w.sameVoivodeship],
      ['F', w.sectorAbsent + w.sameVoivodeship],
    ]);
    expect(candidates.map((c) => c.score)).toEqual([6, 5.5, 4.41, 4, 3.5, 3.5]);
    expect(candidates[2]?.parts).toEqual({ sector: 3, pairing: 0, commonPartners: 0.91, proximity: 0.5 });
    expect(candidates[2]?.commonPartners).toEqual(['P']);
  });

  it('never suggests the institution itself or a partner it already has', () => {
    const ids = missingPartners(input(), 10).candidates.map((c) => c.id);
    expect(ids).not.toContain('E');
    expect(ids).not.toContain('P');
  });

  it('says why, with codes, parameters and Polish and English text', () => {
    const [firmCandidate, , assoc] = missingPartners(input(), 10).candidates;
    expect(firmCandidate?.reasons.map((r) => r.code)).toEqual([
      'SECTOR_ABSENT',
      'TYPICAL_PAIRING',
      'SAME_POWIAT',
    ]);
    expect(firmCandidate?.reasons[0]?.params).toEqual({ sector: 'MARKET' });
    expect(firmCandidate?.reasons[0]?.text.pl).toContain('sektor rynkowy');
    expect(firmCandidate?.reasons[0]?.text.en).toContain('market sector');
    expect(firmCandidate?.reasons[1]?.text.pl).toMatch(
      /centrum integracji społecznej \(CIS\) ↔ przedsiębiorstwo/,
    );
    expect(firmCandidate?.reasons[2]?.text).toEqual({
      pl: 'Ten sam powiat: ostrowiecki',
      en: 'Same county: ostrowiecki',
    });
    expect(assoc?.reasons.find((r) => r.code === 'COMMON_PARTNERS')?.text.pl).toBe(
      'Wspólny partner: PUP Ostrowiec',
    );
  });

  it('keeps the best `limit` candidates', () => {
    expect(missingPartners(input(), 2).candidates.map((c) => c.id)).toEqual(['B', 'A']);
  });
});
