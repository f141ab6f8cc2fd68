export const AREA_LEVELS = ['VOIVODESHIP', 'POWIAT', 'GMINA'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface Area {
  teryt: string;
  name: string;
  /** VOIVODESHIP | POWIAT | GMINA; kept open in case the server adds a level. */
  level: string;
}

/** Powiat ostrowiecki, the demo area. */
export const DEFAULT_TERYT = '2607';
