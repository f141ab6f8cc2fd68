import { describe, expect, it } from 'vitest';
import { buildInstitutionNetwork } from '../network/build-network.js';
import { foldTies, MembershipTable, mergeSpans } from './ties.js';

const table = (
  rows: Array<readonly [string, string, string, string | null, string | null]>,
  unsourced: ReadonlySet<string> = new Set(),
) => {
  const t = new MembershipTable();
  for (const [institution, affiliation, tieKind, start, end] of rows)
    t.add({ institution, affiliation, tieKind, start, end, sourced: !unsourced.has(affiliation) });
  return t;
};

describe('mergeSpans', () => {
  it('merges overlapping periods and keeps separate ones apart', () => {
    expect(
      mergeSpans([
        { start: '2019-01-01', end: null },
        { start: '2015-01-01', end: '2016-01-01' },
        { start: '2015-06-01', end: '2017-01-01' },
      ]),
    ).toEqual([
      { start: '2015-01-01', end: '2017-01-01' },
      { start: '2019-01-01', end: null },
    ]);
  });

  it('says "always" (no periods) when one period is open at both ends', () => {
    expect(mergeSpans([{ start: null, end: null }])).toEqual([]);
    expect(
      mergeSpans([
        { start: null, end: '2016-01-01' },
        { start: '2015-01-01', end: null },
      ]),
    ).toEqual([]);
  });
});

describe('foldTies', () => {
  const affiliations = [
    ['b', 'p1', 'PARTNERSHIP', '2015-03-01', null],
    ['a', 'c1', 'PROJECT', '2019-01-01', null],
    ['c', 'c1', 'PROJECT', '2019-01-01', null],
    ['a', 'p1', 'PARTNERSHIP', '2015-01-01', '2016-01-01'],
    ['b', 'c1', 'PROJECT', '2019-01-01', null],
  ] as const;

  it('gives the same ties as the areaNetwork projection, sorted by source then target', () => {
    const institutions = ['a', 'b', 'c'].map((id) => ({ id, label: id, kind: null, sector: null }));
    const expected = buildInstitutionNetwork(
      { teryt: '26', name: 'x', level: 'VOIVODESHIP' },
      institutions,
      affiliations.map(([institution, affiliation, tieKind, start, end]) => ({
        institution,
        affiliation,
        type: tieKind === 'PARTNERSHIP' ? 'PARTNERSHIP' : 'COLLABORATION',
        label: affiliation,
        tieKind,
        start,
        end,
        // The project cites no source: a–c and b–c are unsourced, a–b is sourced through p1.
        sourced: affiliation !== 'c1',
      })),
    ).edges;
    const edges = [...foldTies(table([...affiliations], new Set(['c1'])))];
    expect(edges.map(({ spells: _s, role: _r, ...e }) => e)).toEqual(
      expected.map(({ periods: _p, ...e }) => e),
    );
    expect(edges.map((e) => [e.id, e.sourced])).toEqual([
      ['a--b', true],
      ['a--c', false],
      ['b--c', false],
    ]);
    expect(edges.map((e) => e.spells)).toEqual(expected.map((e) => mergeSpans(e.periods)));
    expect(edges.map((e) => e.id)).toEqual(['a--b', 'a--c', 'b--c']);
    expect(edges[0]?.weight).toBe(2);
    expect(edges[0]?.kinds).toEqual(['PARTNERSHIP', 'PROJECT']);
    expect(edges[0]?.spells).toEqual([
      { start: '2015-03-01', end: '2016-01-01' },
      { start: '2019-01-01', end: null },
    ]);
  });

  it('ties no two members who were in one partnership at disjoint times, and never reverses a spell', () => {
    const rows = [
      ['early', 'p', 'PARTNERSHIP', '2012-01-01', '2014-12-31'],
      ['late', 'p', 'PARTNERSHIP', '2016-01-01', null],
      ['always', 'p', 'PARTNERSHIP', null, null],
    ] as const;
    const edges = [...foldTies(table([...rows]))];
    expect(edges.map((e) => [e.id, e.start, e.end, e.spells])).toEqual([
      ['always--early', '2012-01-01', '2014-12-31', [{ start: '2012-01-01', end: '2014-12-31' }]],
      ['always--late', '2016-01-01', null, [{ start: '2016-01-01', end: null }]],
    ]);
  });

  it('ties nobody through an affiliation with one member, and counts each shared affiliation once', () => {
    const edges = [
      ...foldTies(
        table([
          ['a', 'solo', 'EVENT', null, null],
          ['a', 'e1', 'EVENT', null, null],
          ['b', 'e1', 'EVENT', null, null],
        ]),
      ),
    ];
    expect(edges.map((e) => [e.id, e.weight, e.spells])).toEqual([['a--b', 1, []]]);
  });

  it('agrees with a pair-by-pair count on a random dense graph', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const rows: Array<[string, string, string, string | null, string | null]> = [];
    for (let x = 0; x < 40; x++)
      for (let i = 0; i < 60; i++)
        if (rand() < 0.2)
          rows.push([`i${String(i).padStart(2, '0')}`, `x${x}`, x % 2 ? 'EVENT' : 'PARTNERSHIP', null, null]);
    const shared = new Map<string, number>();
    for (const [i, x] of rows)
      for (const [j, y] of rows)
        if (x === y && i < j) shared.set(`${i}--${j}`, (shared.get(`${i}--${j}`) ?? 0) + 1);
    const edges = [...foldTies(table(rows))];
    expect(new Map(edges.map((e) => [e.id, e.weight]))).toEqual(shared);
    expect(edges.map((e) => e.id)).toEqual([...shared.keys()].sort());
  });
});
