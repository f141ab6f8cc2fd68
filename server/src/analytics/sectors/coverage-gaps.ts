import type { AreaRef } from '../../network/types.js';
import { UNKNOWN_SECTOR } from '../measures/graph.js';
import type { Place } from '../missing-partners/ego-gaps.js';
import { EXPECTED_KINDS, type Expectation } from './expected-kinds.js';

export interface MissingKind {
  area: AreaRef;
  kind: string;
  expectation: Expectation;
}

export interface WithoutCrossSectorTie extends Place {
  /** All its partners (anywhere, not only in the area). */
  partners: number;
}

export interface CoverageGaps {
  /** Expected kinds absent from the area or from one of the areas below it, area by area (TERYT order). */
  missingKinds: MissingKind[];
  /** Institutions of the area with no partner in another sector (none at all, or only their own sector). */
  withoutCrossSectorTie: WithoutCrossSectorTie[];
}

/**
 * `areas`: the area and every area below it; `institutions`: those located in them;
 * `sectorsReached`: the sectors among each institution's partners (anywhere; repeats and the
 * institution's own sector do no harm); `partnerCounts`: how many partners each has (needed only for
 * those without a cross-sector tie; absent means none).
 * An institution without a sector counts as UNKNOWN, and a tie to an UNKNOWN partner is not
 * counted as cross-sector: the gap is reported unless a known other sector is there.
 */
export function coverageGaps(
  areas: readonly AreaRef[],
  institutions: readonly Place[],
  sectorsReached: ReadonlyMap<string, Iterable<string | null>>,
  partnerCounts: ReadonlyMap<string, number>,
): CoverageGaps {
  // Kinds present under each TERYT prefix (voivodeship 2, powiat 4, gmina 7 digits).
  const kindsUnder = new Map<string, Set<string | null>>();
  for (const i of institutions) {
    for (const length of [2, 4, 7]) {
      if (!i.teryt || i.teryt.length < length) continue;
      const prefix = i.teryt.slice(0, length);
      const set = kindsUnder.get(prefix) ?? new Set();
      set.add(i.kind);
      kindsUnder.set(prefix, set);
    }
  }
  const missingKinds: MissingKind[] = [];
  for (const area of [...areas].sort((a, b) => a.teryt.localeCompare(b.teryt))) {
    const present = kindsUnder.get(area.teryt) ?? new Set();
    for (const expectation of ['REQUIRED', 'TYPICAL'] as const) {
      // The country is never one of the areas read (coverageGaps takes a TERYT code).
      for (const kind of area.level === 'COUNTRY' ? [] : EXPECTED_KINDS[area.level][expectation]) {
        if (!present.has(kind)) missingKinds.push({ area, kind, expectation });
      }
    }
  }
  const withoutCrossSectorTie: WithoutCrossSectorTie[] = [];
  for (const i of institutions) {
    if (!crossesSectors(i.sector, sectorsReached.get(i.id) ?? [])) {
      withoutCrossSectorTie.push({ ...i, partners: partnerCounts.get(i.id) ?? 0 });
    }
  }
  withoutCrossSectorTie.sort((a, b) => a.partners - b.partners || a.label.localeCompare(b.label, 'pl'));
  return { missingKinds, withoutCrossSectorTie };
}

/** Whether the sectors hold a known one other than the institution's own (see coverageGaps). */
export function crossesSectors(own: string | null, sectors: Iterable<string | null>): boolean {
  const mine = own ?? UNKNOWN_SECTOR;
  for (const s of sectors) if (s !== null && s !== UNKNOWN_SECTOR && s !== mine) return true;
  return false;
}
