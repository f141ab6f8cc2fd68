import { fold } from '../text/fold';
import { AREA_LEVELS, type Area, type AreaLevel, DEFAULT_TERYT } from './types';

export function isAreaLevel(level: string): level is AreaLevel {
  return AREA_LEVELS.some((known) => known === level);
}

/** 0 for a voivodeship, 1 for a powiat, 2 for a gmina; from the TERYT length if the level is unknown. */
export function areaDepth(area: Area): number {
  if (isAreaLevel(area.level)) return AREA_LEVELS.indexOf(area.level);
  return area.teryt.length <= 2 ? 0 : area.teryt.length <= 4 ? 1 : 2;
}

/** Areas in TERYT order, so each gmina follows its powiat and each powiat its voivodeship. */
export function sortAreas(areas: readonly Area[]): Area[] {
  return [...areas].sort((a, b) => (a.teryt < b.teryt ? -1 : a.teryt > b.teryt ? 1 : 0));
}

/** The demo powiat if present, else the first area; undefined only for an empty list. */
export function defaultArea(areas: readonly Area[]): Area | undefined {
  return areas.find((area) => area.teryt === DEFAULT_TERYT) ?? areas[0];
}

/** TERYT codes of the area and the areas above it, top first: 2607011 → [26, 2607, 2607011]. */
export function terytChain(teryt: string): string[] {
  const chain = [teryt.slice(0, 2)];
  if (teryt.length >= 4) chain.push(teryt.slice(0, 4));
  if (teryt.length === 7) chain.push(teryt);
  return chain;
}

/** The areas of one depth below a parent (null parent: the voivodeships), by name. */
export function childAreas(areas: readonly Area[], parent: string | null, depth: number): Area[] {
  const collator = new Intl.Collator('pl');
  return areas
    .filter((area) => areaDepth(area) === depth && (parent === null || area.teryt.startsWith(parent)))
    .sort((a, b) => collator.compare(a.name, b.name));
}

function nameScore(name: string, q: string): number {
  if (name.startsWith(q)) return 0;
  if (name.split(/[\s-]+/).some((word) => word.startsWith(q))) return 1;
  return name.includes(q) ? 2 : -1;
}

/**
 * Areas whose name contains the query (diacritics ignored) or whose TERYT code starts with it;
 * names that start with the query come first, then higher levels, then alphabetical.
 */
export function searchAreas(areas: readonly Area[], query: string, limit = 12): Area[] {
  const q = fold(query.trim());
  if (!q) return [];
  const digits = /^\d+$/.test(q);
  const scored: Array<{ area: Area; score: number }> = [];
  for (const area of areas) {
    const score = digits ? (area.teryt.startsWith(q) ? 0 : -1) : nameScore(fold(area.name), q);
    if (score >= 0) scored.push({ area, score });
  }
  const collator = new Intl.Collator('pl');
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        areaDepth(a.area) - areaDepth(b.area) ||
        (digits ? a.area.teryt.localeCompare(b.area.teryt) : collator.compare(a.area.name, b.area.name)),
    )
    .slice(0, limit)
    .map((s) => s.area);
}
