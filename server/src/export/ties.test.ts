import { describe, expect, it } from 'vitest';
import { buildInstitutionNetwork } from '../network/build-network.js';
import { foldTies, mergeSpans, type PairRow } from './ties.js';
import type { ExportEdge } from './types.js';

async function* from<T>(items: T[]) {
  yield* items;
}
async function collect(rows: PairRow[], keep: (id: string) => boolean = () => true) {
  const out: ExportEdge[] = [];
  for await (const e of foldTies(from(rows), keep)) out.push(e);
  return out;
}
const pair = (source: string, target: string, kind: string, dates: Array<string | null> = []): PairRow => ({
  source,
  target,
  tieKind: kind,
  start1: dates[0] ?? null,
  end1: dates[1] ?? null,
  start2: dates[2] ?? null,
  end2: dates[3] ?? null,
});

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
  it('gives the same ties as the areaNetwork projection', async () => {
    const affiliations = [
      ['a', 'p1', 'PARTNERSHIP', '2015-01-01', '2016-01-01'],
      ['b', 'p1', 'PARTNERSHIP', '2015-03-01', null],
      ['a', 'c1', 'PROJECT', '2019-01-01', null],
      ['b', 'c1', 'PROJECT', '2019-01-01', null],
      ['c', 'c1', 'PROJECT', '2019-01-01', null],
    ] as const;
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
      })),
    ).edges;
    const edges = await collect([
      pair('a', 'b', 'PROJECT', ['2019-01-01', null, '2019-01-01', null]),
      pair('a', 'b', 'PARTNERSHIP', ['2015-01-01', '2016-01-01', '2015-03-01', null]),
      pair('a', 'c', 'PROJECT', ['2019-01-01', null, '2019-01-01', null]),
      pair('b', 'c', 'PROJECT', ['2019-01-01', null, '2019-01-01', null]),
    ]);
    expect(edges.map(({ spells: _s, role: _r, ...e }) => e)).toEqual(expected);
    expect(edges[0]?.spells).toEqual([
      { start: '2015-03-01', end: '2016-01-01' },
      { start: '2019-01-01', end: null },
    ]);
  });

  it('leaves out pairs whose other end is not exported', async () => {
    const edges = await collect([pair('a', 'b', 'EVENT'), pair('a', 'z', 'EVENT')], (id) => id !== 'z');
    expect(edges.map((e) => e.id)).toEqual(['a--b']);
  });
});
