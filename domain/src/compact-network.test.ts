import { describe, expect, it } from 'vitest';
import { compactEdges, expandEdges, membershipId, tieId } from './compact-network.js';

const nodes = [
  { id: 'ops', type: 'INSTITUTION' },
  { id: 'pcpr', type: 'INSTITUTION' },
  { id: 'cis', type: 'INSTITUTION' },
  { id: 'owes', type: 'INSTITUTION' },
];

// As projectInstitutions writes them: kinds sorted, start/end the hull of the periods.
const edges = [
  {
    id: tieId('cis', 'ops'),
    source: 'cis',
    target: 'ops',
    weight: 3,
    kinds: ['EVENT', 'PARTNERSHIP', 'PROJECT'],
    start: null,
    end: '2021-12-31',
    periods: [
      { start: null, end: '2012-01-01' },
      { start: '2019-06-28', end: '2021-12-31' },
    ],
    sourced: true,
  },
  {
    id: tieId('ops', 'pcpr'),
    source: 'ops',
    target: 'pcpr',
    weight: 1,
    kinds: ['AGREEMENT'],
    start: '2015-03-01',
    end: null,
    periods: [{ start: '2015-03-01', end: null }],
    sourced: false,
  },
  {
    id: tieId('owes', 'pcpr'),
    source: 'owes',
    target: 'pcpr',
    weight: 2,
    kinds: ['PARTNERSHIP'],
    start: '2010-01-01',
    end: '2019-06-28',
    periods: [
      { start: '2010-01-01', end: '2012-01-01' },
      { start: '2015-03-01', end: '2019-06-28' },
    ],
    sourced: true,
  },
];

describe('compactEdges / expandEdges', () => {
  it('writes parallel arrays: node indexes, kind bits, sorted dates', () => {
    const compact = compactEdges(nodes, edges);
    expect(compact).toEqual({
      sourceRuns: [2, 1, 0, 1, 3, 1],
      target: [0, 1, 1],
      weight: [3, 1, 2],
      tieKinds: ['AGREEMENT', 'EVENT', 'PARTNERSHIP', 'PROJECT'],
      kinds: [0b1110, 0b0001, 0b0100],
      sourcedRuns: [1, 1, 1],
      dates: ['2010-01-01', '2012-01-01', '2015-03-01', '2019-06-28', '2021-12-31'],
      periodCounts: [0, 2, 2, 2],
      periodStart: [-1, 3, 2, 0, 2],
      periodEnd: [1, 4, -1, 1, 3],
    });
  });

  it('reads back the edges it was given', () => {
    expect(expandEdges(nodes, compactEdges(nodes, edges))).toEqual(edges);
  });

  it('gives two-mode edges their membership ids', () => {
    const twoMode = [
      { id: 'ops', type: 'INSTITUTION' },
      { id: 'p-1', type: 'PARTNERSHIP' },
    ];
    const membership = {
      id: membershipId('ops', 'p-1'),
      source: 'ops',
      target: 'p-1',
      weight: 1,
      kinds: ['PARTNERSHIP'],
      start: '2019-01-01',
      end: null,
      periods: [{ start: '2019-01-01', end: null }],
      sourced: true,
    };
    expect(expandEdges(twoMode, compactEdges(twoMode, [membership]))).toEqual([membership]);
    expect(membership.id).toBe('ops->p-1');
  });

  it('refuses an edge to a node the network does not hold', () => {
    expect(() => compactEdges(nodes.slice(0, 1), edges)).toThrow('"cis"');
  });

  it('writes what edges share as runs: a source’s edges in a row, stretches of (un)sourced ties', () => {
    const star = ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'INSTITUTION' }));
    const tie = (source: string, target: string, sourced: boolean) => ({
      id: tieId(source, target),
      source,
      target,
      weight: 1,
      kinds: ['PARTNERSHIP'],
      start: null,
      end: null,
      periods: [{ start: null, end: null }],
      sourced,
    });
    const ties = [tie('a', 'b', false), tie('a', 'c', false), tie('a', 'd', true), tie('b', 'c', true)];
    const compact = compactEdges(star, ties);
    expect(compact.sourceRuns).toEqual([0, 3, 1, 1]);
    expect(compact.sourcedRuns).toEqual([0, 2, 2]);
    expect(compact.periodCounts).toEqual([]);
    expect(expandEdges(star, compact)).toEqual(ties);
    // A tie without periods is an exception too.
    const none = { ...tie('c', 'd', true), periods: [] };
    const withNone = compactEdges(star, [...ties, none]);
    expect(withNone.periodCounts).toEqual([4, 0]);
    expect(expandEdges(star, withNone)[4]).toEqual(none);
  });

  it('refuses runs that do not cover the edges', () => {
    const compact = compactEdges(nodes, edges);
    expect(() => expandEdges(nodes, { ...compact, sourceRuns: [2, 1, 0, 1] })).toThrow(
      'edge 2 has no source',
    );
    expect(() => expandEdges(nodes, { ...compact, sourcedRuns: [1, 1] })).toThrow(
      'edge 2 is in no run of sourcedRuns',
    );
  });

  it('writes nothing for no edges', () => {
    expect(expandEdges(nodes, compactEdges(nodes, []))).toEqual([]);
  });
});
