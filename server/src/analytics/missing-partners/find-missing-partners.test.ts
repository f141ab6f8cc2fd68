import { SECTOR_CODES } from '@splot/domain';
import { describe, expect, it } from 'vitest';
import { adamicAdar } from './adamic-adar.js';
import type { Place } from './ego-gaps.js';
import { findMissingPartners } from './find-missing-partners.js';
import { type EgoPartner, missingPartners } from './missing-partners.js';
import type { RestGroups } from './rest-groups.js';

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

const KINDS = ['CIS', 'OPS', 'PUP', 'PCPR', 'WTZ', 'SOCIAL_COOPERATIVE', 'COMPANY', 'ASSOCIATION', 'LGD'];
const NAMES = ['Alfa', 'Beta', 'Ćma', 'Cisy', 'Łąka', 'Lipa', 'Żuraw', 'Zorza', 'Ośka', 'Osa'];

/** A voivodeship '26' of `n` institutions in 4 powiats × 3 gminas, some ties, an ego in 2602012. */
function world(seed: number, n: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const pool: Place[] = Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    // Few distinct names, so equal scores are common and the name/id tie-break is exercised.
    label: pick(NAMES),
    kind: r() < 0.05 ? null : pick(KINDS),
    sector: r() < 0.05 ? null : pick(SECTOR_CODES),
    teryt: `260${1 + Math.floor(r() * 4)}01${1 + Math.floor(r() * 3)}`,
  }));
  const ego: Place = { ...pool[0], id: 'ego', teryt: '2602012' } as Place;
  const partners: EgoPartner[] = pool.filter(() => r() < 0.03).map((p) => ({ ...p, weight: 1 }));
  // Each partner's own partners: the ego and a few of the pool, some outside the voivodeship.
  const partnerNeighbours = new Map(
    partners.map((z) => {
      const others = pool.filter(() => r() < 0.04).map((p) => p.id);
      return [z.id, new Set(['ego', ...others, `outside-${z.id}`])];
    }),
  );
  return { ego, partners, partnerNeighbours, pool: pool.slice(1) };
}

describe('findMissingPartners', () => {
  it('gives exactly what scoring the whole voivodeship gives, for any limit', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { ego, partners, partnerNeighbours, pool } = world(seed, 400);
      const areaNames = { '26': 'woj', '2602': 'powiat', '2602012': 'gmina' };
      const full = (limit: number) =>
        missingPartners({ ego, partners, partnerNeighbours, candidates: pool, areaNames }, limit);
      const shared = adamicAdar(ego.id, partnerNeighbours);
      const reads: RestGroups[] = [];
      // What common-partners.cypher returns: the wanted ones, and the others from minIndex up.
      const byIndex = [...shared].sort(([a, x], [b, y]) => y.index - x.index || (a < b ? -1 : 1));
      const read = {
        shared: async (wanted: string[], min: { other: number; byKind: Record<string, number> }) => {
          const kindOf = (id: string) => pool.find((p) => p.id === id)?.kind ?? null;
          const least = (id: string) => min.byKind[kindOf(id) ?? ''] ?? min.other;
          const kept = byIndex.filter(([id, s]) => wanted.includes(id) || s.index >= least(id));
          const left = byIndex.filter(([id, s]) => !wanted.includes(id) && s.index < least(id));
          return {
            shared: new Map(kept),
            kinds: new Map(kept.map(([id]) => [id, kindOf(id)])),
            nextIndex: left[0]?.[1].index ?? 0,
          };
        },
        places: async (ids: string[]) => pool.filter((p) => ids.includes(p.id)),
        rest: async (groups: RestGroups) => {
          reads.push(groups);
          return pool.filter(
            (p) =>
              !p.teryt?.startsWith('2602') &&
              (groups.all ||
                (p.sector !== null && groups.sectors.includes(p.sector)) ||
                (p.kind !== null && groups.kinds.includes(p.kind))),
          );
        },
      };
      for (const limit of [1, 3, 10, 40, 1000]) {
        const found = await findMissingPartners(
          { ego, partners, near: pool.filter((p) => p.teryt?.startsWith('2602')), areaNames },
          read,
          limit,
        );
        expect(found.candidates, `seed ${seed}, limit ${limit}`).toEqual(full(limit).candidates);
        expect(found.gaps).toEqual(full(limit).gaps);
      }
      // The longest list needs everyone.
      expect(reads.at(-1)).toEqual({ all: true });
    }
  }, 30_000);

  it('does not read beyond the powiat when nobody there can make the list', async () => {
    // A CIS with no partner: market and NGO absent. Ten firms in its gmina score 3 + 2 + 2 = 7; an
    // outsider reaches 3 + 2 + 0.5 = 5.5 at most.
    const ego: Place = { id: 'E', label: 'CIS', kind: 'CIS', sector: 'SOCIAL_ECONOMY', teryt: '2607022' };
    const firms: Place[] = Array.from({ length: 10 }, (_, i) => ({
      id: `f${i}`,
      label: `Firma ${i}`,
      kind: 'COMPANY',
      sector: 'MARKET',
      teryt: '2607022',
    }));
    let read = false;
    const reader = async () => {
      read = true;
      return [];
    };
    // One institution two steps away, outside the powiat, with a small index: 0.2 + 5 + 0.5 < 7.
    const shared = async () => ({
      shared: new Map([['far', { index: 0.2, common: ['z'] }]]),
      kinds: new Map([['far', 'COMPANY']]),
      nextIndex: 0,
    });
    const found = await findMissingPartners(
      { ego, partners: [], near: firms, areaNames: {} },
      { shared, places: reader, rest: reader },
      10,
    );
    expect(found.candidates.map((c) => c.score)).toEqual(Array(10).fill(7));
    expect(found.read).toEqual({ twoSteps: 0, restGroups: { all: false, sectors: [], kinds: [] } });
    expect(read).toBe(false);
  });
  it('reads an index that reaches the list only once rounded', async () => {
    // Ten firms in the CIS's gmina score 3 + 2 + 2 = 7. An outsider of the same kind and sector
    // with index 1.4996 scores 3 + 2 + 0.5 + round(1.4996) = 7 too, and comes first on its index
    // (1.5 rounded): its unrounded bound, 6.9996, is below the list's last score.
    const ego: Place = { id: 'E', label: 'CIS', kind: 'CIS', sector: 'SOCIAL_ECONOMY', teryt: '2607022' };
    const firm = (id: string, teryt: string): Place => ({
      id,
      label: `Firma ${id}`,
      kind: 'COMPANY',
      sector: 'MARKET',
      teryt,
    });
    const firms = Array.from({ length: 10 }, (_, i) => firm(`f${i}`, '2607022'));
    const far = firm('far', '2601011');
    const shared = new Map([['far', { index: 1.4996, common: ['z'] }]]);
    const found = await findMissingPartners(
      { ego, partners: [], near: firms, areaNames: {} },
      {
        shared: async () => ({ shared, kinds: new Map([['far', 'COMPANY']]), nextIndex: 0 }),
        places: async (ids) => (ids.includes('far') ? [far] : []),
        rest: async () => [],
      },
      10,
    );
    const full = missingPartners(
      { ego, partners: [], shared, candidates: [...firms, far], areaNames: {} },
      10,
    );
    expect(found.candidates[0]).toMatchObject({ id: 'far', score: 7, adamicAdar: 1.5 });
    expect(found.candidates).toEqual(full.candidates);
  });
});
