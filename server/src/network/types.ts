/** COUNTRY: the whole of Poland (TERYT "PL"), above the voivodeships; no Area node holds it. */
export type AreaLevel = 'COUNTRY' | StoredAreaLevel;
/** The levels stored as Area nodes. */
export type StoredAreaLevel = 'VOIVODESHIP' | 'POWIAT' | 'GMINA';
export type NetworkMode = 'INSTITUTIONS' | 'AFFILIATIONS';
export type NetworkNodeType = 'INSTITUTION' | 'PARTNERSHIP' | 'COLLABORATION';

export interface AreaRef {
  teryt: string;
  name: string;
  level: AreaLevel;
}

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
}

export interface Network {
  area: AreaRef;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** What narrows a network: all optional, null meaning "no filter". */
export interface NetworkFilter {
  asOf: string | null;
  sectors: string[] | null;
  kinds: string[] | null;
  tieKinds: string[] | null;
}

export const NO_FILTER: NetworkFilter = { asOf: null, sectors: null, kinds: null, tieKinds: null };
