import { normalizeList } from '../view/utils';

/** The values a filter lets through: an empty list means all of them. */
export function included<T extends string>(universe: readonly T[], list: readonly T[]): Set<T> {
  return new Set(list.length === 0 ? universe : list);
}

/**
 * Turns one value on or off. Unticking from "all" keeps the others; ticking the last one
 * back is "all" again (stored as an empty list). Unticking the only one left is refused:
 * an empty network is never what a filter means.
 */
export function toggleValue<T extends string>(universe: readonly T[], list: readonly T[], value: T): T[] {
  const on = included(universe, list);
  if (on.has(value)) {
    if (on.size === 1) return [...list];
    on.delete(value);
  } else {
    on.add(value);
  }
  return normalizeList(universe, [...on]);
}

/** Only this value (a double-click or "only" button). */
export function onlyValue<T extends string>(universe: readonly T[], value: T): T[] {
  return normalizeList(universe, [value]);
}

/** How many filters narrow the view, for a badge on the filter panel. */
export function activeFilterCount(lists: ReadonlyArray<readonly string[]>, asOf: string | null): number {
  return lists.filter((list) => list.length > 0).length + (asOf === null ? 0 : 1);
}
