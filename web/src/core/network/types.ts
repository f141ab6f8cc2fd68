import type {
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
export const SECTORS = ['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY'] as const satisfies Covers<
  SectorCode,
  readonly SectorCode[]
>;
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
] as const satisfies Covers<InstitutionKind, readonly InstitutionKind[]>;

/** A partnership, or one kind of collaboration: what a tie is made of. */
export const TIE_KINDS = [
  'PARTNERSHIP',
  'PROJECT',
  'AGREEMENT',
  'EVENT',
  'STUDY_VISIT',
  'SOCIAL_CLAUSE',
  'CONTRACT',
  'REFERRAL',
  'OTHER',
  'REPORTED_MUTUAL',
  'REPORTED_ONE_SIDED',
] as const satisfies Covers<TieKind, readonly TieKind[]>;

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
  /** The periods the tie exists in (server/src/domain/time.ts); start..end is their hull. */
  periods: ReadonlyArray<{ start: string | null; end: string | null }>;
}

export interface Network {
  area: Area;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export type { MemberRole, ParticipationRole } from '../../api/operations.generated';

export const MEMBER_ROLES = ['LEADER', 'MEMBER', 'SECRETARIAT', 'INITIATOR'] as const satisfies Covers<
  MemberRole,
  readonly MemberRole[]
>;

export const PARTICIPATION_ROLES = [
  'LEAD',
  'PARTNER',
  'HOST',
  'ORGANIZER',
  'PARTICIPANT',
  'FUNDER',
  'CONTRACTOR',
] as const satisfies Covers<ParticipationRole, readonly ParticipationRole[]>;

export type { GapStatus, ReasonCode } from '../../api/operations.generated';

export const REASON_CODES = [
  'SECTOR_ABSENT',
  'SECTOR_THIN',
  'TYPICAL_PAIRING',
  'COMMON_PARTNERS',
  'SAME_GMINA',
  'SAME_POWIAT',
  'SAME_VOIVODESHIP',
  'OUTSIDE_AREA',
] as const satisfies Covers<ReasonCode, readonly ReasonCode[]>;

export const GAP_STATUSES = ['ABSENT', 'THIN', 'PRESENT'] as const satisfies Covers<
  GapStatus,
  readonly GapStatus[]
>;
