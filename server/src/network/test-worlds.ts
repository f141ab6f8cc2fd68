import type { AffiliationGroup, InstitutionRow } from './build-network.js';

// Random one-mode inputs for the projection's tests: institutions (some outside the area, ids of
// different lengths) and affiliations of several tie kinds with random, partly open dates.

const KINDS = ['PARTNERSHIP', 'PROJECT', 'EVENT', 'AGREEMENT'];
const DATES = [null, '2015-01-01', '2018-06-30', '2019-06-28', '2019-06-29', '2021-12-31', '2024-03-01'];

/** A random world from the seed: 40 institutions, 25 affiliations. */
export function randomWorld(seed: number): { institutions: InstitutionRow[]; groups: AffiliationGroup[] } {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const institutions: InstitutionRow[] = Array.from({ length: 40 }, (_v, i) => ({
    id: `i${i * 7}`,
    label: `Instytucja ${i}`,
    kind: 'NGO',
    sector: pick(['PUBLIC', 'NGO', null]),
    outside: next() < 0.3,
  }));
  const groups: AffiliationGroup[] = Array.from({ length: 25 }, (_v, g) => ({
    affiliation: `a${g}`,
    type: 'PARTNERSHIP',
    label: `A ${g}`,
    tieKind: pick(KINDS),
    sourced: next() < 0.8,
    // Members may repeat (two memberships), be unknown, or have a period that holds no day.
    members: Array.from(
      { length: 2 + Math.floor(next() * 7) },
      (): [string, string | null, string | null] => [
        next() < 0.05 ? 'unknown' : pick(institutions).id,
        pick(DATES),
        pick(DATES),
      ],
    ),
  }));
  return { institutions, groups };
}
