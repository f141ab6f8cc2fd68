import type { NetworkBoundary } from '../network/boundary.js';
import type { Span } from '../network/build-network.js';
import type { NetworkFilter, NetworkMode, NetworkNodeType } from '../network/types.js';

export { COUNTRY_CODES } from '@splot/domain';
export type { Span } from '../network/build-network.js';

export interface ExportRequest {
  /** A TERYT code, or null for the whole country. */
  teryt: string | null;
  mode: NetworkMode;
  filter: NetworkFilter;
}

/** One area of the exported region's tree (the region, everything below it, and its parents). */
export interface ExportArea {
  teryt: string;
  name: string;
  level: string;
  parent: string | null;
}

export interface ExportHeader {
  /** TERYT code of the region, or "PL" for the whole country. */
  teryt: string;
  name: string;
  level: string;
  mode: NetworkMode;
  filter: NetworkFilter;
  /** The day the file was made, YYYY-MM-DD. */
  exportedOn: string;
  areas: ExportArea[];
  /** The registry's measures the nodes carry (one-mode files), and those left out with why. */
  measures: ExportMeasures;
  /** How the area's boundary was bounded (network/boundary.ts); null for the whole country. */
  boundary: NetworkBoundary | null;
}

/** A per-institution measure of the registry (@splot/measures) written as a node attribute. */
export interface ExportMeasureColumn {
  id: string;
  type: 'int' | 'double';
}

export interface ExportMeasures {
  carried: ExportMeasureColumn[];
  leftOut: Array<{ id: string; reason: string }>;
}

/** A node as the areaNetwork field has it, plus what a file reader wants to know besides. */
export interface ExportNode {
  id: string;
  label: string;
  type: NetworkNodeType;
  sector: string | null;
  kind: string | null;
  /** The TERYT code of an institution's seat; null for partnerships and collaborations. */
  area: string | null;
  /** An institution's founding date, or when a partnership/collaboration began. */
  start: string | null;
  /** When a partnership/collaboration ended; null for institutions and open ones. */
  end: string | null;
  /** An institution seated outside the exported area, tied to one inside it (areaNetwork's `outside`). */
  outside: boolean;
  /** The carried measures' values by id (header.measures); absent or null: no value. */
  measures?: Readonly<Record<string, number | null>>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  kinds: string[];
  /** The tie's hull: earliest start and latest end, null when unknown/open (as areaNetwork). */
  start: string | null;
  end: string | null;
  /** The periods the tie existed, overlaps merged; [] when it always existed. */
  spells: Span[];
  /** Two-mode only: the institution's role in the partnership or collaboration. */
  role: string | null;
  /** One of the affiliations behind the tie cites a source (two-mode: the membership's affiliation). */
  sourced: boolean;
}

/**
 * An export read lazily: `nodes` must be read to the end before `edges` (the edges are looked up
 * for the nodes seen), so a writer never holds more than one record of either.
 */
export interface ExportData {
  header: ExportHeader;
  /** Where the explorer drew each node (canvas coordinates, y downwards) and how big; absent: no layout known. */
  layout?: ReadonlyMap<string, NodePlacement>;
  nodes: AsyncIterable<ExportNode>;
  edges: AsyncIterable<ExportEdge>;
}

/** A node as drawn on the explorer's canvas. */
export interface NodePlacement {
  x: number;
  y: number;
  size?: number;
}
