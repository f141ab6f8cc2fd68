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

/** Option text indented with non-breaking spaces (a <select> collapses ordinary ones). */
export function indentedName(area: Area, levelName: string): string {
  return `${'\u00a0\u00a0\u00a0\u00a0'.repeat(areaDepth(area))}${area.name} (${levelName})`;
}
