/** The levels of the picker's lists, top first. */
export const AREA_LEVELS = ['VOIVODESHIP', 'POWIAT', 'GMINA'] as const;
/** Every level an area may have: the country above the picker's three. */
export const ALL_AREA_LEVELS = ['COUNTRY', ...AREA_LEVELS] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface Area {
  teryt: string;
  name: string;
  /** COUNTRY | VOIVODESHIP | POWIAT | GMINA; kept open in case the server adds a level. */
  level: string;
}

/** Powiat ostrowiecki, the demo area. */
export const DEFAULT_TERYT = '2607';

/** The whole of Poland: an area like the others in the picker, the URL, GraphQL and exports. */
export const COUNTRY_AREA: Area = { teryt: 'PL', name: 'Polska', level: 'COUNTRY' };

/**
 * Why the area in the link is not drawn: not a code at all, a code no area has, or an area
 * without data (then the nearest areas that have data are offered).
 */
export type AreaProblem =
  | { kind: 'malformed'; code: string; nearby: Area[] }
  | { kind: 'checking'; code: string; nearby: Area[] }
  | { kind: 'unknown'; code: string; nearby: Area[] }
  | { kind: 'noData'; code: string; area: Area; nearby: Area[] };
