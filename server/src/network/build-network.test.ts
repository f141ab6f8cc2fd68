import { describe, expect, it } from 'vitest';
import {
  type AffiliationRow,
  buildAffiliationNetwork,
  buildInstitutionNetwork,
  groupAffiliations,
  projectAffiliations,
  projectInstitutions,
} from './build-network.js';

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

  it('ties no two members who were in one partnership at disjoint times', () => {
    const net = buildInstitutionNetwork(area, institutions, [
      row('a', 'p1', { start: '2012-01-01', end: '2014-12-31' }),
      row('b', 'p1', { start: '2016-01-01', end: null }),
      row('c', 'p1', { start: '2014-06-01', end: '2016-06-30' }),
    ]);
    expect(net.edges.map((e) => [e.id, e.start, e.end, e.periods])).toEqual([
      ['a--c', '2014-06-01', '2014-12-31', [{ start: '2014-06-01', end: '2014-12-31' }]],
      ['b--c', '2016-01-01', '2016-06-30', [{ start: '2016-01-01', end: '2016-06-30' }]],
    ]);
  });

  it('keeps the periods of a tie apart when its affiliations are years apart', () => {
    const net = buildInstitutionNetwork(area, institutions, [
      row('a', 'e1', { start: '2017-06-20', end: '2017-06-21' }),
      row('b', 'e1', { start: '2017-06-20', end: '2017-06-21' }),
      row('a', 'e2', { start: '2019-06-28', end: '2019-06-28' }),
      row('b', 'e2', { start: '2019-06-28', end: '2019-06-28' }),
    ]);
    expect(net.edges[0]).toMatchObject({
      start: '2017-06-20',
      end: '2019-06-28',
      weight: 2,
      periods: [
        { start: '2017-06-20', end: '2017-06-21' },
        { start: '2019-06-28', end: '2019-06-28' },
      ],
    });
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

  it('marks a tie unsourced only when none of its affiliations cites a source', () => {
    const unsourced = { sourced: false };
    const net = buildInstitutionNetwork(area, institutions, [
      row('a', 'p1', unsourced),
      row('b', 'p1', unsourced),
      row('b', 'p2'),
      row('c', 'p2'),
      row('b', 'p3', unsourced),
      row('c', 'p3', unsourced),
    ]);
    expect(net.edges.map((e) => [e.id, e.sourced])).toEqual([
      ['a--b', false],
      ['b--c', true],
    ]);
    const twoMode = buildAffiliationNetwork(area, institutions, [row('a', 'p1', unsourced), row('b', 'p2')]);
    expect(twoMode.edges.map((e) => [e.id, e.sourced])).toEqual([
      ['a->p1', false],
      ['b->p2', true],
    ]);
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

describe('projection from grouped memberships (what areaNetwork reads)', () => {
  // Out of order on purpose, with a member outside the node set and a doubled membership.
  const rows = [
    row('c', 'p2', { start: '2018-01-01' }),
    row('b', 'c1', { type: 'COLLABORATION', tieKind: 'EVENT', start: '2012-01-01', end: '2013-01-01' }),
    row('a', 'p2', { start: '2016-01-01', end: '2022-01-01' }),
    row('z', 'p1'),
    row('a', 'c1', { type: 'COLLABORATION', tieKind: 'EVENT', start: '2012-06-01', end: '2014-01-01' }),
    row('b', 'p1', { end: '2020-01-01' }),
    row('a', 'p1', { start: '2010-01-01' }),
    row('a', 'p1', { start: '2011-01-01' }),
    row('c', 'c1', { type: 'COLLABORATION', tieKind: 'EVENT' }),
  ];
  const sorted = [...rows].sort((p, q) =>
    `${p.institution} ${p.affiliation}` < `${q.institution} ${q.affiliation}` ? -1 : 1,
  );

  it('gives the one-mode network the membership rows give, ties sorted by source and target', () => {
    const net = projectInstitutions(area, institutions, groupAffiliations(rows));
    expect(net).toEqual(buildInstitutionNetwork(area, institutions, sorted));
    expect(net.edges.map((e) => `${e.id}:${e.weight}:${e.kinds.join('+')}:${e.start}:${e.end}`)).toEqual([
      'a--b:3:EVENT+PARTNERSHIP:2010-01-01:2020-01-01',
      'a--c:2:EVENT+PARTNERSHIP:2012-06-01:2022-01-01',
      'b--c:1:EVENT:2012-01-01:2013-01-01',
    ]);
  });

  it('ranks ids in string order, whatever order the institutions come in', () => {
    const reversed = [...institutions].reverse();
    const net = projectInstitutions(area, reversed, groupAffiliations(rows));
    expect(net.nodes.map((n) => n.id)).toEqual(['c', 'b', 'a']);
    expect(net.edges.map((e) => e.id)).toEqual(['a--b', 'a--c', 'b--c']);
  });

  it('gives the two-mode network the sorted membership rows give', () => {
    const net = projectAffiliations(area, institutions, groupAffiliations(rows));
    expect(net).toEqual(buildAffiliationNetwork(area, institutions, sorted));
    expect(net.nodes.slice(3).map((n) => n.id)).toEqual(['c1', 'p1', 'p2']);
  });
});
