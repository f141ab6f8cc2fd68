import { SECTOR_CODES } from '@splot/domain';
import { describe, expect, it } from 'vitest';
import type { Place } from '../ego-gaps.js';
import { missingPartners } from '../missing-partners.js';
import {
  buildAffiliationSnapshot,
  type SnapshotRows,
  snapshotAdamicAdar,
  snapshotLocated,
  snapshotPartnerSlots,
  snapshotPlaces,
  snapshotSlotsWithinBudget,
  snapshotVoivodeship,
} from './affiliation-snapshot.js';
import { snapshotMissingPartners } from './snapshot-finder.js';

// Seeded, so a failure can be replayed (mulberry32).
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['CIS', 'OPS', 'PUP', 'GMINA_OFFICE', 'SOCIAL_COOPERATIVE', 'COMPANY', 'ASSOCIATION', 'LGD'];
const NAMES = ['Alfa', 'Beta', 'Ćma', 'Cisy', 'Łąka', 'Lipa', 'Żuraw', 'Zorza'];
const POWIATS = ['2601', '2602', '2603', '2801'];
const GMINAS = POWIATS.flatMap((p) => [`${p}011`, `${p}022`]);
const AREAS: SnapshotRows['areas'] = [
  { teryt: '26', name: 'woj', above: [] },
  { teryt: '28', name: 'inne woj', above: [] },
  ...POWIATS.map((p) => ({ teryt: p, name: `powiat ${p}`, above: [p.slice(0, 2)] })),
  ...GMINAS.map((g) => ({ teryt: g, name: `gmina ${g}`, above: [g.slice(0, 4), g.slice(0, 2)] })),
];

/**
 * A random graph: institutions in gminas, powiats, voivodeships, nowhere, or in an area the tree
 * does not know (2602099: in the powiat by its code only); affiliations of 2–40 members with
 * random periods; few names, so ties are broken by name and id.
 */
function world(seed: number): SnapshotRows {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const date = () => `${2005 + Math.floor(r() * 20)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
  const teryts = [...GMINAS, ...GMINAS, ...POWIATS, '26', '28', null, '2602099'];
  const institutions = Array.from({ length: 250 }, (_, i) => ({
    id: `i${i}`,
    label: pick(NAMES),
    kind: r() < 0.05 ? null : pick(KINDS),
    sector: r() < 0.05 ? null : pick(SECTOR_CODES),
    teryt: pick(teryts),
    founded: r() < 0.6 ? null : r() < 0.1 ? 'other' : date(),
  }));
  const affiliations = Array.from({ length: 70 }, () => {
    const size = r() < 0.1 ? 40 : 2 + Math.floor(r() * 8);
    const members = Array.from({ length: size }, () => `i${Math.floor(r() * institutions.length)}`);
    return {
      size: members.length,
      members,
      starts: members.map(() => (r() < 0.6 ? null : date())),
      ends: members.map(() => (r() < 0.7 ? null : date())),
    };
  });
  return { areas: AREAS, institutions, affiliations };
}

describe('snapshotMissingPartners', () => {
  it('gives what missingPartners() gives over the whole voivodeship, for any ego, date and limit', () => {
    let compared = 0;
    for (const seed of [1, 2, 3, 4]) {
      const s = buildAffiliationSnapshot(world(seed));
      for (let ego = 0; ego < s.places.length; ego += 7) {
        const place = s.places[ego] as Place;
        for (const asOf of [null, '2012-06-01', '2020-01-01']) {
          const { partners, slots } = snapshotPartnerSlots(s, ego, asOf);
          // A budget that leaves some partners out, so the index rests on part of them.
          const { expand } = snapshotSlotsWithinBudget(s, slots, 60);
          const areaNames = Object.fromEntries(AREAS.map((a) => [a.teryt, a.name as string]));
          const chosenArea = ego % 2 ? { teryt: '2602', name: 'powiat 2602' } : null;
          // The definition: every candidate of the voivodeship scored with its whole index.
          const teryt = place.teryt;
          const shared = snapshotAdamicAdar(s, ego, expand, asOf);
          const near = teryt && teryt.length >= 4 ? teryt.slice(0, 4) : null;
          const voivodeship = teryt?.slice(0, 2);
          const candidates = new Map<string, Place>();
          if (voivodeship) {
            const all = [
              ...(near ? snapshotLocated(s, near, asOf) : []),
              ...snapshotVoivodeship(s, voivodeship, near, asOf, () => true),
              ...snapshotPlaces(s, [...shared.keys()], voivodeship, asOf),
            ];
            for (const c of all) candidates.set(c.id, c);
          }
          for (const limit of [1, 3, 10, 40]) {
            const expected = missingPartners(
              { ego: place, partners, shared, candidates: [...candidates.values()], areaNames, chosenArea },
              limit,
            );
            const got = snapshotMissingPartners(
              s,
              { ego, partners, partnerSlots: slots, expand, asOf, areaNames, chosenArea },
              limit,
            );
            expect(got, `seed ${seed}, ego ${place.id}, ${asOf}, limit ${limit}`).toEqual(expected);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 60_000);
});
