import { describe, expect, it } from 'vitest';
import { buildAffiliationNetwork, buildInstitutionNetwork } from './build-network.js';

const area = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' as const };
const institutions = [
  { id: 'a', label: 'A', kind: 'CIS', sector: 'SOCIAL_ECONOMY' },
  { id: 'b', label: 'B', kind: 'OPS', sector: 'PUBLIC' },
];

describe('network building', () => {
  it('turns ties into weighted edges with stable ids', () => {
    const net = buildInstitutionNetwork(area, institutions, [{ source: 'a', target: 'b', weight: 2 }]);
    expect(net.nodes.map((n) => n.type)).toEqual(['INSTITUTION', 'INSTITUTION']);
    expect(net.edges).toEqual([{ id: 'a--b', source: 'a', target: 'b', weight: 2 }]);
  });

  it('adds each affiliation once, however many members it has', () => {
    const rows = [
      { source: 'a', target: 'p1', weight: 1, type: 'PARTNERSHIP' as const, label: 'P', kind: null },
      { source: 'b', target: 'p1', weight: 1, type: 'PARTNERSHIP' as const, label: 'P', kind: null },
      { source: 'b', target: 'c1', weight: 1, type: 'COLLABORATION' as const, label: 'C', kind: 'EVENT' },
    ];
    const net = buildAffiliationNetwork(area, institutions, rows);
    expect(net.nodes.map((n) => `${n.id}:${n.type}`)).toEqual([
      'a:INSTITUTION',
      'b:INSTITUTION',
      'p1:PARTNERSHIP',
      'c1:COLLABORATION',
    ]);
    expect(net.edges.map((e) => e.id)).toEqual(['a->p1', 'b->p1', 'b->c1']);
  });
});
