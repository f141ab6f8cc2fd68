import { describe, expect, it } from 'vitest';
import { type AffiliationGroup, projectInstitutions } from './build-network.js';
import { countTies, indexMembers, memberPairs, walkTies } from './tie-walk.js';

function randomGroups(seed: number, institutions: number, groups: number): AffiliationGroup[] {
  let s = seed;
  const rand = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return Array.from({ length: groups }, (_, g) => ({
    affiliation: `x${g}`,
    type: 'COLLABORATION' as const,
    label: `X${g}`,
    tieKind: 'EVENT',
    // Periods open or dated, some disjoint and some not periods at all (start after end).
    members: Array.from({ length: 1 + Math.floor(rand() * 15) }, () => {
      const id = `i${Math.floor(rand() * (institutions + 10))}`;
      const start = rand() < 0.3 ? null : `201${Math.floor(rand() * 10)}-01-01`;
      const end = rand() < 0.4 ? null : `201${Math.floor(rand() * 10)}-12-31`;
      return [id, start, end] as [string, string | null, string | null];
    }),
  }));
}

describe('walking ties without building them', () => {
  it('sees every tie of the projection from both ends, with its weight', () => {
    for (const seed of [1, 2, 3]) {
      const ids = Array.from({ length: 70 }, (_, i) => `i${i}`);
      const groups = randomGroups(seed, 70, 50);
      const edges = projectInstitutions(
        { teryt: '26', name: 'x', level: 'VOIVODESHIP' },
        ids.map((id) => ({ id, label: id, kind: null, sector: null })),
        groups,
      ).edges;
      const seen = new Map<string, number>();
      walkTies(indexMembers(ids, groups), (i, j, shared) => {
        const [a, b] = [ids[i] as string, ids[j] as string];
        const key = a < b ? `${a}--${b}` : `${b}--${a}`;
        // The same weight from both ends.
        if (seen.has(key)) expect(seen.get(key)).toBe(shared);
        seen.set(key, shared);
      });
      expect(new Map(edges.map((e) => [e.id, e.weight]))).toEqual(seen);
      expect(countTies(ids, groups)).toBe(edges.length);
      expect(memberPairs(groups)).toBeGreaterThanOrEqual(edges.length);
    }
  });

  it('counts three ties in a triangle and none through a one-member affiliation', () => {
    const group = (id: string, members: string[]): AffiliationGroup => ({
      affiliation: id,
      type: 'PARTNERSHIP',
      label: id,
      tieKind: 'PARTNERSHIP',
      members: members.map((m) => [m, null, null]),
    });
    const groups = [group('p', ['a', 'b', 'c']), group('q', ['a', 'b']), group('solo', ['d'])];
    expect(countTies(['a', 'b', 'c', 'd'], groups)).toBe(3);
    expect(memberPairs(groups)).toBe(4);
    // Members outside the ids tie nobody.
    expect(countTies(['a', 'd'], groups)).toBe(0);
    expect(countTies(['a', 'b', 'd'], groups)).toBe(1);
  });
});
