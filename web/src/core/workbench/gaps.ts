import type { MissingKind } from './types';

export interface AreaGaps {
  area: MissingKind['area'];
  /** Required kinds first, then typical ones, each in the server's order. */
  kinds: MissingKind[];
}

/**
 * The absent kinds grouped by area: the area on screen first, then the areas below it in TERYT
 * order (the server sends them in that order; the grouping keeps it).
 */
export function gapsByArea(missing: readonly MissingKind[]): AreaGaps[] {
  const groups = new Map<string, AreaGaps>();
  for (const gap of missing) {
    const group = groups.get(gap.area.teryt) ?? { area: gap.area, kinds: [] };
    group.kinds.push(gap);
    groups.set(gap.area.teryt, group);
  }
  const rank = (gap: MissingKind) => (gap.expectation === 'REQUIRED' ? 0 : 1);
  for (const group of groups.values()) group.kinds.sort((a, b) => rank(a) - rank(b));
  return [...groups.values()].sort((a, b) =>
    a.area.teryt.length !== b.area.teryt.length
      ? a.area.teryt.length - b.area.teryt.length
      : a.area.teryt.localeCompare(b.area.teryt),
  );
}

/** Ids of the nodes seated in an area (its TERYT code a prefix of their seat's). */
export function seatedIn(teryt: string, seats: ReadonlyMap<string, string | null>): string[] {
  const out: string[] = [];
  for (const [id, seat] of seats) if (seat?.startsWith(teryt)) out.push(id);
  return out;
}
