import { describe, expect, it } from 'vitest';
import { adamicAdar, partnersWithinBudget } from '../adamic-adar.js';
import {
  buildAffiliationSnapshot,
  dayNumber,
  type SnapshotRows,
  snapshotAdamicAdar,
  snapshotLocated,
  snapshotPartners,
  snapshotPlaces,
  snapshotReach,
  snapshotVoivodeship,
  snapshotWithinBudget,
} from './affiliation-snapshot.js';

const inst = (
  id: string,
  teryt: string | null,
  founded: string | null = null,
  kind: string | null = 'ASSOCIATION',
): SnapshotRows['institutions'][number] => ({
  id,
  label: id.toUpperCase(),
  kind,
  sector: 'NGO',
  teryt,
  founded,
});

// Areas: voivodeship 26, powiat 2602 with gmina 2602011, powiat 2603; and voivodeship 28.
const AREAS: SnapshotRows['areas'] = [
  { teryt: '26', name: 'woj', above: [] },
  { teryt: '2602', name: 'powiat', above: ['26'] },
  { teryt: '2602011', name: 'gmina', above: ['2602', '26'] },
  { teryt: '2603', name: 'inny powiat', above: ['26'] },
  { teryt: '28', name: 'inne woj', above: [] },
];

/**
 * ego a; p1 (2018–2019 for b, from 2018 for a — twice, as two memberships — and c undated);
 * c1 (undated): a, d, e; c2: d, f (f founded 2030) and g (founded: not a date).
 */
const ROWS: SnapshotRows = {
  areas: AREAS,
  institutions: [
    inst('a', '2602011'),
    inst('b', '2602'),
    inst('c', '2603', '2015-05-05'),
    inst('d', '2602011', null, 'OPS'),
    inst('e', '28'),
    inst('f', '2602011', '2030-01-01'),
    inst('g', '2603', 'other'),
  ],
  affiliations: [
    {
      size: 5,
      members: ['a', 'a', 'b', 'c', 'unknown'],
      starts: ['2018-01-01', '2018-01-01', '2018-01-01', null, null],
      ends: [null, null, '2019-12-31', null, null],
    },
    { size: 3, members: ['a', 'd', 'e'], starts: [null, null, null], ends: [null, null, null] },
    { size: 3, members: ['d', 'f', 'g'], starts: [null, null, null], ends: [null, null, null] },
  ],
};

const weights = (ps: Array<{ id: string; weight: number }>) =>
  Object.fromEntries(ps.map((p) => [p.id, p.weight]).sort(([x], [y]) => String(x).localeCompare(String(y))));

