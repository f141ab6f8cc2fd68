import { fold } from '../text/fold';
import { AREA_LEVELS, type Area, type AreaLevel, COUNTRY_AREA, DEFAULT_TERYT } from './types';

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

/**
 * The area shown when the link names none: `preferred` (the country for PL) if it has data, else
 * the demo powiat if present, else the first area; undefined only for an empty list.
 */
export function defaultArea(areas: readonly Area[], preferred: string = DEFAULT_TERYT): Area | undefined {
  if (isCountryCode(preferred) && areas.length > 0) return COUNTRY_AREA;
  return (
    areas.find((area) => area.teryt === preferred) ??
    areas.find((area) => area.teryt === DEFAULT_TERYT) ??
    areas[0]
  );
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

const TERYT = /^(\d{2}|\d{4}|\d{7})$/;

/** PL (or 00, as exports accept it), any case: the whole country. */
export function isCountryCode(code: string): boolean {
  return code.toUpperCase() === 'PL' || code === '00';
}

/** A well-formed TERYT code: voivodeship 2 digits, powiat 4, gmina 7. */
export function isTerytCode(code: string): boolean {
  return TERYT.test(code);
}

/**
 * The nearest areas with data to a code: the areas above it, then its siblings (same parent,
 * same level), a few, then the whole country. Used when the code has no data or no area.
 */
export function nearbyAreas(areas: readonly Area[], code: string, limit = 6): Area[] {
  const byCode = new Map(areas.map((area) => [area.teryt, area]));
  const chain = /^\d+$/.test(code) && code.length >= 2 ? terytChain(code).filter((c) => c !== code) : [];
  // Nearest first: the parent, then the voivodeship.
  const above = [...chain]
    .reverse()
    .map((c) => byCode.get(c))
    .filter((area): area is Area => area !== undefined);
  const parent = chain[chain.length - 1] ?? null;
  const depth = code.length <= 2 ? 0 : code.length <= 4 ? 1 : 2;
  const siblings = isTerytCode(code)
    ? childAreas(areas, depth === 0 ? null : parent, depth).filter((area) => area.teryt !== code)
    : [];
  return [...above, ...siblings.slice(0, limit), COUNTRY_AREA];
}

/**
 * The area a link asks for: the default when none, the country for PL, an area with data, or a
 * problem naming the code (whether an unknown code has an area at all is asked of the server).
 */
export function resolveArea(
  areas: readonly Area[],
  chosen: string | null,
  preferred?: string,
): { area: Area } | { problem: 'malformed' | 'missing'; code: string; nearby: Area[] } | null {
  if (chosen === null) {
    const area = defaultArea(areas, preferred);
    return area ? { area } : null;
  }
  if (isCountryCode(chosen)) return { area: COUNTRY_AREA };
  const found = areas.find((area) => area.teryt === chosen);
  if (found) return { area: found };
  if (!isTerytCode(chosen)) return { problem: 'malformed', code: chosen, nearby: [COUNTRY_AREA] };
  return { problem: 'missing', code: chosen, nearby: nearbyAreas(areas, chosen) };
}
