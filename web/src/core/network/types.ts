import type { Area } from '../area/types';

export const NETWORK_MODES = ['INSTITUTIONS', 'AFFILIATIONS'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];
export const DEFAULT_MODE: NetworkMode = 'INSTITUTIONS';

export const NODE_TYPES = ['INSTITUTION', 'PARTNERSHIP', 'COLLABORATION'] as const;
export type NetworkNodeType = (typeof NODE_TYPES)[number];

export const SECTORS = ['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY'] as const;
export type Sector = (typeof SECTORS)[number];
/** A sector as drawn: one of the four, or UNKNOWN for a missing or unexpected value. */
export type SectorKey = Sector | 'UNKNOWN';

export const INSTITUTION_KINDS = [
  'GMINA_OFFICE',
  'POWIAT_OFFICE',
  'MARSHAL_OFFICE',
  'OPS',
  'PCPR',
  'PUP',
  'ROPS',
  'OWES',
  'CIS',
  'KIS',
  'WTZ',
  'ZAZ',
  'SOCIAL_COOPERATIVE',
  'WORK_COOPERATIVE',
  'FOUNDATION',
  'ASSOCIATION',
  'LGD',
  'SOCIAL_ENTERPRISE',
  'COMPANY',
  'SCHOOL',
  'UNIVERSITY',
  'CHURCH_ENTITY',
  'MINISTRY',
  'OTHER',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** As the server sends it: `sector` and `kind` are open strings and may be null. */
export interface NetworkNode {
  id: string;
  label: string;
  type: NetworkNodeType;
  sector: string | null;
  kind: string | null;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
}

export interface Network {
  area: Area;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