describe('affiliation snapshot', () => {
  const s = buildAffiliationSnapshot(ROWS);
  const a = s.index.get('a') as number;
  const d = s.index.get('d') as number;

  it('reads dates as day numbers', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(() => dayNumber('2020-1-1')).toThrow();
  });

  it('partners: one weight per shared affiliation, whatever the number of memberships', () => {
    expect(weights(snapshotPartners(s, a, null))).toEqual({ b: 1, c: 1, d: 1, e: 1 });
    expect(weights(snapshotPartners(s, d, null))).toEqual({ a: 1, e: 1, f: 1, g: 1 });
  });

  it('partners as of a date: both memberships current, the partner founded (a non-date counts)', () => {
    expect(weights(snapshotPartners(s, a, '2020-06-01'))).toEqual({ c: 1, d: 1, e: 1 });
    expect(weights(snapshotPartners(s, a, '2017-06-01'))).toEqual({ d: 1, e: 1 });
    // f is founded in 2030; g's `founded` is not a date, so Cypher's comparison lets it through.
    expect(weights(snapshotPartners(s, d, '2020-06-01'))).toEqual({ a: 1, e: 1, g: 1 });
  });

  it('reach: the sizes of every affiliation, each membership counted', () => {
    expect(Object.fromEntries(snapshotReach(s, ['a', 'b', 'd', 'zz']))).toEqual({ a: 13, b: 5, d: 6, zz: 0 });
  });

  it('Adamic–Adar: what adamicAdar() gives from the partners of the partners, to the last bit', () => {
    for (const asOf of [null, '2019-01-01', '2020-06-01']) {
      const expand = snapshotPartners(s, a, asOf).map((p) => p.id);
      const neighbours = new Map(
        expand.map((z) => [
          z,
          new Set(
            snapshotPartners(s, s.index.get(z) as number, asOf).map((p) => p.id),
          ) as ReadonlySet<string>,
        ]),
      );
      const expected = adamicAdar('a', neighbours);
      const got = snapshotAdamicAdar(s, a, expand, asOf);
      expect([...got].map(([id, x]) => [id, x.index, x.common])).toEqual(
        [...expected].map(([id, x]) => [id, x.index, x.common]),
      );
    }
    // d and e are a's partners; through d: f and g (and e); OPS kind carried along.
    const got = snapshotAdamicAdar(s, a, ['d'], null);
    expect([...got.keys()].sort()).toEqual(['e', 'f', 'g']);
    expect(got.get('f')?.index).toBeCloseTo(1 / Math.log(4));
  });

  it('places: located by the area tree, in the voivodeship by code, founded by the date', () => {
    expect(snapshotLocated(s, '2602', null).map((p) => p.id)).toEqual(['a', 'b', 'd', 'f']);
    expect(snapshotLocated(s, '2602', '2020-01-01').map((p) => p.id)).toEqual(['a', 'b', 'd']);
    expect(snapshotLocated(s, '9999', null)).toEqual([]);
    // A candidate whose `founded` is not a date fails the comparison (unlike a partner).
    expect(snapshotPlaces(s, ['c', 'e', 'g', 'zz'], '26', '2020-01-01').map((p) => p.id)).toEqual(['c']);
    expect(snapshotPlaces(s, ['c', 'e', 'g'], '26', null).map((p) => p.id)).toEqual(['c', 'g']);
    expect(snapshotVoivodeship(s, '26', '2602', null, () => true).map((p) => p.id)).toEqual(['c', 'g']);
    expect(snapshotVoivodeship(s, '26', null, null, (p) => p.kind === 'OPS').map((p) => p.id)).toEqual(['d']);
  });

  it('the budget: the same partners as partnersWithinBudget(), ties of reach broken by id', () => {
    // 60 institutions in affiliations of random sizes; the ego (i0) in all of them.
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const ids = Array.from({ length: 60 }, (_, i) => `i${i}`);
    const rows: SnapshotRows = {
      areas: AREAS,
      institutions: ids.map((i) => inst(i, '2602')),
      affiliations: Array.from({ length: 25 }, () => {
        const members = ['i0', ...ids.slice(1).filter(() => rand() < 0.2)];
        const none = members.map(() => null);
        return { size: 1 + Math.floor(rand() * 4), members, starts: none, ends: none };
      }),
    };
    const w = buildAffiliationSnapshot(rows);
    const partners = snapshotPartners(w, 0, null);
    const reach = snapshotReach(
      w,
      partners.map((p) => p.id),
    );
    for (const budget of [0, 1, 5, 20, 60, 150, 1000]) {
      expect(snapshotWithinBudget(w, partners, budget)).toEqual(partnersWithinBudget(reach, budget));
    }
  });
  it('the budget of a hub (partners counted per reach before sorting): the same partners', () => {
    let seed = 11;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const ids = Array.from({ length: 9000 }, (_, i) => `i${i}`);
    const rows: SnapshotRows = {
      areas: AREAS,
      institutions: ids.map((i) => inst(i, '2602')),
      affiliations: Array.from({ length: 600 }, () => {
        const members = [
          'i0',
          ...Array.from({ length: 20 }, () => ids[1 + Math.floor(rand() * 8999)] as string),
        ];
        const none = members.map(() => null);
        return { size: 1 + Math.floor(rand() * 300), members, starts: none, ends: none };
      }),
    };
    const w = buildAffiliationSnapshot(rows);
    const partners = snapshotPartners(w, 0, null);
    expect(partners.length).toBeGreaterThan(4096);
    const reach = snapshotReach(
      w,
      partners.map((p) => p.id),
    );
    for (const budget of [0, 1, 300, 5000, 50_000, 2_000_000, 10_000_000]) {
      expect(snapshotWithinBudget(w, partners, budget)).toEqual(partnersWithinBudget(reach, budget));
    }
  });
});
