import { describe, expect, it } from 'vitest';
import {
  type AffiliationGroup,
  type InstitutionRow,
  projectInstitutions,
} from '../../network/build-network.js';
import { toSectorNetwork } from '../measures/graph.js';
import { eiIndex, eiIndexOfTies } from './ei-index.js';
import { sectorMatrix, sectorMatrixOfTies } from './sector-matrix.js';
import { sectorTiesOfGroups, sectorTiesOfNetwork } from './sector-ties.js';

// A random area: institutions of every sector (and none), affiliations of 1–12 members, some
// members outside the area, some institutions twice in one affiliation.
function randomArea(seed: number): { institutions: InstitutionRow[]; groups: AffiliationGroup[] } {
  let s = seed;
  const rand = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const sectors = ['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY', null];
  const institutions = Array.from({ length: 80 }, (_, i) => ({
    id: `i${i}`,
    label: `I${i}`,
    kind: null,
    sector: sectors[Math.floor(rand() * sectors.length)] ?? null,
  }));
  const groups = Array.from({ length: 60 }, (_, g) => ({
    affiliation: `x${g}`,
    type: 'PARTNERSHIP' as const,
    label: `X${g}`,
    tieKind: 'PARTNERSHIP',
    members: Array.from(
      { length: 1 + Math.floor(rand() * 12) },
      () => [`i${Math.floor(rand() * 90)}`, null, null] as [string, null, null],
    ),
  }));
  return { institutions, groups };
}

describe('sector ties from affiliation members', () => {
  it('equal the ties of the one-mode projection, and so give the same matrix and E-I indices', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { institutions, groups } = randomArea(seed);
      const network = toSectorNetwork(
        projectInstitutions({ teryt: '26', name: 'x', level: 'VOIVODESHIP' }, institutions, groups),
      );
      const fromGroups = sectorTiesOfGroups(institutions, groups);
      expect(fromGroups).toEqual(sectorTiesOfNetwork(network));
      expect(sectorMatrixOfTies(fromGroups)).toEqual(sectorMatrix(network));
      expect(eiIndexOfTies(fromGroups)).toEqual(eiIndex(network));
      expect(sectorMatrix(network).ties).toBe(network.edges.length);
    }
  });

  it('lists only the chosen sectors when the institutions are filtered by sector, with the same counts', () => {
    const { institutions, groups } = randomArea(7);
    const only = ['SOCIAL_ECONOMY', 'PUBLIC'];
    const chosen = institutions.filter((i) => i.sector !== null && only.includes(i.sector));
    const filtered = sectorMatrixOfTies(sectorTiesOfGroups(chosen, groups, only));
    // In the domain's order; MARKET and NGO, left out by the filter, are not rows of zeros.
    expect(filtered.sectors.map((s) => s.sector)).toEqual(['PUBLIC', 'SOCIAL_ECONOMY']);
    const all = sectorMatrixOfTies(sectorTiesOfGroups(chosen, groups));
    expect(all.sectors.map((s) => s.sector)).toEqual(['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY']);
    expect(filtered.ties).toBe(all.ties);
    expect(filtered.blocks).toEqual(all.blocks.filter((b) => only.includes(b.from) && only.includes(b.to)));
  });
});
