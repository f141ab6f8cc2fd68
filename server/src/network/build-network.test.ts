import { describe, expect, it } from 'vitest';
import { type AffiliationRow, buildAffiliationNetwork, buildInstitutionNetwork } from './build-network.js';

const area = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' as const };
const institutions = [
  { id: 'a', label: 'A', kind: 'CIS', sector: 'SOCIAL_ECONOMY' },
  { id: 'b', label: 'B', kind: 'OPS', sector: 'PUBLIC' },
  { id: 'c', label: 'C', kind: 'COMPANY', sector: 'MARKET' },
];

function row(institution: string, affiliation: string, extra: Partial<AffiliationRow> = {}): AffiliationRow {
  return {
    institution,
    affiliation,
    type: 'PARTNERSHIP',
    label: affiliation.toUpperCase(),
    tieKind: 'PARTNERSHIP',
    start: null,
    end: null,
    ...extra,
  };
}

describe('one-mode projection', () => {
  it('weights a tie by the number of shared affiliations and lists their kinds', () => {
    const project = { type: 'COLLABORATION' as const, tieKind: 'PROJECT' };
    const net = buildInstitutionNetwork(area, institutions, [
      row('a', 'p1'),
      row('b', 'p1'),
      row('a', 'c1', project),
      row('b', 'c1', project),
      row('c', 'c1', project),
    ]);
    expect(net.edges.map((e) => `${e.id}:${e.weight}:${e.kinds.join('+')}`)).toEqual([
      'a--b:2:PARTNERSHIP+PROJECT',
      'a--c:1:PROJECT',
      'b--c:1:PROJECT',
    ]);
  });

  it('dates a tie from when both members were in to when the first left', () => {
    const net = buildInstitutionNetwork(area, institutions, [
      row('a', 'p1', { start: '2015-01-01', end: '2020-12-31' }),
      row('b', 'p1', { start: '2017-05-01', end: null }),
    ]);
    expect(net.edges[0]).toMatchObject({ start: '2017-05-01', end: '2020-12-31' });
  });

  it('spans the earliest start and the latest end over several affiliations; unknown dates stay open', () => {
    const net = buildInstitutionNetwork(area, institutions, [
      row('a', 'p1', { start: '2015-01-01', end: '2016-01-01' }),
      row('b', 'p1', { start: '2015-01-01', end: '2016-01-01' }),
      row('a', 'p2', { start: '2019-01-01', end: null }),
      row('b', 'p2', { start: '2019-01-01', end: null }),
      row('a', 'p3'),
      row('c', 'p3'),
    ]);
    expect(net.edges.find((e) => e.id === 'a--b')).toMatchObject({ start: '2015-01-01', end: null });
    expect(net.edges.find((e) => e.id === 'a--c')).toMatchObject({ start: null, end: null });
  });

  it('ignores members outside the node set (filtered out or in another area)', () => {
    const net = buildInstitutionNetwork(area, institutions.slice(0, 2), [row('a', 'p1'), row('z', 'p1')]);
    expect(net.edges).toEqual([]);
  });
});

describe('two-mode network', () => {
  it('adds each affiliation once, however many members it has', () => {
    const net = buildAffiliationNetwork(area, institutions, [
      row('a', 'p1'),
      row('b', 'p1'),
      row('b', 'c1', { type: 'COLLABORATION', tieKind: 'EVENT' }),
    ]);
    expect(net.nodes.map((n) => `${n.id}:${n.type}:${n.kind}`)).toEqual([
      'a:INSTITUTION:CIS',
      'b:INSTITUTION:OPS',
      'c:INSTITUTION:COMPANY',
      'p1:PARTNERSHIP:null',
      'c1:COLLABORATION:EVENT',
    ]);
    expect(net.edges.map((e) => e.id)).toEqual(['a->p1', 'b->p1', 'b->c1']);
  });
});
