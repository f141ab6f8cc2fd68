import {
  INSTITUTION_KINDS as DOMAIN_INSTITUTION_KINDS,
  MEMBER_ROLES as DOMAIN_MEMBER_ROLES,
  PARTICIPATION_ROLES as DOMAIN_PARTICIPATION_ROLES,
  REASON_CODES as DOMAIN_REASON_CODES,
  TIE_KINDS as DOMAIN_TIE_KINDS,
  SECTOR_CODES,
} from '@splot/domain';
import type {
  BoundaryBoundFragment,
  GapStatus,
  InstitutionKind,
  MemberRole,
  NetworkMode,
  NetworkNodeType,
  ParticipationRole,
  ReasonCode,
  SectorCode,
  TieKind,
} from '../../api/operations.generated';
import type { Area } from '../area/types';

export type { InstitutionKind, NetworkMode, NetworkNodeType, TieKind } from '../../api/operations.generated';

/** Compile-time check that a constant list names every member of a generated GraphQL enum. */
type Covers<All extends string, List extends readonly string[]> =
  Exclude<All, List[number]> extends never ? List : never;

export const NETWORK_MODES = ['INSTITUTIONS', 'AFFILIATIONS'] as const satisfies Covers<
  NetworkMode,
  readonly NetworkMode[]
>;
export const DEFAULT_MODE: NetworkMode = 'INSTITUTIONS';

export const NODE_TYPES = ['INSTITUTION', 'PARTNERSHIP', 'COLLABORATION'] as const satisfies Covers<
  NetworkNodeType,
  readonly NetworkNodeType[]
>;

export type Sector = SectorCode;
export const SECTORS = SECTOR_CODES satisfies Covers<SectorCode, readonly SectorCode[]>;
/** A sector as drawn: one of the four, or UNKNOWN for a missing or unexpected value. */
export type SectorKey = Sector | 'UNKNOWN';

export const INSTITUTION_KINDS = DOMAIN_INSTITUTION_KINDS satisfies Covers<
  InstitutionKind,
  readonly InstitutionKind[]
>;

/** A partnership, or one kind of collaboration: what a tie is made of. */
export const TIE_KINDS = DOMAIN_TIE_KINDS satisfies Covers<TieKind, readonly TieKind[]>;

/** As the server sends it: `sector` and `kind` are open strings and may be null. */
export interface NetworkNode {
  id: string;
  label: string;
  type: NetworkNodeType;
  sector: string | null;
  kind: string | null;
  /** Seated outside the area, tied to an institution inside it (the area's boundary). */
  outside: boolean;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  kinds: readonly TieKind[];
  /** YYYY-MM-DD, or null when undated. */
  start: string | null;
  /** YYYY-MM-DD, or null while it lasts. */
  end: string | null;
  /** The periods the tie exists in (@splot/domain's time model); start..end is their hull. */
  periods: ReadonlyArray<{ start: string | null; end: string | null }>;
  /** False when no partnership or collaboration behind the tie cites a source yet (drawn dotted). */
  sourced?: boolean;
}

export interface Network {
  area: Area;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /**
   * How far an area's network reaches outside it, and the affiliations too large to reach through
   * (their members outside are not in `nodes`); null or absent for the country and ego networks.
   */
  boundary?: BoundaryBoundFragment | null;
}

export type { MemberRole, ParticipationRole } from '../../api/operations.generated';

export const MEMBER_ROLES = DOMAIN_MEMBER_ROLES satisfies Covers<MemberRole, readonly MemberRole[]>;

export const PARTICIPATION_ROLES = DOMAIN_PARTICIPATION_ROLES satisfies Covers<
  ParticipationRole,
  readonly ParticipationRole[]
>;

export type { GapStatus, ReasonCode } from '../../api/operations.generated';

export const REASON_CODES = DOMAIN_REASON_CODES satisfies Covers<ReasonCode, readonly ReasonCode[]>;

export const GAP_STATUSES = ['ABSENT', 'THIN', 'PRESENT'] as const satisfies Covers<
  GapStatus,
  readonly GapStatus[]
>;
