import { describe, expect, it } from 'vitest';
import { projectInstitutions } from '../../network/build-network.js';
import { boundaryTies } from './boundary-ties.js';

const area = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' as const };
const institutions = [
  { id: 'ops', label: 'OPS', kind: 'OPS', sector: 'PUBLIC' },
  { id: 'cis', label: 'CIS', kind: 'CIS', sector: 'SOCIAL_ECONOMY' },
  { id: 'owes', label: 'OWES', kind: 'OWES', sector: 'NGO', outside: true },
  { id: 'rops', label: 'ROPS', kind: 'ROPS', sector: 'PUBLIC', outside: true },
];
const meeting = {
  affiliation: 'baltow',
  type: 'COLLABORATION' as const,
  label: 'Bałtów',
  tieKind: 'EVENT',
  members: [
    ['ops', null, null],
    ['cis', null, null],
    ['owes', null, null],
    ['rops', null, null],
  ] as Array<[string, string | null, string | null]>,
};

describe('boundaryTies', () => {
  it('counts, per inside sector, the ties to institutions outside and their distinct partners', () => {
    const out = boundaryTies(institutions, [meeting]);
    expect(out.ties).toBe(4);
    expect(out.partners).toBe(2);
    expect(out.sectors.find((s) => s.sector === 'PUBLIC')).toEqual({
      sector: 'PUBLIC',
      ties: 2,
      partners: 2,
    });
    expect(out.sectors.find((s) => s.sector === 'NGO')).toEqual({ sector: 'NGO', ties: 0, partners: 0 });
  });

  it('agrees with the one-mode projection, which never ties two outsiders', () => {
    const network = projectInstitutions(area, institutions, [meeting]);
    const crossing = network.edges.filter(
      (e) => [e.source, e.target].filter((id) => id === 'owes' || id === 'rops').length === 1,
    );
    expect(network.edges.some((e) => e.source === 'owes' && e.target === 'rops')).toBe(false);
    expect(boundaryTies(institutions, [meeting]).ties).toBe(crossing.length);
    expect(network.nodes.filter((n) => n.outside).map((n) => n.id)).toEqual(['owes', 'rops']);
  });

  it('is zero without an outside institution', () => {
    expect(boundaryTies(institutions.slice(0, 2), [meeting]).ties).toBe(0);
  });
});
