import { compactEdges } from '@splot/domain';
import { describe, expect, it } from 'vitest';
import { type AffiliationGroup, type InstitutionRow, projectInstitutions } from './build-network.js';
import { compactInstitutionNetwork, projectInstitutionsCompact } from './project-compact.js';
import type { AreaRef } from './types.js';

const area: AreaRef = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' };
const KINDS = ['PARTNERSHIP', 'PROJECT', 'EVENT', 'AGREEMENT'];
const DATES = [null, '2015-01-01', '2018-06-30', '2019-06-28', '2019-06-29', '2021-12-31', '2024-03-01'];

/** Institutions (some outside, ids of different lengths) and affiliations with random dates. */
function world(seed: number): { institutions: InstitutionRow[]; groups: AffiliationGroup[] } {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const institutions: InstitutionRow[] = Array.from({ length: 40 }, (_v, i) => ({
    id: `i${i * 7}`,
    label: `Instytucja ${i}`,
    kind: 'NGO',
    sector: pick(['PUBLIC', 'NGO', null]),
    outside: next() < 0.3,
  }));
  const groups: AffiliationGroup[] = Array.from({ length: 25 }, (_v, g) => ({
    affiliation: `a${g}`,
    type: 'PARTNERSHIP',
    label: `A ${g}`,
    tieKind: pick(KINDS),
    sourced: next() < 0.8,
    // Members may repeat (two memberships), be unknown, or have a period that holds no day.
    members: Array.from(
      { length: 2 + Math.floor(next() * 7) },
      (): [string, string | null, string | null] => [
        next() < 0.05 ? 'unknown' : pick(institutions).id,
        pick(DATES),
        pick(DATES),
      ],
    ),
  }));
  return { institutions, groups };
}

describe('projectInstitutionsCompact', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'writes exactly the compact edges of projectInstitutions (random world %i)',
    (seed) => {
      const { institutions, groups } = world(seed);
      const network = projectInstitutions(area, institutions, groups);
      const ours = projectInstitutionsCompact(institutions, groups);
      expect(ours.nodes).toEqual(network.nodes);
      expect(ours.compact).toEqual(compactEdges(network.nodes, network.edges));
      expect(network.edges.length).toBeGreaterThan(0);
      // The documented edges, read back on demand, are the projection's.
      expect(compactInstitutionNetwork(area, institutions, groups).edges).toEqual(network.edges);
    },
  );

  it('meets ties of several periods, outside pairs and unknown members in those worlds', () => {
    const worlds = [1, 2, 3, 4, 5, 6, 7, 8].map(world);
    const networks = worlds.map(({ institutions, groups }) =>
      projectInstitutions(area, institutions, groups),
    );
    expect(networks.filter((net) => net.edges.some((e) => e.periods.length > 1)).length).toBeGreaterThan(2);
    expect(networks.every((net) => net.nodes.some((node) => node.outside))).toBe(true);
  });

  it('keeps compactEdges out of what is serialised, and reads the edges back once', () => {
    const { institutions, groups } = world(9);
    const network = compactInstitutionNetwork(area, institutions, groups);
    expect(Object.keys(network)).toEqual(['area', 'nodes', 'edges']);
    expect(network.edges).toBe(network.edges);
    expect(network.compactEdges.source.length).toBe(network.edges.length);
  });
});
