import { type AreaLevel, COUNTRY_NAME, COUNTRY_TERYT } from '@splot/domain';
import type { NetworkBoundary } from './boundary.js';

export type NetworkMode = 'INSTITUTIONS' | 'AFFILIATIONS';
export type NetworkNodeType = 'INSTITUTION' | 'PARTNERSHIP' | 'COLLABORATION';

export interface AreaRef {
  teryt: string;
  name: string;
  level: AreaLevel;
}

/** The whole of Poland as an area: the level above the voivodeships, not stored as an Area node. */
export const COUNTRY: AreaRef = { teryt: COUNTRY_TERYT, name: COUNTRY_NAME, level: 'COUNTRY' };

export interface NetworkNode {
  id: string;
  label: string;
  type: NetworkNodeType;
  sector: string | null;
  kind: string | null;
  /**
   * An institution seated outside the area, shown because it is tied to one inside (the area's
   * boundary); always false for partnerships and collaborations and in ego networks.
   */
  outside: boolean;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  /** PARTNERSHIP and/or the collaboration kinds behind the tie. */
  kinds: string[];
  /** When the tie began (YYYY-MM-DD), or null when any of its affiliations is undated. */
  start: string | null;
  /** When it ended, or null while any of its affiliations is open. */
  end: string | null;
  /** The periods it existed in (domain/time.ts), sorted, overlaps merged; start..end is their hull. */
  periods: Array<{ start: string | null; end: string | null }>;
  /** False when no affiliation behind the tie cites a source yet (an unsourced tie). */
  sourced: boolean;
}

export interface Network {
  area: AreaRef;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** An area's bounded boundary (boundary.ts); absent for the country and ego networks. */
  boundary?: NetworkBoundary;
}

/** What narrows a network: all optional, null meaning "no filter". */
export interface NetworkFilter {
  asOf: string | null;
  sectors: string[] | null;
  kinds: string[] | null;
  tieKinds: string[] | null;
  /** Only ties that cite a source: partnerships and collaborations citing none are left out. */
  sourcedOnly: boolean;
}

export const NO_FILTER: NetworkFilter = {
  asOf: null,
  sectors: null,
  kinds: null,
  tieKinds: null,
  sourcedOnly: false,
};
